#!/usr/bin/env python3
"""Self-check for holdout89.jsonl, standard library only.  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]        (default: holdout89.jsonl next to this file)

What is checked (README.md has the reasoning):
  shape     one JSON object per line, 160 records, keys exactly {id, text, labels, lang, tags,
            note}; ids h89-001..h89-160 in order; texts non-empty, trimmed, unique after the
            disguises are undone; no escape text such as "\\u200b" visible to the buyer; the file
            is exactly what gen.py builds
  labels    a sorted, duplicate-free subset of the three policies; violations and evasions carry
            labels, near-misses and clean records carry none
  tags      category; a style (plain / careful / split) for violations; subtypes grouped in label
            order and in the canonical order inside each label, one or more for every label and
            none for a label the record lacks; disguise techniques (evasions only, at least one);
            exactly one trap (near-misses only); then traditional, a region, mixed
  traces    each technique leaves a visible trace; no zero-width, full-width, look-alike or
            emoji/star character appears untagged
  style     plain violations use a textbook keyword; careful violations use none of them
            (TEXTBOOK below); split violations run over at least three sentences
  content   near-misses carry a trigger word, order id or tracking number; clean records carry
            none of these
  language  en: ASCII unless an evasion, no CJK; zh: at least 10 Chinese characters and at most
            one stray English word; mixed: at least 6 Chinese characters and 3 English words;
            Simplified and Traditional do not leak into each other; Cantonese and Taiwan tags are
            backed by the text
  contacts  after undoing the disguises: phone numbers are the shop's three fiction-range numbers
            (US 555-01xx, UK 07700 900xxx); e-mail, domains, handles, codes, order ids, tracking
            numbers and ASINs come from the invented set; an order id belongs to one record only
  fresh     no run of 6 English words or 8 Chinese characters is shared with
            /work/shared/policy.md; no run of 8 English words or 10 Chinese characters is shared
            by two records
  notes     a sentence citing policy.md or interface.md in brackets with a section, a
            "near-misses" list or a judgement call that README.md numbers
  reuse     nothing from the earlier hold-out sets (the model set's seller, people, products,
            handles, codes and numbers, and the shops before it)
  counts    60 violations / 20 evasions / 50 near-misses / 30 clean; languages 72 / 52 / 30 / 6
            (within 2); careful + split >= 40; every subtype in at least one careful record; every
            technique and trap used; labels spread evenly; records with two labels; every
            category in every language group; Taiwan and Hong Kong both present
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout89.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h89"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORIES = {"violation": 60, "evasion": 20, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
MIN_CAREFUL_OR_SPLIT = 40
POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway", "follow",
                  "subscription"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}
CANON = [s for lab in POLICIES for s in SUBTYPES[lab]]
STYLES = ["plain", "careful", "split"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "separator", "zero-width", "fullwidth",
              "pinyin", "homophone", "emoji", "spelled-email", "number-words", "cn-numerals",
              "nickname", "split-handle"]
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "refusal", "neutral-request",
         "amazon-page", "feedback-notice", "answer", "quoted-buyer", "product-word", "substring",
         "warranty", "price-paid", "order-restate", "size-exchange", "logistics-word",
         "carrier-site", "review-thanks"]
REGIONS = ["taiwanese", "cantonese"]
TAIL = ["traditional"] + REGIONS + ["mixed"]

# ------------------------------------------------------------------ disguise traces
ZW = "[\u200b\u200c\u200d\u2060\ufeff]"
FULLWIDTH = "[\uff01-\uff5e]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMWORD_RUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNNUM_RUN = re.compile("%s(?:\\s*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) "
                     r"([a-z0-9-]+) (?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACE = {
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOKALIKE, LOOKALIKE)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])[a-z]+[0134][a-z0-9]*(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          "|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}"),
    "separator": re.compile("[\u4e00-\u9fff][/|*·_.\\-][\u4e00-\u9fff][/|*·_.\\-]"
                            r"|(?<![A-Za-z0-9])(?:[A-Za-z][./|*_\-]){3,}[A-Za-z](?![A-Za-z0-9])"),
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW_ALNUM),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|"
                         r"wuxing|hongbao|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好平|賴 ?@|赖 ?@"),
    "emoji": re.compile(EMOJI),
    "spelled-email": SPELLED,
    "number-words": NUMWORD_RUN,
    "cn-numerals": CNNUM_RUN,
    "nickname": re.compile(r"(?i)green app|paper[- ]plane|纸飞机|紙飛機|小飞机|小飛機|"
                           "绿泡泡|綠泡泡"),
    "split-handle": re.compile(r"(?i)then (?:a )?(?:dot|underscore)|後面加|后面加|下划线|底線"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI + "|[\u2605\u2606]")}
ESCAPE_TEXT = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#\d")

# ------------------------------------------------------------------ keyword lists
# Latin words are delimited by non-letters, not \b: Python counts Chinese as word characters.
L, R_ = r"(?<![A-Za-z])", r"(?![A-Za-z])"
# The textbook keywords: a plain violation needs one, a careful violation may use none.
TEXTBOOK = re.compile(
    "(?i)" + L + r"(?:reviews?|reviewing|feedback|ratings?|rate[sd]?|stars?|five-star|\d-star|"
    r"coupons?|promo|promos|promotions?|promo ?codes?|codes?|discounts?|discounted|vouchers?|"
    r"free|gifts?|gift ?cards?|refunds?|refunded|cash ?back|rebates?|whatsapp|wechat|"
    r"telegram|instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mails?|phone|calls?|"
    r"website|www|https?|qr|vip|new arrivals?|buy again|re-?order|refer|referral|sale|"
    r"deals?|giveaway|giving away|draw|contest|subscribe|subscription|newsletter|follow us|"
    r"percent off)" + R_ + r"|\d+ ?% ?off|(?<![A-Za-z])(?-i:LINE)(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|"
    "礼|禮|红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|"
    "二維碼|会员|會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|"
    "脸书|臉書|关注|關注|订阅|訂閱|促销|促銷|特价|特價|秒杀|秒殺")
# Words a near-miss leans on (it needs one, or an order id / tracking number); clean records
# must have none.
TRIGGERS = re.compile(
    "(?i)" + L + r"(?:review\w*|feedback|ratings?|rated?|star\w*|five-star|comments?|coupons?|"
    r"codes?|discount\w*|deals?|promo\w*|free\w*|gift\w*|price\w*|refund\w*|replacement|"
    r"remove|change\w*|update\w*|cancel\w*|return\w*|warranty|exchange|whatsapp|wechat|line|"
    r"telegram|instagram|paypal|payment|phone|calls?|e-?mail|website|link|amazon\.com)" + R_ +
    r"|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|删掉|移除|"
    "更新|反馈|反饋|價格|价格|審核|审核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|二维码|"
    "二維碼|返现|返現|保修|保固|换货|換貨|粉絲團|粉丝团|轉數快")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002a6df]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟撳睇搵佢]")
TAIWANESE = re.compile("喔|囉|唷|賣場|出貨|結帳|匯款|轉帳|程式|全館|折價券|追蹤編號|粉絲團|"
                       "官方帳號|公分|到府|超商|宅配")
# Proper names and app names that do not count as English words inside Chinese text.
NAMES = {"brackenspoke", "waymarker", "emberbeam", "taillark", "saltmarsh", "longmile",
         "palmgrit", "cinderclip", "tuckpouch", "amazon", "line", "ig", "dhl", "gps", "usb",
         "wystan", "marit"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao",
          "shanping"}
NOT_WORDS = re.compile(r"[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|\b[\w-]+(?:\.[\w-]+)*\.com\S*|"
                       r"\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# ------------------------------------------------------------------ Simplified / Traditional
# Each group: a Simplified character, then its Traditional form(s) in Taiwan, Hong Kong or
# OpenCC-standard use.  Characters that are ordinary in both scripts (干 台 里 面 只 后 系 准
# 于 冲 几 晒 背 着 ...) are left out, so neither script is faulted for them.
_GROUPS = """
万萬 与與 专專 业業 丛叢 东東 丝絲 丢丟 两兩 严嚴 丧喪 个個 丰豐 临臨 为為爲 丽麗 举舉 么麼麽 义義
乌烏 乐樂 乔喬 习習 乡鄉 书書 买買 乱亂 争爭 亏虧 亚亞 产產 亩畝 亲親 亿億 仅僅 仆僕 从從 仑侖 仓倉
仪儀 们們 价價 众眾衆 优優 会會 伞傘 伟偉 传傳 伤傷 伦倫 伪偽僞 体體 侠俠 侣侶 侦偵 侧側 侨僑 俩倆
俭儉 债債 倾傾 偿償 储儲 儿兒 兑兌 党黨 兰蘭 关關 兴興 兹茲 养養 兽獸 内內 冈岡 册冊 写寫 军軍 农農
冯馮 决決 况況 冻凍 净淨 凄悽 凉涼 减減 凑湊 凤鳳 凭憑 凯凱 凶兇 击擊 凿鑿 刘劉 则則 刚剛 创創 删刪
别別 刹剎 剂劑 剑劍 剥剝 剧劇 劝勸 办辦 务務 动動 励勵 劲勁 劳勞 势勢 勋勳 匀勻 区區 医醫 华華 协協
单單 卖賣 卢盧 卧臥 卫衛衞 却卻 厂廠 厅廳 厉厲 压壓 厌厭 厕廁 厘釐 厢廂 厦廈 厨廚 县縣 叁叄 参參
双雙 发發 变變 叙敍敘 叠疊 叶葉 号號 叹嘆 吃喫 吓嚇 吕呂 吗嗎 吨噸 听聽 启啓啟 吴吳 呐吶 呕嘔 员員
呜嗚 咨諮 响響 哑啞 哗譁 哟喲 唇脣 唤喚 啸嘯 喷噴 嘘噓 嘱囑 嚣囂 团團 园園 围圍 国國 图圖 圆圓 圣聖
场場 坏壞 块塊 坚堅 坛壇 坝壩 坟墳 坠墜 垄壟 垒壘 垫墊 堕墮 墙牆 壮壯 声聲 壳殼 壶壺 处處 备備
复復複 够夠 头頭 夹夾 夺奪 奋奮 奖獎 奥奧 妆妝 妇婦 妈媽 娅婭 娇嬌 娱娛 婴嬰 婶嬸 孙孫 学學 宁寧
宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 寝寢 对對 寻尋 导導 寿壽 将將 尔爾 尘塵 尝嘗 尴尷 尸屍 尽盡
层層 届屆 属屬 屡屢 屿嶼 岁歲 岂豈 岗崗 岚嵐 岛島 岩巖 岭嶺 岳嶽 峡峽 峰峯 巩鞏 币幣 帅帥 师師 帐帳
帘簾 帜幟 带帶 帮幫 并並 广廣 庄莊 庆慶 床牀 庐廬 库庫 应應 庙廟 庞龐 废廢 开開 异異 弃棄 张張 弥彌
弯彎 弹彈 强強 归歸 当當 录錄 彦彥 彻徹 径徑 忆憶 忧憂 怀懷 态態 怜憐 总總 恋戀 恒恆 恳懇 恶惡 恼惱
悦悅 悬懸 悯憫 惊驚 惧懼 惨慘 惩懲 惭慚 惯慣 愤憤 愿願 慑懾 懒懶 戏戲 战戰 户戶 扑撲 执執 扩擴 扫掃
扬揚 扰擾 抚撫 抛拋 抢搶 护護 报報 担擔 拟擬 拢攏 拣揀 拥擁 拦攔 拧擰 拨撥 择擇 拼拚 挂掛 挟挾 挠撓
挡擋 挣掙 挤擠 挥揮 捞撈 损損 捡撿 换換 捣搗 据據 掷擲 揽攬 揾搵 揿撳 搁擱 搂摟 搅攪 携攜 摄攝 摆擺
摇搖 摊攤 撑撐 敌敵 敛斂 数數 斋齋 斩斬 断斷 无無 旧舊 时時 旷曠 昼晝 显顯 晋晉 晓曉 晕暈 暂暫 术術
机機 杀殺 杂雜 权權 条條 来來 杨楊 杰傑 极極 构構 枢樞 枣棗 枪槍 栅柵 标標 栋棟 栏欄 树樹 栖棲 样樣
档檔 桥橋 桨槳 桩樁 梦夢 检檢 楼樓 横橫 樱櫻 欢歡 欧歐 歼殲 残殘 毁毀 毕畢 毙斃 气氣 氢氫 汇匯 汉漢
汤湯 汹洶 沟溝 没沒 沦淪 沪滬 泪淚 泻瀉 泼潑 泽澤 洁潔 洒灑 浅淺 浆漿 浇澆 浊濁 测測 济濟 浏瀏 浑渾
浓濃 涌湧 涛濤 涡渦 润潤 涨漲 涩澀 渊淵 渐漸 渔漁 渗滲 温溫 湾灣 湿溼濕 溃潰 溅濺 滚滾 滞滯 满滿
滥濫 滨濱 滩灘 潜潛 澜瀾 灭滅 灯燈 灵靈 灶竈 灾災 灿燦 炉爐 点點 烁爍 烂爛 烛燭 烟煙 烦煩 烧燒 烫燙
热熱 焕煥 爱愛 爷爺 牵牽 牺犧 状狀 犹猶 独獨 狭狹 狮獅 狱獄 猎獵 猪豬 猫貓 献獻 玑璣 玛瑪 环環 现現
琐瑣 琼瓊 瑶瑤 电電 画畫 畅暢 畴疇 疗療 疯瘋 痒癢 痴癡 瘫癱 癫癲 皱皺 盏盞 盐鹽 监監 盖蓋 盗盜 盘盤
睁睜 瞒瞞 矫矯 矿礦 码碼 砖磚 础礎 硕碩 确確 碍礙 碱鹼 礼禮 祷禱 祸禍 禀稟 禄祿 禅禪 离離 秃禿 种種
秘祕 积積 称稱 税稅 稣穌 稳穩 穷窮 窃竊 窑窯 窜竄 窝窩 窥窺 窦竇 竖豎 竞競 笔筆 笼籠 筑築 筹籌 签籤
简簡 篮籃 类類 粪糞 粮糧 紧緊 纠糾 红紅 纤纖 约約 级級 纪紀 纬緯 纯純 纱紗 纲綱 纳納 纵縱 纷紛 纸紙
纹紋 纺紡 纽紐 线線 练練 组組 绅紳 细細 织織 终終 绍紹 经經 绑綁 绒絨 结結 绕繞 绘繪 给給 络絡 绝絕
绞絞 统統 绢絹 绣繡 绥綏 继繼 绩績 绪緒 续續 绰綽 绳繩 维維 绵綿 绷繃 绸綢 综綜 绿綠 缅緬 缆纜 缓緩
缔締 缕縷 编編 缘緣 缚縛 缝縫 缠纏 缩縮 缴繳 网網 罗羅 罚罰 罢罷 羡羨 群羣 翘翹 耸聳 耻恥 聂聶 聋聾
职職 联聯 聪聰 肃肅 肠腸 肤膚 肾腎 肿腫 胀脹 胁脅 胆膽 胜勝 胧朧 胶膠 脉脈 脏髒 脑腦 脚腳 脱脫 脸臉
腊臘 腻膩 腾騰 舆輿 舰艦 舱艙 艰艱 艳豔 艺藝 节節 芦蘆 苍蒼 苏蘇 苹蘋 茎莖 荆荊 荐薦 荣榮 荧熒 荫蔭
药藥 莱萊 莲蓮 获獲 莹瑩 莺鶯 萝蘿 营營 萧蕭 萨薩 葱蔥 蒋蔣 蓝藍 蕴藴蘊 虏虜 虑慮 虚虛 虫蟲 虽雖
虾蝦 蚀蝕 蚁蟻 蚂螞 蚕蠶 蛮蠻 蜡蠟 蝇蠅 衔銜 补補 衬襯 袭襲 装裝 裤褲 见見 观觀 规規 觅覓 视視 览覽
觉覺 触觸 誉譽 计計 订訂 认認 讥譏 讨討 让讓 训訓 议議 讯訊 记記 讲講 讳諱 讶訝 许許 论論 讼訟 讽諷
设設 访訪 诀訣 证證 评評 识識 诈詐 诉訴 诊診 词詞 诏詔 译譯 试試 诗詩 诚誠 话話 诞誕 诡詭 询詢 该該
详詳 诧詫 诫誡 语語 误誤 诱誘 说說説 诵誦 请請 诸諸 诺諾 读讀 课課 谁誰 调調 谅諒 谈談 谊誼 谋謀
谍諜 谎謊 谐諧 谓謂 谕諭 谜謎 谢謝 谣謠 谦謙 谨謹 谬謬 谭譚 谱譜 谴譴 贝貝 贞貞 负負 贡貢 财財 责責
贤賢 败敗 账賬 货貨 质質 贩販 贪貪 贫貧 贬貶 购購 贮貯 贯貫 贱賤 贴貼 贵貴 贷貸 贸貿 费費 贺賀 贼賊
贾賈 贿賄 资資 赋賦 赌賭 赎贖 赏賞 赐賜 赔賠 赖賴 赚賺 赛賽 赞贊 赠贈 赢贏 赵趙 赶趕 趋趨 跃躍 践踐
踪蹤 躯軀 车車 轨軌 轩軒 转轉 轮輪 软軟 轰轟 轴軸 轻輕 轼軾 载載 轿轎 较較 辅輔 辆輛 辈輩 辉輝 辐輻
辑輯 输輸 辖轄 辞辭 辟闢 辩辯 边邊 辽遼 达達 迁遷 过過 迈邁 运運 还還 这這 进進 远遠 违違 连連 迟遲
迹跡 适適 选選 逊遜 递遞 逻邏 遗遺 遥遙 邓鄧 邮郵 邻鄰 郁鬱 郑鄭 酿釀 采採 释釋 鉴鑑 针針 钉釘 钓釣
钙鈣 钞鈔 钟鍾鐘 钢鋼 钥鑰 钦欽 钧鈞 钩鈎鉤 钮鈕 钱錢 钻鑽 铁鐵 铃鈴 铅鉛 铜銅 铭銘 银銀 铸鑄 铺舖鋪
链鏈 销銷 锁鎖 锅鍋 锋鋒 锐銳鋭 错錯 锡錫 锤錘 锦錦 键鍵 锻鍛 镇鎮 镑鎊 镖鏢 镜鏡 镶鑲 长長 门門
闪閃 闭閉 问問 闯闖 闲閒 间間 闷悶 闹鬧 闻聞 阀閥 阁閣 阅閱閲 阎閻 阐闡 阔闊 队隊 阳陽 阴陰 阵陣
阶階 际際 陆陸 陈陳 陕陝 险險 随隨 隐隱 隶隸 难難 雇僱 雾霧 霉黴 静靜 韦韋 韩韓 韵韻 页頁 顶頂 顷頃
项項 顺順 须須 顽頑 顾顧 顿頓 颁頒 颂頌 预預 颅顱 领領 颇頗 颈頸 颊頰 颐頤 频頻 颓頹 颖穎 颗顆 题題
颜顏 额額 颠顛 颤顫 风風 飘飄 飞飛 饥飢 饭飯 饮飲 饰飾 饱飽 饲飼 饶饒 饼餅 饿餓 馆館 馈饋 马馬 驯馴
驰馳 驱驅 驳駁 驴驢 驶駛 驻駐 驼駝 驾駕 骂罵 骄驕 骆駱 骇駭 验驗 骑騎 骗騙 骚騷 骤驟 鱼魚 鲁魯 鲍鮑
鲜鮮 鲸鯨 鳍鰭 鳞鱗 鸟鳥 鸡雞 鸣鳴 鸦鴉 鸭鴨 鸽鴿 鸿鴻 鹅鵝 鹏鵬 鹤鶴 鹰鷹 麦麥 黄黃 齐齊 齿齒 龄齡
龙龍 龟龜 𠮶嗰
"""
_G = _GROUPS.split()
SIMP_ONLY = {g[0] for g in _G}
TRAD_ONLY = {c for g in _G for c in g[1:]}

# ------------------------------------------------------------------ the invented contacts
PHONES_OK = {"7195550148", "7195550163", "07700900746"}
DOMAINS_OK = {"brackenspokekit.com", "amazon.com"}
EMAILS_OK = {"ride@brackenspokekit.com"}
HANDLES_OK = {"@brackenspoke.rides", "@brackenspoke_crew", "brackenspoke_crew",
              "brackenspoke_cn", "@brackenspoketw"}
CODES_OK = {"SPOKE15", "CADENCE10", "KOM12"}
ORDERS_OK = {"114-5550148-2093716", "112-3071846-5529407", "113-6620974-1803552",
             "111-4829305-7716038", "112-5550163-7482019", "113-2057719-6648230",
             "205-7700900-3814629"}
TRACKING_OK = {"TBA605281947336", "TBA713048592261", "9400111899567195550148",
               "HB518206374GB", "SF2093618475502", "SF4718290365127"}
ASINS_OK = {"B0GH4T8MLP", "B0FN7K2QXW"}
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"(?<![A-Za-z0-9])B0[0-9A-Z]{8}(?![A-Za-z0-9])")
DIGIT_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|ly|me|co|"
                    r"uk|app|gg|link))(?![a-z0-9])", re.I)
HANDLE = re.compile(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+(?![\w])")
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{2,}[0-9]{2}(?![A-Za-z0-9])")
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
UNLEET = str.maketrans("0134", "OIEA")

# ------------------------------------------------------------------ earlier sets
# The model set's seller (Bobbinwick Sewing Studio) with its products, people, handles, codes
# and numbers, and the shops of the sets before it.
REUSED = re.compile(
    r"(?i)bobbinwick|marlowe|halcyon|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"perpetua|clementine|augustin|\bhollis\b|dorothea|\brufus\b|\boksana\b|\bthelma\b|"
    r"castellanos|adebayo|阿绫|阿綾|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|"
    r"詹小姐|莊先生|庄先生|施小姐|駱太|骆太|龐生|庞生|蘇小姐|苏小姐|"
    r"blade15|hoop20|quilt10|qu1lt10|stitch15|"
    r"thistlecomb|hearthcomb|drizzlecap|veilwick|amberpress|mitewarden|nectarpail|\bevander\b|"
    r"\bphilippa\b|阿桐|rookwren|letterworks|kelpridge|larchmoss|quillwater|brindlewood|"
    r"hive20|comb15|bees10|wax12|nibs20|gill10|trailhead20")
PHONES_USED = {"8025550174", "8025550131", "07700900517", "07700900742", "5415550162",
               "5415550149", "07700900634", "07700900288", "5035550136", "5035550128",
               "7185550193", "7185550177", "07700900527", "07700900816", "6145550142",
               "6145550187", "5125550119", "6145550173", "5125550168", "07700900461",
               "07700900254", "07700900318"}

POLICY_BRIEF = "/work/shared/policy.md"
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f]\b)(?![A-Za-z0-9])|"
                     r"near-misses|permitted messages|judgement call \d+")

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def undisguise(text):
    """Remove zero-width characters, fold full-width and look-alike letters, turn number
    words and Chinese numerals into digits, rebuild spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u03bf",
                                  "aeopcxio"))
    t = CNNUM_RUN.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0) if c in CN_DIGIT), t)
    t = NUMWORD_RUN.sub(lambda m: "".join(WORD_DIGIT[w.lower()]
                                          for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = SPELLED.sub(lambda m: "%s@%s.%s" % (m.group(1).replace(" dot ", "."), m.group(2),
                                            m.group(3)), t)
    return t


def phone_key(digits):
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def fiction_range(digits):
    d = phone_key(digits)
    return bool(re.fullmatch(r"\d{3}55501\d\d", d) or re.fullmatch(r"07700900\d{3}", d))


def check_contacts(rid, text, order_owner):
    t = undisguise(text)
    for m in ORDER_ID.finditer(t):
        oid = m.group(0)
        if oid not in ORDERS_OK:
            bad(rid, "order id not in the invented list: %s" % oid)
        if oid in order_owner and order_owner[oid] != rid:
            bad(rid, "order id %s is already used by %s" % (oid, order_owner[oid]))
        order_owner.setdefault(oid, rid)
    for m in TRACKING.finditer(t):
        if re.sub(r"\s", "", m.group(0)) not in TRACKING_OK:
            bad(rid, "tracking number not in the invented list: %s" % m.group(0))
    for m in ASIN.finditer(t):
        if m.group(0) not in ASINS_OK:
            bad(rid, "ASIN not in the invented list: %s" % m.group(0))
    rest = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", t)))
    for m in DIGIT_RUN.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) < 7:
            continue
        if not fiction_range(d):
            bad(rid, "number outside the fiction ranges: %r" % m.group(0))
        elif phone_key(d) in PHONES_USED:
            bad(rid, "phone number of an earlier set: %r" % m.group(0))
        elif phone_key(d) not in PHONES_OK:
            bad(rid, "phone number not one of the shop's three: %r" % m.group(0))
    for m in EMAIL.finditer(rest):
        if m.group(0).lower() not in EMAILS_OK:
            bad(rid, "e-mail address not invented for this set: %s" % m.group(0))
    for m in DOMAIN.finditer(EMAIL.sub(" ", rest)):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAINS_OK:
            bad(rid, "domain not invented for this set: %s" % d)
    for h in HANDLE.findall(EMAIL.sub(" ", rest)):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not invented for this set: %s" % h)
    for m in CODE.finditer(TRACKING.sub(" ", ASIN.sub(" ", t))):
        code = m.group(0)
        plain = code[:-2].translate(UNLEET) + code[-2:]
        if code not in CODES_OK and plain not in CODES_OK:
            bad(rid, "discount code not invented for this set: %s" % code)


EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def ngrams(text, n_en, n_zh):
    out = set()
    words = EN_WORD.findall(text.lower())
    out.update(("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1))
    for run in CJK_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def show(g):
    return " ".join(g[1:]) if g[0] == "en" else g[1]


def check_fresh(texts):
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = ngrams(unicodedata.normalize("NFKC", fh.read()), 6, 8)
        for rid, text in texts.items():
            common = ngrams(undisguise(text), 6, 8) & brief
            if common:
                bad(rid, "shares a passage with policy.md: %r" % show(sorted(common)[0]))
    else:
        print("note: %s is missing; the policy-copy check was skipped" % POLICY_BRIEF)
    owner = {}
    for rid, text in texts.items():
        for g in sorted(ngrams(undisguise(text), 8, 10)):
            if owner.setdefault(g, rid) != rid:
                bad(rid, "shares a passage with %s: %r" % (owner[g], show(g)))
                break


def english_words(text):
    t = NOT_WORDS.sub(" ", undisguise(text))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t)
            if w.lower() not in NAMES and w.lower() not in PINYIN]


def readme_calls():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    part = body.split("## Judgement calls", 1)
    return {int(n) for n in re.findall(r"(?m)^(\d+)\. ", part[1])} if len(part) == 2 else set()


def check_tags(rid, labels, tags, lang):
    """Returns (category, style, subtypes, techniques, traps, tail) or None."""
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "duplicate tags %r" % tags)
    cat = tags[0]
    if cat not in CATEGORIES:
        bad(rid, "first tag must be a category, got %r" % cat)
        return None
    rest = tags[1:]
    style = None
    if cat == "violation":
        if rest and rest[0] in STYLES:
            style, rest = rest[0], rest[1:]
        else:
            bad(rid, "a violation needs a style right after the category")
    subs = [t for t in rest if t in OWNER]
    techs = [t for t in rest if t in TECHNIQUES]
    traps = [t for t in rest if t in TRAPS]
    tail = [t for t in rest if t in TAIL]
    unknown = [t for t in rest if t not in OWNER and t not in TECHNIQUES and t not in TRAPS
               and t not in TAIL]
    if unknown:
        bad(rid, "unknown tags %r" % unknown)
    if rest != subs + techs + traps + tail:
        bad(rid, "tags out of order (category, style, subtypes, technique/trap, traditional, "
                 "region, mixed): %r" % tags)
    if subs != sorted(subs, key=CANON.index):
        bad(rid, "subtypes not in label order / canonical order: %r" % subs)
    if techs != sorted(techs, key=TECHNIQUES.index):
        bad(rid, "techniques not in canonical order: %r" % techs)
    if tail != sorted(tail, key=TAIL.index):
        bad(rid, "traditional / region / mixed out of order: %r" % tail)
    owners = {OWNER[s] for s in subs}
    if owners - set(labels):
        bad(rid, "subtype of a label the record does not carry: %r" % subs)
    for lab in labels:
        if lab not in owners:
            bad(rid, "no subtype for label %s" % lab)
    if cat == "evasion" and not techs:
        bad(rid, "an evasion needs a technique")
    if cat != "evasion" and techs:
        bad(rid, "technique tag on a %s" % cat)
    if cat == "near-miss" and len(traps) != 1:
        bad(rid, "a near-miss needs exactly one trap")
    if cat != "near-miss" and traps:
        bad(rid, "trap tag on a %s" % cat)
    regions = [t for t in tail if t in REGIONS]
    if len(regions) > 1:
        bad(rid, "two region tags")
    if regions and "traditional" not in tail:
        bad(rid, "region without traditional")
    if (lang == "mixed") != ("mixed" in tail):
        bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
    if lang == "en" and ("traditional" in tail or "mixed" in tail):
        bad(rid, "traditional/mixed tag on an English record")
    return cat, style, subs, techs, traps, tail


