#!/usr/bin/env python3
"""Validate holdout28.jsonl.  Prints counts; exits 1 on any problem."""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("holdout28.jsonl")
N_EXPECTED = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
LABELS = ("review-inducement", "off-platform-contact", "marketing")
LANGS = {"en", "zh", "mixed", "other"}

SUBTYPES = {
    "review-inducement": {"positive-review-request", "incentive", "change-review",
                          "feedback-removal", "gating", "steering"},
    "off-platform-contact": {"url", "email", "phone", "messaging-app", "social",
                             "website", "qr", "payment"},
    "marketing": {"coupon", "discount", "new-product", "cross-sell", "storefront-link",
                  "buy-again", "promotion", "loyalty", "referral"},
}
SUB2LABEL = {t: lab for lab, ts in SUBTYPES.items() for t in ts}
TECHNIQUES = {"spacing", "fullwidth", "zero-width", "leetspeak", "spelled-email",
              "cn-numerals", "homophone", "pinyin", "euphemism", "star-symbols", "homoglyph"}
NEAR_MISS_TAGS = {"nm-neutral-review", "nm-feedback-notice", "nm-reviewed-return",
                  "nm-refund-remedy", "nm-order-id", "nm-tracking", "nm-amazon-messages",
                  "nm-care-advice", "nm-negation", "nm-product-feature", "nm-carrier-phone",
                  "nm-amazon-coupon", "nm-replacement", "nm-amazon-review-email", "nm-keyword",
                  "nm-amazon-link", "nm-thanks-for-review", "nm-substring", "nm-price-error"}
CONTEXT = {"reply", "proactive"}
OTHER_TAGS = {"evasion", "near-miss", "plain", "traditional", "long", "short"}
ALL_TAGS = set(SUB2LABEL) | TECHNIQUES | NEAR_MISS_TAGS | CONTEXT | OTHER_TAGS

# Simplified -> Traditional (Taiwan forms) pairs where the simplified form is not
# used in Traditional text and the traditional form is not used in Simplified text.
PAIRS = """们們 这這 请請 谢謝 评評 论論 价價 订訂 单單 货貨 运運 费費 联聯 发發 还還 给給 说說 时時 间間 问問 题題 会會
对對 与與 为為 来來 处處 买買 卖賣 东東 机機 换換 递遞 邮郵 话話 电電 号號 码碼 网網 页頁 链鏈 关關 让讓 质質 现現
礼禮 优優 产產 铺鋪 欢歡 临臨 顾顧 务務 户戶 账賬 帐帳 银銀 转轉 钱錢 红紅 动動 态態 条條 样樣 个個 两兩 业業 认認
确確 应應 该該 帮幫 馈饋 见見 觉覺 满滿 议議 记記 录錄 证證 书書 坏壞 损損 补補 偿償 购購 车車 线線 纸紙 装裝 烧燒
窑窯 盘盤 轮輪 温溫 热熱 试試 验驗 细細 节節 视視 频頻 维維 护護 尽盡 达達 边邊 办辦 开開 门門 闭閉 计計 图圖 扫掃
脸臉 实實 际際 体體 惊驚 删刪 级級 诚誠 专專 属屬 员員 区區 国國 岁歲 历歷 写寫 亲親 爱愛 万萬 标標 备備 过過 进進
选選 择擇 头頭 点點 击擊 赠贈 币幣 纪紀 传傳 贴貼 预預 约約 够夠 仅僅 团團 队隊 长長 广廣 讯訊 连連 续續 额額 获獲
积積 隐隱 变變 迟遲 误誤 错錯 邻鄰 厂廠 层層 盖蓋 块塊 纹紋 烂爛 异異 恼惱 烦煩 扰擾 轻輕 简簡 统統 数數 离離 场場
总總 结結 尝嘗 饰飾 摆擺 设設 调調 档檔 齿齒 马馬 带帶 绳繩 断斷 库庫 涨漲 宝寶 贝貝 吗嗎 没沒 难難 诉訴 赔賠 责責
负負 担擔 识識 别別 编編 楼樓 栋棟 丢丟 显顯 询詢 踪蹤 领領 仓倉 储儲 迁遷 输輸 陆陸 报報 税稅 晒曬 锥錐 浆漿 绍紹
阅閱 读讀 听聽 将將 辆輛 毕畢 亚亞 逊遜 张張 减減 检檢 测測 经經 无無 槛檻 参參 奖獎 师師 资資 艺藝 协協 拨撥 决決
顺順 养養 竖豎 阴陰 气氣 软軟 钢鋼 丝絲 饱飽 尘塵 阳陽 继繼 组組 笔筆 观觀 围圍 内內 从從 远遠 锈鏽 尔爾 缝縫 纫紉
则則 垫墊 铝鋁 颜顏 详詳 脚腳 骤驟 虑慮 营營 励勵 赖賴 庆慶 馆館 静靜 严嚴 学學 当當 绝絕 响響 众眾 签簽 钟鐘 须須""".split()
SIMP_ONLY = {p[0] for p in PAIRS}
TRAD_ONLY = {p[1] for p in PAIRS} | set("於週製後爲衆裡")

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FW_ALNUM_RE = re.compile("[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
HOMOGLYPH_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u272a-\u2730\U0001f31f]")
CN_NUM_RE = re.compile("[零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{7,}")
SPELLED_RE = re.compile(r"(?i)(\bat\b|\[at\]|\(at\)|艾特).{1,40}?(\bdot\b|\[dot\]|\(dot\)|点|點)\s*(com|net|org|shop)\b")
SPACING_RE = re.compile(r"(?:\b[A-Za-z][ \-./]){3,}[A-Za-z]\b|(?:[\u4e00-\u9fff][ /\-·]){3,}[\u4e00-\u9fff]")
LEET_RE = re.compile(r"(?i)\b[a-z]*[a-z][01345$@][a-z]+\w*|\b[a-z]*[01345][a-z]+[01345]\w*")
PINYIN_RE = re.compile(r"(?i)\b(haoping|fanxian|weixin|jia weixin|youhuima|shaitu|vx|wx)\b")
HOMOPHONE_RE = re.compile("好平|威信|薇信|油箱|优汇|優匯|加賴|加个赖|加個賴|郵相")
CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
ORDER_ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
NANP_RE = re.compile(r"(?<![\d-])(?:\+?1[ -])?\(?(\d{3})\)?[ .-](\d{3})-(\d{4})(?![\d-])")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
INVENTED_EMAIL_DOMAINS = {"emberclay-pottery.shop", "glazeloft.net", "kilnpost.com",
                          "wheelhaus-ceramics.com"}
