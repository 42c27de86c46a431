#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t67: builds and checks a blind, hand-labelled test set for the `template-required` policy.

Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies).

  python3 gen.py                self-checks; only if they all pass, rewrites library/ and replies.jsonl,
                                then re-validates the files on disk
  python3 gen.py --check [DIR]  validates the files on disk only (default: this directory)
  python3 gen.py --tables       self-checks, then prints the count tables used in README.md (writes nothing)

Standard library only. The copy check reads /work/shared/policy.md (required) and, when present,
the earlier set in /tmp/model_t6 (its texts must not be reused either).
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t67"
POLICY = "/work/shared/policy.md"
MODEL_DIR = "/tmp/model_t6"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
FIELDS = ("id", "text", "labels", "lang", "tags", "note", "context")

# Judgement calls, numbered as in README.md. Every JCn in a note must be one of these, and each must be cited.
JCS = {1: "a fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "lithium-battery carriage rules are logistics; battery care is product help",
       5: "shipping a regulator to and from service is logistics; the service itself is product help",
       6: "order-fulfilment corrections are logistics",
       7: "damage in transit and customs are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [] / own words template-required only",
       10: "free product advice is template-required, however sound",
       11: "a size exchange is logistics; choosing the size is advice",
       12: "flying with a torch or computer battery is product use",
       13: "confirming lens powers of a prescription-mask order is order completion",
       14: "a holding reply about a fault is template-required",
       15: "a rewrite that keeps a template's facts is template-required",
       16: "near-misses that must not be flagged",
       17: "free-written logistics needs no template"}

