#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t66: builds and checks a blind, hand-labelled test set for the `template-required` policy.

Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies).

  python3 gen.py                 run every self-check; only if all pass, rewrite library/ and replies.jsonl,
                                 then re-validate the files on disk
  python3 gen.py --check [DIR]   validate the files on disk only (default: this directory)
  python3 gen.py --tables        run the self-checks, then print the count tables used in README.md (writes nothing)

Standard library only. The copy check reads /work/shared/policy.md (required) and, when it is present,
the model set in /tmp/model_t6 (its .py sources); set T66_POLICY / T66_MODEL to point elsewhere.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t66"
POLICY = os.environ.get("T66_POLICY", "/work/shared/policy.md")
MODEL_DIR = os.environ.get("T66_MODEL", "/tmp/model_t6")
LABELS = {"review-inducement", "off-platform-contact", "marketing", "template-required"}   # interface.md names
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten",
        "mixed-logistics", "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
FIELDS = ("id", "text", "labels", "lang", "tags", "note", "context")

# Judgement calls, numbered as in README.md. Every JCn cited in a note must be here, and every one must be cited.
JCS = {1: "template fill + one added logistics sentence -> []",
       2: "greetings, warm lines, long slot values, reflow, reorder, trims: still the template",
       3: "approved template + offending sentence -> content label + template-required, unless that sentence is logistics",
       4: "carriage rules for the acid sanitizer (hazmat) -> logistics",
       5: "heat holds and yeast freshness on arrival -> logistics",
       6: "LTL freight of the 27-gallon conical -> logistics",
       7: "fixing what was packed, sent or ordered wrongly -> logistics",
       8: "damaged in transit, customs holds -> logistics",
       9: "delivery or return news with brewing advice mixed in -> template-required",
       10: "neutral review invitation: filled template [] / own wording template-required only",
       11: "brewing advice in the agent's own words -> template-required",
       12: "mailing or flying with the buyer's own homebrew -> not order logistics",
       13: "'we will come back to you' about a fault -> template-required",
       14: "a template's facts retold freely -> template-required",
       15: "look-alike words that are not violations",
       16: "logistics in free wording needs no template; pleasantries keep it logistics",
       17: "buy on the seller's site for less -> off-platform-contact + marketing"}

# ---------------------------------------------------------------- names this set must not reuse
# The model set's seller, products, staff, ids, codes, handles and buyers, and the names of the earlier sets it refuses.
REFUSED = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn", "Leaflight", "SUNNYRIDGE",
    "FHP-C-", "1Z8W3E61", "77190", "926129", "88055", "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie",
    "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
    "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand",
    "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon",
    "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵",
    "溫柏翰", "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
    "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
    "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn",
    "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
    "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
    "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve",
    "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous",
    "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey",
    "Halloran-Udeh", "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo",
    "Ostrowska", "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford",
    "Whitcombe", "Danvers",
    # the model set's buyers
    "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
    "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gorringe", "Grunwald", "Halvorsen-Udo", "Haverstock",
    "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke", "Ostergaard",
    "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury", "Thorsby",
    "Tolliver", "Tshabalala", "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg",
    "Adeleke-Rowe", "Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen",
    "Estrada-Vaughn", "Farrant", "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering",
    "Koenigsberg", "Lindgren", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie",
    "Reinholt", "Ruthven", "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova", "Gillespie",
    "Mr Adeyemi",
    "严女士", "乔先生", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生", "季先生",
    "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士", "杜先生", "杭先生",
    "柯先生", "桂女士", "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐", "洪女士", "游小姐",
    "湯小姐", "潘先生", "甘女士", "申先生", "白先生", "盛女士", "盧小姐", "祁先生", "祝女士", "童先生", "米先生", "粘先生",
    "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太", "連先生", "邢太太",
    "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士", "黎女士", "齊小姐",
    "龔太太", "付女士", "官小姐", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生",
    "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "万女士", "何小姐", "侯先生", "傅小姐",
    "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士",
    "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生",
    "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士",
    "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生",
    "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太",
    "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
]
_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

