#!/usr/bin/env python3
"""Self-check for holdout84.jsonl (standard library only).  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]       (default: holdout84.jsonl next to this file)

Checks (details in README.md):
  file      one JSON object per line; exactly 160 records; exact key set
            {id, text, labels, lang, tags, note}; ids h84-001..h84-160 in sequence; texts
            non-empty, trimmed and unique after normalisation; no literal escape text; when
            gen.py sits next to the default file, the file is exactly what gen.py builds
  labels    a list drawn from the three policies, no duplicates, sorted; the category agrees
            (violation/evasion carry labels, near-miss/clean carry none)
  lang      "en" or "zh"; a code-switched record is lang "zh" with the tag "mixed"
  tags      category first; a violation then one style (plain/careful/split); subtypes grouped
            by label in label order, each label covered by a subtype; evasion techniques
            (evasion only, at least one) or exactly one trap (near-miss only); then
            "traditional", an optional region ("taiwanese"/"cantonese"), "mixed", in that order
  traces    every technique leaves a mechanical trace; no untagged zero-width, full-width Latin,
            Cyrillic/Greek look-alike or emoji/star artefact
  content   near-misses contain a trigger word, an order id or a tracking number; clean records
            none of these; plain violations use an obvious keyword, careful ones none, split ones
            have at least two sentences
  language  en: no CJK, pure ASCII unless an evasion; zh: enough Chinese and at most one stray
            English word; mixed: both languages present; Simplified and Traditional do not leak
            into each other (built-in character table), regional tags carry Cantonese particles
            or Taiwan phrasing; the characters the table does not cover are listed per script
            for review by hand
  contacts  after normalisation (zero-width removed, NFKC, look-alikes folded, number words and
            Chinese numerals to digits, spelled-out e-mail rebuilt, leetspeak codes folded): every
            run of 7+ digits is a fiction-range phone (US 555-01xx, UK 07700 900xxx); e-mail
            addresses, domains, handles and codes belong to the invented shop or Amazon
            (example.com only inside a quoted buyer message); order ids, tracking numbers and
            ASINs come from the invented lists and an order id is used by one record only
  fresh     no run of 6 English words or 8 Chinese characters shared with
            /work/shared/policy.md; no run of 8 English words or 10 Chinese characters shared by
            two records (Chinese compared after folding Traditional to Simplified)
  notes     a sentence citing policy.md or interface.md in brackets and naming a section, or
            saying "judgement call"
  reuse     none of the shop, people, products, codes, phone numbers or ids of the model set
            (holdout57, Bobbinwick Sewing Studio) or of the shops it lists as earlier sets
  counts    categories 50/30/50/30; languages en 72, Simplified 52, Traditional 30, mixed 6
            (within 2); violation styles about a third each; labels spread evenly; at least 8
            records with two labels; every subtype and trap used; every technique at least twice;
            both regions present; every category in every language group
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout84.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h84"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 50, "evasion": 30, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
POLICIES = ["marketing", "off-platform-contact", "review-inducement"]   # sorted
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway", "follow"],
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
         "logistics-word", "review-thanks", "substring", "carrier-site", "warranty", "price-paid"]
REGIONS = ["taiwanese", "cantonese"]
TAIL = ["traditional"] + REGIONS + ["mixed"]

# ------------------------------------------------------------------ artefacts and traces
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2605\u2606]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNRUN = re.compile("%s(?:\\s*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) ([a-z0-9-]+) "
                     r"(?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACE = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW_ALNUM),
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOKALIKE, LOOKALIKE)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])[a-z]+[0134][a-z0-9]*(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"[\u4e00-\u9fff0-9][*/|\u00b7_\-.][\u4e00-\u9fff]"
                            r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|\u00b7_.\-]){3,}[A-Za-z0-9]"
                            r"(?![A-Za-z0-9])"),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|wuxing|"
                         r"hongbao)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好平|賴 ?@|赖 ?@"),
    "emoji": re.compile(EMOJI),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)green app|paper[- ]plane|photo app|绿泡泡|綠泡泡|小飞机|小飛機|"
                           "纸飞机|紙飛機"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|underscore|下划线|底線|"
                               "后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI)}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#\d")

# ------------------------------------------------------------------ words
# English words are bounded by non-letters, not \b: Python counts Chinese characters as word
# characters, so \b would miss "LINE" or "refund" written against Chinese text.
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|rating|rated?|star\w*|feedback|comment\w*|coupon|codes?|"
    r"discount\w*|deals?|promo\w*|free|gift\w*|prices?|pricing|refund\w*|replacement|remove|"
    r"change|update|cancel\w*|return\w*|warranty|whatsapp|wechat|line|telegram|instagram|paypal|"
    r"phone|calls?|e-?mail|website|link|amazon\.com)(?![A-Za-z])|\$\d|\d ?%"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|刪|移除|"
    "更新|反馈|反饋|价格|價格|审核|審核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固|保養|订单|訂單")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|rating|rated?|stars?|five-star|coupon|promo\w*|"
    r"discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|wechat|telegram|instagram|"
    r"facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|call|website|www|qr|vip|"
    r"new arrivals?|buy again|reorder|refer\w*|sale|deals?|giveaway|cheaper)(?![A-Za-z])"
    r"|\d-star|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|"
    "红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|"
    "会员|會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟]")
TAIWANESE = re.compile("喔|囉|拜託|傳訊息|工作天|賣場|結帳|全館|出貨|影片|黑貓|追蹤編號|折價券|"
                       "公升|公分")
# names, apps and romanised words that do not count as English words in a Chinese record
NAMES = {"otterslip", "glasswake", "marshkite", "loonbright", "swiftcatch", "keelbuoy",
         "snugseal", "crestcradle", "bellowsby", "ambrose", "amazon", "line", "whatsapp",
         "instagram", "paypal", "signal", "hi", "ms", "mr", "cn", "tw", "fenella", "osric",
         "juniper", "barnaby", "cordelia", "lucan", "ingrid", "nwosu", "lindahl",
         "paddles"}   # "paddles" only as a piece of the Instagram handle
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+(?:\.[\w-]+)*\.com(?:/[\w/?=.-]*)?|(?<![A-Za-z0-9])[A-Za-z]*\d\w*|"
                   r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")

# ------------------------------------------------------------------ script table
# Each group: a Simplified character, then its Traditional form(s).  Only characters whose
# forms differ are listed.  Simplified forms that are also ordinary Traditional characters in
# some words are in SHARED_SIMPLE and are not counted as leaks in Traditional text.
_GROUPS = """
们們 这這 个個 为為 来來 说說 时時 货貨 单單 评評 价價 请請 谢謝 问問 题題 联聯 话話
电電 邮郵 网網 买買 卖賣 运運 费費 给給 还還 没沒 对對 么麼 会會 从從 关關 东東 车車
长長 门門 开開 间間 头頭 实實 点點 经經 过過 动動 换換 处處 应應 让讓 认認 记記 订訂
钱錢 账賬帳 号號 码碼 预預 计計 达達 现現 样樣 满滿 补補 测測 图圖 标標 签簽籤 装裝
见見 视視 频頻 读讀 写寫 带帶 备備 择擇 贴貼 适適 删刪 优優 礼禮 红紅 扫掃 维維 欢歡
条條 线線 软軟 烦煩 种種 产產 双雙 轻輕 侧側 绿綠 变變 块塊 机機 后後 几幾 两兩 举舉
书書 亚亞 仓倉 传傳 体體 兴興 内內 决決 况況 凉涼 减減 别別 压壓 围圍 圆圓 坏壞 场場
壳殼 复復複 够夠 学學 宝寶 审審 师師 并並 库庫 张張 当當 拧擰 拨撥 挂掛 挡擋 数數 断斷
旧舊 显顯 暂暫 术術 构構 检檢 气氣 溅濺 紧緊 纤纖 约約 纸紙 纹紋 细細 结結 绝絕 聂聶
觉覺 议議 诉訴 详詳 调調 负負 责責 贾賈 较較 输輸 边邊 进進 选選 逊遜 邬鄔 钟鐘鍾
铝鋁 铺鋪舖 锈鏽 错錯 阀閥 阴陰 随隨 静靜 页頁 顶頂 顺順 领領 颗顆 额額 饰飾 馈饋
马馬 验驗 骤驟 鳍鰭 桨槳 属屬 蓝藍 节節 听聽 响響 丝絲 词詞 夸誇 宠寵 着著 风風
参參 帮幫 椭橢 横橫 档檔 状狀 独獨 稳穩 笔筆 编編 讯訊 询詢 该該 猫貓 赖賴 踪蹤 载載
递遞 闲閒 阵陣 养養 馆館 龚龔 锁鎖 吗嗎 宽寬 乐樂 团團 层層 无無 寻尋 续續 鱼魚 义義
缝縫 尽盡 丰豐 岁歲 猪豬 厅廳 权權 纪紀 转轉 晓曉 钮鈕 颜顏 务務 啰囉 脚腳 绳繩
鸟鳥 尔爾 华華 陆陸 币幣 汇匯 银銀 贵貴 虽雖 确確 识識 庆慶 业業 于於
冲沖衝 发發髮 称稱 拣揀 昼晝 办辦
里裡裏 只隻 干乾幹 系係繫 台臺颱 划劃 表錶 托託 卷捲 周週 晒曬 志誌 制製 松鬆 面麵 杆桿
"""
GROUPS = _GROUPS.split()
SHARED_SIMPLE = set("于里只干系台划表托卷周晒志制松面杆")
SIMP_ONLY = {g[0] for g in GROUPS} - SHARED_SIMPLE
TRAD_ONLY = {c for g in GROUPS for c in g[1:]}
TO_SIMP = {c: g[0] for g in GROUPS for c in g[1:]}
COVERED = {c for g in GROUPS for c in g}

# ------------------------------------------------------------------ contacts and reuse
DOMAINS_OK = {"otterslippaddle.com", "amazon.com"}
QUOTED_DOMAIN = "example.com"        # reserved domain, only inside a quoted buyer message
FREEMAIL_OK = {"gmail.com"}          # only with an otterslip.* local part
LOCAL_OK = "otterslip"
HANDLES_OK = {"@otterslip.paddles", "@otterslip_tw", "otterslip_tw", "otterslip_cn",
              "@otterslip_cn", "otterslip_crew", "@otterslip_crew"}
CODES_OK = {"RACK12", "SPLASH20", "DRYBAG10", "PADDLE15"}
ORDERS_OK = {"112-3085517-6624093", "113-5550148-2207391", "114-7206631-0958842",
             "114-5550183-7036415", "111-9027384-4461057", "112-6140993-2805786",
             "113-7392218-0644159", "114-2280916-4473351", "112-8831406-5570214",
             "113-2674059-9182630", "114-1853670-5529308", "111-0568243-7719506"}
TRACKING_OK = {"1Z6R4V830357721946", "9400111820475593062184", "LV581036294GB",
               "SF1470392658814", "TBA592046318775"}
ASINS_OK = {"B0F3KX7PQ2", "B0F8RM2TW5"}
PHONES_OK = {"2075550148", "2075550183", "07700900381"}
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"\bB0[0-9A-Z]{8}\b")
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
DIGITS = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|me|"
                    r"co|uk|app))(?![a-z0-9])", re.I)
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
LEET = str.maketrans("0134", "OIEA")
# the model set (holdout57: Bobbinwick Sewing Studio) and the shops its README names as
# earlier sets; none of their shops, people, products, codes, phones or ids may come back
FORBIDDEN = re.compile(
    r"(?i)bobbinwick|marlowe|halcyon|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"perpetua|阿绫|阿綾|clementine|augustin|\bhollis\b|dorothea|\brufus\b|oksana|thelma|"
    r"castellanos|adebayo|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|詹小姐|"
    r"庄先生|莊先生|施小姐|骆太|駱太|庞生|龐生|苏小姐|蘇小姐|blade15|hoop20|quilt10|qu1lt10|"
    r"stitch15|thistlecomb|hearthcomb|rookwren|kelpridge|larchmoss|brindlewood|quillwater|"
    r"113-4072615-8830914|112-9518340-2267153|114-3306198-5724086|111-6842057-3190628|"
    r"112-5550174-3319260|113-8150724-6613390|113-1984407-7760342|114-0695382-4471205|"
    r"111-5550131-6047728|111-7331946-8025519|205-4416093-1827754|113-6027715-4493082|"
    r"tba804615273390|tba271958036648|kt304729518gb|sf1385026497713|b0d7qx4m2r|"
    r"802\W{0,2}555\W?01(?:74|31)|07700 ?900(?:517|742)")

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


def fold_trad(text):
    return "".join(TO_SIMP.get(c, c) for c in text)


def fictional_phone(d):
    return bool(re.fullmatch(r"1?\d{3}55501\d\d", d) or re.fullmatch(r"(?:44|0)7700900\d{3}", d))


def check_contacts(rid, text, spaced, quoted):
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
            if not fictional_phone(d):
                bad(rid, "number outside the fiction ranges: %r" % m.group(0))
            elif d not in PHONES_OK and d[1:] not in PHONES_OK:
                bad(rid, "fiction-range number not among the shop's numbers: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom in FREEMAIL_OK:
                if not local.startswith(LOCAL_OK):
                    bad(rid, "free-mail address without the invented local part: %s"
                        % m.group(0))
            elif dom == QUOTED_DOMAIN:
                if not quoted:
                    bad(rid, "example.com address outside a quoted buyer message")
            elif dom not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % dom)
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d == QUOTED_DOMAIN and quoted:
                continue
            if d not in DOMAINS_OK and d not in FREEMAIL_OK:
                bad(rid, "domain not invented: %s" % d)
    for h in re.findall(r"(?<![\w.@])@[\w.]*\w|(?<![\w@.])[a-z]+_[a-z]+\b", t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)
    # discount codes, also spelled with separators or spaces between single characters, and
    # with leetspeak digits inside the letter part (P4DDLE15 -> PADDLE15)
    base = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", t)))
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", base)
    forms = {base, joined}
    forms |= {re.sub(r"\b[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*\b",
                     lambda m: (m.group(0)[:-2].translate(LEET) + m.group(0)[-2:])
                     if re.search(r"\d\d$", m.group(0)) else m.group(0).translate(LEET),
                     f) for f in (base, joined)}
    for v in forms:
        for m in CODE.finditer(v):
            if m.group(0) not in CODES_OK:
                bad(rid, "discount code not in the invented set: %s" % m.group(0))


POLICY_BRIEF = "/work/shared/policy.md"
EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def grams(text, n_en, n_zh):
    out = set()
    words = EN_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    out.update(("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1))
    for run in CJK_RUN.findall(fold_trad(text)):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def show(g):
    return " ".join(g[1:]) if g[0] == "en" else g[1]


def check_fresh(texts):
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = (grams(normalise(text), 6, 8) | grams(text, 6, 8)) & brief
            if shared:
                bad(rid, "shares a passage with policy.md: %r" % show(sorted(shared)[0]))
    else:
        print("note: %s not found; the policy-copy check was skipped" % POLICY_BRIEF)
    seen = {}
    for rid, text in texts.items():
        for g in sorted(grams(normalise(text), 8, 10)):
            if g in seen and seen[g] != rid:
                bad(rid, "repeats a passage of %s: %r" % (seen[g], show(g)))
                break
            seen.setdefault(g, rid)


def english_words(text, raw=False):
    t = STRIP.sub(" ", text if raw else normalise(text))
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
    rest = tags[1:]
    style = None
    if cat == "violation":
        if not rest or rest[0] not in STYLES:
            bad(rid, "a violation needs a style (plain/careful/split) right after the category")
        else:
            style, rest = rest[0], rest[1:]
    subs = [t for t in rest if t in OWNER]
    techs = [t for t in rest if t in TECHNIQUES]
    traps = [t for t in rest if t in TRAPS]
    tail = [t for t in rest if t in TAIL]
    unknown = [t for t in rest if t not in OWNER and t not in TECHNIQUES and t not in TRAPS
               and t not in TAIL]
    if unknown:
        bad(rid, "unknown tags %r" % unknown)
    if rest != subs + techs + traps + tail:
        bad(rid, "tags out of order (category, style, subtypes, techniques/trap, "
                 "traditional, region, mixed): %r" % tags)
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
    if tail != sorted(tail, key=TAIL.index):
        bad(rid, "traditional / region / mixed out of order")
    regions = [t for t in tail if t in REGIONS]
    if len(regions) > 1:
        bad(rid, "two region tags")
    if regions and "traditional" not in tail:
        bad(rid, "region tag without traditional")
    if "traditional" in tail and not regions:
        bad(rid, "traditional without a region tag")
    if lang == "en" and tail:
        bad(rid, "traditional/region/mixed tag on an en record")
    return style, subs, techs, traps, tail


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    gen_path = os.path.join(HERE, "gen.py")
    if os.path.exists(gen_path) and os.path.abspath(PATH) == DEFAULT:
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout84.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    script_chars = {"simplified": collections.Counter(), "traditional": collections.Counter()}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if not isinstance(rid, str) or not re.fullmatch(r"%s-\d{3}" % PREFIX, rid):
            bad(rid, "id must look like %s-NNN" % PREFIX)
        elif rid != "%s-%03d" % (PREFIX, i):
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
            bad(rid, "literal escape text: %r" % LITERAL_ESCAPE.search(text).group(0))
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        for form in (text, normalise(text)):
            m = FORBIDDEN.search(form)
            if m:
                bad(rid, "reuses a name or number of the model set: %r" % m.group(0))
                break
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\([^()]*(?:policy|interface)\.md[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)) \
                and "judgement call" not in note.lower():
            bad(rid, "note names no section of policy.md")
        if lang not in ("en", "zh"):
            bad(rid, "lang must be en or zh, got %r" % (lang,))
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
        style, subs, techs, traps, tail = parsed
        trad = "traditional" in tail
        mixed = "mixed" in tail
        regions = [t for t in tail if t in REGIONS]

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
        if cat == "violation" and style:
            hit = OBVIOUS.search(text)
            if style == "plain" and not hit:
                bad(rid, "plain violation without an obvious keyword")
            if style == "careful" and hit:
                bad(rid, "careful violation uses the obvious keyword %r" % hit.group(0))
            if style == "split" and len(SENTENCE_END.findall(text.rstrip() + " ")) < 2:
                bad(rid, "split violation has fewer than two sentences")

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
                if len(han) < 6 or len(english_words(text, raw=True)) < 3:
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
                script_chars["traditional"].update(han)
            else:
                leaks = sorted({c for c in han if c in TRAD_ONLY})
                if leaks:
                    bad(rid, "Simplified record contains Traditional characters %s"
                        % "".join(leaks))
                if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
                    bad(rid, "Simplified record shows no Simplified characters")
                script_chars["simplified"].update(han)
            if "cantonese" in regions and not CANTONESE.search(text):
                bad(rid, "cantonese tag without Cantonese particles")
            if "taiwanese" in regions and not TAIWANESE.search(text):
                bad(rid, "taiwanese tag without Taiwan phrasing")
            if "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese particles without the cantonese tag")

        check_contacts(rid, text, "spacing" in techs, "quoted-buyer" in traps)

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
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in tail:
            cnt["tail"][t] += 1
        for t in tags:
            cnt["tag"][t] += 1

    # ------------------------------------------------------------ targets
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    total = sum(cnt["lang"].values()) or 1
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, expected about %d" % (k, cnt["lang"][k], n))
    nviol = cnt["category"]["violation"] or 1
    for st in STYLES:
        if not 0.30 <= cnt["style"][st] / nviol <= 0.37:
            bad("counts", "%s violations: %d of %d, not about a third"
                % (st, cnt["style"][st], nviol))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s has %d of %d label uses" % (l, cnt["label"][l], nlab))
    labelled = cnt["category"]["violation"] + cnt["category"]["evasion"]
    if not 0.45 <= labelled / total <= 0.55:
        bad("counts", "%d of %d records are labelled; about half expected" % (labelled, total))
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
        if not cnt["tail"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ------------------------------------------------------------ report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " label uses:", nlab,
          " records with two labels:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in LANG_TARGET:
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("script/region/mixed tags:", dict(cnt["tail"]))
    print("violation styles:", dict(cnt["style"]))
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("techniques:", dict(sorted(cnt["technique"].items())))
    print("near-miss traps:", dict(sorted(cnt["trap"].items())))
    print("all tags:", dict(sorted(cnt["tag"].items())))
    # characters the table does not cover: assumed identical in both scripts; review by hand
    for script in ("simplified", "traditional"):
        left = sorted(c for c in script_chars[script] if c not in COVERED)
        print("leftover %s characters (%d, not in the table): %s"
              % (script, len(left), "".join(left)))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