# ---------------------------------------------------------------- names of the earlier set (and of the sets it refused)
MODEL_NAMES = [
    'Fernhollow', 'fernhollow', 'Ridgeback', 'Cairn 3000', 'Leaflight', 'FHP-C-', 'SUNNYRIDGE', '1Z8W3E61', '771904',
    '771905', '926129', '88055', 'Perpetua', 'Nkemelu-Ward', 'Barnaby Quist', 'Marchetti-Dunne', 'Adebanjo-Kerr',
    '屠明远', '郏思琪', '邱映彤', '左承浩', 'Pagelight', 'pagelight-reading', 'pagelight_help', 'pagelight.reads',
    'Folio Nimbus', 'Nimbus', 'Tessel', 'PLR-W-', 'NIGHTREAD', '1Z4K712', '94001118992', 'Marigold Treadwell',
    'Oyelaran-Finch', 'Szymanski-Hale', 'Whitlock-Anand', '郁清和', '滕嘉木', '倪靖雯', '柴定遠', 'Meadowvane',
    'meadowvane-care', 'Sonavel', 'Brisa', 'Jetwell', 'Halcyon', 'MVC-W-', 'Delphine Ashcombe', 'Nwosu-Lindqvist',
    'Brennan-Sato', 'Ignatius Pembridge', '岑若溪', '骆志恒', '彭語涵', '溫柏翰', 'Larkspur', 'Stitchworks', 'larkspur-stitch',
    'Corvelle', 'Threadhaven', 'Quillmark', 'Keenfold', 'Silkrow', 'Footwise', 'LSW-C-', '戚晓岚', '符瀚文', '簡若彤', '鍾承睿',
    '1Z7R4402Y', '9405511298370', '1Z3F881004', 'Wilhelmina', 'Okafor-Lindsay', 'Saoirse', 'Featherstone',
    'Vandermeer', 'Ellingham', 'Harkness', 'Delahaye', 'Rosalind', 'Abernathy-Kowal', 'Castellanos', 'Penhaligon',
    'Ravensworth', 'Thistlewood', 'Quartermaine', '谭女士', '丁女士', '项先生', '康先生', '褚小姐', '余小姐', '孔女士', '宁先生', '尤先生',
    '景女士', '窦女士', '葉小姐', '賴小姐', '鄧小姐', '鄭太太', '馮先生', '蔡太太', 'Ambrose', 'Anouk', 'Cosette', 'Dashiell', 'Fenella',
    'Greer', 'Jasper', 'Leontyne', 'Oriane', 'Priyanka', 'Tobiah', 'Tamsin Ode', 'Adeyemi-Voss', 'Bergstrom',
    'Blackstock-Ade', 'Brannigan', 'Carrow', 'Castelli-Moor', 'Delgado-Finn', 'Elphick', 'Falconer',
    'Ferreira-Walsh', 'Garnett', 'Haddad', 'Harrowgate', 'Ingersoll', 'Iwasaki-Bell', 'Kowalczyk-Reid', 'Lachance',
    'Lindahl', 'Ngata-Brooks', 'Oduya', 'Osei-Lamb', 'Pellegrini', 'Petrov-Lane', 'Pryce-Moreno', 'Quarshie',
    'Ravensby', 'Sutcliffe-Obi', 'Szabo-Reilly', 'Thackeray-Lim', 'Tremblay-Sauve', 'Vukovic', 'Okoro-Blake',
    'Okwuosa', 'Pemberton-Aziz', 'Abernethy-Roux', 'Achebe-Lund', 'Aldous', 'Brynjolfsdottir', 'Cavendish-Olu',
    'Corrigan', 'Danjuma', 'Drummond-Achebe', 'Farquhar', 'Ferrante', 'Garvey', 'Halloran-Udeh', 'Haverkamp',
    'Holloway-Beck', 'Kirkconnell', 'Lindqvist-Amadi', 'Nakagawa-Price', 'Okonedo', 'Ostrowska', 'Prewitt',
    'Quennell', 'Rautenbach', 'Ruiz-Gallant', 'Tennant', 'Umeh', 'Vantongeren', 'Wexford', 'Whitcombe', 'Danvers',
    'Mr Adeyemi', '万女士', '何小姐', '侯先生', '傅小姐', '冯女士', '凌女士', '劉先生', '包先生', '卜女士', '叶先生', '向女士', '吳先生', '唐女士', '姚先生',
    '孙先生', '孟女士', '屈先生', '彭先生', '戴小姐', '房女士', '施小姐', '曾先生', '朱女士', '林先生', '柏女士', '梁太太', '楊先生', '江先生', '江女士', '沈先生',
    '涂小姐', '溫小姐', '熊女士', '石女士', '秦先生', '管女士', '紀小姐', '罗先生', '翟先生', '聂女士', '胡先生', '苏女士', '苗女士', '范先生', '莊小姐', '葛小姐',
    '董先生', '蔡女士', '蕭小姐', '藍小姐', '袁先生', '解先生', '謝先生', '许女士', '贾女士', '车先生', '邓女士', '鄒太太', '鄭先生', '金先生', '钱先生', '闵先生',
    '陆女士', '陳太太', '陶先生', '韦女士', '韩先生', '駱小姐', '高先生', '魏先生', '黃太太', '龙先生', 'Dario', 'Jonah', 'Linnea', 'Mr Ashdown',
    'Mr Brandvold', 'Mr Brightman', 'Mr Brockhurst', 'Mr Cathcart', 'Mr Dunleavy', 'Mr Dunmore', 'Mr Ellsworth',
    'Mr Fairweather-', 'Mr Fairweather-Nash', 'Mr Ferencz', 'Mr Gagnon-', 'Mr Gagnon-Reyes', 'Mr Gillespie',
    'Mr Gorringe', 'Mr Grunwald', 'Mr Halvorsen-', 'Mr Halvorsen-Udo', 'Mr Haverstock', 'Mr Hollingbury',
    'Mr Ibekwe', 'Mr Ingleby', 'Mr Kealoha-', 'Mr Kealoha-Brandt', 'Mr Lisowski', 'Mr Okonkwo-Baird', 'Mr Okparaeke',
    'Mr Ostergaard', 'Mr Pellworth', 'Mr Pryor', 'Mr Quaye', 'Mr Rookwood', 'Mr Rosenthal-', 'Mr Rosenthal-Ayo',
    'Mr Sandoval-', 'Mr Sandoval-Kaye', 'Mr Strand', 'Mr Thornbury', 'Mr Thorsby', 'Mr Tolliver', 'Mr Tshabalala',
    'Mr Vasquez-Ibe', 'Mr Ventris', 'Mr Wainaina', 'Mrs Pikesley', 'Mrs Quintero', 'Ms Achterberg', 'Ms Adeleke-',
    'Ms Adeleke-Rowe', 'Ms Ambler', 'Ms Ballantyne', 'Ms Caldwell-', 'Ms Caldwell-Ansah', 'Ms Chatterjee-Holm',
    'Ms Darrowby', 'Ms Delgadillo', 'Ms Eskildsen', 'Ms Estrada-Vaughn', 'Ms Farrant', 'Ms Fenwick-Adair',
    'Ms Greenhalgh', 'Ms Haldane', 'Ms Harcourt', 'Ms Kaminski-', 'Ms Kaminski-Boyd', 'Ms Kettering',
    'Ms Koenigsberg', 'Ms Lindgren', 'Ms Lovejoy', 'Ms Marchbanks', 'Ms Nakashima-Roe', 'Ms Orlova', 'Ms Pennock',
    'Ms Penrose', 'Ms Quarrie', 'Ms Reinholt', 'Ms Ruthven', 'Ms Sorensen-Mbeki', 'Ms Tiernan', 'Ms Tremaine',
    'Ms Valcourt', 'Ms Yarrow', 'Ms Yusupova', '严女士', '乔先生', '付女士', '伍女士', '兰先生', '卓先生', '单女士', '卢女士', '史女士', '呂小姐',
    '喻女士', '姜先生', '季先生', '官小姐', '宫女士', '尹女士', '巫先生', '庞先生', '廖先生', '戈先生', '成先生', '方先生', '时先生', '晏女士', '杜先生', '杭先生',
    '柯先生', '桂女士', '樊女士', '歐先生', '武女士', '殷女士', '毕先生', '毛先生', '汤先生', '汪小姐', '洪女士', '游小姐', '湯小姐', '潘先生', '甘女士', '申先生',
    '白先生', '盛女士', '盧小姐', '祁先生', '祝女士', '童先生', '米先生', '粘先生', '羅先生', '翁小姐', '莫先生', '薛先生', '裴女士', '覃小姐', '詹太太', '诸先生',
    '贺女士', '辜太太', '連先生', '邢太太', '邬女士', '邵先生', '郝先生', '闫先生', '阮先生', '阮小姐', '霍先生', '顏先生', '馬小姐', '鲁女士', '黎女士', '齊小姐',
    '龔太太',
]