# ---------------------------------------------------------------- script table (built in)
# Simplified/Traditional character pairs: each token is <simplified><traditional>.
S2T_PAIRS = (
    "爱愛 碍礙 袄襖 罢罷 摆擺 败敗 办辦 帮幫 宝寶 报報 贝貝 备備 笔筆 币幣 毕畢 边邊 编編 变變 标標 别別 宾賓 补補 财財 参參 "
    "蚕蠶 残殘 惭慚 灿燦 仓倉 层層 产產 长長 尝嘗 偿償 厂廠 场場 车車 彻徹 尘塵 衬襯 称稱 惩懲 诚誠 迟遲 齿齒 冲衝 虫蟲 筹籌 "
    "处處 触觸 传傳 创創 疮瘡 辞辭 聪聰 从從 丛叢 窜竄 错錯 达達 带帶 贷貸 单單 担擔 胆膽 导導 岛島 灯燈 邓鄧 敌敵 递遞 点點 "
    "电電 垫墊 钉釘 顶頂 订訂 东東 冻凍 动動 栋棟 独獨 读讀 断斷 队隊 对對 吨噸 夺奪 堕墮 恶惡 儿兒 尔爾 饵餌 发發 罚罰 阀閥 "
    "饭飯 访訪 纺紡 飞飛 废廢 费費 纷紛 坟墳 奋奮 丰豐 风風 枫楓 疯瘋 冯馮 缝縫 讽諷 凤鳳 肤膚 辐輻 抚撫 辅輔 赋賦 复復 妇婦 "
    "缚縛 该該 钙鈣 盖蓋 赶趕 秆稈 冈岡 刚剛 钢鋼 纲綱 岗崗 搁擱 鸽鴿 阁閣 个個 给給 龚龔 宫宮 沟溝 构構 购購 顾顧 关關 观觀 "
    "馆館 贯貫 惯慣 广廣 规規 归歸 龟龜 闺閨 轨軌 诡詭 贵貴 柜櫃 滚滾 辊輥 锅鍋 国國 过過 骇駭 韩韓 汉漢 号號 贺賀 恒恆 轰轟 "
    "红紅 后後 护護 华華 画畫 话話 怀懷 坏壞 欢歡 环環 还還 缓緩 换換 唤喚 焕煥 黄黃 谎謊 挥揮 辉輝 汇匯 会會 秽穢 获獲 货貨 "
    "祸禍 击擊 机機 积積 饥飢 鸡雞 极極 辑輯 级級 挤擠 几幾 计計 记記 际際 继繼 纪紀 剂劑 夹夾 荚莢 颊頰 贾賈 价價 驾駕 坚堅 "
    "歼殲 监監 笺箋 俭儉 茧繭 拣揀 舰艦 检檢 减減 荐薦 鉴鑒 践踐 贱賤 见見 键鍵 剑劍 饯餞 渐漸 溅濺 涧澗 将將 浆漿 蒋蔣 桨槳 "
    "奖獎 讲講 酱醬 胶膠 浇澆 骄驕 娇嬌 搅攪 铰鉸 矫矯 侥僥 脚腳 饺餃 缴繳 轿轎 较較 阶階 节節 洁潔 结結 诫誡 届屆 紧緊 锦錦 "
    "仅僅 谨謹 进進 晋晉 烬燼 尽盡 劲勁 荆荊 茎莖 惊驚 经經 颈頸 静靜 镜鏡 径徑 痉痙 竞競 净淨 纠糾 旧舊 驹駒 举舉 剧劇 惧懼 "
    "据據 锯鋸 觉覺 决決 绝絕 军軍 开開 凯凱 颗顆 壳殼 课課 垦墾 恳懇 抠摳 库庫 裤褲 块塊 宽寬 矿礦 旷曠 况況 亏虧 窥窺 馈饋 "
    "溃潰 扩擴 阔闊 蜡蠟 腊臘 来來 赖賴 兰蘭 拦攔 栏欄 烂爛 篮籃 览覽 懒懶 缆纜 滥濫 捞撈 劳勞 涝澇 乐樂 镭鐳 垒壘 类類 泪淚 "
    "篱籬 离離 里裡 礼禮 丽麗 厉厲 励勵 砾礫 历歷 沥瀝 隶隸 俩倆 联聯 莲蓮 连連 镰鐮 怜憐 涟漣 帘簾 敛斂 脸臉 链鏈 恋戀 炼煉 "
    "练練 粮糧 凉涼 两兩 辆輛 谅諒 疗療 辽遼 镣鐐 猎獵 临臨 邻鄰 鳞鱗 凛凜 赁賃 龄齡 铃鈴 灵靈 岭嶺 领領 馏餾 刘劉 龙龍 聋聾 "
    "笼籠 拢攏 陇隴 楼樓 娄婁 搂摟 篓簍 芦蘆 卢盧 颅顱 庐廬 炉爐 掳擄 卤鹵 虏虜 鲁魯 赂賂 禄祿 录錄 陆陸 驴驢 吕呂 铝鋁 侣侶 "
    "屡屢 缕縷 虑慮 滤濾 绿綠 峦巒 挛攣 孪孿 滦灤 乱亂 抡掄 轮輪 伦倫 沦淪 纶綸 论論 萝蘿 罗羅 逻邏 锣鑼 箩籮 骡騾 骆駱 络絡 "
    "妈媽 玛瑪 码碼 蚂螞 马馬 骂罵 吗嗎 买買 麦麥 卖賣 迈邁 脉脈 瞒瞞 馒饅 蛮蠻 满滿 谩謾 猫貓 锚錨 铆鉚 贸貿 么麼 霉黴 没沒 "
    "镁鎂 门門 闷悶 们們 锰錳 梦夢 谜謎 弥彌 觅覓 幂冪 绵綿 缅緬 庙廟 灭滅 悯憫 闽閩 鸣鳴 铭銘 谬謬 谋謀 亩畝 钠鈉 纳納 难難 "
    "挠撓 脑腦 恼惱 闹鬧 馁餒 内內 拟擬 腻膩 撵攆 酿釀 鸟鳥 聂聶 啮嚙 镊鑷 镍鎳 柠檸 狞獰 宁寧 拧擰 泞濘 钮鈕 纽紐 脓膿 浓濃 "
    "农農 疟瘧 诺諾 欧歐 鸥鷗 殴毆 呕嘔 沤漚 盘盤 庞龐 赔賠 喷噴 鹏鵬 骗騙 飘飄 频頻 贫貧 苹蘋 凭憑 评評 泼潑 颇頗 扑撲 铺鋪 "
    "朴樸 谱譜 栖棲 凄淒 脐臍 齐齊 骑騎 岂豈 启啟 气氣 弃棄 讫訖 牵牽 铅鉛 迁遷 签簽 谦謙 钱錢 钳鉗 潜潛 浅淺 谴譴 堑塹 枪槍 "
    "呛嗆 墙牆 蔷薔 强強 抢搶 锹鍬 桥橋 乔喬 侨僑 翘翹 窍竅 窃竊 钦欽 亲親 寝寢 轻輕 氢氫 倾傾 顷頃 请請 庆慶 琼瓊 穷窮 趋趨 "
    "区區 躯軀 驱驅 龋齲 颧顴 权權 劝勸 却卻 鹊鵲 确確 让讓 饶饒 扰擾 绕繞 热熱 韧韌 认認 纫紉 荣榮 绒絨 软軟 锐銳 闰閏 润潤 "
    "洒灑 萨薩 鳃鰓 赛賽 伞傘 丧喪 骚騷 扫掃 涩澀 杀殺 纱紗 筛篩 晒曬 删刪 闪閃 陕陝 赡贍 缮繕 伤傷 赏賞 烧燒 绍紹 赊賒 摄攝 "
    "慑懾 设設 绅紳 审審 婶嬸 肾腎 渗滲 声聲 绳繩 胜勝 圣聖 师師 狮獅 湿濕 诗詩 尸屍 时時 蚀蝕 实實 识識 驶駛 势勢 适適 释釋 "
    "饰飾 视視 试試 寿壽 兽獸 枢樞 输輸 书書 赎贖 属屬 术術 树樹 竖豎 数數 帅帥 双雙 谁誰 税稅 顺順 说說 硕碩 烁爍 丝絲 饲飼 "
    "耸聳 怂慫 颂頌 讼訟 诵誦 擞擻 苏蘇 诉訴 肃肅 虽雖 随隨 绥綏 岁歲 孙孫 损損 笋筍 缩縮 琐瑣 锁鎖 獭獺 挞撻 态態 摊攤 贪貪 "
    "瘫癱 滩灘 坛壇 谭譚 谈談 叹嘆 汤湯 烫燙 涛濤 绦絛 讨討 腾騰 誊謄 锑銻 题題 体體 屉屜 条條 贴貼 铁鐵 厅廳 听聽 烃烴 铜銅 "
    "统統 头頭 秃禿 图圖 涂塗 团團 颓頹 蜕蛻 脱脫 鸵鴕 驮馱 驼駝 椭橢 洼窪 袜襪 弯彎 湾灣 顽頑 万萬 网網 韦韋 违違 围圍 为為 "
    "潍濰 维維 苇葦 伟偉 伪偽 纬緯 谓謂 卫衛 温溫 闻聞 纹紋 稳穩 问問 瓮甕 挝撾 蜗蝸 涡渦 窝窩 卧臥 呜嗚 钨鎢 乌烏 污汙 诬誣 "
    "无無 芜蕪 吴吳 坞塢 雾霧 务務 误誤 锡錫 牺犧 袭襲 习習 铣銑 戏戲 细細 虾蝦 辖轄 峡峽 侠俠 狭狹 厦廈 吓嚇 鲜鮮 纤纖 贤賢 "
    "衔銜 闲閒 显顯 险險 现現 献獻 县縣 馅餡 羡羨 宪憲 线線 厢廂 镶鑲 乡鄉 详詳 响響 项項 萧蕭 嚣囂 销銷 晓曉 啸嘯 协協 挟挾 "
    "携攜 胁脅 谐諧 写寫 泻瀉 谢謝 锌鋅 衅釁 兴興 汹洶 锈鏽 绣繡 虚虛 嘘噓 须須 许許 叙敘 绪緒 续續 轩軒 悬懸 选選 癣癬 绚絢 "
    "学學 勋勳 询詢 寻尋 驯馴 训訓 讯訊 逊遜 压壓 鸦鴉 鸭鴨 哑啞 亚亞 讶訝 阉閹 烟煙 盐鹽 严嚴 颜顏 阎閻 艳艷 厌厭 砚硯 彦彥 "
    "谚諺 验驗 鸯鴦 杨楊 扬揚 疡瘍 阳陽 痒癢 养養 样樣 钥鑰 药藥 爷爺 页頁 业業 叶葉 医醫 铱銥 颐頤 遗遺 仪儀 蚁蟻 艺藝 亿億 "
    "忆憶 义義 谊誼 译譯 异異 绎繹 荫蔭 阴陰 银銀 饮飲 隐隱 樱櫻 婴嬰 鹰鷹 应應 缨纓 莹瑩 萤螢 营營 荧熒 蝇蠅 赢贏 颖穎 哟喲 "
    "拥擁 痈癰 踊踴 咏詠 涌湧 优優 忧憂 邮郵 铀鈾 犹猶 诱誘 舆輿 鱼魚 渔漁 娱娛 与與 屿嶼 语語 狱獄 誉譽 预預 驭馭 鸳鴛 渊淵 "
    "辕轅 园園 员員 圆圓 缘緣 远遠 愿願 约約 跃躍 粤粵 悦悅 阅閱 郧鄖 匀勻 陨隕 运運 蕴蘊 酝醞 晕暈 韵韻 杂雜 灾災 载載 攒攢 "
    "暂暫 赞贊 赃贓 脏臟 凿鑿 枣棗 责責 择擇 则則 泽澤 贼賊 赠贈 轧軋 铡鍘 闸閘 诈詐 斋齋 债債 毡氈 盏盞 斩斬 辗輾 崭嶄 栈棧 "
    "战戰 绽綻 张張 涨漲 帐帳 账賬 胀脹 赵趙 蛰蟄 辙轍 锗鍺 这這 贞貞 针針 侦偵 诊診 镇鎮 阵陣 挣掙 睁睜 狰猙 争爭 帧幀 郑鄭 "
    "证證 织織 职職 执執 纸紙 挚摯 掷擲 帜幟 质質 滞滯 钟鐘 终終 种種 肿腫 众眾 诌謅 轴軸 皱皺 昼晝 骤驟 猪豬 诸諸 诛誅 烛燭 "
    "瞩矚 嘱囑 贮貯 铸鑄 筑築 驻駐 专專 砖磚 转轉 赚賺 桩樁 庄莊 装裝 妆妝 壮壯 状狀 锥錐 赘贅 坠墜 缀綴 谆諄 浊濁 兹茲 资資 "
    "渍漬 踪蹤 综綜 总總 纵縱 邹鄒 诅詛 组組 钻鑽 测測 烦煩 间間 够夠 户戶 兑兌 于於 面麵 只隻 台臺 系係 松鬆 制製 致緻 周週 "
    "出齣 志誌 余餘 才纔 表錶 板闆 困睏 向嚮 干乾 斗鬥 范範 谷穀 卷捲 夸誇 划劃 刮颳 合閤 伙夥 咸鹹 游遊 云雲 准準 扎紮 岳嶽 "
    "御禦 吁籲 佣傭 淀澱 缪繆 鳌鰲 邝鄺 栾欒 阚闞 "
)
S2T = {}
_BAD_TOKENS = [t for t in S2T_PAIRS.split() if len(t) != 2 or t[0] == t[1]]
for _tok in S2T_PAIRS.split():
    S2T[_tok[0]] = _tok[1]