def load(path):
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % n, "blank line")
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "not JSON: %s" % exc)
    return recs


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "%d records, expected %d" % (len(recs), N_TOTAL))
    if os.path.abspath(PATH) == DEFAULT and os.path.exists(os.path.join(HERE, "gen.py")):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout89.jsonl is not what gen.py builds; run python3 gen.py")
    calls = readme_calls()

    cnt = collections.defaultdict(collections.Counter)
    seen_text, texts, order_owner = {}, {}, {}
    careful_subs = set()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "keys must be exactly %s" % sorted(KEYS))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id out of sequence, expected %s-%03d" % (PREFIX, i))
        text, labels, lang, tags, note = (r[k] for k in ("text", "labels", "lang", "tags",
                                                         "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if text != text.strip():
            bad(rid, "leading or trailing whitespace")
        if ESCAPE_TEXT.search(text):
            bad(rid, "escape text visible in the message: %r" % ESCAPE_TEXT.search(text).group(0))
        key = re.sub(r"\s+", " ", undisguise(text).casefold())
        if key in seen_text:
            bad(rid, "same text as %s" % seen_text[key])
        seen_text[key] = rid
        hit = REUSED.search(text) or REUSED.search(undisguise(text))
        if hit:
            bad(rid, "reuses a name or code of an earlier set: %r" % hit.group(0))

        # note
        if not isinstance(note, str) or len(note) < 20 or not note.rstrip(")").endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        else:
            cited = [b for b in re.findall(r"\(([^()]*)\)", note)
                     if "policy.md" in b or "interface.md" in b]
            if not cited:
                bad(rid, "note cites neither policy.md nor interface.md in brackets")
            elif not any(SECTION.search(b) or b.strip() == "interface.md" or
                         "interface.md" in b for b in cited):
                bad(rid, "note names no section of policy.md")
            for n in re.findall(r"judgement call (\d+)", note):
                if calls is not None and int(n) not in calls:
                    bad(rid, "note cites judgement call %s, which README.md does not number" % n)

        # labels and tags
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed")
            continue
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must be drawn from %s" % POLICIES)
            continue
        if labels != sorted(set(labels)):
            bad(rid, "labels must be sorted and unique: %r" % labels)
        parsed = check_tags(rid, labels, tags, lang)
        if parsed is None:
            continue
        cat, style, subs, techs, traps, tail = parsed
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        trad = "traditional" in tail
        regions = [t for t in tail if t in REGIONS]

        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "technique %s leaves no trace in the text" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s character" % t)

        numbered = ORDER_ID.search(text) or TRACKING.search(text)
        if cat == "near-miss" and not (TRIGGERS.search(text) or numbered):
            bad(rid, "near-miss with no trigger word, order id or tracking number")
        if cat == "clean":
            if numbered:
                bad(rid, "clean record with an order id or tracking number")
            if TRIGGERS.search(text):
                bad(rid, "clean record with the trigger word %r" % TRIGGERS.search(text).group(0))
        if style == "plain" and not TEXTBOOK.search(text):
            bad(rid, "plain violation without a textbook keyword")
        if style == "careful":
            m = TEXTBOOK.search(text) or TEXTBOOK.search(undisguise(text))
            if m:
                bad(rid, "careful violation uses the textbook keyword %r" % m.group(0))
            careful_subs.update(subs)
        if style == "split" and len(SENTENCE_END.findall(text)) < 3:
            bad(rid, "split violation with fewer than three sentences")

        # language and script
        han = CJK.findall(text)
        words = english_words(text)
        if lang == "en":
            bare = re.sub(FULLWIDTH, "", text) if "fullwidth" in techs else text
            if han or re.search("[\u3000-\u303f]", bare):
                bad(rid, "English record with CJK characters or punctuation")
            if cat != "evasion" and not text.isascii():
                bad(rid, "English record outside ASCII (only evasions may be)")
        elif lang == "mixed":
            if len(han) < 6 or len(words) < 3:
                bad(rid, "mixed record lacks one language (%d CJK, English %r)"
                    % (len(han), words))
        else:
            if len(han) < 10:
                bad(rid, "Chinese record with fewer than 10 Chinese characters")
            if len(words) > 1:
                bad(rid, "Chinese record with English words %r (tag it mixed?)" % words)
        if lang != "en":
            if trad:
                leak = sorted({c for c in han if c in SIMP_ONLY})
                if leak:
                    bad(rid, "Traditional record with Simplified characters %s" % "".join(leak))
                if sum(c in TRAD_ONLY for c in han) < 2:
                    bad(rid, "Traditional record shows no Traditional characters")
            else:
                leak = sorted({c for c in han if c in TRAD_ONLY})
                if leak:
                    bad(rid, "Simplified record with Traditional characters %s" % "".join(leak))
                if not any(c in SIMP_ONLY for c in han):
                    bad(rid, "Simplified record shows no Simplified characters")
            if "cantonese" in regions and not CANTONESE.search(text):
                bad(rid, "cantonese tag without Cantonese words")
            if "taiwanese" in regions and not TAIWANESE.search(text):
                bad(rid, "taiwanese tag without Taiwan wording")
            if trad and not regions:
                bad(rid, "Traditional record without a region tag")
            if trad and "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese words without the cantonese tag")
        check_contacts(rid, text, order_owner)
        texts[rid] = text

        group = ("en" if lang == "en" else "mixed" if lang == "mixed" else
                 "zh-traditional" if trad else "zh-simplified")
        cnt["category"][cat] += 1
        cnt["lang"][group] += 1
        cnt["lang x category"][(group, cat)] += 1
        cnt["nlabels"][len(labels)] += 1
        cnt["combination"][" + ".join(labels) or "none"] += 1
        for l in labels:
            cnt["label"][l] += 1
            cnt["label x category"][(l, cat)] += 1
        if style:
            cnt["style"][style] += 1
            cnt["style x lang"][(style, group)] += 1
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in regions:
            cnt["region"][t] += 1

    check_fresh(texts)

    # ---------------------------------------------------------------- counts
    for cat, n in CATEGORIES.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    for g, n in LANG_TARGET.items():
        if abs(cnt["lang"][g] - n) > 2:
            bad("counts", "%s: %d records, about %d expected" % (g, cnt["lang"][g], n))
    if cnt["style"]["careful"] + cnt["style"]["split"] < MIN_CAREFUL_OR_SPLIT:
        bad("counts", "only %d careful or split violations"
            % (cnt["style"]["careful"] + cnt["style"]["split"]))
    for st in STYLES:
        if not cnt["style"][st]:
            bad("counts", "no %s violation" % st)
    for s in CANON:
        if s not in careful_subs:
            bad("counts", "subtype %s never appears in a careful violation" % s)
    for t in TECHNIQUES:
        if not cnt["technique"][t]:
            bad("counts", "technique %s never used" % t)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "trap %s never used" % t)
    uses = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.28 <= cnt["label"][l] / uses <= 0.39:
            bad("counts", "label %s has %d of %d label uses: not an even spread"
                % (l, cnt["label"][l], uses))
    if cnt["nlabels"][2] + cnt["nlabels"][3] < 8:
        bad("counts", "fewer than 8 records with more than one label")
    for g in LANG_TARGET:
        for cat in CATEGORIES:
            if not cnt["lang x category"][(g, cat)]:
                bad("counts", "no %s in %s" % (cat, g))
    for reg in REGIONS:
        if not cnt["region"][reg]:
            bad("counts", "no record tagged %s" % reg)

    # ---------------------------------------------------------------- report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), "| uses %d | records with 2+ labels: %d"
          % (uses, cnt["nlabels"][2] + cnt["nlabels"][3]))
    print("combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-15s %9s %7s %9s %5s %5s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for g in LANG_TARGET:
        row = [cnt["lang x category"][(g, c)] for c in CATEGORIES]
        print("%-15s %9d %7d %9d %5d %5d" % tuple([g] + row + [sum(row)]))
    print("regions:", dict(cnt["region"]))
    print("violation styles:", dict(cnt["style"]))
    print("style x lang:", {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("subtypes seen in careful records: %d of %d" % (len(careful_subs), len(CANON)))
    print("techniques:", dict(sorted(cnt["technique"].items())))
    print("traps:", dict(sorted(cnt["trap"].items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