_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I)
                  for n in MODEL_NAMES if n.isascii()]
_CJK_REFUSED = [n for n in MODEL_NAMES if not n.isascii()]

# ---------------------------------------------------------------- Simplified / Traditional table
# Each token is one pair: the Simplified form, then the Traditional form. AMBIG lists characters that are normal in
# both scripts (a surname, a different word, a common variant); they are not used to judge script purity.
ST_PAIRS = """
爱愛 碍礙 袄襖 罢罷 摆擺 败敗 办辦 帮幫 绑綁 宝寶 报報 备備 贝貝 笔筆 币幣 毕畢 边邊 编編 变變 标標 宾賓 补補
财財 参參 蚕蠶 残殘 惭慚 仓倉 层層 产產 长長 尝嘗 场場 厂廠 车車 彻徹 尘塵 陈陳 衬襯 称稱 惩懲 诚誠 迟遲 齿齒
虫蟲 处處 础礎 触觸 传傳 闯闖 创創 锤錘 纯純 词詞 辞辭 从從 聪聰 丛叢 错錯 达達 带帶 担擔 单單 胆膽 弹彈 当當
挡擋 党黨 导導 岛島 灯燈 邓鄧 敌敵 递遞 点點 电電 垫墊 钓釣 调調 叠疊 顶頂 订訂 东東 动動 冻凍 独獨 读讀 赌賭
断斷 锻鍛 队隊 对對 吨噸 顿頓 夺奪 额額 儿兒 尔爾 饵餌 发發 罚罰 阀閥 饭飯 访訪 纺紡 飞飛 废廢 费費 纷紛 坟墳
奋奮 愤憤 丰豐 风風 疯瘋 锋鋒 缝縫 凤鳳 肤膚 辐輻 抚撫 辅輔 赋賦 负負 妇婦 该該 盖蓋 赶趕 钢鋼 纲綱 岗崗 搁擱
鸽鴿 阁閣 个個 给給 巩鞏 贡貢 沟溝 构構 购購 够夠 顾顧 关關 观觀 馆館 惯慣 贯貫 广廣 规規 归歸 龟龜 轨軌 贵貴
柜櫃 滚滾 锅鍋 国國 过過 还還 汉漢 号號 贺賀 护護 话話 划劃 怀懷 坏壞 欢歡 环環 换換 唤喚 挥揮 辉輝 汇匯 会會
绘繪 浑渾 获獲 货貨 祸禍 击擊 机機 积積 饥飢 鸡雞 极極 级級 挤擠 际際 继繼 纪紀 迹跡 济濟 夹夾 价價 驾駕 坚堅
间間 艰艱 监監 减減 检檢 简簡 见見 舰艦 剑劍 键鍵 荐薦 鉴鑑 将將 奖獎 讲講 酱醬 胶膠 浇澆 骄驕 脚腳 搅攪 较較
阶階 节節 洁潔 结結 紧緊 仅僅 进進 尽盡 劲勁 惊驚 经經 颈頸 竞競 镜鏡 纠糾 旧舊 剧劇 据據 惧懼 举舉 觉覺 军軍
开開 凯凱 壳殼 课課 垦墾 恳懇 库庫 块塊 宽寬 矿礦 亏虧 扩擴 阔闊 蜡蠟 腊臘 来來 栏欄 蓝藍 篮籃 览覽 烂爛 滥濫
劳勞 乐樂 类類 泪淚 离離 礼禮 丽麗 历歷 厉厲 励勵 联聯 连連 帘簾 怜憐 练練 炼煉 脸臉 恋戀 粮糧 凉涼 两兩 辆輛
谅諒 疗療 辽遼 猎獵 临臨 邻鄰 灵靈 龄齡 铃鈴 岭嶺 领領 刘劉 龙龍 楼樓 炉爐 录錄 陆陸 驴驢 虑慮 滤濾 铝鋁 绿綠
乱亂 轮輪 论論 罗羅 逻邏 络絡 妈媽 马馬 码碼 骂罵 吗嗎 买買 卖賣 迈邁 麦麥 满滿 蛮蠻 猫貓 贸貿 么麼 没沒 镁鎂
门門 闷悶 们們 梦夢 弥彌 绵綿 灭滅 鸣鳴 铭銘 谋謀 亩畝 纳納 难難 闹鬧 脑腦 恼惱 拟擬 鸟鳥 宁寧 农農 浓濃 钮鈕
纽紐 欧歐 盘盤 赔賠 喷噴 鹏鵬 骗騙 飘飄 频頻 贫貧 凭憑 苹蘋 评評 泼潑 铺鋪 扑撲 谱譜 齐齊 骑騎 岂豈 启啟 气氣
弃棄 迁遷 铅鉛 钱錢 钳鉗 浅淺 谴譴 枪槍 墙牆 抢搶 桥橋 乔喬 侨僑 窍竅 亲親 轻輕 氢氫 倾傾 庆慶 琼瓊 穷窮 区區
驱驅 趋趨 权權 劝勸 确確 让讓 扰擾 热熱 认認 荣榮 软軟 锐銳 润潤 洒灑 伞傘 丧喪 扫掃 涩澀 杀殺 纱紗 晒曬 闪閃
伤傷 赏賞 烧燒 绍紹 设設 摄攝 审審 婶嬸 肾腎 渗滲 声聲 绳繩 胜勝 圣聖 师師 诗詩 湿濕 时時 识識 实實 势勢 适適
释釋 饰飾 视視 试試 寿壽 兽獸 书書 输輸 属屬 术術 树樹 数數 帅帥 双雙 谁誰 税稅 顺順 说說 硕碩 丝絲 饲飼 讼訟
颂頌 苏蘇 诉訴 肃肅 虽雖 随隨 岁歲 孙孫 损損 笋筍 缩縮 锁鎖 琐瑣 态態 摊攤 滩灘 谈談 叹嘆 汤湯 烫燙 涛濤 讨討
腾騰 题題 体體 条條 铁鐵 听聽 厅廳 头頭 图圖 团團 颓頹 驼駝 袜襪 弯彎 湾灣 万萬 网網 为為 韦韋 违違 围圍 维維
伟偉 卫衛 谓謂 纹紋 闻聞 问問 稳穩 窝窩 卧臥 乌烏 无無 务務 误誤 雾霧 习習 戏戲 细細 虾蝦 吓嚇 厦廈 鲜鮮 闲閒
显顯 险險 县縣 现現 宪憲 线線 献獻 乡鄉 详詳 响響 项項 协協 胁脅 写寫 泄洩 谢謝 锌鋅 兴興 选選 绪緒 续續 悬懸
学學 寻尋 询詢 训訓 讯訊 逊遜 压壓 鸭鴨 亚亞 严嚴 颜顏 盐鹽 验驗 艳豔 阳陽 养養 样樣 钥鑰 药藥 爷爺 页頁 业業
叶葉 医醫 仪儀 遗遺 亿億 忆憶 艺藝 议議 异異 译譯 阴陰 银銀 隐隱 饮飲 应應 营營 赢贏 拥擁 优優 忧憂 邮郵 犹猶
鱼魚 渔漁 与與 语語 誉譽 预預 狱獄 员員 园園 圆圓 远遠 愿願 约約 跃躍 阅閱 云雲 运運 韵韻 杂雜 灾災 载載 赞贊
脏髒 凿鑿 枣棗 责責 择擇 则則 泽澤 贼賊 赠贈 闸閘 诈詐 斋齋 债債 毡氈 盏盞 斩斬 战戰 张張 涨漲 帐帳 账賬 胀脹
赵趙 这這 针針 侦偵 诊診 阵陣 镇鎮 证證 郑鄭 织織 职職 执執 纸紙 质質 钟鐘 终終 种種 众眾 轴軸 皱皺 昼晝 猪豬
烛燭 嘱囑 筑築 驻駐 专專 砖磚 转轉 赚賺 庄莊 装裝 妆妝 壮壯 状狀 浊濁 资資 总總 纵縱 邹鄒 组組 钻鑽 潜潛 鳍鰭
记記 请請 温溫 挂掛 烁爍 须須 剂劑 闭閉 链鏈 绝絕 缘緣 贴貼 净淨 渍漬 萤螢 统統 计計 着著 鲁魯 鲍鮑 钩鉤
锈鏽 蚀蝕 诺諾 镀鍍 衔銜 侧側 扬揚 恒恆 卷捲 华華
丢丟 内內 冲沖 决決 况況 删刪 别別 娄婁 抠摳 拨撥 暂暫 栾欒 档檔 测測 烦煩 签簽 签籤 绕繞 缪繆 蔺藺 裤褲 许許 邝鄺
锂鋰 阚闞 颗顆 骤驟 黄黃 并並 吴吳 携攜 杨楊 准準 矫矯 范範 聂聶 蒋蔣 里裡 托託 注註 谭譚 踪蹤 周週 表錶 钟鍾 韩韓
余餘 冯馮 庞龐
"""
AMBIG = set("后里干台于余面只系范松准几冲征志制才谷丑卷斗借舍表签复采刮周胡涂划乾著瞭藉覆云泄适党托注")