CN_DIGITS = {c: str(i) for i, cs in enumerate(["零〇", "一壹", "二贰貳", "三叁參", "四肆", "五伍",
                                               "六陆陸", "七柒", "八捌", "九玖"]) for c in cs}
CONFUSABLES = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0456": "i",
                             "\u0440": "p", "\u0441": "c", "\u0445": "x", "\u0443": "y"})


def norm_for_dupes(text):
    t = unicodedata.normalize("NFKC", text)
    t = ZW_RE.sub("", t).translate(CONFUSABLES).casefold()
    return re.sub(r"\s+", " ", t).strip()


def english_runs(text):
    """Runs of Latin words separated by spaces/commas; returns list of word lists."""
    runs = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*(?:[ ,]+[A-Za-z][A-Za-z'\-]*)*", text):
        runs.append(re.findall(r"[A-Za-z][A-Za-z'\-]*", m.group(0)))
    return runs


def qualifying_run(text, n):
    return any(len(r) >= n and sum(len(w) >= 3 for w in r) >= 2 for r in english_runs(text))


def sentence_units(text):
    parts = re.split(r"(?<=[.!?。！？])\s+|(?<=[。！？；])|\n+", text)
    return [p for p in parts if len(p.strip()) >= 4]


def main():
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    if not PATH.exists():
        print("missing %s" % PATH)
        return 1
    records = []
    for ln, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad("line %d" % ln, "invalid JSON: %s" % e)
            continue
        if not isinstance(obj, dict):
            bad("line %d" % ln, "not an object")
            continue
        if set(obj) != KEYS:
            bad("line %d" % ln, "keys %s" % sorted(obj))
            continue
        records.append(obj)

    if len(records) != N_EXPECTED:
        bad("file", "%d records, expected %d" % (len(records), N_EXPECTED))
    expected_ids = ["h28-%03d" % i for i in range(1, N_EXPECTED + 1)]
    ids = [r["id"] for r in records]
    if ids != expected_ids[:len(ids)] or len(set(ids)) != len(ids):
        bad("file", "ids are not h28-001..h28-%03d in order" % N_EXPECTED)

    seen = {}
    c = Counter()
    tech = Counter()
    subs = Counter()
    for r in records:
        rid, text, labels, lang, tags, note = (r["id"], r["text"], r["labels"], r["lang"],
                                               r["tags"], r["note"])
        # types
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text"); continue
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty note")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            bad(rid, "labels not a list of strings"); continue
        if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
            bad(rid, "tags not a list of strings"); continue
        if len(set(labels)) != len(labels):
            bad(rid, "duplicate labels")
        if len(set(tags)) != len(tags):
            bad(rid, "duplicate tags")
        for lab in labels:
            if lab not in LABELS:
                bad(rid, "unknown label %r" % lab)
        if lang not in LANGS:
            bad(rid, "unknown lang %r" % lang)
        unknown = set(tags) - ALL_TAGS
        if unknown:
            bad(rid, "unknown tags %s" % sorted(unknown))
        T = set(tags)
        L = set(labels)

        # uniqueness
        key = norm_for_dupes(text)
        if key in seen:
            bad(rid, "duplicate text of %s after normalization" % seen[key])
        seen[key] = rid

        # context
        if len(T & CONTEXT) != 1:
            bad(rid, "needs exactly one of reply/proactive")

        # compliant vs labelled
        if L:
            if T & {"near-miss", "plain"} or T & NEAR_MISS_TAGS:
                bad(rid, "labelled record carries near-miss/plain tags")
        else:
            if len(T & {"near-miss", "plain"}) != 1:
                bad(rid, "unlabelled record needs exactly one of near-miss/plain")
            if "evasion" in T:
                bad(rid, "evasion record without labels")
        if "near-miss" in T and not (T & NEAR_MISS_TAGS):
            bad(rid, "near-miss without an nm-* tag")
        if (T & NEAR_MISS_TAGS) and "near-miss" not in T:
            bad(rid, "nm-* tag without near-miss")

        # subtype consistency
        for lab in L & set(LABELS):
            if not (T & SUBTYPES[lab]):
                bad(rid, "label %s without a subtype tag" % lab)
        for t in T & set(SUB2LABEL):
            if SUB2LABEL[t] not in L:
                bad(rid, "subtype %s without label %s" % (t, SUB2LABEL[t]))
            subs[t] += 1

        # evasion techniques
        techs = T & TECHNIQUES
        if "evasion" in T and not techs:
            bad(rid, "evasion without a technique tag")
        if techs and "evasion" not in T:
            bad(rid, "technique tag without evasion")
        for t in techs:
            tech[t] += 1
        has_zw = bool(ZW_RE.search(text))
        has_fw = bool(FW_ALNUM_RE.search(text))
        has_hg = bool(HOMOGLYPH_RE.search(text))
        has_star = bool(STAR_RE.search(text))
        if has_zw != ("zero-width" in T):
            bad(rid, "zero-width tag and zero-width characters disagree")
        if has_fw != ("fullwidth" in T):
            bad(rid, "fullwidth tag and full-width letters/digits disagree")
        if has_hg != ("homoglyph" in T):
            bad(rid, "homoglyph tag and Cyrillic/Greek letters disagree")
        if has_star != ("star-symbols" in T):
            bad(rid, "star-symbols tag and star characters disagree")
        if "cn-numerals" in T and not CN_NUM_RE.search(text):
            bad(rid, "cn-numerals tag but no run of Chinese numerals")
        if "spelled-email" in T and not SPELLED_RE.search(text):
            bad(rid, "spelled-email tag but no at/dot spelling")
        if "spacing" in T and not SPACING_RE.search(text):
            bad(rid, "spacing tag but no spaced-out token")
        if "leetspeak" in T and not LEET_RE.search(text):
            bad(rid, "leetspeak tag but no digit-for-letter token")
        if "pinyin" in T and not PINYIN_RE.search(text):
            bad(rid, "pinyin tag but no known pinyin token")
        if "homophone" in T and not HOMOPHONE_RE.search(text):
            bad(rid, "homophone tag but no known homophone")

        # light evidence for some subtype / near-miss tags
        if "nm-order-id" in T and not ORDER_ID_RE.search(text):
            bad(rid, "nm-order-id without an order id")
        if "qr" in T and not re.search(r"(?i)\bQR\b|二维码|二維碼|QR碼", text):
            bad(rid, "qr tag without a QR mention")
        if "email" in T and not (EMAIL_RE.search(unicodedata.normalize("NFKC", ZW_RE.sub("", text)))
                                 or SPELLED_RE.search(text) or SPACING_RE.search(text)):
            bad(rid, "email tag without an (obfuscated) address")

        # invented data: US numbers in the 555 range, invented e-mail domains
        for m in NANP_RE.finditer(text):
            if m.group(2) != "555":
                bad(rid, "US phone number outside the 555 range: %s" % m.group(0))
        for m in CN_NUM_RE.finditer(text):
            digits = "".join(CN_DIGITS[ch] for ch in m.group(0))
            if "555" not in digits:
                bad(rid, "Chinese-numeral phone number outside the 555 range")
        plain_text = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
        for m in EMAIL_RE.finditer(plain_text):
            if m.group(1).lower() not in INVENTED_EMAIL_DOMAINS:
                bad(rid, "e-mail domain not in the invented list: %s" % m.group(1))

        # language sanity
        n_cjk = len(CJK_RE.findall(text))
        trad_chars = {ch for ch in text if ch in TRAD_ONLY}
        simp_chars = {ch for ch in text if ch in SIMP_ONLY}
        if lang == "en":
            if n_cjk:
                bad(rid, "lang en but contains CJK")
            if not qualifying_run(text, 3):
                bad(rid, "lang en but no English sentence")
        elif lang == "zh":
            if n_cjk < 8:
                bad(rid, "lang zh but fewer than 8 CJK characters")
            if qualifying_run(text, 4):
                bad(rid, "lang zh but contains an English sentence (should be mixed?)")
        elif lang == "mixed":
            if n_cjk < 4 or not qualifying_run(text, 3):
                bad(rid, "lang mixed needs both Chinese and an English phrase")
        elif lang == "other":
            if n_cjk:
                bad(rid, "lang other but contains CJK")
        if bool(trad_chars) != ("traditional" in T):
            bad(rid, "traditional tag disagrees with Traditional-only characters %s" % sorted(trad_chars))
        if "traditional" in T and simp_chars:
            bad(rid, "Traditional record contains Simplified-only characters %s" % sorted(simp_chars))
        if lang in ("zh", "mixed") and "traditional" not in T and not simp_chars:
            bad(rid, "Simplified record has no Simplified-only character (check script)")

        # length tags
        units = len(sentence_units(text))
        if "long" in T and not (5 <= units <= 12):
            bad(rid, "long but %d sentence units" % units)
        if "long" not in T and units >= 7:
            bad(rid, "%d sentence units but not tagged long" % units)
        # short: at most two sentence units and a width of at most 80, where a
        # CJK character counts as two (roughly the information of 2 Latin chars)
        width = len(text) + n_cjk
        is_short = width <= 80 and units <= 2
        if is_short != ("short" in T):
            bad(rid, "short tag disagrees with width %d / %d sentence units" % (width, units))
        if "short" in T and "long" in T:
            bad(rid, "both short and long")

        # counters
        c["records"] += 1
        for lab in labels:
            if lab in LABELS:
                c[lab] += 1
        c["compliant" if not labels else "violating"] += 1
        if len(labels) > 1:
            c["multi-label"] += 1
        langkey = "zh-traditional" if "traditional" in T else ("zh-simplified" if lang == "zh" else lang)
        c["lang:" + langkey] += 1
        for t in ("near-miss", "plain", "evasion", "reply", "proactive", "long", "short"):
            if t in T:
                c[t] += 1

    # mix checks
    n = max(c["records"], 1)

    def band(name, lo, hi):
        if not (lo <= c[name] <= hi):
            bad("mix", "%s = %d, expected %d..%d" % (name, c[name], lo, hi))

    band("review-inducement", 35, 45)
    band("off-platform-contact", 30, 42)
    band("marketing", 30, 42)
    band("evasion", 22, 30)
    band("near-miss", 42, 48)
    band("multi-label", 5, 20)
    band("long", 8, 30)
    band("short", 15, 80)
    for t in sorted(TECHNIQUES):
        if tech[t] < 1:
            bad("mix", "technique %s never used" % t)
    for key, lo, hi in (("lang:en", .40, .50), ("lang:zh-simplified", .30, .40),
                        ("lang:zh-traditional", .08, .12), ("lang:mixed", .08, .12)):
        if not (lo <= c[key] / n <= hi):
            bad("mix", "%s share %.2f outside %.2f..%.2f" % (key, c[key] / n, lo, hi))
    for key in ("reply", "proactive"):
        if c[key] / n < .2:
            bad("mix", "too few %s records" % key)

    print("records: %d (violating %d, compliant %d: near-miss %d, plain %d)"
          % (c["records"], c["violating"], c["compliant"], c["near-miss"], c["plain"]))
    print("labels:  " + ", ".join("%s %d" % (lab, c[lab]) for lab in LABELS)
          + ", multi-label %d" % c["multi-label"])
    print("lang:    " + ", ".join("%s %d" % (k[5:], v) for k, v in sorted(c.items()) if k.startswith("lang:")))
    print("context: reply %d, proactive %d; long %d, short %d" % (c["reply"], c["proactive"], c["long"], c["short"]))
    print("evasion: %d  " % c["evasion"] + ", ".join("%s %d" % kv for kv in sorted(tech.items())))
    print("subtypes: " + ", ".join("%s %d" % kv for kv in sorted(subs.items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
