#!/usr/bin/env python3
"""Self-check for holdout42.jsonl.  Prints counts; exits 1 if anything is wrong.

This file is written by gen.py (the source of truth); edit gen.py, not this file.

Usage: python3 validate.py [PATH]

Checks
  * 160 records, exactly the keys id/text/labels/lang/tags/note, ids h42-001..h42-160 in order
    and unique;
  * texts non-empty and unique after NFKC, zero-width stripping, casefolding and whitespace
    collapse;
  * labels only from the three content policies, no duplicates, canonical order;
  * lang is en, zh or mixed, and the text fits it (en has no CJK; zh is mostly CJK; mixed has
    both); records tagged `traditional` are zh, use Traditional-only characters and no
    Simplified-only ones; zh without the tag and mixed use no Traditional-only characters;
  * tag grammar: one subtype per label (in label order), one context tag (reply/proactive),
    a proactive-kind tag after `proactive`, then optionally `evasion` + technique tags (only on
    violations, at least one technique), exactly one of near-miss/plain on compliant records and
    none on violations, then `traditional` where it applies;
  * evidence in the text for every technique tag, and no untagged evasion artefacts;
  * near-miss records contain at least one word a naive keyword list would flag; plain records
    contain none;
  * every phone-like number (also in Chinese numerals, spelled-out digits, full-width digits or
    split by zero-width characters) is a fictional North American 555-01xx number, after order
    ids and tracking numbers are removed;
  * e-mail addresses (also spelled-out ones) and bare domains are on the invented allowlist;
  * notes are one English sentence ending in a full stop.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout42.jsonl")
N_EXPECTED = 160
ID_FMT = "h42-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
LANGS = ("en", "zh", "mixed")

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": ("incentive", "rating-request", "gating", "praise-followup", "steering",
                          "change-review", "feedback-removal"),
    "off-platform-contact": ("email", "phone", "messaging-app", "social", "url", "qr", "payment",
                             "diversion"),
    "marketing": ("coupon", "discount", "promotion", "new-product", "cross-sell", "bundle",
                  "buy-again", "storefront-link", "loyalty", "referral", "restock",
                  "subscription", "giveaway", "early-access", "vip-group"),
}
CONTEXTS = ("reply", "proactive")
PROACTIVE_KINDS = ("shipping-notice", "delivery-followup", "review-request", "usage-notice",
                   "safety-notice", "delay-notice", "problem-notice", "customization")
TECHNIQUES = ("spacing", "punctuation", "homoglyph", "fullwidth", "leetspeak", "zero-width",
              "star-symbols", "pinyin", "homophone", "spelled-email", "spelled-phone",
              "cn-numerals", "traditional-script")

# ---- artefact detectors ------------------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2729-\u2730\u2b50\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SPACED_LATIN = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){3,}(?![A-Za-z])")
PUNCT_LATIN = re.compile(r"(?<![A-Za-z.\-])[A-Za-z](?:[.\-\u00b7/][A-Za-z]){3,}(?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}")
AT_WORD = r"(?:\bat\b|小老鼠|艾特)"
DOT_WORD = r"(?:\bdot\b|點|点)"
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*" + AT_WORD + r"\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    + DOT_WORD + r"\s*[\)\]]?\s*(?:com|net|org|tw|link|cn)(?![A-Za-z])", re.I)
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DW = "|".join(DIGIT_WORDS + ["oh"])
SPELLED_PHONE = re.compile(r"\b(?:%s)\b(?:[\s,\-]+(?:%s)\b){3,}" % (DW, DW), re.I)
CN_DIGITS = "零〇一二三四五六七八九两幺"
CN_VALUE = "0012345678921"
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
PINYIN = {"haoping", "fanxian", "youhui", "youhuiquan", "weixin", "zhifubao", "kefu", "pinglun",
          "wuxing", "liuping", "shaitu", "dianpu", "jiawo", "lianxi", "hongbao"}
HOMOPHONES = ("薇信", "威信", "徽信", "V信", "v信", "返显", "饭现", "反现", "好坪", "伍星")
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "whatsapp",
              "wechat", "telegram", "email", "paypal", "venmo", "coupon", "discount", "refund",
              "sale", "free", "gift", "code", "deal"}
# Review keywords that only match after Traditional-to-Simplified conversion.
TRAD_REVIEW_KEYS = ("好評", "差評", "評價", "評論", "留評", "評分", "返現", "刪除")

# Simplified/Traditional pairs of characters that are each used in only one script.
PAIRS = """
们們 这這 个個 来來 说說 对對 时時 会會 为為 过過 发發 开開 样樣 还還 问問 题題 评評 价價 网網 购購 买買
订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 实實 让讓 么麼 处處 应應 点點 体體 验驗 经經 无無 从從 红紅
电電 话話 论論 货貨 运運 费費 错錯 页頁 长長 专專 线線 请請 机機 书書 备備 护護 设設 计計 产產 换換 传傳
满滿 读讀 装裝 带帶 坏壞 门門 响響 显顯 视視 频頻 给給 紧緊 续續 觉覺 确確 语語 图圖 节節 数數 递遞 吗嗎
帮幫 补補 烦煩 现現 顾顧 认認 卖賣 馈饋 选選 择擇 压壓 进進 标標 记記 写寫 误誤 额額 随隨 达達 讯訊 东東
声聲 乐樂 仓倉 软軟 调調 级級 启啟 态態 间間 质質 适適 试試 贴貼 边邊 变變 输輸 减減 赠贈 礼禮 宝寶 维維
删刪 车車 轮輪 钟鐘 银銀 钱錢 纸紙 织織 块塊 岁歲 闭閉 闻聞 阅閱 队隊 阶階 际際 陈陳 难難 须須 顺順 预預
领領 风風 饭飯 马馬 鱼魚 鸟鳥 齐齊 龙龍 双雙 灯燈 热熱 爱愛 笔筆 简簡 签簽 类類 纪紀 约約 纳納 细細 终終
组組 结結 绝絕 统統 络絡 练練 罗羅 职職 胜勝 脑腦 药藥 虽雖 蓝藍 见見 规規 议議 讲講 许許 证證 识識 诉訴
词詞 译譯 诗詩 该該 详詳 课課 谁誰 谈談 负負 贵貴 资資 赛賽 赶趕 转轉 轻輕 载載 较較 辑輯 远遠 连連 迟遲
邮郵 铁鐵 链鏈 销銷 锁鎖 镜鏡 阳陽 阴陰 险險 顶頂 项項 颜顏 飞飛 馆館 驾駕 鸡雞 麦麥 盖蓋 灵靈 壳殼 湿濕
涨漲 测測 检檢 杂雜 条條 极極 构構 桥橋 档檔 庆慶 异異 弹彈 录錄 总總 惯慣 扫掃 扬揚 报報 挂掛 损損 据據
摄攝 断斷 旧舊 晒曬 术術 杀殺 权權 杨楊 树樹 梦夢 毕畢 气氣 汉漢 没沒 沟溝 洁潔 济濟 灭滅 烧燒 独獨 环環
画畫 畅暢 疗療 监監 盘盤 础礎 种種 积積 称稱 稳穩 穷窮 粮糧 纠糾 纹紋 绑綁 绕繞 继繼 绵綿 综綜 缓緩 编編
缘緣 缩縮 罚罰 聪聰 肤膚 舱艙 艺藝 苏蘇 荐薦 营營 虑慮 虫蟲 观觀 览覽 访訪 询詢 诚誠 谅諒 贝貝 赔賠 轨軌
辆輛 违違 钮鈕 钥鑰 键鍵 闪閃 闹鬧 隐隱 雾霧 韧韌 饱飽 驱驅 鸣鳴 复復 获獲 尽盡 历歷 静靜 广廣 听聽 亚亞
逊遜 寻尋 务務 动動 员員 场場 墙牆 头頭 审審 当當 阔闊 踪蹤 萤螢 遥遙 脱脫 与與 针針 则則 别別 况況 两兩
湾灣 胶膠 兴興 张張 团團 协協 参參 拨撥 况況 绿綠 强強 横橫 税稅 虚虛 宫宮 愿願 丝絲 严嚴 举舉 亲親 仅僅
仪儀 伟偉 伤傷 储儲 儿兒 养養 军軍 农農 决決 净淨 凉涼 击擊 刚剛 创創 剧劇 劝勸 办辦 劲勁 劳勞 势勢 区區
医醫 华華 卫衛 厅廳 县縣 叹嘆 吓嚇 园園 围圍 圆圓 坚堅 奖獎 妈媽 学學 宁寧 宽寬 导導 将將 尔爾 层層 属屬
岛島 币幣 师師 库庫 废廢 归歸 忆憶 忧憂 怀懷 恋戀 恶惡 恼惱 悦悅 惊驚 战戰 执執 扩擴 扰擾 担擔 拟擬 拥擁
挡擋 挤擠 挥揮 捡撿 携攜 摆擺 摇搖 敌敵 时時 晓曉 暂暫 枪槍 栏欄 楼樓 欧歐 残殘 汇匯 汤湯 泪淚 泽澤 浅淺
浓濃 润潤 渐漸 滚滾 滤濾 灾災 炉爐 炼煉 烂爛 爷爺 牵牽 状狀 犹猶 狭狹 狮獅 狱獄 猎獵 献獻 琐瑣 疯瘋 盐鹽
矿礦 砖磚 碍礙 离離 竞競 纯純 纱紗 纲綱 纷紛 纺紡 绍紹 绘繪 绩績 缴繳 罢罷 肃肅 肠腸 肿腫 胀脹 胁脅 脚腳
脸臉 艰艱 荣榮 莱萊 萝蘿 虾蝦 衬襯 袜襪 触觸 誉譽 训訓 贡貢 财財 责責 践踐 迁遷 陆陸 闲閒
"""
_pairs = [p for p in PAIRS.split() if p]
assert all(len(p) == 2 for p in _pairs), "bad pair"
SIMP_ONLY = {p[0] for p in _pairs}
TRAD_ONLY = {p[1] for p in _pairs}
assert not SIMP_ONLY & TRAD_ONLY, SIMP_ONLY & TRAD_ONLY

# ---- what a naive keyword list would flag (near-misses must contain one, plain ones none) ----
NAIVE_EN = re.compile(
    r"\b(?:reviews?|rat(?:e|ed|ing|ings)|stars?|feedback|positive|negative|free|gifts?|coupons?|"
    r"codes?|discounts?|sale|refund\w*|cancel\w*|updat\w*|remov\w*|delet\w*|edit\w*|whatsapp|"
    r"wechat|telegram|line|facebook|instagram|google|e-?mail|phone|call\w*|paypal|venmo)\b|"
    r"https?:|www\.|\.(?:com|tw|link)\b", re.I)
NAIVE_ZH = ("评", "評", "星", "免费", "免費", "优惠", "優惠", "删除", "刪除", "修改", "取消", "退款",
            "退回", "更新", "微信", "电话", "電話", "邮件", "郵件", "邮箱", "郵箱", "返现", "返現",
            "礼", "禮", "码", "碼", "官网", "官網", "网站", "網站", "扫码", "审核", "審核", "折", "券",
            "红包", "紅包")

# ---- contact details ------------------------------------------------------------------
DOMAIN_ALLOW = {"quillwave-audio.com", "qwaudio.tw", "qwv.link", "amazon.com"}
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.\-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|app))\b",
                    re.I)
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12})(?![A-Za-z0-9])")
DIGIT_GROUP = re.compile(r"\+?\(?\d[\d\s().+\-]{5,}\d")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def leet_tokens(text):
    found = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search(r"[a-z]", low) and re.search(r"[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                   "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                found.append(tok)
                break
    return found


def has(tech, text, trad):
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return bool(leet_tokens(text))
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "punctuation":
        return bool(PUNCT_LATIN.search(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "spelled-phone":
        return bool(SPELLED_PHONE.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "traditional-script":
        return trad and any(k in text for k in TRAD_REVIEW_KEYS)
    raise KeyError(tech)


def phone_ok(digits):
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[3:8] == "55501"


def check_contacts(rid, text):
    t = fold(text)
    for m in CN_RUN.finditer(t):
        d = "".join(CN_MAP[c] for c in m.group(0) if c in CN_MAP)
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "Chinese-numeral number is not a 555-01xx phone: %r" % m.group(0))
    for m in SPELLED_PHONE.finditer(t):
        words = re.findall(DW, m.group(0), re.I)
        d = "".join("0" if w.lower() == "oh" else str(DIGIT_WORDS.index(w.lower())) for w in words)
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "spelled-out number is not a 555-01xx phone: %r" % m.group(0))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    for m in DIGIT_GROUP.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "phone-like number outside 555-01xx: %r" % m.group(0))
    if ORDER_ID.search(t):
        for oid in ORDER_ID.findall(t):
            if not oid.startswith("1"):
                bad(rid, "order id should look like 1xx-xxxxxxx-xxxxxxx: %s" % oid)
    addresses = [m.group(1) for m in EMAIL.finditer(t)]
    for m in SPELLED_EMAIL.finditer(t):
        s = re.sub(r"\s*[\(\[]?\s*" + AT_WORD + r"\s*[\)\]]?\s*", "@", m.group(0), flags=re.I)
        s = re.sub(r"\s*[\(\[]?\s*" + DOT_WORD + r"\s*[\)\]]?\s*", ".", s, flags=re.I)
        addresses += [e.group(1) for e in EMAIL.finditer(s)]
    for dom in addresses:
        if dom.lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % dom)
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % m.group(1))


def check_lang(rid, lang, text, trad):
    t = fold(text)
    cjk = len(CJK.findall(t))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    rest = re.sub(r"\S*[@/]\S*|[A-Za-z0-9-]+\.(?:com|tw|link)\S*", " ", rest)
    latin = len(re.findall(r"[A-Za-z]", rest))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    if lang == "en":
        if cjk:
            bad(rid, "en record has CJK characters")
        if re.search("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u300c\u300d]", text):
            bad(rid, "en record has CJK punctuation or curly quotes")
        if trad:
            bad(rid, "traditional tag on an en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin=%d)" % (cjk, latin))
        if trad and (n_trad < 3 or n_simp):
            bad(rid, "traditional record: trad-only=%d simp-only=%d %r" % (
                n_trad, n_simp, [c for c in text if c in SIMP_ONLY]))
        if not trad and n_trad:
            bad(rid, "Simplified record has Traditional-only characters %r" % [
                c for c in text if c in TRAD_ONLY])
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, words=%d)" % (cjk, len(words)))
        if n_trad or trad:
            bad(rid, "mixed records must be Simplified Chinese plus English %r" % [
                c for c in text if c in TRAD_ONLY])
    else:
        bad(rid, "bad lang %r" % (lang,))


def parse_tags(rid, labels, tags):
    """Return (context, kind, techniques, flags) or None after reporting a grammar problem."""
    tags = list(tags)
    if len(tags) != len(set(tags)):
        bad(rid, "duplicated tags")
        return None
    pos = 0
    for lab in labels:
        if pos >= len(tags) or tags[pos] not in SUBTYPES[lab]:
            bad(rid, "expected a %s subtype at tag %d, got %r" % (lab, pos, tags[pos:pos + 1]))
            return None
        pos += 1
    if pos >= len(tags) or tags[pos] not in CONTEXTS:
        bad(rid, "expected a context tag after the subtypes, got %r" % tags[pos:pos + 1])
        return None
    ctx = tags[pos]
    pos += 1
    kind = None
    if ctx == "proactive":
        if pos >= len(tags) or tags[pos] not in PROACTIVE_KINDS:
            bad(rid, "proactive record needs a kind tag, got %r" % tags[pos:pos + 1])
            return None
        kind = tags[pos]
        pos += 1
    rest = tags[pos:]
    techs = []
    if rest and rest[0] == "evasion":
        rest = rest[1:]
        while rest and rest[0] in TECHNIQUES:
            techs.append(rest[0])
            rest = rest[1:]
        if not techs:
            bad(rid, "evasion without a technique tag")
    flags = []
    for want in (("near-miss", "plain"), ("traditional",)):
        if rest and rest[0] in want:
            flags.append(rest[0])
            rest = rest[1:]
    if rest:
        bad(rid, "unknown or misplaced tags %r" % rest)
        return None
    return ctx, kind, techs, flags, "evasion" in tags


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    seen_ids, seen_text = set(), {}
    c = collections.defaultdict(collections.Counter)
    grid = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "wrong keys")
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, lang, tags, note = (rec[k] for k in ("text", "labels", "lang", "tags", "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "duplicate text of %s" % seen_text[key])
        seen_text[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if lang not in LANGS:
            bad(rid, "lang must be one of %s" % (LANGS,))
            continue
        if not isinstance(note, str) or not note.endswith(".") or re.search(r"[.!?]\s+\S", note):
            bad(rid, "note must be one sentence ending in a full stop")
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
            bad(rid, "tags missing")
            continue
        parsed = parse_tags(rid, labels, tags)
        if parsed is None:
            continue
        ctx, kind, techs, flags, evasive = parsed
        trad = "traditional" in flags
        if evasive and not labels:
            bad(rid, "evasion tag on a compliant record")
        kinds = [f for f in flags if f in ("near-miss", "plain")]
        if labels and kinds:
            bad(rid, "near-miss/plain tag on a violation")
        if not labels and not kinds:
            bad(rid, "compliant record needs near-miss or plain")
        if trad and lang != "zh":
            bad(rid, "traditional tag needs lang zh")
        for t in techs:
            if not has(t, text, trad):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in TECHNIQUES:
            if t != "traditional-script" and t not in techs and has(t, text, trad):
                bad(rid, "untagged %r artefact in the text" % t)
        if (trad and "review-inducement" in labels and "traditional-script" not in techs
                and has("traditional-script", text, trad)):
            bad(rid, "Traditional review keyword present but traditional-script not tagged")
        naive = bool(NAIVE_EN.search(fold(text))) or any(k in text for k in NAIVE_ZH)
        if "near-miss" in kinds and not naive:
            bad(rid, "near-miss without any naive trigger word")
        if "plain" in kinds and naive:
            bad(rid, "plain record contains a naive trigger word")
        check_lang(rid, lang, text, trad)
        check_contacts(rid, text)

        lk = "zh-traditional" if trad else ("zh-simplified" if lang == "zh" else lang)
        row = "violation" if labels else kinds[0] if kinds else "?"
        grid[lk][row] += 1
        grid[lk]["proactive"] += ctx == "proactive"
        grid[lk]["evasive"] += evasive
        for lab, sub in zip(labels, tags):
            c["label"][lab] += 1
            c["sub:" + lab][sub] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        c["ctx"][ctx] += 1
        if kind:
            c["kind"][kind] += 1
        c["evasive"]["yes"] += evasive
        for t in techs:
            c["tech"][t] += 1

    viol = sum(v for k, v in c["nlabels"].items() if k)
    print("records: %d" % len(recs))
    print("violations: %d (two labels: %d)  compliant: %d" % (viol, c["nlabels"][2], c["nlabels"][0]))
    print("per label: %s" % dict(c["label"]))
    print("label pairs: %s" % dict(c["pairs"]))
    print("contexts: %s" % dict(c["ctx"]))
    print("proactive kinds: %s" % dict(c["kind"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = grid[lk]
        print("  %-15s total %3d  violation %2d  near-miss %2d  plain %2d  evasive %2d  proactive %2d"
              % (lk, r["violation"] + r["near-miss"] + r["plain"], r["violation"], r["near-miss"],
                 r["plain"], r["evasive"], r["proactive"]))
    print("evasive records: %d; techniques: %s" % (c["evasive"]["yes"], dict(c["tech"])))
    for lab in POLICIES:
        print("  %s subtypes: %s" % (lab, dict(c["sub:" + lab].most_common())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