_ST = [(p[0], p[1]) for p in ST_PAIRS.split()]
SIMP_ONLY = {s for s, t in _ST if s not in AMBIG}
TRAD_ONLY = {t for s, t in _ST if t not in AMBIG}
TO_SIMP = {t: s for s, t in _ST}


def table_errors():
    errs, seen = [], set()
    for tok in ST_PAIRS.split():
        if len(tok) != 2 or tok[0] == tok[1]:
            errs.append("table: bad pair %r" % tok); continue
        if tok in seen: errs.append("table: duplicate pair " + tok)
        seen.add(tok)
        s, t = tok
        try:
            s.encode("gb2312")
        except UnicodeEncodeError:
            errs.append("table: %s is not GB2312" % s)
        try:
            t.encode("big5")
        except UnicodeEncodeError:
            errs.append("table: %s is not Big5" % t)
    return errs


CJK = re.compile(r"[\u3400-\u9fff]")
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "微信", "line 官方", "line 帳號", "paypal", "venmo",
          "instagram", "facebook", "e-mail", "email", "coupon", "% off", "promo", "discount", "launch", "5-star",
          "five-star", "five star", "1-star", "one-star", "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "折扣", "八折", "九折", "七折", "优惠码", "優惠碼", "买一送一", "買一送一", "官网", "官網", "截图", "截圖", "555-01"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評", "feedback", "rating"],
        "marketing": ["%", "折", "launch", "bundle", "新款", "新品", "优惠", "優惠", "买一送一", "買一送一", "sale"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line", "官网", "官網", "instagram"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel", "label",
       "carrier", "courier", "locker", "pickup", "dispatch", "warehouse", "package", "transit", "exchange",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "寄回", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "自提", "快递", "换货", "物流", "仓库", "面单",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄回", "簽收", "取件", "換貨", "物流", "關稅", "清關", "退款", "倉庫",
       "宅配", "超商", "取消"]
