#!/usr/bin/env python3
"""Self-check for holdout88.jsonl (standard library only).  Prints counts; exits 1 on any problem.

The kinds of check follow the earlier hold-out validators (shape, ids, label/category agreement,
tag order, traces of disguises, script purity, fiction-range contacts, freshness, counts); the
seller, vocabulary, keyword lists and targets are this set's own (Hollowmere Scent House, a
home-fragrance shop), and the targets are the holdout88 brief's: 60 violations (at least 40
careful or split), 20 evasions, 50 near-misses, 30 clean; marketing about 40% of label uses.

Usage: python3 validate.py [PATH]       (default: holdout88.jsonl next to this file)

Checks:
  file      one JSON object per line; 160 records; exact key set {id, text, labels, lang, tags,
            note}; ids h88-001..h88-160 in sequence; texts non-empty, trimmed, unique after
            normalisation; no escape text shown to the buyer; the file is what gen.py builds
  labels    sorted, no duplicates, drawn from the three policies; violation/evasion labelled,
            near-miss/clean empty
  tags      category; for violations a style (plain / careful / split); subtypes grouped in
            label order, one at least per label; evasion techniques (evasion only) or exactly
            one near-miss trap (near-miss only); then traditional, region, mixed in that order
  style     plain violations contain a textbook keyword; careful ones contain none of the
            TEXTBOOK list (English and Chinese); split ones have two or more sentences and none
            of the STRONG list (the unmistakable phrases)
  traces    each technique leaves its mark; no untagged zero-width, full-width, look-alike or
            emoji artefact
  content   near-misses carry a trigger word, order id or tracking number; clean records none
  language  en: no CJK, ASCII unless an evasion; zh: enough Chinese, at most one stray English
            word; mixed: both; Simplified/Traditional purity with the built-in table; region
            tags backed by Cantonese particles or Taiwan wording
  contacts  after undoing the disguises: every 7+ digit run is one of the shop's fiction-range
            numbers (US 555-01xx, UK 07700 900xxx); e-mail, domains, handles, codes, order ids,
            tracking numbers and the ASIN come from the invented lists; an order id is used by
            one record only
  fresh     no run of 6 English words or 8 Chinese characters shared with /work/shared/policy.md;
            no run of 8 English words or 10 Chinese characters shared by two records
  notes     a sentence citing policy.md or interface.md in brackets with a section
  reuse     none of the names, products, handles, codes or numbers of the earlier hold-out sets
  counts    categories 60/20/50/30; careful + split >= 40; languages 72/52/30/6 (within 2);
            marketing 36-44% of label uses, the other two at least 25% each; every subtype
            used; every marketing subtype has a careful record; every technique used twice;
            every trap used; Taiwan and Hong Kong both present; every category in every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout88.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h88"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 60, "evasion": 20, "near-miss": 50, "clean": 30}
MIN_CAREFUL_OR_SPLIT = 40
POLICIES = sorted(["review-inducement", "off-platform-contact", "marketing"])
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow", "subscription"],
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
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "refusal", "neutral-request",
         "amazon-page", "feedback-notice", "answer", "quoted-buyer", "product-word",
         "substring", "warranty", "price-paid", "order-restate", "carrier-site",
         "review-thanks", "logistics-word"]
REGIONS = ["cantonese", "taiwanese"]
LANGS = ["en", "zh", "mixed"]
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
MARKETING_SHARE = (0.36, 0.44)
OTHER_MIN_SHARE = 0.25

# ---------------------------------------------------------------- disguises
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2605\u2606]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNRUN = re.compile("%s(?:[\\s\\-·.]*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) ([a-z0-9-]+) "
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
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|hongbao|"
                         r"pingjia|wuxing|fanli)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|賴 ?@|赖 ?@"),
    "emoji": re.compile(EMOJI),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)paper[- ]plane|green (?:chat )?app|photo app|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|"
                               "下划线|下劃線|底線|后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI)}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ---------------------------------------------------------------- keyword lists
# English words are bounded by non-letters, not \b: Python counts Chinese as word characters.
_B, _E = r"(?<![A-Za-z])", r"(?![A-Za-z])"
# a near-miss must contain one of these (or an order id / tracking number); clean ones none
TRIGGERS = re.compile(
    r"(?i)%s(?:reviews?|reviewed|rating|rated?|stars?|five-star|5-star|feedback|comments?|"
    r"coupons?|codes?|discounts?|deals?|promo\w*|free|gifts?|sales?|prices?|refund\w*|"
    r"replacement|replace|remove|change|update|cancel\w*|returns?|warranty|whatsapp|wechat|"
    r"line|telegram|instagram|paypal|phone|calls?|e-?mail|website|link|amazon\.com)%s|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|移除|更新|"
    "反馈|反饋|价格|價格|審核|审核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固" % (_B, _E))
# the textbook keywords a keyword list would catch; plain violations use one, careful ones none
TEXTBOOK = re.compile(
    r"(?i)%s(?:reviews?|reviewed|reviewing|feedback|ratings?|rate|stars?|[0-9]-stars?|"
    r"five-stars?|coupons?|codes?|promo\w*|discount\w*|free|gifts?|giveaways?|sales?|deals?|"
    r"refund\w*|cash ?back|rebates?|vouchers?|vip|new arrivals?|buy again|reorder|refer\w*|"
    r"follow us|subscribe\w*|subscription|whatsapp|wechat|telegram|instagram|facebook|tiktok|"
    r"youtube|paypal|venmo|zelle|e-?mail|phone|call|text us|website|www|qr)%s"
    r"|\d+ ?%% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|"
    "红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|"
    "会员|會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書|"
    "关注|關注|订阅|訂閱|促销|促銷|特价|特價|秒杀|秒殺|满减|滿減|赠品|贈品|加我" % (_B, _E))
# unmistakable phrases: a split violation spreads its point thin and uses none of them
STRONG = re.compile(
    r"(?i)%s(?:coupons?|promo codes?|discount codes?|[0-9]-stars?|five-stars?|five stars|"
    r"cash ?back|gift cards?|whatsapp|wechat|telegram|instagram|facebook|paypal|venmo|"
    r"positive review|good review)%s|\d+ ?%% ?off"
    "|好评|好評|五星|返现|返現|优惠券|優惠券|优惠码|優惠碼|微信|红包|紅包|差评|差評|折扣码|"
    "折扣碼" % (_B, _E))
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾畀嚟搵]")
TAIWANESE = re.compile("喔|囉|拜託|出貨|結帳|全館|賣場|工作天|黑貓|追蹤編號|傳訊息|颱風|停班|"
                       "折價券|匯款|超商|宅配")
# words that are not "English words" in a Chinese record: names, apps, units
NAMES = {"hollowmere", "amazon", "line", "signal", "odessa", "bram", "nimbra", "brackenway",
         "lanternmoss", "stillbrook", "duskhaven", "roamleaf", "prime", "max", "ml", "cn",
         "usps", "sf", "hi", "mr", "ms"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "hongbao", "pingjia", "wuxing",
          "fanli"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+\.(?:com|link)(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional groups (first character Simplified, then its Traditional forms),
# drawn with OpenCC from the characters of this set and of policy.md.
_PAIRS = """
与與 专專 东東 两兩 个個 丰豐 临臨 为為爲 么麼 乌烏 书書 买買 于於 亚亞 产產 亲親 仅僅 从從 仓倉 仪儀
们們 价價 优優 会會 传傳 体體 侧側 俩倆 关關 兴興 内內 册冊 写寫 冲衝 决決 况況 准準 减減 几幾 划劃
则則 刚剛 删刪 别別 办辦 动動 励勵 匀勻 区區 单單 卖賣 厘釐 叁叄 参參 双雙 发發 变變 台臺颱 号號 后後
吗嗎 呗唄 员員 周週 响響 喷噴 围圍 国國 图圖 场場 坏壞 块塊 墙牆 声聲 壳殼 处處 备備 复復 夹夾 奖獎
学學 宝寶 实實 审審 宽寬 对對 属屬 师師 帐帳 带帶 帮幫 干幹 并並 庆慶 库庫 应應 开開 异異 张張 当當
录錄 惊驚 愿願 户戶 托託 扩擴 扫掃 护護 报報 担擔 拣揀 拨撥 择擇 挥揮 换換 据據 揾搵 摆擺 撑撐 数數
无無 旧舊 时時 显顯 晒曬 暂暫 机機 条條 来來 标標 样樣 检檢 楼樓 欢歡 欧歐 气氣 汇匯 没沒 测測 浓濃
温溫 湿濕 满滿 灭滅 灯燈 点點 烛燭 烟煙 烦煩 烧燒 独獨 猫貓 现現 电電 疗療 盐鹽 码碼 确確 礼禮 离離
稳穩 签籤 类類 系係繫 红紅 约約 级級 纹紋 线線 细細 终終 经經 结結 给給 统統 维維 绿綠 编編 网網 群羣
联聯 脸臉 艺藝 范範 荐薦 虑慮 蜡蠟 补補 装裝 见見 规規 视視 觉覺 计計 订訂 认認 让讓 议議 讯訊 记記
论論 访訪 证證 评評 诉訴 词詞 试試 话話 询詢 该該 误誤 说說 请請 调調 谅諒 谢謝 账賬 货貨 质質 购購
费費 贾賈 资資 赖賴 赠贈 踪蹤 车車 转轉 载載 较較 输輸 边邊 达達 过過 运運 还還 这這 进進 连連 迟遲
选選 逊遜 递遞 邮郵 邹鄒 里裏裡 钟鐘 钱錢 铺鋪 链鏈 销銷 错錯 键鍵 长長 门門 问問 间間 闵閔 阳陽 阵陣
际際 随隨 雾霧 静靜 韦韋 页頁 顺順 顾顧 预預 频頻 颗顆 题題 额額 风風 馆館 馈饋 马馬 验驗 齐齊 龙龍
"""
_GROUPS = _PAIRS.split()
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}
# Simplified forms that are also the ordinary Traditional character in common words
# (周 週, 台 颱, 系 係, 里 裡, 准 準, 晒 曬 in Cantonese 溶晒 ...) are not leaks in Traditional text
SIMP_ONLY -= set("周台系干群于里准晒范冲复叁厘划托签并后只面")

# ---------------------------------------------------------------- the invented shop
DOMAINS_OK = {"hollowmerescent.com", "amazon.com"}
FREEMAIL_OK = {"gmail.com"}           # only with a hollowmere.* local part
LOCAL_OK = "hollowmere"
HANDLES_OK = {"@hollowmere.scents", "hollowmere_cn", "@hollowmeretw", "hollowmere_help"}
CODES_OK = {"REED15", "GLOW20", "HAVEN12"}
PHONES_OK = {"2075550148", "2075550163", "07700900386", "07700900659"}
ORDERS_OK = {"111-4829306-5517284", "114-5550163-2297804", "112-2075550-1481937",
             "113-5602847-9913065", "113-6617042-3380951", "111-9350286-4172640",
             "114-7715093-2856318", "112-8461370-5593024", "113-3048159-7726485",
             "203-1864072-5539916", "112-4918265-3370419"}
TRACKING_OK = {"TBA492057318826", "TBA730164925583", "9405503699300482771653",
               "JD582640173GB", "SF1507729346602", "1Z4A79W20385172269"}
ASINS_OK = {"B0F3K7TQ2M"}
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
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

# Names, products, handles, codes and numbers of the earlier hold-out sets (holdout52-57).
FORBIDDEN_NAMES = re.compile(
    r"(?i)quillwater|qwaqua|\bodile\b|\bravi\b|harriet|kenji|siobhan|okafor|duarte|\bwen\b|"
    r"\bivy\b|mateo|\beddy\b|\bember\b|tessera|lumen ?arc|rhizo|driftmeal|monte carlo|"
    r"bucephalandra|qwfish|qwhk|tank club|\bbeatriz\b|"
    r"brindlewood|bwedge|\bheron\b|\bfinch\b|ridgeway|millrace|\btomas\b|anneke|marisol|"
    r"haldane|rosalind|\bpriya\b|\bderek\b|mrs\.? wong|nookvane|plugmate|porcheye|ribbonglow|"
    r"panebot|chime pro|觀塘|观塘|新蒲崗|新蒲岗|"
    r"larchmoss|\blmtrail\b|glowworm|scree ?stick|\brunnel\b|talus|heelguard|星光模式|"
    r"\bbronwyn\b|\bteodor\b|\bmagnus\b|\bngozi\b|\bleilani\b|\bcallum\b|\bsolveig\b|"
    r"abernathy|kowalczyk|小林|王先生|刘女士|劉女士|张姐|小周|林小姐|黃先生|陳小姐|吳先生|"
    r"蔡小姐|陳生|trailhead20|"
    r"kelpridge|currentwell|sidestream|thermoreed|shoalglow|moonpool|clearcast|fizzwell|"
    r"mossbite|stargrass|\boriana\b|\bbenedikt\b|阿澄|\bimogen\b|\bthaddeus\b|\byusra\b|"
    r"\bpiotr\b|\bdelphine\b|\bcaspian\b|\bfarid\b|\bottilie\b|halvorsen|achterberg|"
    r"周先生|孙女士|孫女士|郑姐|鄭姐|邓先生|鄧先生|杜老师|杜老師|小邱|許小姐|许小姐|鄭先生|"
    r"郑先生|蕭小姐|萧小姐|游先生|何生|葉太|叶太|gill10|shoal12|fizz25|"
    r"rookwren|letterworks|sablemere|nightwell|wrenquill|\bvesper\b|slatebed|pinewell|"
    r"cloudleaf|gridmark|glowdesk|\bcinnabar\b|墨友會|墨友会|\bmarguerite\b|\bansel\b|阿元|"
    r"\bcorinna\b|\blysander\b|\bhafsa\b|\bradek\b|\bgenevieve\b|\bignatius\b|\bsaoirse\b|"
    r"\btobiah\b|lindqvist|prakash|唐先生|钟女士|鍾女士|宋姐|范先生|贺女士|賀女士|韩老师|"
    r"韓老師|小葛|廖小姐|簡先生|简先生|溫小姐|温小姐|洪先生|梁生|麥太|麦太|區小姐|区小姐|"
    r"馮生|冯生|nibs20|sumi10|seal12|"
    r"thistlecomb|apiary supply|hive bench|hearthcomb|drizzlecap|veilwick|amberpress|waxling|"
    r"mitewarden|nectarpail|combrake|\bevander\b|\bphilippa\b|阿桐|\bwinifred\b|\bezekiel\b|"
    r"\bmaren\b|\bcosimo\b|bartholomew|farquhar|okonjo|罗先生|羅先生|孟女士|卢姐|盧姐|"
    r"秦老师|秦老師|小岑|曾小姐|涂先生|塗先生|彭先生|祁生|鄺太|邝太|翁小姐|"
    r"\bhive20\b|\bcomb15\b|\bbees10\b|\bwax12\b|"
    # holdout57: Bobbinwick Sewing Studio and what its README lists
    r"bobbinwick|\bmarlowe\b|\bhalcyon\b|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"\bperpetua\b|阿绫|阿綾|\bclementine\b|\baugustin\b|\bhollis\b|\bdorothea\b|\brufus\b|"
    r"\boksana\b|\bthelma\b|castellanos|adebayo|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|"
    r"柯老師|小满|小滿|詹小姐|莊先生|庄先生|施小姐|駱太|骆太|龐生|庞生|蘇小姐|苏小姐|"
    r"\bblade15\b|\bhoop20\b|\bquilt10\b|\bstitch15\b|b0d7qx4m2r")
# phone numbers of the earlier sets (digits only, with and without country code)
PHONES_USED = {"6145550142", "6145550187", "5125550119", "6145550173", "5125550168",
               "07700900461", "07700900254", "07700900318", "5035550136", "5035550128",
               "7185550193", "7185550177", "07700900527", "07700900816", "5415550162",
               "5415550149", "07700900634", "07700900288", "8025550174", "8025550131",
               "07700900517", "07700900742"}

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Undo the disguises: zero-width, full-width, look-alikes, number words, Chinese numerals,
    spelled-out e-mail addresses."""
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


