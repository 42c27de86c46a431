#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t59: builds and checks a blind, hand-labelled held-out set for the `template-required` policy.
Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies).

  python3 gen.py                self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]  validates the files on disk only (default: this directory)
  python3 gen.py --tables       self-checks, then prints the count tables used in README.md (writes nothing)

The overlap check reads the policy brief (POLICY_MD, default /work/shared/policy.md) and fails if it cannot.
If the model set is present (MODEL_DIR, default /tmp/model_t6), the same run lengths are also refused against its
texts; without it that one check is skipped and says so.
Standard library only.
"""
import ast, difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE


PREFIX = "t59"
# Traditional to Simplified, for the characters our Traditional texts and the refused names use; the overlap
# check folds Traditional text with it before comparing it with the (Simplified) policy brief.
T2S = {p[0]: p[1] for p in """並并 亞亚 來来 倉仓 個个 們们 側侧 偵侦 備备 價价 兒儿 內内 兩两 別别 劉刘 動动 區区 協协 吋寸 吳吴 呂吕 問问
單单 國国 圍围 報报 墊垫 壓压 壞坏 夾夹 實实 對对 屆届 屬属 帳帐 帶带 庫库 廠厂 張张 從从 換换 損损 撐撑 擾扰 數数 斷断
時时 會会 桿杆 條条 楊杨 極极 樂乐 標标 樣样 機机 檔档 檢检 櫃柜 權权 歐欧 歡欢 決决 沒没 況况 減减 測测 湯汤 準准 溫温
滿满 無无 現现 環环 產产 當当 發发 盡尽 盧卢 確确 碼码 稅税 範范 簡简 籤签 紀纪 約约 紙纸 組组 結结 給给 統统 絲丝 綁绑
經经 緊紧 線线 練练 縮缩 續续 羅罗 聲声 脫脱 膠胶 與与 舊旧 莊庄 華华 葉叶 蓋盖 蔣蒋 蕭萧 藍蓝 號号 螢荧 衛卫 補补 裝装
裡里 規规 覺觉 訂订 計计 訊讯 記记 設设 訴诉 評评 詢询 試试 話话 認认 語语 誤误 說说 調调 請请 諾诺 謝谢 證证 議议 護护
變变 讓让 貨货 買买 費费 賴赖 購购 蹤踪 車车 軸轴 較较 載载 輔辅 輕轻 輪轮 輸输 輻辐 轂毂 轉转 辦办 這这 連连 週周 進进
運运 過过 達达 遜逊 遠远 適适 選选 還还 邊边 鄒邹 鄧邓 鄭郑 針针 鉛铅 銀银 鋰锂 錄录 錯错 鍾钟 鎖锁 鐘钟 長长 門门 開开
間间 闕阙 關关 陳陈 陸陆 際际 隨随 險险 離离 電电 響响 頁页 項项 須须 預预 頓顿 領领 頭头 顆颗 顏颜 顯显 風风 飛飞 飽饱
饒饶 馬马 馮冯 駱骆 騎骑 鬆松 黃黄 點点 齊齐 龔龚 後后 於于 麼么 著着 裏里 為为 幾几 衝冲 乾干 臺台 颱台 鐵铁 閃闪 燈灯
擊击 擔担 攜携 勁劲 壽寿 團团 紅红 綠绿 舉举 廣广 應应 態态 寶宝 專专 將将 導导 嚴严 處处 歸归 戶户 氣气 濕湿 淨净 體体
習习 億亿 傳传 憑凭 據据 擬拟 義义 聯联 繫系 鐵铁 圖图 書书 東东 車车 門门 問问 訊讯 題题 類类 頻频 顧顾 驗验 證证""".split()}
POLICY_MD = os.environ.get("POLICY_MD", "/work/shared/policy.md")
MODEL_DIR = os.environ.get("MODEL_DIR", "/tmp/model_t6")
EN_RUN, ZH_RUN = 6, 8            # shortest shared run that is rejected: English words / Chinese characters
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}

# Judgement calls, numbered as in README.md. Every JCn cited in a note must be here, and every one must be cited.
JCS = {1: "fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "lithium-battery carriage rules are logistics; charge advice for storage is not",
       5: "a missing part: sending it or saying where it was packed is logistics; how to fit it is not",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage and customs are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [] / own words template-required only",
       10: "free product advice is template-required, however sound",
       11: "speed-limit and legal questions answered in free text are template-required",
       12: "flying with the battery is product use, not order logistics",
       13: "a holding reply about a fault is template-required",
       14: "a rewrite that keeps a template's facts is template-required",
       15: "near-misses that must not be flagged",
       16: "free-written logistics needs no template"}

# ---------------------------------------------------------------- names the set must never use
# The model set (t57): seller, products, domain, handles, code, id prefixes. Matched case-insensitively as substrings.
REFUSED_TERMS = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn 3000", "Cairn", "Leaflight",
    "SUNNYRIDGE", "FHP-C-", "1Z8W3E61", "926129", "77190", "88055",
    # the sets the model set itself refuses (their sellers, products, ids, handles, codes)
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Tessel", "PLR-W-", "NIGHTREAD",
    "1Z4K712", "94001118992", "Meadowvane", "meadowvane-care", "Sonavel", "Jetwell", "MVC-W-", "Larkspur", "Stitchworks",
    "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "1Z7R4402Y",
    "9405511298370", "1Z3F881004",
]
# People: the model set's staff and buyers and those of the sets it refuses. Matched case-sensitively as whole words.
REFUSED_PEOPLE = [
    "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie", "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr",
    "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
    "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
    "Ostergaard", "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury",
    "Thorsby", "Tolliver", "Tshabalala", "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg",
    "Adeleke-Rowe", "Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen",
    "Estrada-Vaughn", "Farrant", "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering",
    "Koenigsberg", "Lindgren", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie",
    "Reinholt", "Ruthven", "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova",
    # staff and buyers of the sets the model set refuses
    "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "Delphine Ashcombe", "Nwosu-Lindqvist",
    "Brennan-Sato", "Ignatius Pembridge", "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer",
    "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth",
    "Thistlewood", "Quartermaine", "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne",
    "Oriane", "Priyanka", "Tobiah", "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow",
    "Castelli-Moor", "Delgado-Finn", "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate",
    "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb",
    "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim",
    "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous",
    "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey",
    "Halloran-Udeh", "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo",
    "Ostrowska", "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford",
    "Whitcombe", "Danvers", "Adeyemi", "Nimbus", "Brisa", "Halcyon",
]
# Chinese names of the model set (staff and buyers) and of the sets it refuses.
REFUSED_ZH = (
    "屠明远 郏思琪 邱映彤 左承浩 郁清和 滕嘉木 倪靖雯 柴定遠 岑若溪 骆志恒 彭語涵 溫柏翰 戚晓岚 符瀚文 簡若彤 鍾承睿 "
    "严女士 乔先生 付女士 伍女士 兰先生 卓先生 单女士 卢女士 史女士 呂小姐 喻女士 姜先生 季先生 官小姐 宫女士 尹女士 巫先生 "
    "庞先生 廖先生 戈先生 成先生 方先生 时先生 晏女士 杜先生 杭先生 柯先生 桂女士 樊女士 歐先生 武女士 殷女士 毕先生 毛先生 "
    "汤先生 汪小姐 洪女士 游小姐 湯小姐 潘先生 甘女士 申先生 白先生 盛女士 盧小姐 祁先生 祝女士 童先生 米先生 粘先生 羅先生 "
    "翁小姐 莫先生 薛先生 裴女士 覃小姐 詹太太 诸先生 贺女士 辜太太 連先生 邢太太 邬女士 邵先生 郝先生 闫先生 阮先生 阮小姐 "
    "霍先生 顏先生 馬小姐 鲁女士 黎女士 齊小姐 龔太太 "
    "谭女士 丁女士 项先生 康先生 褚小姐 余小姐 孔女士 宁先生 尤先生 景女士 窦女士 葉小姐 賴小姐 鄧小姐 鄭太太 馮先生 蔡太太 "
    "万女士 何小姐 侯先生 傅小姐 冯女士 凌女士 劉先生 包先生 卜女士 叶先生 向女士 吳先生 唐女士 姚先生 孙先生 孟女士 屈先生 "
    "彭先生 戴小姐 房女士 施小姐 曾先生 朱女士 林先生 柏女士 梁太太 楊先生 江先生 江女士 沈先生 涂小姐 溫小姐 熊女士 石女士 "
    "秦先生 管女士 紀小姐 罗先生 翟先生 聂女士 胡先生 苏女士 苗女士 范先生 莊小姐 葛小姐 董先生 蔡女士 蕭小姐 藍小姐 袁先生 "
    "解先生 謝先生 许女士 贾女士 车先生 邓女士 鄒太太 鄭先生 金先生 钱先生 闵先生 陆女士 陳太太 陶先生 韦女士 韩先生 駱小姐 "
    "高先生 魏先生 黃太太 龙先生").split()
# Our Chinese buyers and staff also avoid every surname the refused Chinese names use.
REFUSED_ZH_SURNAMES = {n[0] for n in REFUSED_ZH} | {T2S.get(n[0], n[0]) for n in REFUSED_ZH}

_TERM_RE = [re.compile(re.escape(n), re.I) for n in REFUSED_TERMS]
_PEOPLE_RE = [re.compile(r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])") for n in REFUSED_PEOPLE]

CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified forms that also exist in Big5 and so slip past the encoding test; a Traditional text must not use them.
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们着么与")
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "微信", "line 官方", "line 帳號", "paypal",
          "instagram", "facebook", "email", "e-mail", "邮箱", "信箱", "555-01", "coupon", "% off", "promo", "discount",
          "launch", "pedalon", "5-star", "five-star", "1-star", "one-star", "star review", "gift card", "五星", "好评", "好評",
          "差评", "差評", "返现", "返現", "八折", "九折", "折价", "折價", "买一送一", "買一送一", "官网", "官網", "截图", "加购", "加購"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "launch", "买一送一", "買一送一", "sale"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "line", "官网", "官網", "邮箱", "paypal"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel", "label",
       "freight", "carrier", "warehouse", "dispatch", "packed", "in transit", "hazmat", "ground service",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "陆运", "漏发", "漏装", "仓库", "面单", "承运",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "退款", "陸運", "取件", "清關", "關稅",
       "物流", "漏寄", "漏裝", "倉庫", "貨運"]
# Identifier formats. Every id in a reply must be one of these and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z5K9R02\d{10}\b|\b9205590\d{15}\b|\b614\d{9}\b|\bKWW-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|\bKWW-\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    out = [r.pattern for r in _TERM_RE if r.search(text)]
    out += [r.pattern for r in _PEOPLE_RE if r.search(text)]
    return out + [n for n in REFUSED_ZH if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """lang en: ASCII only. zh: Simplified (GB2312) or, with trad, Traditional (Big5, no simplified forms)."""
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII: %s" % e]
        return []
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["script: %s" % e]
    body = body.replace("公里", "")          # 公里 (kilometre) is written the same way in Traditional
    if trad and set(body) & NOT_TRAD:
        return ["simplified forms in Traditional text: %s" % "".join(sorted(set(body) & NOT_TRAD))]
    return []


# ---------------------------------------------------------------- overlap with the policy brief
def en_words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def zh_chars(text):
    """The CJK characters of a text, in order, Traditional folded to Simplified; punctuation and Latin dropped."""
    return "".join(T2S.get(c, c) for c in text if CJK.match(c))


def grams(seq, n):
    if isinstance(seq, str):
        return {seq[i:i + n] for i in range(len(seq) - n + 1)}
    return {tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)}


_POLICY = None


def policy_grams():
    global _POLICY
    if _POLICY is None:
        try:
            src = open(POLICY_MD, encoding="utf-8").read()
        except OSError as e:
            raise SystemExit("cannot read the policy brief for the overlap check (%s); set POLICY_MD" % e)
        _POLICY = (grams(en_words(src), EN_RUN), grams(zh_chars(src), ZH_RUN))
    return _POLICY


def policy_overlap(text):
    """Runs of EN_RUN+ English words or ZH_RUN+ Chinese characters that the text shares with policy.md."""
    pe, pz = policy_grams()
    hits = [" ".join(g) for g in grams(en_words(text), EN_RUN) if g in pe]
    return hits + [g for g in grams(zh_chars(text), ZH_RUN) if g in pz]


_MODEL = None


def model_grams():
    """Runs of the model set's texts (string literals of its sources, and its README), or None if it is absent."""
    global _MODEL
    if _MODEL is None:
        parts = []
        for f in ("gen_templates.py", "gen_replies.py", "README.md"):
            path = os.path.join(MODEL_DIR, f)
            if not os.path.isfile(path):
                continue
            src = open(path, encoding="utf-8").read()
            if f.endswith(".py"):
                parts += [n.value for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            else:
                parts.append(src)
        src = PH_RE.sub(" ", "\n".join(parts))
        _MODEL = (grams(en_words(src), EN_RUN), grams(zh_chars(src), ZH_RUN)) if parts else False
    return _MODEL or None


def model_overlap(text):
    """Runs of EN_RUN+ English words or ZH_RUN+ Chinese characters shared with the model set (placeholders ignored)."""
    mg = model_grams()
    if not mg:
        return []
    text = PH_RE.sub(" ", text)
    return [" ".join(g) for g in grams(en_words(text), EN_RUN) if g in mg[0]] + \
           [g for g in grams(zh_chars(text), ZH_RUN) if g in mg[1]]


# ---------------------------------------------------------------- self-checks on the sources
def checks():
    errs = []
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
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
        ov = policy_overlap(t)
        if ov: errs.append("template %s shares runs with policy.md: %s" % (tid, ov))
        ov = model_overlap(t)
        if ov: errs.append("template %s shares runs with the model set: %s" % (tid, ov))
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
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t: errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the model set: %s" % (rid, refused(t)))
        ov = policy_overlap(t)
        if ov: errs.append("%s shares runs with policy.md: %s" % (rid, ov))
        ov = model_overlap(t)
        if ov: errs.append("%s shares runs with the model set: %s" % (rid, ov))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        who = r["buyer"]
        names_used[who] += 1
        if r["lang"] == "zh" and who[0] in REFUSED_ZH_SURNAMES: errs.append("%s buyer surname used by the model set: %s" % (rid, who))
        if r["lang"] == "en" and not re.search(re.escape(who), t): errs.append("%s buyer %s not in the text" % (rid, who))
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        if not jcs and not (r["tid"] and r["exact"]): errs.append(rid + " note cites no judgement call")
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            tags = r["tags"]
            if ("template-based" in tags) != bool(r["tid"]) or ("free-written" in tags) == bool(r["tid"]):
                errs.append(rid + " template-based/free-written tag disagrees with the source")
            # the part that breaks the content policy decides template-required (JC3)
            part = r["extra"]
            is_log = any(w in part.lower() for w in LOG)
            if ("template-required" in lab) == is_log:
                errs.append(rid + " template-required must be set exactly when the offending part is not logistics")
            if not r["tid"] and part not in t: errs.append(rid + " offending part not found in the text")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            own = r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (own < FOLD_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, own, r["near"]))
            if r["near"] != r["tid"]: errs.append("%s nearest template is %s, not its own" % (rid, r["near"]))
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


