#!/usr/bin/env python3
"""Self-check for holdout87.jsonl.  Standard library only; prints counts, exits 1 on any problem.

Usage: python3 validate.py [PATH]      (default: holdout87.jsonl beside this file)

What is checked (README.md explains the scheme):
  shape     one JSON object per line, 160 of them, keys exactly id/text/labels/lang/tags/note,
            ids h87-001..h87-160 in order, texts non-empty, trimmed, distinct after folding the
            disguises, no escape sequences shown as text; the file equals what gen.py builds
  labels    a sorted, duplicate-free subset of the three policies; violation and evasion
            records are labelled, near-miss and clean records are not
  tags      category; a style for violations; subtypes in the canonical order, grouped by
            label in label order, each label with at least one subtype and no subtype without
            its label; disguise techniques (evasions only); exactly one trap (near-misses only);
            then traditional, a region, mixed
  traces    each technique leaves a visible mark in the text; no hidden character, full-width
            letter, look-alike letter or emoji that the tags do not declare
  content   near-misses carry a trigger word or an order / tracking number, clean records carry
            neither; plain violations use an obvious keyword, careful ones none, split ones have
            two or more sentences
  script    en: no CJK; ASCII unless an evasion.  zh: enough Chinese, at most one stray English
            word; Simplified and Traditional do not leak into each other (table below);
            taiwanese / cantonese tags carry regional words.  mixed: both languages
  contacts  after undoing the disguises, every long digit run is a US 555-01xx or UK 07700
            900xxx number; e-mail addresses, domains, handles, codes, order ids, tracking numbers
            and ASINs come from this set's invented lists; an order id belongs to one record
  fresh     no 6-word English run or 8-character Chinese run shared with
            /work/shared/policy.md; no 8-word / 10-character run shared by two records
  notes     every note is a sentence citing policy.md or interface.md in brackets with a section
  reuse     no name, product, handle, code or number of the earlier hold-out sets that this
            set's authors were shown
  counts    categories 50/30/50/30; en 72, Simplified 52, Traditional 30, mixed 6 (within 2);
            styles a third each; label uses spread evenly; 8+ two-label records; every subtype
            and trap used; every technique twice; Taiwan and Hong Kong both present; every
            category in every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout87.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX, TOTAL = "h87", 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATS = {"violation": 50, "evasion": 30, "near-miss": 50, "clean": 30}
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}
POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway", "follow"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: p for p, subs in SUBTYPES.items() for s in subs}
SUB_ORDER = [s for p in POLICIES for s in SUBTYPES[p]]
STYLES = ["plain", "careful", "split"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "separator", "zero-width", "fullwidth",
              "pinyin", "homophone", "emoji", "spelled-email", "number-words", "cn-numerals",
              "nickname", "split-handle"]
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "neutral-request",
         "amazon-page", "answer", "refusal", "feedback-notice", "product-word", "quoted-buyer",
         "logistics-word", "review-thanks", "substring", "carrier-site", "warranty", "price-paid"]
TAIL = ["traditional", "taiwanese", "cantonese", "mixed"]

# ------------------------------------------------------------------ hidden characters
ZWC = "[\u200b\u200c\u200d\u2060\ufeff]"
FWC = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]"
LOOK = "[\u0370-\u03ff\u0400-\u04ff]"
EMO = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMW = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUM_WORDS = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMW, NUMW))
CN_D = "零〇一二三四五六七八九"
CN_NUMS = re.compile("[%s](?:\\s*[%s]){6,}" % (CN_D, CN_D))
SPELLED = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) ([a-z0-9-]+) "
                     r"(?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACES = {
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOK, LOOK)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])[a-z]+[0134][a-z0-9]*(?![a-z])|\b0ff\b"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z0-9] ){3,}[A-Za-z0-9](?![A-Za-z0-9])"
                          "|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][.\-*/|_]){3,}[A-Za-z](?![A-Za-z])"
                            "|[\u4e00-\u9fff][/*|·.\\-][\u4e00-\u9fff]"),
    "zero-width": re.compile(ZWC),
    "fullwidth": re.compile(FWC),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|youhui|weixin|pingjia|wuxing|"
                         r"dazhe|hongbao|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好平|删平|賴 ?@"),
    "emoji": re.compile(EMO),
    "spelled-email": SPELLED,
    "number-words": NUM_WORDS,
    "cn-numerals": CN_NUMS,
    "nickname": re.compile(r"(?i)green app|paper[- ]plane|photo app|"
                           "绿泡泡|綠泡泡|小飞机|小飛機|纸飞机|紙飛機|小蓝鸟|小藍鳥"),
    "split-handle": re.compile(r"(?i)underscore|then (?:a )?dot|下划线|下劃線|底線|底线|后面加|後面加"),
}
UNDECLARED = {"zero-width": re.compile(ZWC), "fullwidth": re.compile(FWC),
              "homoglyph": re.compile(LOOK), "emoji": re.compile(EMO)}
ESCAPED = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#\d+;")

# ------------------------------------------------------------------ words
# English words are fenced by non-letters (not \b: Python counts CJK as word characters)
TRIGGER = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|ratings?|rated?|star\w*|feedback|comments?|coupons?|codes?|"
    r"discount\w*|deals?|promo\w*|free|gifts?|price[sd]?|refund\w*|replacement|remove|change\w*|"
    r"update\w*|cancel\w*|returns?|warranty|whatsapp|wechat|line|telegram|instagram|paypal|"
    r"phone|calls?|e-?mail\w*|website|link|amazon\.com)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|更新|反馈|反饋|"
    "价格|價格|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|二维码|二維碼|保修|保固")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|ratings?|rated?|stars?|\d-star|five-star|coupons?|"
    r"codes?|promo\w*|discount\w*|free|gifts?|refund\w*|cash ?back|rebate|whatsapp|wechat|"
    r"telegram|instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|call|website|"
    r"www|qr|vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|giveaway)(?![A-Za-z])"
    r"|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|"
    "红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|"
    "会员|會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|小红书|小紅書|脸书|臉書")
SENT_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟搵]")
TAIWAN = re.compile("喔|囉|拜託|傳訊息|工作天|入帳|賣場|結帳|轉帳|視訊|出貨|追蹤編號|連線|折價券")
# names and tokens that do not count as English words inside a Chinese record
NAMES = {"wickerlob", "flintwing", "tidewhip", "pipstorm", "loftrunner", "corvane", "spinmarten",
         "clampline", "tackwrap", "courtsling", "bounceleaf", "brightmoor", "ottoline",
         "barnaby", "amazon", "whatsapp", "prime", "pips", "max", "carbon", "pro", "hi",
         "percival", "greta", "lucian", "tamsin", "cormac", "henrietta", "ibrahim", "wilhelmina",
         "jonah", "esme", "dashiell", "fenella", "fairweather", "nakagawa", "oyelaran",
         "brannigan", "mr", "ms"}
PINYIN = {"haoping", "fanxian", "youhui", "weixin", "pingjia", "wuxing", "dazhe", "hongbao",
          "shanping"}
STRIP = re.compile(r"[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|\b[\w-]+\.com(?:/[\w/.-]*)?|"
                   r"\b\w*\d\w*\b")

# Simplified form, then its Traditional form(s); only characters that differ.  Built once from
# the characters of this set and of policy.md (checked against OpenCC s2t/t2s), then pruned of
# Cantonese characters and of simplified forms that are also ordinary Traditional characters.
_GROUPS = """
与與 专專 丝絲 两兩 个個 丰豐 临臨 为為爲 么麼 习習 书書 买買 于於 亚亞 产產 亲親 仅僅 从從
仓倉 们們 价價 优優 会會 传傳 体體 侧側 关關 养養 内內 册冊 写寫 决決 况況 净淨 准準 凉涼
减減 几幾 划劃 删刪 别別 制製 办辦 动動 励勵 单單 卖賣 卷捲 压壓 厘釐 叁叄 参參 双雙 发發
变變 台臺颱 号號 后後 吓嚇 吗嗎 听聽 员員 周週 响響 啰囉 围圍 图圖 场場 坏壞 块塊 声聲 壳殼
处處 备備 复復複 头頭 夹夾 奖獎 学學 宝寶 实實 对對 将將 层層 属屬 师師 帐帳 带帶 帮幫 干幹
并並 库庫 应應 开開 异異 张張 强強 当當 录錄 惊驚 惯慣 愿願 户戶 托託 扫掃 抢搶 护護 报報
拨撥 择擇 换換 揾搵 摆擺 摇搖 数數 断斷 时時 晒曬 机機 条條 来來 构構 样樣 档檔 检檢 横橫
欢歡 气氣 没沒 测測 涂塗 湿濕 滞滯 满滿 点點 烦煩 现現 电電 疗療 盘盤 码碼 确確 礼禮 种種
稳穩 窦竇 筛篩 签籤 类類 系係繫 紧緊 红紅 约約 级級 纪紀 纸紙 纹紋 线線 练練 组組 经經 结結
给給 维維 绵綿 绿綠 编編 缠纏 网網 聂聶 联聯 胶膠 脚腳 脸臉 范範 荐薦 蓝藍 虑慮 补補 装裝
见見 观觀 视視 觉覺 计計 订訂 认認 让讓 训訓 议議 讯訊 记記 论論 设設 访訪 证證 评評 诉訴
词詞 话話 该該 误誤 说說 请請 调調 谢謝 账賬 货貨 质質 购購 贴貼 贵貴 费費 资資 赖賴 赛賽
赠贈 踪蹤 转轉 轮輪 输輸 边邊 达達 过過 运運 还還 这這 进進 连連 迟遲 适適 选選 逊遜 递遞
遥遙 邮郵 采採 里裏裡 钟鍾鐘 钮鈕 钱錢 银銀 铺鋪 链鏈 销銷 键鍵 门門 闫閆 问問 间間 队隊
阴陰 阵陣 随隨 难難 页頁 顶頂 顺順 顾顧 预預 领領 频頻 颗顆 题題 额額 风風 飞飛 馈饋 马馬
验驗 鲍鮑 龚龔 压壓 缩縮 际際 飘飄 卫衛 广廣 厂廠 乐樂 东東 车車 长長 鸟鳥 鱼魚 龙龍 万萬
"""
SIMP_ONLY = {g[0] for g in _GROUPS.split()}
TRAD_ONLY = {c for g in _GROUPS.split() for c in g[1:]}
# simplified forms that are also normal Traditional characters (台灣, 皇后, 周日, 批准, 制度,
# 划船, 考卷, 采訪, 托盤, 合并, 厘米 in Hong Kong, 吓 in Cantonese 聽吓, surnames 于 范 涂)
SIMP_ONLY -= set("台后干于里系范准制划卷涂采托周并吓厘")

# ------------------------------------------------------------------ invented contacts
DOMAINS = {"wickerlobrally.com", "amazon.com", "gmail.com"}
GMAIL_LOCAL = "wickerlob"
HANDLES = {"@wickerlob.rallies", "@wickerlob_desk", "wickerlob_desk", "wickerlob_cn",
           "@wickerlobtw"}
CODES = {"SPIN15", "LOFT20", "RALLY10", "SMASH12"}
ORDERS = {"113-6620418-2907351", "114-7730265-0183947", "111-2957604-8841236",
          "112-5550163-7092418", "111-5550129-4438016", "113-3108852-6675049",
          "112-0376648-9914705", "114-9062371-3350284"}
TRACKING_OK = {"TBA417205836619", "TBA093628471150", "9405503699300417226841", "JX618204937GB",
               "SF1497320586614", "SF1283605974421"}
ASINS = {"B0F3KQ7WPN"}
ORDER_RX = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACK_RX = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN_RX = re.compile(r"(?<![A-Za-z0-9])B0[0-9A-Z]{8}(?![A-Za-z0-9])")
DIGITS_RX = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL_RX = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN_RX = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|co|uk|me|ly|"
                       r"shop|app|link))(?![a-z0-9])", re.I)
HANDLE_RX = re.compile(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+\b")
CODE_RX = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")

# names, products, handles, codes and numbers of the earlier hold-out sets (holdout52-57)
EARLIER = re.compile(
    r"(?i)quillwater|brindlewood|larchmoss|kelpridge|rookwren|letterworks|thistlecomb|"
    r"bobbinwick|nookvane|plugmate|porcheye|ribbonglow|panebot|tessera|driftmeal|glowworm|"
    r"currentwell|sidestream|thermoreed|shoalglow|sablemere|nightwell|wrenquill|slatebed|"
    r"hearthcomb|drizzlecap|veilwick|amberpress|waxling|mitewarden|nectarpail|combrake|"
    r"marlowe s7|halcyon e[24]|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"\bperpetua\b|\bclementine\b|\baugustin\b|\bhollis\b|\bdorothea\b|\brufus\b|\boksana\b|"
    r"\bthelma\b|castellanos|adebayo|\bevander\b|\bphilippa\b|\bwinifred\b|okonjo|"
    r"\bottilie\b|\bimogen\b|\bbronwyn\b|\bsiobhan\b|\brosalind\b|\bmarisol\b|\bpriya\b|"
    r"阿绫|阿綾|阿桐|阿澄|阿元|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|"
    r"詹小姐|莊先生|施小姐|駱太|龐生|蘇小姐|小岑|小葛|小邱|小周|小林|"
    r"\b(?:blade|hoop|quilt|stitch|hive|comb|bees|wax|trailhead|gill|shoal|fizz|nibs|sumi|"
    r"seal)\d\d\b")
PHONES_EARLIER = {"8025550174", "8025550131", "07700900517", "07700900742", "5415550162",
                  "5415550149", "07700900634", "07700900288", "5035550136", "5035550128",
                  "7185550193", "7185550177", "07700900527", "07700900816", "6145550142",
                  "6145550187", "5125550119", "6145550173", "5125550168", "07700900461",
                  "07700900254", "07700900318"}

problems = []


def bad(where, what):
    problems.append("%s: %s" % (where, what))


def unmask(text):
    """Undo the disguises: hidden characters, full width, look-alikes, numbers spelled in words or
    Chinese numerals, spelled-out e-mail addresses."""
    t = re.sub(ZWC, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456", "aeopcxi"))
    cn = dict(zip(CN_D, "00123456789"))
    t = CN_NUMS.sub(lambda m: "".join(cn[c] for c in m.group(0) if c in cn), t)
    words = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
             "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
    t = NUM_WORDS.sub(lambda m: "".join(words[w.lower()] for w in re.findall("[A-Za-z]+",
                                                                               m.group(0))), t)
    t = SPELLED.sub(lambda m: "%s@%s.%s" % (m.group(1).replace(" dot ", "."), m.group(2),
                                            m.group(3)), t)
    return t


def fiction_phone(d):
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"1?\d{3}55501\d\d|07700900\d{3}", d))


def check_contacts(rid, text, spaced):
    t = unmask(text)
    for m in ORDER_RX.finditer(t):
        if m.group(0) not in ORDERS:
            bad(rid, "order id not invented for this set: %s" % m.group(0))
    for m in TRACK_RX.finditer(t):
        if re.sub(r"\s", "", m.group(0)) not in TRACKING_OK:
            bad(rid, "tracking number not invented for this set: %s" % m.group(0))
    for m in ASIN_RX.finditer(t):
        if m.group(0) not in ASINS:
            bad(rid, "ASIN not invented for this set: %s" % m.group(0))
    for v in ([t, re.sub(r"\s+", "", t)] if spaced else [t]):
        v = ASIN_RX.sub(" ", TRACK_RX.sub(" ", ORDER_RX.sub(" ", v)))
        for m in DIGITS_RX.finditer(v):
            d = re.sub(r"\D", "", m.group(0))
            if len(d) >= 7:
                if not fiction_phone(d):
                    bad(rid, "number outside the fiction ranges: %r" % m.group(0))
                elif d.lstrip("1") in PHONES_EARLIER or ("0" + d[2:]) in PHONES_EARLIER \
                        or d[-10:] in PHONES_EARLIER:
                    bad(rid, "phone number of an earlier set: %r" % m.group(0))
        for m in EMAIL_RX.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom not in DOMAINS or dom == "amazon.com":
                bad(rid, "e-mail domain not invented: %s" % dom)
            elif dom == "gmail.com" and not local.startswith(GMAIL_LOCAL):
                bad(rid, "gmail address without the shop's local part: %s" % m.group(0))
        for m in DOMAIN_RX.finditer(v):
            d = m.group(1).lower()
            if d.startswith("www."):
                d = d[4:]
            if d not in DOMAINS:
                bad(rid, "domain not invented: %s" % d)
    for h in HANDLE_RX.findall(t):
        if h.lower() not in HANDLES:
            bad(rid, "handle not invented: %s" % h)
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", t)
    for v in {t, joined}:
        for m in CODE_RX.finditer(TRACK_RX.sub(" ", v)):
            if m.group(0) not in CODES:
                bad(rid, "discount code not invented: %s" % m.group(0))


EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def runs(text, n_en, n_zh):
    words = EN_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    out = {("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1)}
    for run in CJK_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def check_fresh(texts):
    brief_path = "/work/shared/policy.md"
    if os.path.exists(brief_path):
        with open(brief_path, encoding="utf-8") as fh:
            brief = runs(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = sorted(runs(unmask(text), 6, 8) & brief)
            if shared:
                bad(rid, "shares a run with policy.md: %r" % " ".join(shared[0][1:]))
    else:
        print("note: %s not found, policy-copy check skipped" % brief_path)
    owner = {}
    for rid, text in texts.items():
        for g in sorted(runs(unmask(text), 8, 10)):
            if owner.setdefault(g, rid) != rid:
                bad(rid, "shares a run with %s: %r" % (owner[g], " ".join(g[1:])))
                break


def english_words(text):
    t = STRIP.sub(" ", unmask(text))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t)
            if w.lower() not in NAMES and w.lower() not in PINYIN]


def parse_tags(rid, tags, labels, lang):
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "repeated tag")
    cat = tags[0]
    if cat not in CATS:
        bad(rid, "first tag must be a category, got %r" % cat)
        return None
    rest, style = tags[1:], None
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
        bad(rid, "tags out of order: %r" % tags)
    if subs != sorted(subs, key=SUB_ORDER.index):
        bad(rid, "subtypes not in canonical order: %r" % subs)
    owners = {OWNER[s] for s in subs}
    if owners - set(labels):
        bad(rid, "subtype without its label: %r" % sorted(owners - set(labels)))
    for lab in labels:
        if lab not in owners:
            bad(rid, "label %s has no subtype" % lab)
    if cat == "evasion" and not techs:
        bad(rid, "an evasion needs a technique")
    if cat != "evasion" and techs:
        bad(rid, "technique on a %s record" % cat)
    if cat == "near-miss" and len(traps) != 1:
        bad(rid, "a near-miss needs exactly one trap")
    if cat != "near-miss" and traps:
        bad(rid, "trap on a %s record" % cat)
    if tail != sorted(tail, key=TAIL.index):
        bad(rid, "traditional / region / mixed out of order")
    regions = [t for t in tail if t in ("taiwanese", "cantonese")]
    if len(regions) > 1 or (regions and "traditional" not in tail):
        bad(rid, "a region tag needs traditional, and only one region")
    if lang == "en" and tail:
        bad(rid, "traditional / region / mixed tag on an en record")
    if (lang == "mixed") != ("mixed" in tail):
        bad(rid, "lang mixed and tag mixed must go together")
    return cat, style, subs, techs, traps, tail


def main():
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "not JSON (%s)" % exc)
    if len(recs) != TOTAL:
        bad("file", "%d records, expected %d" % (len(recs), TOTAL))
    if os.path.abspath(PATH) == DEFAULT and os.path.exists(os.path.join(HERE, "gen.py")):
        sys.path.insert(0, HERE)
        sys.dont_write_bytecode = True
        import gen
        if gen.records() != recs:
            bad("file", "holdout87.jsonl is not what gen.py builds; run python3 gen.py")

    cnt = collections.defaultdict(collections.Counter)
    seen_text, order_of, texts = {}, {}, {}
    for i, r in enumerate(recs, 1):
        rid = "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "keys must be exactly %s" % sorted(KEYS))
            continue
        if r["id"] != "%s-%03d" % (PREFIX, i):
            bad(rid, "id %r, expected %s-%03d" % (r["id"], PREFIX, i))
        rid = str(r["id"])
        text, labels, lang, tags, note = (r[k] for k in ("text", "labels", "lang", "tags",
                                                         "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if text != text.strip():
            bad(rid, "text has leading or trailing space")
        if ESCAPED.search(text):
            bad(rid, "escape sequence shown as text: %s" % ESCAPED.search(text).group(0))
        key = " ".join(unmask(text).casefold().split())
        if key in seen_text:
            bad(rid, "same text as %s" % seen_text[key])
        seen_text[key] = rid
        hit = EARLIER.search(text) or EARLIER.search(unmask(text))
        if hit:
            bad(rid, "reuses %r from an earlier hold-out set" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        else:
            cites = re.findall(r"\(([^()]*(?:policy|interface)\.md[^()]*)\)", note)
            if not cites:
                bad(rid, "note cites neither policy.md nor interface.md in brackets")
            elif not any(re.search(r"(?<![A-Za-z0-9])(?:[A-G]\d?|section [0a-g]\b|"
                                   r"near-misses|interface\.md)", c) for c in cites):
                bad(rid, "note names no policy.md section")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels) \
                or labels != sorted(set(labels)):
            bad(rid, "labels must be a sorted, duplicate-free subset of %s" % POLICIES)
            continue
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed")
            continue
        parsed = parse_tags(rid, tags, labels, lang)
        if parsed is None:
            continue
        cat, style, subs, techs, traps, tail = parsed
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))

        for t in techs:
            if not TRACES[t].search(text):
                bad(rid, "no trace of technique %s" % t)
        for t, rx in UNDECLARED.items():
            if t not in techs and rx.search(text):
                bad(rid, "undeclared %s character" % t)

        numbered = ORDER_RX.search(text) or TRACK_RX.search(text)
        if cat == "near-miss" and not (TRIGGER.search(text) or numbered):
            bad(rid, "near-miss with no trigger word or order / tracking number")
        if cat == "clean":
            if numbered:
                bad(rid, "clean record with an order or tracking number")
            if TRIGGER.search(text):
                bad(rid, "clean record with trigger %r" % TRIGGER.search(text).group(0))
        if style == "plain" and not OBVIOUS.search(text):
            bad(rid, "plain violation without an obvious keyword")
        if style == "careful" and OBVIOUS.search(text):
            bad(rid, "careful violation uses %r" % OBVIOUS.search(text).group(0))
        if style == "split" and len(SENT_END.findall(text + " ")) < 2:
            bad(rid, "split violation with fewer than two sentences")

        han = CJK.findall(text)
        trad = "traditional" in tail
        if lang == "en":
            bare = re.sub(FWC, "", text) if "fullwidth" in techs else text
            if han or re.search("[\u3000-\u303f\uff01-\uff1f\uff5e]", bare):
                bad(rid, "CJK character or punctuation in an en record")
            if cat != "evasion" and not text.isascii():
                bad(rid, "non-ASCII character in an en record that is not an evasion")
        else:
            ew = english_words(text)
            if lang == "mixed":
                if len(han) < 6 or len(ew) < 3:
                    bad(rid, "mixed record lacks one of its languages")
            else:
                if len(han) < 10:
                    bad(rid, "too little Chinese")
                if len(ew) > 1:
                    bad(rid, "English words %r in a zh record" % ew)
            if trad:
                leak = sorted({c for c in han if c in SIMP_ONLY})
                if leak:
                    bad(rid, "Simplified characters in Traditional text: %s" % "".join(leak))
                if sum(c in TRAD_ONLY for c in han) < 2:
                    bad(rid, "no Traditional characters in a Traditional record")
            else:
                leak = sorted({c for c in han if c in TRAD_ONLY})
                if leak:
                    bad(rid, "Traditional characters in Simplified text: %s" % "".join(leak))
                if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
                    bad(rid, "no Simplified characters in a Simplified record")
            if "cantonese" in tail and not CANTONESE.search(text):
                bad(rid, "cantonese tag without Cantonese words")
            if "taiwanese" in tail and not TAIWAN.search(text):
                bad(rid, "taiwanese tag without Taiwan usage")
            if "cantonese" not in tail and CANTONESE.search(text):
                bad(rid, "Cantonese words without the cantonese tag")
            if trad and not ("taiwanese" in tail or "cantonese" in tail):
                bad(rid, "Traditional record without a region")

        check_contacts(rid, text, "spacing" in techs)
        for oid in set(ORDER_RX.findall(text)):
            if oid in order_of:
                bad(rid, "order id %s already used by %s" % (oid, order_of[oid]))
            order_of[oid] = rid
        texts[rid] = text

        lk = "en" if lang == "en" else "mixed" if lang == "mixed" else \
            "zh-traditional" if trad else "zh-simplified"
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
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in traps:
            cnt["trap"][t] += 1
        for t in tail:
            if t in ("taiwanese", "cantonese"):
                cnt["region"][t] += 1

    check_fresh(texts)
    for c, n in CATS.items():
        if cnt["category"][c] != n:
            bad("counts", "%s %d, expected %d" % (c, cnt["category"][c], n))
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "%s %d, expected about %d" % (k, cnt["lang"][k], n))
    nv = cnt["category"]["violation"] or 1
    for s in STYLES:
        if not 0.30 <= cnt["style"][s] / nv <= 0.37:
            bad("counts", "%s violations %d of %d, not about a third" % (s, cnt["style"][s], nv))
    uses = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / uses <= 0.40:
            bad("counts", "label %s has %d of %d uses" % (l, cnt["label"][l], uses))
    if cnt["nlabels"][2] + cnt["nlabels"][3] < 8:
        bad("counts", "fewer than 8 records with more than one label")
    for s in SUB_ORDER:
        if not cnt["subtype"][s]:
            bad("counts", "subtype %s unused" % s)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "trap %s unused" % t)
    for t in TECHNIQUES:
        if cnt["technique"][t] < 2:
            bad("counts", "technique %s used fewer than twice" % t)
    for reg in ("taiwanese", "cantonese"):
        if not cnt["region"][reg]:
            bad("counts", "no %s record" % reg)
    for lk in LANG_TARGET:
        for c in CATS:
            if not cnt["lang x category"][(lk, c)]:
                bad("counts", "no %s record in %s" % (c, lk))

    print("records:", len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " multi-label records:",
          cnt["nlabels"][2] + cnt["nlabels"][3])
    print("combinations:", dict(cnt["combination"]))
    print("label x category:", {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-15s %9s %7s %9s %5s %5s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in LANG_TARGET:
        row = [cnt["lang x category"][(lk, c)] for c in CATS]
        print("%-15s %9d %7d %9d %5d %5d" % tuple([lk] + row + [sum(row)]))
    print("regions:", dict(cnt["region"]))
    print("styles:", dict(cnt["style"]))
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