def national(digits):
    """Digits of a phone number without the country code (1 for the US, 44 -> 0 for the UK)."""
    if digits.startswith("44"):
        return "0" + digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:]
    return digits


def fictional_phone(d):
    return bool(re.fullmatch(r"\d{3}55501\d\d", d) or re.fullmatch(r"07700900\d{3}", d))


def check_contacts(rid, text):
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
    v = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", t)))
    for m in DIGITS.finditer(v):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) < 7:
            continue
        n = national(d)
        if not fictional_phone(n):
            bad(rid, "number outside the fiction ranges: %r" % m.group(0))
        elif n in PHONES_USED:
            bad(rid, "phone number of an earlier hold-out set: %r" % m.group(0))
        elif n not in PHONES_OK:
            bad(rid, "phone number not one of the shop's: %r" % m.group(0))
    for m in EMAIL.finditer(v):
        local, dom = m.group(1).lower(), m.group(2).lower()
        if dom in FREEMAIL_OK and not local.startswith(LOCAL_OK):
            bad(rid, "free-mail address without the invented local part: %s" % m.group(0))
        elif dom not in DOMAINS_OK and dom not in FREEMAIL_OK:
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
    for s in {t, joined}:
        s = TRACKING.sub(" ", s)
        for m in CODE.finditer(s):
            if m.group(0) not in CODES_OK:
                bad(rid, "discount code not in the invented set: %s" % m.group(0))