# ---------------------------------------------------------------- checks on the files written
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
            if refused(txt): errs.append("model-set names in " + p)
            if policy_overlap(txt): errs.append("runs shared with policy.md in " + p)
    if not have: errs.append("no templates in " + lib)
    n = 0
    try:
        lines = open(os.path.join(base, "replies.jsonl"), encoding="utf-8").read().split("\n")
    except OSError as e:
        return errs + ["cannot read replies.jsonl: %s" % e]
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
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
        else:
            if refused(d["text"]): errs.append("line %d: model-set names" % n)
            if policy_overlap(d["text"]): errs.append("line %d: runs shared with policy.md" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


# ---------------------------------------------------------------- tables for README.md
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
    out += ["", "| id | lang |", "| --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s (%s) |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    edited = [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]
    fpl = [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]
    tb = [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]
    rw = [r["max"] for r in REPLIES if r["cat"] == "rewritten"]
    ftr = [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]
    fok = [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]
    out += ["", "| replies | difflib ratio |", "| --- | --- |",
            "| edited fills, to own rendering | %s |" % rng(edited),
            "| fill-plus-logistics, to own rendering | %s |" % rng(fpl),
            "| template-based violating, to own rendering | %s |" % rng(tb),
            "| rewritten, best against any template | %s |" % rng(rw),
            "| free `template-required` replies, best against any template | %s |" % rng(ftr),
            "| free `[]` replies, best against any template | %s |" % rng(fok)]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    if sys.argv[1:] and sys.argv[1:] != ["--tables"]:
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
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(col(r) for r in REPLIES)))
    print("overlap checks: policy.md yes; model set %s" % ("yes (%s)" % MODEL_DIR if model_grams() else "skipped (not found)"))


if __name__ == "__main__":
    main()
