#!/usr/bin/env python3
"""Self-check for holdout92.jsonl (standard library only).  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]      (default: holdout92.jsonl next to this file)

What is checked (README.md has the details):
  file      one JSON object per line, 160 of them, keys exactly {id, text, labels, lang, tags,
            note}; ids h92-001..h92-160 in order; texts non-empty, trimmed, unique after
            normalisation, with no escape text ("\\u200b", "&#...") shown to the buyer; the
            file is what gen.py builds
  labels    a sorted list without duplicates drawn from the three policies; violations and
            evasions are labelled, near-misses and clean records are not
  tags      category first; a violation's style next; then subtypes grouped in label order
            covering every label; then evasion techniques or exactly one near-miss trap; then
            "traditional", a region ("taiwanese" / "cantonese"), "mixed"
  traces    each tagged technique leaves a mechanical trace in the text; zero-width,
            full-width, Cyrillic/Greek look-alike and emoji/star characters appear only where
            the matching technique is tagged
  content   near-misses carry a trigger word (or an order id / tracking number), clean records
            none; plain violations use an obvious keyword, careful ones none, split ones have
            two or more sentences
  language  en: no CJK, ASCII only outside evasions; zh: enough Chinese and at most one stray
            English word; mixed: both languages; Simplified and Traditional do not leak into
            each other; Cantonese and Taiwan records show regional wording
  contacts  after undoing the tricks, every 7+ digit run is a fiction-range phone number
            (US 555-01xx, UK 07700 900xxx) and none belongs to an earlier set; domains,
            e-mail addresses, handles, codes, order ids, tracking numbers and the ASIN are the
            invented ones; each order id appears in one record only
  fresh     no 6-word English or 8-character Chinese run is shared with
            /work/shared/policy.md; no 8-word / 10-character run is shared by two records
  notes     a sentence citing policy.md or interface.md in brackets with a section
  reuse     no seller, product, person, handle, code or number of an earlier hold-out set
  counts    categories 50/30/50/30; languages 72/52/30/6 (within 2); violation styles about
            a third each; labels spread evenly; at least 8 two-label records; every subtype and
            trap used; every technique used twice or more; both regions present; every
            category in every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout92.jsonl")
PATH = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
PREFIX = "h92"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORIES = {"violation": 50, "evasion": 30, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
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
REGIONS = ["taiwanese", "cantonese"]

# ------------------------------------------------------------------ tricks and their traces
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOK = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNRUN = re.compile("%s(?:\\s*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) ([a-z0-9-]+) "
                     r"(?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACE = {
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOK, LOOK)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])(?:[a-z]+[0134][a-z0-9]*|0ff)(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"[\u4e00-\u9fff0-9][*/|·_\-.][\u4e00-\u9fff]"
                           r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|·_.\-]){3,}[A-Za-z0-9]"
                           r"(?![A-Za-z0-9])"),
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|"
                         r"wuxing|hongbao|fanli|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|好坪|删平|刪平|加賴|賴 ?@"),
    "emoji": re.compile(EMOJI + "|[\u2605\u2606]"),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)paper[- ]plane|green app|photo app|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機|小红薯|小紅薯"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|underscore|"
                               "下划线|下劃線|底線|加一点|加一點|后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW),
             "homoglyph": re.compile(LOOK), "emoji": re.compile(EMOJI + "|[\u2605\u2606]")}
ESCAPE_TEXT = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ------------------------------------------------------------------ words
# English words are delimited by non-letters, not \b: Python counts CJK as word characters.
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|rating\w*|rated?|star\w*|five-star|5-star|feedback|"
    r"comment\w*|coupon\w*|codes?|discount\w*|deals?|promo\w*|free|gift\w*|price\w*|"
    r"refund\w*|replacement|remove|change|update\w*|cancel\w*|return|warranty|whatsapp|"
    r"wechat|line|telegram|instagram|paypal|phone|calls?|e-?mail|website|link|"
    r"amazon\.com)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|返现|返現|微信|退款|退货|退貨|取消|修改|删除|刪除|"
    "移除|更新|反馈|反饋|价格|價格|审核|審核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|rating\w*|rated?|stars?|[0-9]-star|five-star|"
    r"coupon\w*|promo\w*|discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|"
    r"wechat|telegram|instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|"
    r"call|website|www|qr|vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|"
    r"giveaway)(?![A-Za-z])|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|"
    "红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|会员|"
    "會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟噉]")
TAIWANESE = re.compile("喔|囉|拜託|傳訊息|工作天|入帳|賣場|結帳|出貨|轉帳|追蹤編號|影片|"
                       "超商|宅配|黑貓|全館|折價券")
# names, apps and tokens that are not English words in a Chinese record
NAMES = {"ferncoat", "shearline", "tangleaway", "quillpaw", "brookbath", "silkslip", "bram",
         "odalys", "grooms", "amazon", "line", "whatsapp", "telegram", "instagram", "facebook",
         "paypal", "signal", "hi", "mr", "ms"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao",
          "fanli", "shanping"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+\.com(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified character followed by its Traditional form(s), for the characters this set uses
# (checked once against OpenCC).  Characters that are also ordinary Traditional characters
# (于 里 台 系 松 周 群 托 划 几 后 苹) are left out, so they count on neither side.
_PAIRS = """
两兩 个個 丰豐 为為爲 么麼 乐樂 书書 买買 亚亞 从從 仓倉 们們 价價 众衆眾 优優 会會 传傳 体體
侧側 兑兌 关關 内內 写寫 冲沖衝 决決 况況 凉涼 减減 则則 刚剛 删刪 别別 办辦 动動 单單 卖賣 厂廠
参參 发發髮 变變 号號 吕呂 吗嗎 听聽 员員 响響 哒噠 喷噴 团團 图圖 场場 坏壞 垫墊 声聲 处處 复復複
够夠 头頭 奖獎 实實 宠寵 审審 对對 将將 师師 帐帳 带帶 帮幫 并並併 广廣 库庫 应應 开開 异異 张張
当當 愿願 户戶 扫掃 扰擾 报報 拨撥 择擇 换換 揾搵 揿撳 数數 无無 时時 显顯 晒曬 术術 机機 条條
来來 样樣 档檔 检檢 欢歡 没沒 洁潔 测測 满滿 灯燈 点點 烁爍 烦煩 烫燙 热熱 猫貓 现現 电電 码碼
确確 礼禮 离離 笔筆 签籤簽 紧緊 红紅 约約 纪紀 线線 组組 细細 经經 结結 绕繞 给給 络絡 统統 继繼
续續 维維 绿綠 编編 聂聶 联聯 肤膚 脚腳 脱脫 脸臉 补補 衬襯 装裝 视視 觉覺 计計 订訂 认認 让讓
讯訊 记記 讲講 论論 设設 评評 诉訴 试試 话話 询詢 该該 说說 请請 调調 谢謝 负負 账賬 货貨 购購
费費 赖賴 踪蹤 转轉 轻輕 载載 较較 输輸 边邊 达達 过過 运運 还還 这這 进進 连連 迟遲 适適 选選
逊遜 递遞 钟鍾鐘 钮鈕 钱錢 铺舖鋪 链鏈 锋鋒 错錯 键鍵 长長 门門 闪閃 问問 间間 阵陣 雾霧 页頁
顺順 预預 领領 频頻 题題 额額 风風 馈饋 马馬 验驗 齿齒 赠贈 寿壽 邮郵 网網 宝寶 抢搶
惊驚 义義 鸟鳥 鱼魚 飞飛 蓝藍 气氣 汇匯 专專 业業 严嚴 庄莊 苏蘇 蒋蔣 骆駱 庞龐 鲜鮮 伞傘
"""
_GROUPS = [g for g in _PAIRS.split() if len(g) > 1 and g[0] not in g[1:]]
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}

# ------------------------------------------------------------------ the invented seller
DOMAINS_OK = {"ferncoatgrooming.com", "amazon.com"}
FREEMAIL_OK = {"gmail.com"}          # only with a ferncoat.* local part
LOCAL_OK = "ferncoat"
HANDLES_OK = {"@ferncoat.grooms", "@ferncoat_desk", "ferncoat_desk", "ferncoat_cn",
              "@ferncoattw"}
CODES_OK = {"TRIM15", "SHED20", "PAWS10", "GROOM25"}
ORDERS_OK = {"111-4476830-2205917", "113-5550148-2076315", "112-3061748-5529013",
             "114-2290583-7148306", "111-6057312-8843190", "114-9381026-4417258",
             "112-7205550-1937704", "114-5028361-7794410", "205-0770090-0583164",
             "113-0619274-5583021"}
TRACKING_OK = {"TBA593017284461", "TBA806142395570", "9400109822516630471852",
               "1Z4F2W830376615294", "ND508213947GB", "SF1493028756614"}
ASINS_OK = {"B0F8RK2M6T"}
# phone numbers of earlier hold-out sets (fictional, but not ours to reuse), digits only
PHONES_USED = {"16145550142", "16145550187", "15125550119", "6145550173", "15125550168",
               "447700900461", "07700900254", "07700900318", "15035550136", "5035550128",
               "7185550193", "17185550177", "447700900527", "447700900816", "5035550136",
               "17185550193", "15035550128", "15415550162", "5415550162", "5415550149",
               "15415550149", "07700900634", "447700900634", "07700900288", "447700900288",
               # holdout57 (Bobbinwick Sewing Studio)
               "18025550174", "8025550174", "8025550131", "18025550131", "07700900517",
               "447700900517", "07700900742", "447700900742"}
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"\bB0[0-9A-Z]{8}\b")
DIGITS = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|me|"
                    r"co|uk|app|pet|store))(?![a-z0-9])", re.I)
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# ------------------------------------------------------------------ earlier sets: not reused
_EARLIER = [
    # holdout52-55 and the list before them
    r"quillwater", r"qwaqua", r"\bodile\b", r"\bravi\b", r"harriet", r"kenji", r"siobhan",
    r"okafor", r"duarte", r"\bwen\b", r"\bivy\b", r"mateo", r"\beddy\b", r"\bember\b",
    r"tessera", r"lumen ?arc", r"rhizo", r"driftmeal", r"monte carlo", r"bucephalandra",
    r"qwfish", r"qwhk", r"dm-2403", r"tank club", r"\bbeatriz\b", r"brindlewood", r"bwedge",
    r"\bheron\b", r"\bfinch\b", r"ridgeway", r"millrace", r"\btomas\b", r"anneke", r"marisol",
    r"haldane", r"rosalind", r"\bpriya\b", r"\bderek\b", r"mrs\.? wong", r"nookvane",
    r"plugmate", r"porcheye", r"ribbonglow", r"panebot", r"chime pro", "觀塘", "观塘", "新蒲崗",
    "新蒲岗", r"larchmoss", r"larch\.link", r"\blmtrail\b", r"glowworm", r"scree ?stick",
    r"\brunnel\b", r"talus", r"heelguard", "星光模式", r"\bbronwyn\b", r"\bteodor\b",
    r"\bmagnus\b", r"\bngozi\b", r"\bleilani\b", r"\bcallum\b", r"\bsolveig\b", r"abernathy",
    r"kowalczyk", "小林", "王先生", "刘女士", "劉女士", "张姐", "小周", "林小姐", "黃先生",
    "陳小姐", "吳先生", "蔡小姐", "陳生", r"lmrun", r"lmhike", r"trailhead20", r"l4rch",
    r"kelpridge", r"kelpr\.link", r"currentwell", r"sidestream", r"thermoreed", r"shoalglow",
    r"moonpool", r"clearcast", r"fizzwell", r"mossbite", r"torrent ?1200", r"stargrass",
    r"grow cups", r"\boriana\b", r"\bbenedikt\b", "阿澄", r"\bimogen\b", r"\bthaddeus\b",
    r"\byusra\b", r"\bpiotr\b", r"\bdelphine\b", r"\bcaspian\b", r"\bfarid\b", r"\bottilie\b",
    r"halvorsen", r"achterberg", "周先生", "孙女士", "孫女士", "郑姐", "鄭姐", "邓先生", "鄧先生",
    "杜老师", "杜老師", "小邱", "許小姐", "许小姐", "鄭先生", "郑先生", "蕭小姐", "萧小姐", "游先生",
    "何生", "葉太", "叶太", r"krscape", r"\bkelp\d\d", r"gill10", r"shoal12", r"fizz25",
    r"rookwren", r"letterworks", r"sablemere", r"nightwell", r"wrenquill", r"\bvesper\b",
    r"slatebed", r"pinewell", r"cloudleaf", r"gridmark", r"glowdesk", r"\bcinnabar\b",
    "墨友會", "墨友会", r"\bmarguerite\b", r"\bansel\b", "阿元", r"\bcorinna\b", r"\blysander\b",
    r"\bhafsa\b", r"\bradek\b", r"\bgenevieve\b", r"\bignatius\b", r"\bsaoirse\b",
    r"\btobiah\b", r"lindqvist", r"prakash", "唐先生", "钟女士", "鍾女士", "宋姐", "范先生",
    "贺女士", "賀女士", "韩老师", "韓老師", "小葛", "廖小姐", "簡先生", "简先生", "溫小姐", "温小姐",
    "洪先生", "梁生", "麥太", "麦太", "區小姐", "区小姐", "馮生", "冯生", r"\bwren\d\d", r"nibs20",
    r"sumi10", r"seal12",
    # holdout56: Thistlecomb Apiary Supply
    r"thistlecomb", r"apiary supply", r"hive bench", r"hearthcomb", r"drizzlecap",
    r"veilwick", r"amberpress", r"waxling", r"mitewarden", r"nectarpail", r"combrake",
    r"\bevander\b", r"\bphilippa\b", "阿桐", r"\bwinifred\b", r"\bezekiel\b", r"\bmaren\b",
    r"\bcosimo\b", r"bartholomew", r"farquhar", r"okonjo", "罗先生", "羅先生", "孟女士", "卢姐",
    "盧姐", "秦老师", "秦老師", "小岑", "曾小姐", "涂先生", "塗先生", "彭先生", "祁生", "鄺太", "邝太",
    "翁小姐", r"\bhive20\b", r"\bcomb15\b", r"\bbees10\b", r"\bwax12\b",
    # holdout57: Bobbinwick Sewing Studio
    r"bobbinwick", r"sewing studio", r"\bmarlowe\b", r"\bhalcyon\b", r"featherdrift",
    r"threadwell", r"patchmoor", r"trueline", r"pinwhirl", r"\bperpetua\b", "阿绫", "阿綾",
    r"\bclementine\b", r"\baugustin\b", r"\bhollis\b", r"\bdorothea\b", r"\brufus\b",
    r"\boksana\b", r"\bthelma\b", r"castellanos", r"adebayo", "严女士", "嚴女士", "蒋先生",
    "蔣先生", "田阿姨", "柯老师", "柯老師", "小满", "小滿", "詹小姐", "莊先生", "庄先生", "施小姐",
    "駱太", "骆太", "龐生", "庞生", "蘇小姐", "苏小姐", r"harvest plum", "秋柿", r"\bstitch15\b",
    r"\bhoop20\b", r"\bquilt10\b", r"\bqu1lt10\b", r"\bblade15\b", r"b0d7qx4m2r",
    r"tba804615273390", r"tba271958036648", r"kt304729518gb", r"sf1385026497713",
    r"113-4072615-8830914", r"112-9518340-2267153", r"114-3306198-5724086",
    r"111-6842057-3190628", r"112-5550174-3319260", r"113-8150724-6613390",
    r"113-1984407-7760342", r"114-0695382-4471205", r"111-5550131-6047728",
    r"111-7331946-8025519", r"205-4416093-1827754", r"113-6027715-4493082",
]
FORBIDDEN = re.compile("(?i)" + "|".join(_EARLIER))

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Undo the tricks: zero-width characters, full-width forms, Cyrillic/Greek look-alikes,
    number words, Chinese numerals and spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u03bf",
                                  "aeopcxio"))
    t = CNRUN.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0) if c in CN_DIGIT), t)
    t = NUMRUN.sub(lambda m: "".join(WORD_DIGIT[w.lower()]
                                     for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = SPELLED.sub(lambda m: "%s@%s.%s" % (m.group(1).replace(" dot ", "."), m.group(2),
                                            m.group(3)), t)
    return t


def fictional_phone(d):
    return bool(re.fullmatch(r"1?\d{3}55501\d\d", d) or re.fullmatch(r"(?:44|0)7700900\d{3}", d))


def check_contacts(rid, text, spaced):
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
            if len(d) >= 7 and not fictional_phone(d):
                bad(rid, "number outside the fiction ranges: %r" % m.group(0))
            elif d in PHONES_USED or "1" + d in PHONES_USED:
                bad(rid, "phone number of an earlier hold-out set: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom in FREEMAIL_OK:
                if not local.startswith(LOCAL_OK):
                    bad(rid, "free-mail address without the invented local part: %s"
                        % m.group(0))
            elif dom not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % dom)
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK and d not in FREEMAIL_OK:
                bad(rid, "domain not invented: %s" % d)
    for h in re.findall(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+\b", t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", t)
    for v in {t, joined}:
        for m in CODE.finditer(TRACKING.sub(" ", v)):
            if m.group(0) not in CODES_OK:
                bad(rid, "discount code not in the invented set: %s" % m.group(0))


POLICY_BRIEF = "/work/shared/policy.md"
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
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = grams(normalise(text), 6, 8) & brief
            if shared:
                bad(rid, "copies a passage of policy.md: %r" % show(sorted(shared)[0]))
    else:
        print("note: %s not found; the policy-copy check was skipped" % POLICY_BRIEF)
    seen = {}
    for rid, text in texts.items():
        for g in sorted(grams(normalise(text), 8, 10)):
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
    if len(set(tags)) != len(tags):
        bad(rid, "duplicate tags")
    rest = tags[1:]
    style = None
    if cat == "violation":
        if not rest or rest[0] not in STYLES:
            bad(rid, "violation needs a style tag right after the category")
        else:
            style, rest = rest[0], rest[1:]
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
        bad(rid, "subtypes %r not grouped in label order" % subs)
    for lab in labels:
        if lab not in owners:
            bad(rid, "no subtype for label %s" % lab)
    if (cat == "evasion") != bool(techs):
        bad(rid, "techniques belong to evasions, and every evasion needs one")
    if cat == "near-miss" and len(traps) != 1:
        bad(rid, "a near-miss needs exactly one trap tag")
    if cat != "near-miss" and traps:
        bad(rid, "trap tag on a %s record" % cat)
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
    if (lang == "mixed") != ("mixed" in extras):
        bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
    return style, subs, techs, traps, extras


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    if PATH == DEFAULT and os.path.exists(os.path.join(HERE, "gen.py")):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout92.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id out of sequence or badly formed (expected %s-%03d)" % (PREFIX, i))
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
        if ESCAPE_TEXT.search(text):
            bad(rid, "escape text in the message: %r" % ESCAPE_TEXT.search(text).group(0))
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        hit = FORBIDDEN.search(text) or FORBIDDEN.search(normalise(text))
        if hit:
            bad(rid, "reuses a name or number of an earlier hold-out set: %r" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\([^()]*\b(?:policy|interface)\.md\b[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)):
            bad(rid, "note names no section of policy.md")
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed, got %r" % (lang,))
            continue
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must be drawn from %s: %r" % (POLICIES, labels))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels):
            bad(rid, "labels duplicated or not sorted: %r" % labels)
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
            bad(rid, "tags must be a non-empty list of strings")
            continue
        cat = tags[0]
        if cat not in CATEGORIES:
            bad(rid, "first tag must be one of %s" % list(CATEGORIES))
            continue
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        style, subs, techs, traps, extras = check_tags(rid, cat, labels, tags, lang)
        trad = "traditional" in extras
        regions = [t for t in extras if t in REGIONS]

        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s artefact %r" % (t, rx.search(text).group(0)))

        numbered = ORDER_ID.search(text) or TRACKING.search(text)
        if cat == "near-miss" and not (TRIGGERS.search(text) or numbered):
            bad(rid, "near-miss without a trigger word, order id or tracking number")
        if cat == "clean":
            if numbered:
                bad(rid, "clean record contains an order id or tracking number")
            if TRIGGERS.search(text):
                bad(rid, "clean record contains a trigger word: %r"
                    % TRIGGERS.search(text).group(0))
        if style == "plain" and not OBVIOUS.search(text):
            bad(rid, "plain violation without an obvious keyword")
        if style == "careful" and OBVIOUS.search(text):
            bad(rid, "careful violation uses the obvious keyword %r" % OBVIOUS.search(text)
                .group(0))
        if style == "split" and len(SENTENCE_END.findall(text.rstrip() + " ")) < 2:
            bad(rid, "split violation has fewer than two sentences")

        han = CJK.findall(text)
        ew = english_words(text)
        if lang == "en":
            bare = re.sub(FW, "", text) if "fullwidth" in techs else text
            if han or re.search("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff5e]", bare):
                bad(rid, "en record contains CJK characters or punctuation")
            if cat != "evasion" and not text.isascii():
                bad(rid, "non-evasion en record contains non-ASCII characters")
        else:
            if lang == "mixed":
                if len(han) < 6 or len(ew) < 3:
                    bad(rid, "mixed record lacks one language (%d CJK, English %r)"
                        % (len(han), ew))
            else:
                if len(han) < 10:
                    bad(rid, "zh record has too little Chinese")
                if len(ew) > 1:
                    bad(rid, "zh record has English words %r; tag it mixed?" % ew)
            if trad:
                leaks = sorted({c for c in han if c in SIMP_ONLY})
                if leaks:
                    bad(rid, "Traditional record contains Simplified characters %s"
                        % "".join(leaks))
                if sum(c in TRAD_ONLY for c in han) < 2:
                    bad(rid, "Traditional record shows no Traditional characters")
            else:
                leaks = sorted({c for c in han if c in TRAD_ONLY})
                if leaks:
                    bad(rid, "Simplified record contains Traditional characters %s"
                        % "".join(leaks))
                if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
                    bad(rid, "Simplified record shows no Simplified characters")
            if "cantonese" in regions and not CANTONESE.search(text):
                bad(rid, "cantonese tag without Cantonese particles")
            if "taiwanese" in regions and not TAIWANESE.search(text):
                bad(rid, "taiwanese tag without Taiwan wording")
            if "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese particles without the cantonese tag")

        check_contacts(rid, text, "spacing" in techs)

        lk = "en" if lang == "en" else ("mixed" if lang == "mixed" else
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
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in regions:
            cnt["region"][t] += 1

    # ---------------------------------------------------------------- targets of the brief
    for cat, n in CATEGORIES.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    total = sum(cnt["lang"].values()) or 1
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, about %d asked" % (k, cnt["lang"][k], n))
    nviol = cnt["category"]["violation"] or 1
    for st in STYLES:
        if not 0.30 <= cnt["style"][st] / nviol <= 0.37:
            bad("counts", "%s violations: %d of %d, not about a third"
                % (st, cnt["style"][st], nviol))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s: %d of %d label uses, not an even spread"
                % (l, cnt["label"][l], nlab))
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
            bad("counts", "trap %s never used" % t)
    for reg in REGIONS:
        if not cnt["region"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORIES:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ---------------------------------------------------------------- report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " two-label records:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in LANG_TARGET:
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORIES)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("regions:", dict(cnt["region"]))
    print("violation styles:", dict(cnt["style"]))
    print("style x lang:", {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
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