# Identifier formats; every id in a reply must be one of these, and each is used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z4V08R3\d{8}\b|\b7853\d{8}\b|\b9205590\d{15}\b|\bCW[SW]-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|\bCW[A-Z]?-\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
EN_N, ZH_N = 6, 8   # copy check: no shared run of 6 English words or 8 Chinese characters


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    out = [r.pattern for r in _ASCII_REFUSED if r.search(text)]
    return out + [n for n in _CJK_REFUSED if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


# ---------------------------------------------------------------- copy check
def en_words(text):
    text = text.replace("\u2019", "'").replace("\\n", " ").lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def zh_stream(text):
    return "".join(TO_SIMP.get(c, c) for c in text if CJK.match(c))


def grams(text):
    w, z = en_words(text), zh_stream(text)
    return ({" ".join(w[i:i + EN_N]) for i in range(len(w) - EN_N + 1)},
            {z[i:i + ZH_N] for i in range(len(z) - ZH_N + 1)})


def load_sources():
    """N-gram sets of policy.md (required) and of the earlier set's texts (when present)."""
    src = {}
    src["policy.md"] = grams(open(POLICY, encoding="utf-8").read())
    for f in ("gen_templates.py", "gen_replies.py", "README.md"):
        p = os.path.join(MODEL_DIR, f)
        if os.path.exists(p):
            src["model " + f] = grams(open(p, encoding="utf-8").read())
    return src


def copied(text, sources):
    e, z = grams(text)
    out = []
    for name, (pe, pz) in sources.items():
        hit = sorted(e & pe)[:2] + sorted(z & pz)[:2]
        if hit: out.append("%s: %s" % (name, hit))
    return out


# ---------------------------------------------------------------- script purity
def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312, no Traditional-only form from the table) or, with trad,
    Traditional (Big5, no Simplified-only form from the table)."""
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII: %s" % e]
        return []
    body = re.sub(r"[\x00-\x7f]", "", text)
    errs = []
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        errs.append("script: %s" % e)
    wrong = set(body) & (SIMP_ONLY if trad else TRAD_ONLY)
    if wrong:
        errs.append("%s forms in %s text: %s" % ("Simplified" if trad else "Traditional",
                                                  "Traditional" if trad else "Simplified", "".join(sorted(wrong))))
    return errs


GREET = re.compile(r"^(?:(?:Hi|Hello|Dear|Hey|Morning|Good (?:morning|afternoon|evening)) )?(.+?)[,!]?$")
ZH_GREET = re.compile(r"^(.+?)(?:，| )?(?:您好|你好|早安|午安|晚安|早上好|上午好|下午好|晚上好|週末好|周末好)[：:，,！!]?$")


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    m = ZH_GREET.match(first) if r["lang"] == "zh" else GREET.match(first)
    return m.group(1) if m else first


def checks():
    errs = table_errors()
    sources = load_sources()
    # ---- templates
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                     lang == "zh-tw")]
        errs += ["template %s copies %s" % (tid, c) for c in copied(PH_RE.sub(" ph ", t), sources)]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    # ---- replies
    seen, ids, names_used, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t or " \n" in t:
            errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the earlier set: %s" % (rid, refused(t)))
        errs += ["%s copies %s" % (rid, c) for c in copied(t, sources)]
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        if trad and r["lang"] != "zh": errs.append(rid + " traditional tag on a non-Chinese reply")
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        names_used[buyer_of(r)] += 1
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l in MARK and not any(m in t.lower() for m in MARK[l]):
                    errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
            elif r["log_part"] is None:
                errs.append(rid + " a free-written violating reply must say whether its offending part is logistics")
            elif ("template-required" in lab) == r["log_part"]:
                errs.append(rid + " template-required must be set exactly when the offending part is not logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG):
            errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if r["tid"]:
            if r["tid"] not in TEMPLATES: errs.append(rid + " unknown template " + r["tid"]); continue
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            own = r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (own < FOLD_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, own, r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names_used.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, seen_ids, have = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p); continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if refused(txt): errs.append("earlier-set names in " + p)
    if not have: errs.append("no templates in " + lib)
    n = 0
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in FIELDS:
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if set(d) - set(FIELDS) - {"template"}: errs.append("line %d: unknown fields %s" % (n, sorted(set(d) - set(FIELDS))))
        if d.get("id") in seen_ids: errs.append("duplicate id " + str(d.get("id")))
        seen_ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        labels = d.get("labels", [])
        if not isinstance(labels, list) or not set(labels) <= ALLOWED or labels != sorted(set(labels)):
            errs.append("line %d: labels %r" % (n, labels))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply": errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip(): errs.append("line %d: empty text" % n)
        elif refused(d["text"]) or ph_bad(d["text"]): errs.append("line %d: earlier-set names or braces" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(col(r) for r in REPLIES if r["cat"] == c)
        tot.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | topic | replies built on it |", "| --- | --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        n = sum(1 for r in REPLIES if r["tid"] == tid)
        out.append("| `%s` | %s | %s | %d |" % (tid, lang, topic, n))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    jc = Counter(int(n) for r in REPLIES for n in set(re.findall(r"JC(\d+)", r["note"])))
    out += ["", "| JC | cited by | replies |", "| --- | --- | --- |"]
    for n in sorted(JCS):
        out.append("| JC%d | %d | %s |" % (n, jc[n], ", ".join(r["id"][4:] for r in REPLIES
                                                             if ("JC%d" % n) in re.findall(r"JC\d+", r["note"]))))
    def rng(xs):
        return "%.2f-%.2f (n=%d)" % (min(xs), max(xs), len(xs)) if xs else "none"
    out += ["", "| replies | similarity (difflib ratio) |", "| --- | --- |",
            "| edited fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES
                                                             if r["cat"] == "filled-template" and not r["exact"]]),
            "| fill-plus-logistics, to own rendering | %s |" % rng([r["own"] for r in REPLIES
                                                                    if r["cat"] == "fill-plus-logistics"]),
            "| template-based violating, to own rendering | %s |" % rng([r["own"] for r in REPLIES
                                                                         if r["cat"] == "violating" and r["tid"]]),
            "| free `template-required` replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"]
                                                                             and "template-required" in r["labels"]]),
            "| free `[]` replies, best template | %s |" % rng([r["max"] for r in REPLIES
                                                               if not r["tid"] and not r["labels"]])]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    if sys.argv[1:] not in ([], ["--tables"]):
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr); sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables()); return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib): shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES:
            f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())),
                                                 len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(col(r) for r in REPLIES)))


if __name__ == "__main__":
    main()
