#!/usr/bin/env python3
"""Self-check for holdout90.jsonl (standard library only).  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]        (default: holdout90.jsonl next to this file)

Checks
  file      one JSON object per line, 160 records, key set exactly {id, text, labels, lang, tags,
            note}; ids h90-001..h90-160 in order; texts non-empty, trimmed, unique after
            normalisation, no escape text such as "\\u200b" shown to the buyer; when gen.py sits
            next to the default file, the file is exactly what gen.records() builds
  labels    a sorted list without duplicates drawn from the three policies; violation/evasion
            records carry labels, near-miss/clean records carry none
  tags      category first; a violation then one style (plain/careful/split); subtypes grouped
            in label order, each label covered and no subtype of an absent label; evasions at
            least one disguise, near-misses exactly one trap; then traditional, one optional
            region (taiwanese/cantonese), mixed
  disguise  every disguise tag leaves its mechanical trace; no zero-width, full-width, Cyrillic
            or Greek look-alike or emoji/star character in a record not tagged for it
  style     plain violations contain a textbook keyword; careful ones contain none of the
            TEXTBOOK list (English and Chinese); split ones have at least two sentences
  content   near-misses carry bait (a trigger word, an order id or a tracking number; a
            substring trap hides a trigger inside a longer word); clean records carry none
  language  en: no CJK, plain ASCII unless an evasion; zh: mostly Chinese, at most one stray
            English word (names, apps, pinyin, codes and handles excepted); mixed: at least 6
            Han characters and 3 English words; Simplified and Traditional characters do not
            leak into each other (table below); cantonese / taiwanese tags carry regional marks
  contacts  after undoing the disguises: every run of 7+ digits is a 555-01xx or 07700 900xxx
            number (order ids, tracking numbers and the ASIN set aside); e-mail addresses,
            domains, handles and codes belong to the invented shop or to Amazon; order ids,
            tracking numbers and the ASIN come from the invented lists; an order id appears in
            one record only
  reuse     nothing from the structural model (holdout57's Bobbinwick Sewing Studio: shop,
            products, staff, buyers, domain, handles, codes, phone numbers)
  fresh     no run of 6 English words or 8 Han characters shared with /work/shared/policy.md
            (skipped with a note when absent); no run of 8 English words or 10 Han characters
            shared by two records
  notes     a sentence citing policy.md or interface.md in brackets with a section
  counts    categories 60/20/50/30; languages en 72, Simplified 52, Traditional 30, mixed 6;
            careful + split >= 40 of the violations; every subtype used in a careful record;
            every trap and disguise used; each label 28-40% of label uses; >= 8 records with
            two or more labels; every category in every language group; both regions present
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout90.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h90"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 60, "evasion": 20, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
MIN_CAREFUL_SPLIT = 40
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
STYLES = ["plain", "careful", "split"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "separator", "zero-width", "fullwidth",
              "pinyin", "homophone", "emoji", "spelled-email", "number-words", "cn-numerals",
              "nickname", "split-handle"]
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "refusal", "neutral-request",
         "amazon-page", "feedback-notice", "answer", "quoted-buyer", "product-word", "substring",
         "warranty", "price-paid", "order-restate", "safety-instruction",
         "delivery-instruction", "review-thanks"]
REGIONS = ["taiwanese", "cantonese"]
LANGS = ["en", "zh", "mixed"]

# ------------------------------------------------------------------ disguises
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]"
CONFUSABLE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)(?<![A-Za-z])%s(?:[\s,.-]+%s){6,}(?![A-Za-z])" % (NUMWORD, NUMWORD))
CNNUM = "[零〇一二三四五六七八九]"
CNRUN = re.compile("%s(?:\\s*%s){6,}" % (CNNUM, CNNUM))
SPELLED = re.compile(r"(?i)(?<![A-Za-z0-9])([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) "
                     r"([a-z0-9-]+) (?:dot|\(dot\)|\[dot\]) (com|net|org)(?![A-Za-z])")
TRACE = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW),
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (CONFUSABLE, CONFUSABLE)),
    "leetspeak": re.compile(r"(?i)(?<![A-Za-z0-9])(?:[a-z]+[0134]+[a-z]+[a-z0-9]*|"
                            r"[a-z]{2,}[0134]{2,})(?![A-Za-z0-9])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          "|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"(?<![A-Za-z])(?:[A-Za-z][-/.|*·]){3,}[A-Za-z](?![A-Za-z])"
                            "|[\u4e00-\u9fff](?:[/|*·\\-][\u4e00-\u9fff]){2,}"),
    "pinyin": re.compile(r"(?i)(?<![A-Za-z])(?:haoping|fanxian|pingjia|dazhe|weixin|youhui|"
                         r"wuxing|hongbao)(?![A-Za-z])"),
    "homophone": re.compile("薇信|威信|徽信|V信|好苹|好蘋|好萍|加賴|加赖"),
    "emoji": re.compile(EMOJI + "|\u2605|\u2606"),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)green (?:chat )?app|paper[- ]plane|bird app|"
                           "小飞机|小飛機|纸飞机|紙飛機|绿泡泡|綠泡泡"),
    "split-handle": re.compile(r"(?i)underscore|then (?:a )?dot|后面加|後面加|下划线|下劃線|底線"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW),
             "homoglyph": re.compile(CONFUSABLE), "emoji": re.compile(EMOJI + "|\u2605|\u2606")}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ------------------------------------------------------------------ word lists
# Textbook keywords: a plain violation uses at least one, a careful violation none.
_EN = r"(?<![A-Za-z])(?:%s)(?![A-Za-z])"
TEXTBOOK = re.compile(
    "(?i)" + _EN % (
        r"reviews?|reviewed|reviewing|reviewers?|feedback|ratings?|rate|rated|stars?|five-star|"
        r"5-star|coupons?|promo\w*|vouchers?|discount\w*|codes?|free|gifts?|giveaways?|"
        r"refund\w*|cash ?back|rebates?|whatsapp|wechat|telegram|instagram|facebook|tiktok|"
        r"youtube|paypal|venmo|zelle|e-?mails?|phone|call|calls|calling|text us|website|www|"
        r"https?|qr|vip|sales?|deals?|new arrivals?|buy again|reorder|refer\w*|subscribe\w*|"
        r"subscription|newsletter|follow us|contest")
    + r"|\d+ ?% ?off|percent off|(?<![A-Za-z])(?-i:LINE)(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|券|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|赠|贈|"
    "礼|禮|红包|紅包|微信|薇信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|"
    "二維碼|会员|會員|新品|上新|上市|退款|返款|回购|回購|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|"
    "脸书|臉書|关注|關注|促销|促銷|特价|特價|私信")
# Bait: what makes a near-miss look like a violation.  Clean records contain none of it.
_TRIGGER_EN = (r"review\w*|rating|rate|stars?|starred|five-star|feedback|comment\w*|coupon|codes?|"
               r"discount\w*|deals?|promo\w*|free|gifts?|price|paid|refund\w*|replacement|"
               r"replace|remove|change|update|cancel\w*|return|warranty|whatsapp|wechat|line|"
               r"telegram|instagram|paypal|phone|call|text|e-?mail|website|site|link|tracking|"
               r"\d+%")
TRIGGERS = re.compile(
    "(?i)" + _EN % _TRIGGER_EN + r"|\$\d|amazon\.com"
    "|评|評|星|优惠|優惠|折|券|免费|免費|赠|贈|礼|禮|微信|退款|退货|退貨|取消|修改|更改|删除|刪除|"
    "移除|更新|反馈|反饋|价格|價格|價錢|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|二维码|"
    "二維碼|保修|保固|会员|會員|返现|返現|转帐|轉帳|单号|單號|订单|訂單")
SUBSTRING_BAIT = re.compile(r"(?i)[a-z](?:rate|star|free|view|sale|call|code)|"
                            r"(?:rate|star|free|view|sale|call|code)[a-z]|索评|星期")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
NOTE_CITE = re.compile(r"\(([^()]*(?:policy|interface)\.md[^()]*)\)")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section (?:[0a-f]|b))(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md|judgement call")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟搵揀睇撳]|落單|話事")
TAIWANESE = re.compile("喔|囉|拜託|賣場|轉帳|出貨|工作天|傳給|影片|追蹤編號|帳號|颱風|見諒")
NAMES = {"brannoch", "soak", "heathglow", "emberlay", "nordfelt", "steepwell", "lidmoor",
         "rillstone", "tidewell", "floatfin", "amazon", "prime", "line", "whatsapp", "telegram",
         "linnea", "cn", "vip", "hi", "ig"}
PINYIN = {"haoping", "fanxian", "pingjia", "dazhe", "weixin", "youhui", "wuxing", "hongbao"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|_\w+|"
                   r"\b[\w-]+\.com(?:/[\w/.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional pairs for the characters that differ in this set's vocabulary
# (a simplified form followed by its traditional form(s)).  Characters that are also ordinary
# Traditional characters (台 周 系 干 卷 托 于 里 划 准) are left out on purpose.
_PAIRS = """
万萬 专專 东東 两兩 个個 为為爲 么麼 书書 买買 亚亞 产產 从從 仓倉 们們 价價 优優 会會 传傳
体體 侧側 关關 兴興 养養 内內 写寫 决決 况況 凉涼 几幾 刚剛 删刪 别別 剂劑 办辦 动動 区區 华華
单單 卖賣 卫衛衞 却卻 厂廠 压壓 参參 发發 变變 号號 后後 吗嗎 员員 响響 啰囉 图圖 圆圓 场場
坏壞 块塊 壳殼 处處 备備 复復複 头頭 奖獎 实實 对對 寻尋 岚嵐 师師 帐帳 库庫 开開 异異 当當
径徑 户戶 执執 拣揀 拥擁 拧擰 择擇 捞撈 换換 揿撳 摄攝 数數 无無 旧舊 时時 显顯 晒曬 机機 条條
来來 标標 栏欄 样樣 桦樺 欢歡 毡氈 气氣 没沒 测測 浏瀏 渗滲 满滿 滤濾 灯燈 点點 烂爛 烦煩 热熱
现現 电電 畅暢 疗療 盖蓋 盘盤 确確 离離 种種 积積 签籤簽 简簡 紧緊 红紅 约約 级級 纪紀 纳納
纸紙 纹紋 线線 组組 经經 结結 给給 编編 缠纏 网網 胀脹 药藥 补補 装裝 见見 视視 览覽 觉覺 计計
订訂 认認 让讓 议議 讯訊 记記 讲講 许許 论論 设設 评評 诉訴 试試 话話 该該 说說説 请請 调調
谅諒 谢謝 谭譚 账賬帳 货貨 质質 购購 贴貼 费費 赖賴 赠贈 踪蹤 转轉 较較 输輸 边邊 过過 运運
还還 这這 进進 远遠 适適 选選 逊遜 递遞 钟鍾鐘 钮鈕 钱錢 铺舖鋪 错錯 长長 门門 问問 间間 阴陰
难難 页頁 顶頂 项項 顺順 预預 频頻 颗顆 题題 颜顏 额額 风風 飞飛 馆館 馈饋 马馬 验驗 骤驟 齐齊
龚龔 温溫 汇匯 鸟鳥 绿綠 读讀 乐樂 声聲 优優 团團 挂掛 称稱 邮郵 码碼 维維 脸臉
"""
_GROUPS = [g for g in _PAIRS.split() if len(set(g)) > 1]
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}

# ------------------------------------------------------------------ contacts
DOMAINS_OK = {"brannochsoak.com", "amazon.com"}
FREEMAIL_LOCAL = {"gmail.com": "linnea.brannoch"}
HANDLES_OK = {"@brannoch.soak", "@brannoch_help", "brannoch_help", "brannoch_cn", "@brannochtw"}
CODES_OK = {"STEAM15", "CEDAR12", "SOAK20", "LADLE10"}
ORDERS_OK = {"112-3094718-5526031", "113-7781402-0649385", "114-2056937-8813470",
             "111-4630285-7192064", "112-5550148-2037716", "113-0927364-5550163",
             "114-8817260-3345092", "111-2209573-6648120", "113-5318846-1170293",
             "111-9054417-2260938", "205-7742019-3386451", "114-3602951-4478806",
             "113-4489120-7735614", "112-8136659-0451127"}
TRACKING_OK = {"TBA613028847195", "TBA904417263358", "9405511206983316275041",
               "QM481736205GB", "SF1749306285541", "1Z6A41R80387264915"}
ASINS_OK = {"B0F3KR7TQ2"}
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"(?<![A-Za-z0-9])B0[0-9A-Z]{8}(?![A-Za-z0-9])")
DIGITS = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|me|"
                    r"co|uk|app))(?![a-z0-9])", re.I)
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# The structural model (holdout57) and what its README lists: not to be reused.
FORBIDDEN = re.compile(
    r"(?i)bobbinwick|marlowe|halcyon|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"perpetua|\bclementine\b|\baugustin\b|\bhollis\b|\bdorothea\b|\brufus\b|\boksana\b|"
    r"\bthelma\b|castellanos|adebayo|thistlecomb|\bblade15\b|\bhoop20\b|\bquilt10\b|"
    r"\bstitch15\b|阿绫|阿綾|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|詹小姐|"
    r"莊先生|庄先生|施小姐|駱太|骆太|龐生|庞生|蘇小姐|苏小姐")
PHONES_USED = {"8025550174", "18025550174", "8025550131", "18025550131", "07700900517",
               "447700900517", "07700900742", "447700900742"}

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Undo the disguises: zero-width, full-width, look-alikes, number words, Chinese numerals,
    spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0410\u0435\u043e\u0440\u0441\u0445\u0456\u03bf",
                                  "aAeopcxio"))
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
            if d in PHONES_USED:
                bad(rid, "phone number of the structural model: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom in FREEMAIL_LOCAL:
                if local != FREEMAIL_LOCAL[dom]:
                    bad(rid, "free-mail address not the invented one: %s" % m.group(0))
            elif dom not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % dom)
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK and d not in FREEMAIL_LOCAL:
                bad(rid, "domain not invented: %s" % d)
    for h in re.findall(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+(?![a-z])", t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", t)
    for v in {t, joined}:
        v = TRACKING.sub(" ", v)
        for m in CODE.finditer(v):
            if m.group(0) not in CODES_OK:
                bad(rid, "code not in the invented set: %s" % m.group(0))


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
            bad(rid, "a violation needs a style right after the category")
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
        bad(rid, "tags out of order (category, style, subtypes, disguise/trap, traditional, "
                 "region, mixed): %r" % tags)
    owners = [OWNER[s] for s in subs]
    if any(o not in labels for o in owners):
        bad(rid, "subtype of a label the record does not carry: %r" % subs)
    elif owners != sorted(owners, key=labels.index):
        bad(rid, "subtypes %r not grouped in label order" % subs)
    for lab in labels:
        if lab not in owners:
            bad(rid, "no subtype for label %s" % lab)
    if cat == "evasion" and not techs:
        bad(rid, "evasion without a disguise tag")
    if cat != "evasion" and techs:
        bad(rid, "disguise tag on a %s record" % cat)
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
        bad(rid, "traditional record without a region tag")
    if (lang == "mixed") != ("mixed" in extras):
        bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
    if lang == "en" and "traditional" in extras:
        bad(rid, "traditional tag on an en record")
    return style, subs, techs, traps, extras


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    if os.path.abspath(PATH) == DEFAULT and os.path.exists(os.path.join(HERE, "gen.py")):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout90.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    cnt = collections.defaultdict(collections.Counter)
    careful_subs = collections.Counter()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if not isinstance(rid, str) or rid != "%s-%03d" % (PREFIX, i):
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
            bad(rid, "escape text shown to the buyer: %r" % LITERAL_ESCAPE.search(text).group(0))
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        for variant in (text, normalise(text)):
            m = FORBIDDEN.search(variant)
            if m:
                bad(rid, "reuses a name from the structural model: %r" % m.group(0))
                break
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        else:
            cites = NOTE_CITE.findall(note)
            if not cites:
                bad(rid, "note must cite policy.md or interface.md in brackets")
            elif not any(SECTION.search(c) for c in cites):
                bad(rid, "note cites no section of policy.md")
        if lang not in LANGS:
            bad(rid, "lang must be one of %s" % LANGS)
            continue
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must be drawn from %s" % POLICIES)
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels):
            bad(rid, "labels duplicated or not sorted: %r" % labels)
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
            bad(rid, "tags must be a non-empty list of strings")
            continue
        cat = tags[0]
        if cat not in CATEGORY_TARGET:
            bad(rid, "first tag must be one of %s" % list(CATEGORY_TARGET))
            continue
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        style, subs, techs, traps, extras = check_tags(rid, cat, labels, tags, lang)
        trad = "traditional" in extras
        regions = [t for t in extras if t in REGIONS]

        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "no trace of the disguise %r" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s character" % t)

        has_number = ORDER_ID.search(text) or TRACKING.search(text)
        if cat == "near-miss":
            bait = TRIGGERS.search(text) or has_number
            if "substring" in traps:
                bait = SUBSTRING_BAIT.search(text)
            if not bait:
                bad(rid, "near-miss without bait (trigger word, order id or tracking number)")
        if cat == "clean":
            if has_number:
                bad(rid, "clean record contains an order id or tracking number")
            if TRIGGERS.search(text):
                bad(rid, "clean record contains the trigger %r" % TRIGGERS.search(text).group(0))
        if cat == "violation" and style:
            hit = TEXTBOOK.search(text)
            if style == "plain" and not hit:
                bad(rid, "plain violation without a textbook keyword")
            if style == "careful" and hit:
                bad(rid, "careful violation uses the textbook keyword %r" % hit.group(0))
            if style == "split" and len(SENTENCE_END.findall(text + " ")) < 2:
                bad(rid, "split violation has fewer than two sentences")
            if style == "careful":
                careful_subs.update(subs)

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
                    bad(rid, "mixed record lacks one language (%d Han, English %r)"
                        % (len(han), ew))
            else:
                if len(han) < 10:
                    bad(rid, "zh record has too little Chinese")
                if len(ew) > 1:
                    bad(rid, "zh record has English words %r; tag it mixed?" % ew)
            if trad:
                leaks = sorted({c for c in han if c in SIMP_ONLY})
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
                bad(rid, "cantonese tag without Cantonese marks")
            if "taiwanese" in regions and not TAIWANESE.search(text):
                bad(rid, "taiwanese tag without Taiwan phrasing")
            if trad and "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese marks without the cantonese tag")

        check_contacts(rid, text, "spacing" in techs)
        for oid in set(ORDER_ID.findall(text)):
            if oid in order_owner:
                bad(rid, "order id %s already used by %s" % (oid, order_owner[oid]))
            order_owner[oid] = rid
        texts[rid] = text

        lk = "en" if lang == "en" else ("mixed" if lang == "mixed" else
                                        ("zh-traditional" if trad else "zh-simplified"))
        cnt["category"][cat] += 1
        cnt["lang"][lk] += 1
        cnt["lang x category"][(lk, cat)] += 1
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
            cnt["disguise"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in regions:
            cnt["region"][t] += 1

    # ---------------------------------------------------------------- counts
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    for k, n in LANG_TARGET.items():
        if cnt["lang"][k] != n:
            bad("counts", "language %s: %d records, expected %d" % (k, cnt["lang"][k], n))
    if cnt["style"]["careful"] + cnt["style"]["split"] < MIN_CAREFUL_SPLIT:
        bad("counts", "only %d careful or split violations"
            % (cnt["style"]["careful"] + cnt["style"]["split"]))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.28 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s has %d of %d label uses, not an even spread"
                % (l, cnt["label"][l], nlab))
    if sum(v for k, v in cnt["nlabels"].items() if k >= 2) < 8:
        bad("counts", "fewer than 8 records carry two or more labels")
    for s in OWNER:
        if not careful_subs[s]:
            bad("counts", "subtype %s never appears in a careful violation" % s)
    for t in TECHNIQUES:
        if not cnt["disguise"][t]:
            bad("counts", "disguise %s never used" % t)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "trap %s never used" % t)
    for reg in REGIONS:
        if not cnt["region"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ---------------------------------------------------------------- report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " label uses:", nlab,
          " records with 2+ labels:", sum(v for k, v in cnt["nlabels"].items() if k >= 2))
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
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
    print("subtypes in careful records:", dict(sorted(careful_subs.items())))
    print("disguises:", dict(sorted(cnt["disguise"].items())))
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