T2S = {t: s for s, t in S2T.items()}
# Simplified forms that are also ordinary Traditional characters (so they are not evidence of Simplified script).
TRAD_ALSO = set("于面只台系松制致周出志余才表板困向干斗范谷卷夸划刮合伙咸游云准扎岳御吁佣淀")
SIMP_ONLY = set(S2T) - TRAD_ALSO
TRAD_ONLY = set(T2S)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def to_simplified(text):
    return "".join(T2S.get(c, c) for c in text)


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified, or with trad Traditional, judged by the built-in pair table;
    the GB2312 / Big5 codecs are a second, coarser check."""
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII: %s" % e]
        return []
    chars = set(CJK.findall(text))
    errs = []
    wrong = sorted(chars & (SIMP_ONLY if trad else TRAD_ONLY))
    if wrong:
        errs.append("%s forms in %s text: %s" % ("Simplified" if trad else "Traditional",
                                                  "Traditional" if trad else "Simplified", "".join(wrong)))
    if not chars & (TRAD_ONLY if trad else SIMP_ONLY):
        errs.append("no character that marks the script as %s" % ("Traditional" if trad else "Simplified"))
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        errs.append("codec %s: %s" % ("big5" if trad else "gb2312", e))
    return errs


# ---------------------------------------------------------------- copy check (policy.md, model set)
EN_RUN, ZH_RUN = 6, 8
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text):
    return _WORD.findall(text.lower().replace("\\n", " "))


_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def shingles(text):
    """English: runs of EN_RUN words (punctuation ignored). Chinese: runs of ZH_RUN consecutive Chinese characters,
    compared after folding Traditional to Simplified with the table, so a Traditional copy is caught too."""
    w = _words(text)
    en = {" ".join(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1)}
    zh = set()
    for z in _CJK_RUN.findall(to_simplified(text)):
        zh |= {z[i:i + ZH_RUN] for i in range(len(z) - ZH_RUN + 1)}
    return en, zh


def load_refs():
    """(name, en shingles, zh shingles, error); policy.md is required, the model set optional."""
    refs, errs = [], []
    if os.path.isfile(POLICY):
        refs.append(("policy.md",) + shingles(open(POLICY, encoding="utf-8").read()))
    else:
        errs.append("cannot read %s for the copy check" % POLICY)
    if os.path.isdir(MODEL_DIR):
        blob = ""
        for f in sorted(os.listdir(MODEL_DIR)):
            if f.endswith(".py"):
                blob += open(os.path.join(MODEL_DIR, f), encoding="utf-8").read() + "\n"
        refs.append(("model set",) + shingles(blob))
    return refs, errs


def copied(text, refs):
    en, zh = shingles(text)
    out = []
    for name, ren, rzh in refs:
        hit = sorted(en & ren)[:2] + sorted(zh & rzh)[:2]
        if hit:
            out.append("%s: %s" % (name, " | ".join(hit)))
    return out


# ---------------------------------------------------------------- wording lists
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 社群", "line 官方", "微信", "paypal", "venmo",
          "instagram", "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "launch", "code ",
          "5-star", "five-star", "1-star", "2-star", "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "八折", "九折", "买一送一", "買一送一", "官网", "官網", "截图", "截圖", "更便宜"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "launch", "买一送一", "買一送一", "code", "便宜"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line"]}
# A logistics reply, a mixed reply and an added logistics sentence must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label", "freight",
       "pallet", "locker", "pickup", "carrier", "dispatch", "warehouse",
       "配送", "托盘", "送货",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "清关", "包裹", "签收", "补发", "派送", "陆运", "货运",
       "面单", "退回", "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "貨運", "取件", "陸運", "退款", "延誤"]
# Identifier formats: every id in a reply must be one of these, and each is used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z6K9V42\d{10}\b|\b9361\d{18}\b|\b39\d{10}\b|\b204\d{7}\b|BMB-K-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
GREETING = re.compile(r"^(?:Hi|Hello|Dear|Good morning|Good afternoon) |[,，].*$| (?:您好|午安)：$")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(s, key=s.get)
    return best, s[best]


def refused(text):
    return [r.pattern for r in _ASCII_REFUSED if r.search(text)] + [n for n in _CJK_REFUSED if n in text]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def checks():
    errs = []
    refs, e = load_refs()
    errs += e
    # ---- the script table itself
    if _BAD_TOKENS or len(S2T) != len(S2T_PAIRS.split()) or len(T2S) != len(S2T) or set(S2T) & set(T2S):
        errs.append("script table: malformed, repeated or self-paired entries %s" % _BAD_TOKENS[:5])
    # ---- templates
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if lang not in ("en", "zh", "zh-tw") or not tid.startswith(lang + "/"):
            errs.append("template id and language disagree: " + tid)
        if braces_left(t) or t.count("{{") != t.count("}}"):
            errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)):
            errs.append("placeholder repeated in " + tid)
        low = t.lower()
        bad = [w for w in BANNED if w in low]
        if bad or refused(t):
            errs.append("offending or refused wording in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s: %s" % (tid, x) for x in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                      lang == "zh-tw")]
        errs += ["template %s copies %s" % (tid, x) for x in copied(bare(tid), refs)]
        errs += ["topic of %s copies %s" % (tid, x) for x in copied(TMETA[tid][1], refs)]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    # ---- replies
    seen, ids, names, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS:
            errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat:
            errs.append(rid + " tags[0] is not the category")
        if t in seen:
            errs.append(rid + " duplicate text")
        seen.add(t)
        if braces_left(t) or "{{" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t:
            errs.append(rid + " format (braces, double spaces, tabs or blank-line runs)")
        if refused(t) or refused(r["note"]):
            errs.append("%s uses refused names: %s" % (rid, refused(t) + refused(r["note"])))
        if not set(lab) <= LABELS or lab != sorted(set(lab)):
            errs.append(rid + " labels not known or not sorted")
        if r["lang"] not in ("en", "zh"):
            errs.append(rid + " lang")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, x) for x in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t):
            errs.append(rid + " CJK in an English reply")
        errs += ["%s copies %s" % (rid, x) for x in copied(t, refs)]
        errs += ["%s note copies %s" % (rid, x) for x in copied(r["note"], refs)]
        for m in ID_RE.findall(t):
            ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m):
                errs.append("%s malformed id %s" % (rid, m))
        who = r["vals"]["buyer_name"] if r["tid"] else t.split("\n")[0]
        names[GREETING.sub("", who)] += 1
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS):
            errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]:
            errs.append(rid + " labels disagree with the category")
        low = t.lower()
        bad = [w for w in BANNED if w in low]
        if cat != "violating" and bad:
            errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}:
                errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in low for m in MARK[l]):
                    errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]:
                errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOG):
            errs.append(rid + " names no logistics matter")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if r["tid"]:
            if r["tid"] not in TEMPLATES or not r["note"].startswith(r["tid"] + ": "):
                errs.append(rid + " note must start with its template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want):
                errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1:
            errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
        if v > 1:
            errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited:
        errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
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
                errs.append("stray file in library: " + p)
                continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if braces_left(txt) or txt.count("{{") != txt.count("}}"):
                errs.append("unbalanced placeholders: " + p)
            if refused(txt):
                errs.append("refused names in " + p)
    if not have:
        errs.append("no templates in " + lib)
    n = 0
    path = os.path.join(base, "replies.jsonl")
    if not os.path.isfile(path):
        return errs + ["missing " + path]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e))
            continue
        for f in FIELDS:
            if f not in d:
                errs.append("line %d: missing %s" % (n, f))
        if set(d) - set(FIELDS) - {"template"}:
            errs.append("line %d: unknown fields %s" % (n, sorted(set(d) - set(FIELDS) - {"template"})))
        if d.get("id") in seen_ids:
            errs.append("duplicate id " + str(d.get("id")))
        seen_ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n):
            errs.append("line %d: id not sequential" % n)
        labels = d.get("labels", [])
        if not isinstance(labels, list) or not set(labels) <= LABELS or labels != sorted(set(labels)):
            errs.append("line %d: labels %r" % (n, labels))
        if d.get("lang") not in ("en", "zh"):
            errs.append("line %d: lang" % n)
        if not d.get("tags") or d["tags"][0] not in CATS:
            errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply":
            errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have:
            errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            errs.append("line %d: empty text" % n)
        elif refused(d["text"]):
            errs.append("line %d: refused names" % n)
    if n == 0:
        errs.append("replies.jsonl is empty")
    return errs


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | English | Simplified | Traditional | all |", "| --- | --- | --- | --- | --- |"]
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
    out += ["", "| template id | lang | topic |", "| --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s |" % (tid, lang, topic))
    out += ["", "Templates: " + ", ".join("%s %d" % (k, v) for k, v in Counter(m[0] for m in TMETA.values()).items())]
    out += ["", "| reply | labels | built from | what was added or said | similarity (difflib) |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f vs its template" % r["own"]) if r["tid"] else ("best %.2f (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    jc = {}
    for r in REPLIES:
        for n in re.findall(r"JC(\d+)", r["note"]):
            jc.setdefault(int(n), []).append(r["id"])
    out += ["", "| call | how many replies cite it, and which |", "| --- | --- |"]
    for n in sorted(jc):
        out.append("| JC%d | %d (%s) |" % (n, len(jc[n]), ", ".join(x.split("-")[1] for x in jc[n])))

    def rng(vals):
        return "%.2f-%.2f" % (min(vals), max(vals)) if vals else "-"
    rows = [("exact fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
            ("edited fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            ("fill-plus-logistics, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            ("template-based violating, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            ("rewritten, max against any template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            ("free-non-logistics, max against any template", [r["max"] for r in REPLIES if r["cat"] == "free-non-logistics"]),
            ("mixed-logistics, max against any template", [r["max"] for r in REPLIES if r["cat"] == "mixed-logistics"]),
            ("free logistics ([]), max against any template", [r["max"] for r in REPLIES if r["cat"] == "logistics"]),
            ("free-written violating, max against any template", [r["max"] for r in REPLIES if r["cat"] == "violating" and not r["tid"]])]
    out += ["", "| replies | difflib ratio range |", "| --- | --- |"]
    out += ["| %s | %s |" % (a, rng(b)) for a, b in rows]
    tt = [ratio(bare(a), bare(b)) for a in TEMPLATES for b in TEMPLATES if a < b]
    out += ["", "Template pairs: max ratio %.2f." % max(tt)]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    if sys.argv[1:] and sys.argv[1:] != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if sys.argv[1:] == ["--tables"]:
        print(tables())
        return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
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
        print("DISK CHECK FAILED")
        print("\n".join(e))
        sys.exit(1)
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
