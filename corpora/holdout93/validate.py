#!/usr/bin/env python3
"""Self-check for holdout93.jsonl (standard library only).  Prints counts; exits 1 on any problem.

The kinds of check follow the holdout57 validator (structure only); the constants, the seller
(Fletchmere Archery Works) and the count targets are this set's.  This brief weights the
violations to careful wording, so the style rules are stricter than the model's.

Usage: python3 validate.py [PATH]       (default: holdout93.jsonl next to this file)

Checks:
  file      one JSON object per line; 160 records; exact key set {id, text, labels, lang,
            tags, note}; ids h93-001..h93-160 in order; texts non-empty, trimmed, unique after
            normalisation; no literal escape text; the file is what gen.py builds
  labels    sorted subset of the three policies, no duplicates; violation/evasion labelled,
            near-miss/clean empty
  tags      category first; violations then one style; subtypes grouped in label order and
            covering every label; evasion techniques (evasion only) or exactly one near-miss
            trap (near-miss only); then "traditional", region, "mixed", in that order
  traces    every technique leaves a mechanical trace; no untagged zero-width, full-width,
            Cyrillic/Greek look-alike or emoji/star artefact
  styles    plain: an obvious keyword; careful: no obvious keyword (extended list) and no
            written-out contact (e-mail address, phone digits, outside domain or handle);
            split: at least two sentences, no written-out contact, and no single sentence
            is a violation by itself (review word next to a reward, rating or edit word; a
            contact next to a contact verb; a discount code next to its reduction)
  content   near-misses hold a trigger word or an order id / tracking number; clean records
            hold neither
  language  en: no CJK, ASCII unless an evasion; zh: enough Chinese, at most one stray English
            word; mixed: both; Traditional and Simplified do not leak into each other (built-in
            table); cantonese / taiwanese tags carry their markers, and only they do
  contacts  after undoing the tricks, every 7+ digit run is one of this set's fiction-range
            numbers; addresses, domains, handles, codes, order ids, tracking numbers and the
            ASIN belong to the invented set (a carrier's own site only in a carrier-site
            record); each order id is used by one record
  fresh     no run of 6 English words / 8 Chinese characters shared with policy.md or with the
            model README (/tmp/model_h6/README.md); no run of 8 words / 10 characters shared
            between two records
  notes     a sentence citing policy.md or interface.md in brackets with a section
  reuse     no shop, product, person, handle, code or number of earlier hold-out sets
            (holdout52-57)
  counts    60 violations / 20 evasions / 50 near-misses / 30 clean; languages en 72,
            Simplified 52, Traditional 30, mixed 6 (within 2); at least 40 careful or split
            violations, at most 20 plain; labels spread (27-40% of label uses each); at least
            8 two-label records; every subtype and trap used; every technique at least twice;
            both regions present; every category in every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "holdout93.jsonl"
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, NAME)
PREFIX = "h93"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 60, "evasion": 20, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
MIN_CAREFUL_SPLIT, MAX_PLAIN = 40, 20
POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}
STYLES = ["plain", "careful", "split"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "separator", "zero-width", "fullwidth",
              "pinyin", "homophone", "emoji", "spelled-email", "number-words", "cn-numerals",
              "nickname", "split-handle"]
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "neutral-request",
         "amazon-page", "answer", "refusal", "feedback-notice", "product-word", "quoted-buyer",
         "logistics-word", "review-thanks", "substring", "carrier-site", "warranty",
         "price-paid"]
REGIONS = ["cantonese", "taiwanese"]
LANGS = ["en", "zh", "mixed"]

# ---------------------------------------------------------------- artefacts and traces
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNRUN = re.compile("%s(?:\\s*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)\b([a-z0-9-]+(?: dot [a-z0-9-]+)*) (?:at|\(at\)|\[at\]) ([a-z0-9-]+) "
                     r"(?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACE = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW_ALNUM),
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOKALIKE, LOOKALIKE)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])(?:[a-z]+[0134][a-z0-9]*|0ff)(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"[\u4e00-\u9fff0-9][*/|·_\-.][\u4e00-\u9fff]"
                            r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|·_.\-]){3,}[A-Za-z0-9]"
                            r"(?![A-Za-z0-9])"),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|wuxing|"
                         r"hongbao|fanli|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|删平|刪平|賴 ?@"),
    "emoji": re.compile(EMOJI + "|\u2605|\u2606"),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)paper[- ]plane|green app|photo app|bird app|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機|小蓝鸟|小藍鳥"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|underscore|"
                               "下划线|下劃線|底線|后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI + "|\u2605|\u2606")}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ---------------------------------------------------------------- words
# English words are bounded by non-letters, not \b: Python counts Han characters as word
# characters, so \b would miss "LINE" or "coupon" written against Chinese.
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|rating|rated?|star\w*|five-star|5-star|feedback|comment\w*|"
    r"coupon|codes?|discount\w*|deals?|promo\w*|free|gift\w*|price|refund\w*|replacement|"
    r"remove|change|update\w*|cancel\w*|return|warranty|whatsapp|wechat|line|telegram|"
    r"instagram|paypal|phone|calls?|e-?mail|website|link|amazon\.com)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|移除|更新|"
    "反馈|反饋|价格|價格|单价|審核|审核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固|保養")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|rating|rated?|stars?|[0-9]-star|five-star|coupon|"
    r"promo\w*|discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|wechat|telegram|"
    r"instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|call|website|www|qr|"
    r"vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|giveaway|"
    # extended for this set: the careful style must avoid these as well
    r"follow us|subscribe|newsletter|restock\w*|back in stock|bundle|exclusive|positive|"
    r"5 stars?|delete|remove|text us|dm)(?![A-Za-z])"
    r"|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|红包|"
    "紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|会员|會員|"
    "新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書|"
    "关注|關注|粉丝|粉絲|私信|转账|轉帳|满减|滿減|买一送一|買一送一|加我|删|刪")
# a sentence that is a violation on its own (used to keep "split" records honest)
_REV = (r"(?:(?<![A-Za-z])(?:review\w*|rating|stars?|feedback)(?![A-Za-z])|评|評)")
_REWARD = (r"(?:(?<![A-Za-z])(?:free|gift\w*|refund\w*|cash|rebate|reward|5-star|five-star|"
           r"positive|remove|delete|change|edit)(?![A-Za-z])|\d+ ?% ?off|送|返现|返現|礼|禮|"
           "红包|紅包|五星|满分|滿分|删|刪|改)")
_CONTACT = (r"(?:[\w.+-]+@[\w-]+\.[a-z]{2,}|(?<![@\w.])(?:www\.)?[a-z0-9-]+\.(?:com|net|org)"
            r"(?![a-z])|\+?\d[\d\s().-]{7,}\d|(?<![\w@])@[\w.]*\w)")
_CONTACT_VERB = (r"(?:(?<![A-Za-z])(?:e-?mail|call|text|message|write|contact|reach|add|ring|"
                 r"dm|follow|join|visit|order)(?![A-Za-z])|加|联系|聯絡|聯繫|打|找|搵|傳|关注|關注)")
_CODE = r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])"
_CUT = r"(?:(?<![A-Za-z])(?:off|percent|less|cheaper)(?![A-Za-z])|%|折|成|便宜)"
SELF_CONTAINED = [
    ("review word with a reward, rating or edit word",
     re.compile("(?=.*%s)(?=.*%s)" % (_REV, _REWARD), re.I | re.S)),
    ("contact detail with a contact verb",
     re.compile("(?=.*%s)(?=.*%s)" % (_CONTACT, _CONTACT_VERB), re.I | re.S)),
    ("discount code with its reduction", re.compile("(?=.*%s)(?=.*%s)" % (_CODE, _CUT), re.S)),
]
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?](?:\s|$)|[。！？～]")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟佢]")
TAIWANESE = re.compile("喔|囉|拜託|傳訊息|工作天|入帳|賣場|行動電源|結帳|折價券|出貨|轉帳|全館|"
                       "追蹤編號|黑貓|超商|公尺|影片|視訊")
# names and tokens that are not "English words" in a Chinese record
NAMES = {"fletchmere", "wystan", "kestrel", "brackenfall", "swiftnock", "thornfield",
         "vambrace", "lite", "longtrail", "amazon", "line", "whatsapp", "instagram", "signal",
         "wx", "id", "hi", "mr", "ms"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao",
          "fanli", "shanping"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+\.(?:com)(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional: a simplified character followed by its traditional form(s).
# Only characters that differ between the scripts; general list plus this set's vocabulary.
_PAIRS = """
们們 这這 个個 为為爲 来來 说說 时時 货貨 单單 评評 价價 论論 请請 谢謝 问問 题題 联聯 话話 电電
邮郵 网網 购購 买買 卖賣 运運 费費 给給 还還 没沒 对對 么麼 会會 从從 关關 东東 车車 长長 门門
开開 间間 无無 与與 头頭 实實 点點 经經 过過 动動 务務 换換 处處 应應 该該 让讓 认認 识識 记記
订訂 钱錢 账賬帳 号號 码碼 确確 预預 计計 达達 现現 样樣 满滿 项項 补補 测測 试試 图圖 标標 签籤簽
装裝 见見 视視 频頻 终終 读讀 写寫 带帶 备備 择擇 质質 检檢 验驗 贴貼 环環 绑綁 适適 亲親 馈饋
删刪 优優 礼禮 红紅 扫掃 维維 员員 欢歡 节節 条條 线線 软軟 烦煩 种種 类類 产產 双雙 轻輕 侧側
绿綠 变變 级級 块塊 钟鍾鐘 机機 后後 几幾 儿兒 万萬 广廣 汇匯 专專 业業 两兩 严嚴 丽麗 举舉
义義 乐樂 书書 乱亂 争爭 亚亞 仅僅 仓倉 众衆眾 传傳 伤傷 体體 储儲 兴興 养養 内內 决決 况況
净淨 减減 击擊 则則 刚剛 创創 别別 办辦 劳勞 势勢 区區 医醫 华華 协協 卫衛 却卻 厂廠 压壓 县縣
参參 发發 吗嗎 听聽 响響 团團 园園 围圍 圆圓 场場 坏壞 坚堅 执執 扩擴 护護 报報 担擔 挂掛 挡擋
损損 据據 摆擺 数數 断斷 旧舊 显顯 杂雜 权權 极極 构構 档檔 毕畢 气氣 汉漢 温溫 灵靈 热熱 爱愛
状狀 独獨 画畫 监監 盘盤 称稱 积積 简簡 紧緊 约約 纪紀 纸紙 组組 细細 织織 结結 绕繞 络絡 绝絕
统統 编編 缩縮 职職 脑腦 药藥 获獲 营營 虽雖 观觀 规規 览覽 觉覺 议議 讲講 许許 设設 证證 诉訴
词詞 译譯 诚誠 询詢 详詳 语語 误誤 课課 谁誰 调調 谈談 负負 资資 赔賠 赠贈 赶趕 转轉 轮輪 载載
较較 边邊 进進 远遠 违違 连連 迟遲 选選 递遞 释釋 铁鐵 银銀 锁鎖 错錯 键鍵 闭閉 队隊 际際 险險
随隨 难難 静靜 页頁 顶頂 顺順 须須 顾顧 领領 颜顏 风風 飞飛 马馬 鸟鳥 齐齊 盖蓋 续續 帮幫 师師
帐帳 库庫 异異 张張 弹彈 归歸 当當 录錄 态態 总總 惊驚 惯慣 愿願 丝絲 钮鈕 钩鉤 链鏈 销銷 镜鏡
闪閃 阅閱 阳陽 冻凍 蓝藍 拨撥 额額 绳繩 壳殼 于於 里裡裏 颗顆 稳穩 层層 赖賴 讯訊 责責 够夠
奖獎 宝寶 审審 拧擰 继繼 输輸 馆館 丰豐 叠疊 户戶 国國 声聲 复復複 并並併 晒曬 踪蹤 逊遜 练練
习習 临臨 属屬 胶膠 纳納 烁爍
兑兌 划劃 夹夾 杆桿 松鬆 楼樓 桦樺 浏瀏 着著 准準 韦韋 贾賈 邹鄒 谭譚 阵陣 将將 离離 周週 谢謝
"""
_GROUPS = _PAIRS.split()
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}
# 于 (a surname) and 里 (公里) are also ordinary Traditional characters
SIMP_ONLY -= set("于里")
CANTONESE_OK = set("晒")

# ---------------------------------------------------------------- the invented contact set
DOMAINS_OK = {"fletchmerearchery.com", "amazon.com"}
CARRIER_DOMAINS = {"ups.com"}                 # only in a record tagged carrier-site
FREEMAIL_OK = {"gmail.com"}                   # only with a fletchmere.* local part
LOCAL_OK = "fletchmere"
HANDLES_OK = {"@fletchmere.range", "@fletchmeretw", "fletchmere_wx", "fletchmere_bows",
              "@fletchmere_bows"}
CODES_OK = {"NOCK15", "DRAW20", "QUIVER10", "FLETCH25"}
ORDERS_OK = {"111-2750384-6619027", "112-4096617-3358201", "113-5550147-8024936",
             "114-8302759-1146602", "112-7718046-5903318", "113-0642981-2275540",
             "111-9185530-4470162", "114-3367024-8851093", "112-6604418-9927315",
             "114-5550183-2209716"}
TRACKING_OK = {"TBA693018452207", "TBA150827364419", "1Z4F09W80372615548",
               "1Z7E62K10459382217", "RK518204736GB", "SF1473820596614"}
ASINS_OK = {"B0F3KW7R9D"}
# this set's numbers, digits only, in the fiction ranges (US 555-01xx, UK 07700 900xxx)
PHONES_OK = {"4065550147", "4065550183", "3075550129", "07700900163", "07700900935"}
# numbers of the earlier sets (fictional, but not ours): holdout52-57
PHONES_USED = {"6145550142", "6145550187", "5125550119", "6145550173", "5125550168",
               "07700900461", "07700900254", "07700900318", "5035550136", "5035550128",
               "7185550193", "7185550177", "07700900527", "07700900816", "5415550162",
               "5415550149", "07700900634", "07700900288", "8025550174", "8025550131",
               "07700900517", "07700900742"}
CODE = re.compile(_CODE)
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"\bB0[0-9A-Z]{8}\b")
DIGITS = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|me|"
                    r"co|uk|app))(?![a-z0-9])", re.I)
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# earlier hold-out sets: shops, products, staff, buyers, handles, codes, order ids, tracking
FORBIDDEN_NAMES = re.compile(
    r"(?i)quillwater|qwaqua|\bodile\b|\bravi\b|harriet|kenji|siobhan|okafor|duarte|\bwen\b|"
    r"\bivy\b|mateo|\beddy\b|\bember\b|tessera|lumen ?arc|rhizo|driftmeal|monte carlo|"
    r"bucephalandra|qwfish|qwhk|dm-2403|tank club|\bbeatriz\b|"
    r"brindlewood|bwedge|\bheron\b|\bfinch\b|ridgeway|millrace|\btomas\b|anneke|marisol|"
    r"haldane|rosalind|\bpriya\b|\bderek\b|mrs\.? wong|nookvane|plugmate|porcheye|ribbonglow|"
    r"panebot|chime pro|觀塘|观塘|新蒲崗|新蒲岗|"
    r"larchmoss|larch\.link|\blmtrail\b|glowworm|scree ?stick|\brunnel\b|talus|heelguard|"
    r"星光模式|\bbronwyn\b|\bteodor\b|\bmagnus\b|\bngozi\b|\bleilani\b|\bcallum\b|"
    r"\bsolveig\b|abernathy|kowalczyk|小林|王先生|刘女士|劉女士|张姐|小周|林小姐|黃先生|"
    r"陳小姐|吳先生|蔡小姐|陳生|lmrun|lmhike|trailhead20|l4rch|larch1|larch2|lm-run|"
    r"kelpridge|kelpr\.link|currentwell|sidestream|thermoreed|shoalglow|moonpool|clearcast|"
    r"fizzwell|mossbite|torrent ?1200|stargrass|grow cups|折叠换水桶|摺疊換水桶|"
    r"\boriana\b|\bbenedikt\b|阿澄|\bimogen\b|\bthaddeus\b|\byusra\b|\bpiotr\b|"
    r"\bdelphine\b|\bcaspian\b|\bfarid\b|\bottilie\b|halvorsen|achterberg|"
    r"周先生|孙女士|孫女士|郑姐|鄭姐|邓先生|鄧先生|杜老师|杜老師|小邱|許小姐|许小姐|"
    r"鄭先生|郑先生|蕭小姐|萧小姐|游先生|何生|葉太|叶太|\bscapers?\b|\bscape\b|"
    r"krscape|\bkelp\d\d|gill10|shoal12|fizz25|"
    r"rookwren|letterworks|sablemere|nightwell|wrenquill|\bvesper\b|slatebed|pinewell|"
    r"cloudleaf|gridmark|glowdesk|\bcinnabar\b|墨友會|墨友会|"
    r"\bmarguerite\b|\bansel\b|阿元|\bcorinna\b|\blysander\b|\bhafsa\b|\bradek\b|"
    r"\bgenevieve\b|\bignatius\b|\bsaoirse\b|\btobiah\b|lindqvist|prakash|"
    r"唐先生|钟女士|鍾女士|宋姐|范先生|贺女士|賀女士|韩老师|韓老師|小葛|廖小姐|簡先生|简先生|"
    r"溫小姐|温小姐|洪先生|梁生|麥太|麦太|區小姐|区小姐|馮生|冯生|"
    r"\bwren\d\d|nibs20|sumi10|seal12|"
    r"thistlecomb|apiary supply|hive bench|hearthcomb|drizzlecap|veilwick|amberpress|"
    r"waxling|mitewarden|nectarpail|combrake|\bevander\b|\bphilippa\b|阿桐|"
    r"\bwinifred\b|\bezekiel\b|\bmaren\b|\bcosimo\b|bartholomew|farquhar|okonjo|"
    r"罗先生|羅先生|孟女士|卢姐|盧姐|秦老师|秦老師|小岑|曾小姐|涂先生|塗先生|彭先生|祁生|"
    r"鄺太|邝太|翁小姐|\bhive20\b|\bcomb15\b|\bbees10\b|\bwax12\b|"
    # holdout57 (the model set): Bobbinwick Sewing Studio and what its README lists
    r"bobbinwick|sewing studio|\bmarlowe\b|\bhalcyon\b|featherdrift|threadwell|patchmoor|"
    r"trueline|pinwhirl|harvest plum|秋柿|\bperpetua\b|阿绫|阿綾|\bclementine\b|\baugustin\b|"
    r"\bhollis\b|\bdorothea\b|\brufus\b|\boksana\b|\bthelma\b|castellanos|adebayo|"
    r"严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|詹小姐|莊先生|庄先生|施小姐|"
    r"駱太|骆太|龐生|庞生|蘇小姐|苏小姐|\bblade15\b|\bhoop20\b|\bquilt10\b|\bqu1lt10\b|"
    r"\bstitch15\b|b0d7qx4m2r|tba804615273390|tba271958036648|kt304729518gb|sf1385026497713|"
    r"9400 ?1112 ?0653 ?7781 ?4490 ?27|113-4072615-8830914|112-9518340-2267153|"
    r"114-3306198-5724086|111-6842057-3190628|112-5550174-3319260|113-8150724-6613390|"
    r"113-1984407-7760342|114-0695382-4471205|111-5550131-6047728|111-7331946-8025519|"
    r"205-4416093-1827754|113-6027715-4493082")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Undo the tricks: zero-width, full-width, look-alikes, number words, Chinese numerals,
    spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u03bf"
                                  "\u0410\u0415\u041e\u0420\u0421\u0425",
                                  "aeopcxioAEOPCX"))
    t = CNRUN.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0) if c in CN_DIGIT), t)
    t = NUMRUN.sub(lambda m: "".join(WORD_DIGIT[w.lower()]
                                     for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = SPELLED.sub(lambda m: "%s@%s.%s" % (m.group(1).replace(" dot ", "."), m.group(2),
                                            m.group(3)), t)
    return t


def phone_key(digits):
    """The number as stored in PHONES_OK: US without the country code, UK with a leading 0."""
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:]
    if digits.startswith("44"):
        return "0" + digits[2:]
    return digits


def check_contacts(rid, text, spaced, carrier_ok):
    t = normalise(text)
    for m in ORDER_ID.finditer(t):
        if m.group(0) not in ORDERS_OK:
            bad(rid, "order id not in the invented list: %s" % m.group(0))
    for m in TRACKING.finditer(t):
        if re.sub(r"\s", "", m.group(0)) not in TRACKING_OK:
            bad(rid, "tracking number not in the invented list: %s" % m.group(0))
    for m in ASIN.finditer(t):
        if m.group(0) not in ASINS_OK:
            bad(rid, "ASIN not in the invented list: %s" % m.group(0))
    variants = [t, re.sub(r"\s+", "", t)] if spaced else [t]
    for v in variants:
        v = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", v)))
        for m in DIGITS.finditer(v):
            d = re.sub(r"\D", "", m.group(0))
            if len(d) < 7:
                continue
            k = phone_key(d)
            if k in PHONES_USED:
                bad(rid, "phone number of an earlier hold-out set: %r" % m.group(0))
            elif k not in PHONES_OK:
                bad(rid, "number is not one of this set's fiction-range phones: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom in FREEMAIL_OK and not local.startswith(LOCAL_OK):
                bad(rid, "free-mail address without the invented local part: %s" % m.group(0))
            elif dom not in DOMAINS_OK and dom not in FREEMAIL_OK:
                bad(rid, "e-mail domain not invented: %s" % dom)
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d in CARRIER_DOMAINS and carrier_ok:
                continue
            if d not in DOMAINS_OK and d not in FREEMAIL_OK:
                bad(rid, "domain not invented: %s" % d)
    for h in re.findall(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+\b", t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", t)
    for v in {t, joined}:
        v = TRACKING.sub(" ", v)
        for m in CODE.finditer(v):
            if m.group(0) not in CODES_OK:
                bad(rid, "discount code not in the invented set: %s" % m.group(0))


def written_contact(text):
    """A contact detail written out in full (careful records must not carry one)."""
    t = normalise(text)
    if EMAIL.search(t):
        return EMAIL.search(t).group(0)
    v = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", t)))
    for m in DIGITS.finditer(v):
        if len(re.sub(r"\D", "", m.group(0))) >= 7:
            return m.group(0)
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        if (d[4:] if d.startswith("www.") else d) != "amazon.com":
            return m.group(0)
    m = re.search(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+\b", t)
    return m.group(0) if m else None


def sentences(text):
    parts, start = [], 0
    for m in SENTENCE_END.finditer(text + " "):
        parts.append(text[start:m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p]


BRIEF = "/work/shared/policy.md"
MODEL_README = "/tmp/model_h6/README.md"
EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def grams(text, n_en, n_zh):
    out = set()
    words = EN_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    out.update(("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1))
    for run in CJK_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def show(g):
    return " ".join(g[1:]) if g[0] == "en" else g[1]


def check_fresh(texts):
    for path in (BRIEF, MODEL_README):
        if not os.path.exists(path):
            print("note: %s not found; that copy check was skipped" % path)
            continue
        with open(path, encoding="utf-8") as fh:
            ref = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = grams(normalise(text), 6, 8) & ref
            if shared:
                bad(rid, "copies a passage of %s: %r" % (os.path.basename(path),
                                                        show(sorted(shared)[0])))
    seen = {}
    for rid, text in texts.items():
        for g in grams(normalise(text), 8, 10):
            if g in seen and seen[g] != rid:
                bad(rid, "repeats a passage of %s: %r" % (seen[g], show(g)))
                break
            seen.setdefault(g, rid)


def english_words(text):
    t = STRIP.sub(" ", normalise(text))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t)
            if w.lower() not in NAMES and w.lower() not in PINYIN]


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
                bad("line %d" % n, "bad JSON: %s" % exc)
    return recs


def check_tags(rid, cat, labels, tags, lang):
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "duplicate tags")
    if tags[0] != cat:
        bad(rid, "first tag must be the category")
        return None
    rest = tags[1:]
    style = None
    if cat == "violation":
        if not rest or rest[0] not in STYLES:
            bad(rid, "violation needs a style tag right after the category")
        else:
            style, rest = rest[0], rest[1:]
    elif rest and rest[0] in STYLES:
        bad(rid, "style tag on a %s record" % cat)
        rest = rest[1:]
    subs = [t for t in rest if t in OWNER]
    techs = [t for t in rest if t in TECHNIQUES]
    traps = [t for t in rest if t in TRAPS]
    extras = [t for t in rest if t in ("traditional", "mixed") or t in REGIONS]
    unknown = [t for t in rest if t not in OWNER and t not in TECHNIQUES and t not in TRAPS
               and t not in extras]
    if unknown:
        bad(rid, "unknown tags %r" % unknown)
    if rest != subs + techs + traps + extras:
        bad(rid, "tags out of order: %r" % tags)
    owners = [OWNER[s] for s in subs]
    if any(o not in labels for o in owners):
        bad(rid, "subtype of a label the record does not carry: %r" % subs)
    elif owners != sorted(owners, key=labels.index):
        bad(rid, "subtypes %r not grouped in label order %r" % (subs, labels))
    for lab in labels:
        if lab not in owners:
            bad(rid, "no subtype for label %s" % lab)
    if cat == "evasion" and not techs:
        bad(rid, "evasion without a technique")
    if cat != "evasion" and techs:
        bad(rid, "technique tag on a %s record" % cat)
    if cat == "near-miss" and len(traps) != 1:
        bad(rid, "a near-miss needs exactly one trap tag")
    if cat != "near-miss" and traps:
        bad(rid, "trap tag on a %s record" % cat)
    if cat in ("near-miss", "clean") and subs:
        bad(rid, "subtype on an unlabelled record")
    order = ["traditional"] + REGIONS + ["mixed"]
    if extras != sorted(extras, key=order.index):
        bad(rid, "traditional / region / mixed out of order")
    regions = [t for t in extras if t in REGIONS]
    if len(regions) > 1:
        bad(rid, "two region tags")
    if "traditional" in extras and not regions:
        bad(rid, "traditional record without a region tag")
    if regions and "traditional" not in extras:
        bad(rid, "region tag without traditional")
    if lang == "en" and extras:
        bad(rid, "traditional/region/mixed tag on an en record")
    return style, subs, techs, traps, extras


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    if os.path.exists(os.path.join(HERE, "gen.py")) and \
            os.path.abspath(PATH) == os.path.join(HERE, NAME):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "%s differs from what gen.py builds; run python3 gen.py" % NAME)

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id out of sequence (expected %s-%03d)" % (PREFIX, i))
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        text, labels, lang, tags, note = (r[k] for k in ("text", "labels", "lang", "tags",
                                                         "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if text != text.strip():
            bad(rid, "leading or trailing whitespace")
        if LITERAL_ESCAPE.search(text):
            bad(rid, "literal escape sequence in the text")
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        hit = FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text))
        if hit:
            bad(rid, "reuses a name from an earlier hold-out set: %r" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\((?:[^()]*\b)?(?:policy|interface)\.md\b[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)):
            bad(rid, "note names no section of policy.md")
        if lang not in LANGS:
            bad(rid, "lang must be en, zh or mixed")
            continue
        if isinstance(tags, list) and (lang == "mixed") != ("mixed" in tags):
            bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must be a list drawn from %s" % POLICIES)
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels):
            bad(rid, "labels duplicated or not sorted: %r" % labels)
        cat = tags[0] if isinstance(tags, list) and tags else None
        if cat not in CATEGORY_TARGET:
            bad(rid, "first tag must be one of %s" % list(CATEGORY_TARGET))
            continue
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        parsed = check_tags(rid, cat, labels, tags, lang)
        if parsed is None:
            continue
        style, subs, techs, traps, extras = parsed
        trad = "traditional" in extras
        mixed = "mixed" in extras
        regions = [t for t in extras if t in REGIONS]

        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s artefact" % t)

        has_number = ORDER_ID.search(text) or TRACKING.search(text)
        if cat == "near-miss" and not (TRIGGERS.search(text) or has_number):
            bad(rid, "near-miss without a trigger word, order id or tracking number")
        if cat == "clean":
            if has_number:
                bad(rid, "clean record contains an order id or tracking number")
            if TRIGGERS.search(text):
                bad(rid, "clean record contains a trigger word: %r"
                    % TRIGGERS.search(text).group(0))
        if style:
            hit = OBVIOUS.search(text)
            if style == "plain" and not hit:
                bad(rid, "plain violation without an obvious keyword")
            if style == "careful":
                if hit:
                    bad(rid, "careful violation uses the obvious keyword %r" % hit.group(0))
                wc = written_contact(text)
                if wc:
                    bad(rid, "careful violation writes out a contact: %r" % wc)
            if style == "split":
                parts = sentences(text)
                wc = written_contact(text)
                if wc:
                    bad(rid, "split violation writes out a contact, a violation by itself: %r"
                        % wc)
                if len(parts) < 2:
                    bad(rid, "split violation has fewer than two sentences")
                for p in parts:
                    for why, rx in SELF_CONTAINED:
                        if rx.search(normalise(p)):
                            bad(rid, "split violation has a self-contained sentence (%s): %r"
                                % (why, p))

        han = CJK.findall(text)
        ew = english_words(text)
        if lang == "en":
            bare = re.sub(FW_ALNUM, "", text) if "fullwidth" in techs else text
            if han or re.search("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff5e]", bare):
                bad(rid, "en record contains CJK characters or punctuation")
            if cat != "evasion" and not text.isascii():
                bad(rid, "non-evasion en record contains non-ASCII characters")
        else:
            if mixed:
                if len(han) < 6 or len(ew) < 3:
                    bad(rid, "mixed record lacks one language (%d CJK, English %r)"
                        % (len(han), ew))
            else:
                if len(han) < 10:
                    bad(rid, "zh record has too little Chinese")
                if len(ew) > 1:
                    bad(rid, "zh record has English words %r; tag it mixed?" % ew)
            if trad:
                # 晒 ("all", as in 賣晒) is the usual Cantonese spelling, not a leak of 曬
                ok = CANTONESE_OK if "cantonese" in regions else set()
                leaks = sorted({c for c in han if c in SIMP_ONLY and c not in ok})
                if leaks:
                    bad(rid, "Traditional record contains Simplified %s" % "".join(leaks))
                if sum(c in TRAD_ONLY for c in han) < 2:
                    bad(rid, "Traditional record shows no Traditional characters")
            else:
                leaks = sorted({c for c in han if c in TRAD_ONLY})
                if leaks:
                    bad(rid, "Simplified record contains Traditional %s" % "".join(leaks))
                if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
                    bad(rid, "Simplified record shows no Simplified characters")
            if "cantonese" in regions and not CANTONESE.search(text):
                bad(rid, "cantonese tag without Cantonese particles")
            if "taiwanese" in regions and not TAIWANESE.search(text):
                bad(rid, "taiwanese tag without Taiwan phrasing")
            if "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese particles without the cantonese tag")

        check_contacts(rid, text, "spacing" in techs, "carrier-site" in traps)

        lk = "en" if lang == "en" else ("mixed" if mixed else
                                        ("zh-traditional" if trad else "zh-simplified"))
        cnt["category"][cat] += 1
        cnt["lang"][lk] += 1
        cnt["lang x category"][(lk, cat)] += 1
        for oid in set(ORDER_ID.findall(text)):
            if oid in order_owner:
                bad(rid, "order id %s already used by %s" % (oid, order_owner[oid]))
            order_owner[oid] = rid
        texts[rid] = text
        cnt["nlabels"][len(labels)] += 1
        cnt["combination"][" + ".join(labels) or "none"] += 1
        for l in labels:
            cnt["label"][l] += 1
            cnt["label x category"][(l, cat)] += 1
        if style:
            cnt["style"][style] += 1
            cnt["style x lang"][(style, lk)] += 1
            for l in labels:
                cnt["style x label"][(style, l)] += 1
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in regions:
            cnt["region"][(t, "mixed" if mixed else "zh")] += 1

    # ------------------------------------------------------------ targets from the brief
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    total = sum(cnt["lang"].values()) or 1
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, the brief asks for about %d"
                % (k, cnt["lang"][k], n))
    cs = cnt["style"]["careful"] + cnt["style"]["split"]
    if cs < MIN_CAREFUL_SPLIT:
        bad("counts", "only %d careful or split violations (at least %d)" % (cs, MIN_CAREFUL_SPLIT))
    if cnt["style"]["plain"] > MAX_PLAIN:
        bad("counts", "%d plain violations (at most %d)" % (cnt["style"]["plain"], MAX_PLAIN))
    for st in STYLES:
        if cnt["style"][st] < 10:
            bad("counts", "style %s used only %d times" % (st, cnt["style"][st]))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s has %d of %d label uses, not an even spread"
                % (l, cnt["label"][l], nlab))
        for st in ("careful", "split"):
            if not cnt["style x label"][(st, l)]:
                bad("counts", "no %s violation for %s" % (st, l))
    if cnt["nlabels"][2] < 8:
        bad("counts", "only %d records carry two labels" % cnt["nlabels"][2])
    for s in OWNER:
        if not cnt["subtype"][s]:
            bad("counts", "subtype %s never used" % s)
    for t in TECHNIQUES:
        if cnt["technique"][t] < 2:
            bad("counts", "technique %s used fewer than twice" % t)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "near-miss trap %s never used" % t)
    for reg in REGIONS:
        if not cnt["region"][(reg, "zh")]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ------------------------------------------------------------ report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " records with two labels:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in LANG_TARGET:
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("regions:", {"%s/%s" % k: v for k, v in sorted(cnt["region"].items())})
    print("violation styles:", dict(cnt["style"]))
    print("style x lang:", {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("style x label:", {"%s/%s" % k: v for k, v in sorted(cnt["style x label"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("techniques:", dict(sorted(cnt["technique"].items())))
    print("near-miss traps:", dict(sorted(cnt["trap"].items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