POLICY_BRIEF = "/work/shared/policy.md"
EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def grams(text, n_en, n_zh):
    """English word n-grams and Chinese character n-grams (within runs of Chinese)."""
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
    """Returns (style, subs, techniques, traps, extras) or None when the tags are unusable."""
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "duplicate tags")
    if tags[0] != cat:
        bad(rid, "first tag must be the category, got %r" % tags[0])
        return None
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
        bad(rid, "tags out of order (category, style, subtypes, technique/trap, traditional, "
                 "region, mixed): %r" % tags)
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
    if regions and "traditional" not in extras:
        bad(rid, "region tag without traditional")
    if "traditional" in extras and not regions:
        bad(rid, "traditional record without a region tag (taiwanese / cantonese)")
    if lang == "en" and ("traditional" in extras or "mixed" in extras):
        bad(rid, "traditional/mixed tag on an en record")
    if (lang == "mixed") != ("mixed" in extras):
        bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
    return style, subs, techs, traps, extras


def check_language(rid, text, lang, techs, extras):
    trad = "traditional" in extras
    regions = [t for t in extras if t in REGIONS]
    han = CJK.findall(text)
    ew = english_words(text)
    if lang == "en":
        bare = re.sub(FW_ALNUM, "", text) if "fullwidth" in techs else text
        if han or re.search("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff5e]", bare):
            bad(rid, "en record contains CJK characters or punctuation")
        if not techs and not text.isascii():
            bad(rid, "non-evasion en record contains non-ASCII characters")
        return
    if lang == "mixed":
        if len(han) < 6 or len(ew) < 3:
            bad(rid, "mixed record lacks one language (%d CJK, English %r)" % (len(han), ew))
    else:
        if len(han) < 10:
            bad(rid, "zh record has too little Chinese")
        if len(ew) > 1:
            bad(rid, "zh record has English words %r; tag it mixed?" % ew)
    if trad:
        leaks = sorted({c for c in han if c in SIMP_ONLY})
        if leaks:
            bad(rid, "Traditional record contains Simplified characters %s" % "".join(leaks))
        if sum(c in TRAD_ONLY for c in han) < 2:
            bad(rid, "Traditional record shows no Traditional characters")
    else:
        leaks = sorted({c for c in han if c in TRAD_ONLY})
        if leaks:
            bad(rid, "Simplified record contains Traditional characters %s" % "".join(leaks))
        if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
            bad(rid, "Simplified record shows no Simplified characters")
    if "cantonese" in regions and not CANTONESE.search(text):
        bad(rid, "cantonese tag without Cantonese particles")
    if "taiwanese" in regions and not TAIWANESE.search(text):
        bad(rid, "taiwanese tag without Taiwan wording")
    if "cantonese" not in regions and CANTONESE.search(text):
        bad(rid, "Cantonese particles without the cantonese tag")


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    gen_path = os.path.join(HERE, "gen.py")
    if os.path.exists(gen_path) and os.path.abspath(PATH) == DEFAULT:
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout88.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    cnt = collections.defaultdict(collections.Counter)
    careful_marketing = set()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if not isinstance(rid, str) or rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id must be %s-%03d" % (PREFIX, i))
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
            bad(rid, "literal escape text: %r" % LITERAL_ESCAPE.search(text).group(0))
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        hit = FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text))
        if hit:
            bad(rid, "reuses a name of an earlier hold-out set: %r" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\((?:[^()]*\b)?(?:policy|interface)\.md\b[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)):
            bad(rid, "note names no policy.md section")
        if lang not in LANGS:
            bad(rid, "lang must be en, zh or mixed, got %r" % (lang,))
            continue
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must be a list drawn from %s: %r" % (POLICIES, labels))
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
                bad(rid, "clean record contains a trigger word: %r" % TRIGGERS.search(text)
                    .group(0))
        if style == "plain" and not TEXTBOOK.search(text):
            bad(rid, "plain violation without a textbook keyword")
        if style == "careful":
            hit = TEXTBOOK.search(text) or TEXTBOOK.search(normalise(text))
            if hit:
                bad(rid, "careful violation uses the textbook keyword %r" % hit.group(0))
            careful_marketing.update(s for s in subs if OWNER[s] == "marketing")
        if style == "split":
            if len(SENTENCE_END.findall(text.rstrip() + " ")) < 2:
                bad(rid, "split violation has fewer than two sentences")
            if STRONG.search(text):
                bad(rid, "split violation uses the unmistakable phrase %r"
                    % STRONG.search(text).group(0))

        check_language(rid, text, lang, techs, extras)
        check_contacts(rid, text)

        trad = "traditional" in extras
        regions = [t for t in extras if t in REGIONS]
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
            for l in labels:
                cnt["style x label"][(style, l)] += 1
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in regions:
            cnt["region"][t] += 1

    # ------------------------------------------------------------ targets from the brief
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    if cnt["style"]["careful"] + cnt["style"]["split"] < MIN_CAREFUL_OR_SPLIT:
        bad("counts", "only %d careful or split violations, the brief asks for at least %d"
            % (cnt["style"]["careful"] + cnt["style"]["split"], MIN_CAREFUL_OR_SPLIT))
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, the brief asks for about %d"
                % (k, cnt["lang"][k], n))
    nlab = sum(cnt["label"].values()) or 1
    share = {l: cnt["label"][l] / nlab for l in POLICIES}
    if not MARKETING_SHARE[0] <= share["marketing"] <= MARKETING_SHARE[1]:
        bad("counts", "marketing has %.1f%% of label uses, the brief asks for about 40%%"
            % (100 * share["marketing"]))
    for l in POLICIES:
        if l != "marketing" and share[l] < OTHER_MIN_SHARE:
            bad("counts", "%s has only %.1f%% of label uses" % (l, 100 * share[l]))
        if l != "marketing" and share[l] > share["marketing"]:
            bad("counts", "%s has more label uses than marketing" % l)
    if cnt["nlabels"][2] < 8:
        bad("counts", "only %d records carry two labels" % cnt["nlabels"][2])
    for s in OWNER:
        if not cnt["subtype"][s]:
            bad("counts", "subtype %s never used" % s)
    for s in SUBTYPES["marketing"]:
        if s not in careful_marketing:
            bad("counts", "marketing subtype %s has no careful record" % s)
    for t in TECHNIQUES:
        if cnt["technique"][t] < 2:
            bad("counts", "technique %s used fewer than twice" % t)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "near-miss trap %s never used" % t)
    for reg in REGIONS:
        if not cnt["region"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ------------------------------------------------------------ report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " uses: %d" % nlab,
          " shares:", {l: "%.1f%%" % (100 * v) for l, v in share.items()},
          " records with two labels:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:", {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in LANG_TARGET:
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("regions:", dict(cnt["region"]))
    print("violation styles:", dict(cnt["style"]))
    print("style x lang:", {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("style x label:", {"%s/%s" % k: v for k, v in sorted(cnt["style x label"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("marketing subtypes with a careful record: %d of %d"
          % (len(careful_marketing), len(SUBTYPES["marketing"])))
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
