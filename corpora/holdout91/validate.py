#!/usr/bin/env python3
"""Self-check for holdout91.jsonl (standard library only).  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]       (default: holdout91.jsonl next to this file)

Checks (details in README.md):
  file      one JSON object per line; 160 records; exact key set {id, text, labels, lang, tags,
            note}; ids h91-001..h91-160 in sequence; texts non-empty, trimmed, unique after
            normalisation; no literal escape text; the file is what gen.py builds
  labels    a sorted, duplicate-free subset of the three policies; violation/evasion labelled,
            near-miss/clean unlabelled
  tags      category; for violations one style (plain/careful/split); subtypes grouped in label
            order covering every label; evasion techniques (evasions only) or exactly one trap
            (near-misses only); then traditional, region, mixed in that order
  traces    each technique leaves a mechanical trace; no untagged zero-width, full-width,
            Cyrillic/Greek look-alike or emoji/star artefact
  content   near-misses carry a trigger word or an order/tracking number; clean records carry
            neither; plain violations use an obvious keyword; careful violations use none of
            the textbook keywords in CAREFUL_BANNED; split violations have 2+ sentences
  language  en: no CJK, ASCII unless an evasion; zh: enough Chinese, at most one stray English
            word; mixed: both; Simplified/Traditional purity with the character table; region
            tags carry Cantonese particles or Taiwan phrasing
  contacts  after undoing the tricks: every 7+ digit run is US 555-01xx or UK 07700 900xxx and
            not an earlier set's number; e-mail, domains, handles, codes, order ids, tracking
            numbers and the ASIN come from this set's invented list; an order id in one record
  fresh     no 6-English-word / 8-Chinese-character run shared with /work/shared/policy.md;
            no 8-word / 10-character run shared by two records
  notes     a sentence citing policy.md or interface.md in brackets, naming a section
  reuse     no shop, product, person, handle, code or number of the earlier hold-out sets known
            from holdout57's README and validator (which lists holdout52-56)
  counts    60 / 20 / 50 / 30; languages 72 / 52 / 30 / 6 (within 2); careful + split >= 40 and
            plain <= 20; labels spread evenly; every subtype in at least one careful record;
            every technique at least twice; every trap used; both regions; every category in
            every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout91.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h91"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 60, "evasion": 20, "near-miss": 50, "clean": 30}
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
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "neutral-request",
         "amazon-page", "answer", "refusal", "feedback-notice", "product-word", "quoted-buyer",
         "logistics-word", "review-thanks", "substring", "carrier-site", "warranty",
         "price-paid", "order-restate"]
REGIONS = ["cantonese", "taiwanese"]
LANGS = ["en", "zh", "mixed"]
LANG_TARGET = {"en": 72, "zh-simplified": 52, "zh-traditional": 30, "mixed": 6}

# ---------------------------------------------------------------- artefacts and traces
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
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
    "separator": re.compile(r"[\u4e00-\u9fff][*/|·_\-.][\u4e00-\u9fff]"
                           r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|·_.\-]){3,}[A-Za-z0-9]"
                           r"(?![A-Za-z0-9])"),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|wuxing|"
                         r"hongbao|fanli|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|好坪|删平|刪平"),
    "emoji": re.compile(EMOJI + "|\u2605|\u2606"),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    "nickname": re.compile(r"(?i)paper[- ]plane|green app|bird app|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機|小蓝鸟|小藍鳥"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|underscore|"
                               "下划线|下劃線|底線|后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI + "|\u2605|\u2606")}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ---------------------------------------------------------------- words
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|rating|rated?|star\w*|five-star|5-star|feedback|comment\w*|"
    r"coupon|codes?|discount\w*|deals?|promo\w*|free|gift\w*|price|refund\w*|replacement|"
    r"remove|change|update|cancel\w*|return|warranty|whatsapp|wechat|line|telegram|instagram|"
    r"paypal|phone|calls?|e-?mail|website|link|amazon\.com)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|移除|更新|"
    "反馈|反饋|价格|價格|审核|審核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固|保養|退咗款|LINE")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|rating|rated?|stars?|[0-9]-star|five-star|coupon|"
    r"promo\w*|discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|wechat|telegram|"
    r"instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|call|website|www|qr|"
    r"vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|giveaway|code)(?![A-Za-z])"
    r"|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|红包|"
    "紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|会员|會員|"
    "新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書")
# textbook keywords a `careful` violation must not contain: the brief's examples (coupon,
# discount, 5 stars, review for, WhatsApp, WeChat, 好评, 优惠券, 返现, 微信) and their close kin
CAREFUL_BANNED = re.compile(
    r"(?i)(?<![A-Za-z])(?:coupons?|discount\w*|promo(?:tion|tional)?s?|promo ?codes?|vouchers?|"
    r"[5five]+[ -]stars?|five[ -]stars?|review for|positive review|good review|"
    r"leave (?:us |a |it )?(?:a )?review|write a review|gift ?cards?|free|cash ?back|rebates?|"
    r"giveaway|vip|sale|new arrivals?|whatsapp|wechat|telegram|instagram|facebook|tiktok|"
    r"youtube|paypal|venmo|zelle|e-?mail|website|qr code|follow us|subscribe)(?![A-Za-z])"
    r"|\d+ ?% ?off|percent off"
    "|好评|好評|差评|差評|五星|5星|五顆星|五颗星|优惠券|優惠券|优惠码|優惠碼|折扣|打折|[0-9一二三四五六七八九]折|"
    "返现|返現|微信|礼品卡|禮品卡|抽奖|抽獎|新品|上新|会员|會員|官网|官網|二维码|二維碼|红包|紅包|"
    "包邮|包郵|脸书|臉書|支付宝|支付寶|加V|VX")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲畀嚟晒搵]")
TAIWANESE = re.compile("喔|囉|拜託|傳訊息|工作天|入帳|賣場|全館|結帳|折價券|出貨|轉帳|黑貓|"
                       "超商|粉專|簡訊|週")
NAMES = {"platenworth", "corvina", "larkspur", "foxmoor", "spoolwise", "tidemark",
         "burrowdesk", "ferrule", "ambrose", "posy", "amazon", "line", "telegram", "whatsapp",
         "signal", "hi", "mr", "ms", "cn", "tw", "desk", "keys"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao",
          "fanli", "shanping"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+\.(?:com|link)(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional groups (only characters that differ); first the simplified form.
_PAIRS = """
们們 这這 个個 为為爲 来來 说說 时時 货貨 单單 评評 价價 论論 请請 谢謝 问問 题題 联聯 话話
电電 邮郵 网網 购購 买買 卖賣 运運 费費 给給 还還 没沒 对對 么麼 会會 从從 关關 东東 车車 长長
门門 开開 间間 无無 与與 头頭 实實 点點 经經 过過 动動 务務 换換 处處 应應 该該 让讓 认認 识識
记記 订訂 钱錢 账賬帳 号號 码碼 确確 预預 计計 达達 现現 样樣 满滿 项項 补補 测測 试試 图圖 标標
签籤簽 装裝 见見 视視 频頻 终終 读讀 写寫 灯燈 带帶 备備 择擇 质質 检檢 验驗 贴貼 环環 适適 亲親
馈饋 删刪 优優 礼禮 红紅 扫掃 维維 员員 欢歡 节節 条條 线線 软軟 种種 类類 产產 双雙 轻輕 侧側
绿綠 变變 级級 块塊 钟鍾鐘 机機 后後 几幾 儿兒 万萬 广廣 专專 业業 两兩 举舉 乐樂 书書 争爭 亚亞
仅僅 仓倉 传傳 伤傷 体體 党黨 兴興 养養 内內 册冊 决決 况況 净淨 减減 击擊 则則 刚剛 创創 别別
剧劇 办辦 劳勞 势勢 区區 华華 协協 卫衛 却卻 厂廠 压壓 县縣 参參 发發 吗嗎 启啓啟 听聽 响響 团團
园園 围圍 圆圓 场場 坏壞 坚堅 垫墊 执執 扩擴 护護 报報 担擔 拥擁 挂掛 挡擋 挥揮 损損 据據 摆擺
数數 断斷 旧舊 显顯 杂雜 权權 极極 构構 档檔 桥橋 毕畢 气氣 汉漢 沟溝 洁潔 浅淺 济濟 浓濃 润潤
涨漲 温溫 湿溼濕 灵靈 热熱 爱愛 状狀 独獨 画畫 疗療 监監 盘盤 称稱 积積 笔筆 简簡 紧緊 约約 纪紀
纯純 纸紙 组組 细細 织織 结結 绕繞 络絡 绝絕 统統 编編 缓緩 缩縮 罗羅 职職 脑腦 艺藝 荐薦 药藥
获獲 营營 虽雖 观觀 规規 览覽 觉覺 议議 讲講 许許 设設 证證 诉訴 词詞 译譯 诚誠 询詢 详詳 语語
误誤 课課 谁誰 调調 谈談 贝貝 负負 贵貴 资資 赔賠 赠贈 赶趕 转轉 轮輪 载載 较較 边邊 进進 远遠
违違 连連 迟遲 选選 递遞 释釋 铁鐵 银銀 锁鎖 错錯 键鍵 闭閉 闻聞 队隊 阶階 际際 险險 随隨 难難
静靜 页頁 顶頂 顺順 须須 顾顧 领領 颜顏 风風 飞飛 饭飯 马馬 鱼魚 鸟鳥 黄黃 齐齊 龙龍 盖蓋 续續
帮幫 师師 帐帳 库庫 废廢 异異 张張 弹彈 归歸 当當 录錄 彻徹 态態 怀懷 总總 惊驚 惯慣 愿願 丝絲
钮鈕 钩鉤 链鏈 销銷 镜鏡 闪閃 阅閱 阳陽 阴陰 冻凍 蓝藍 拨撥 苏蘇 额額 绳繩 壳殼 于於 里裡裏
叶葉 钢鋼 颗顆 稳穩 烧燒 层層 孙孫 赖賴 讯訊 责責 够夠 奖獎 宝寶 审審 拧擰 暂暫 继繼 输輸 馆館
丰豐 户戶 国國 声聲 复復複 并並併 苹蘋 晒曬 踪蹤 砚硯 烟煙 练練 习習 临臨 缘緣 滞滯 学學 铺鋪舖
胶膠 纳納 属屬 喷噴 摇搖 蜡蠟 虫蟲 导導 纽紐 轴軸 齿齒 挤擠 铃鈴
滚滾 渗滲 锤錘鎚 杆桿 湾灣 邻鄰 抢搶 铅鉛 钉釘 锯鋸 轨軌 赞讚贊 泽澤 筹籌 俩倆 丢丟 邮郵 栏欄
锈鏽 漏漏 粮糧 粤粵 壶壺 缺缺 贸貿 购購 卷捲 码碼 钥鑰 匙匙 尘塵 绒絨 缎緞 鲜鮮 岛島 岁歲
觅覓 龄齡 彦彥 诗詩 陈陳 谈談 议議 筑築 毡氈 韧韌 碍礙 荧熒 钻鑽 兑兌 剩剩 晋晉 宁寧 沪滬
缠纏 镀鍍 锌鋅 块塊 刹剎 鉴鑑 寻尋 圣聖 窃竊 签簽 盐鹽 状狀 梦夢 忆憶 厅廳 墙牆 灿燦 遗遺
"""
_GROUPS = [g for g in _PAIRS.split() if len(set(g)) > 1]
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}
SIMP_ONLY -= set("于里卷晒")        # also ordinary Traditional characters (晒 in Cantonese 賣晒)
TRAD_ONLY -= SIMP_ONLY

# ---------------------------------------------------------------- contacts and reuse
DOMAINS_OK = {"platenworthdesk.com", "amazon.com"}
FREEMAIL_OK = {"gmail.com"}          # only with a platenworth.* local part
LOCAL_OK = "platenworth"
HANDLES_OK = {"@platenworth.keys", "@platenworth_desk", "platenworth_desk", "platenworth_cn",
              "@platenworthtw"}
CODES_OK = {"PLATEN20", "INKWELL10", "RIBBON15", "KEYS15"}
ORDERS_OK = {"112-3069418-7724501", "113-4135550-1267390", "112-5550158-8814732",
             "114-2287510-9036614", "111-7403395-5281046", "113-6674019-2085537",
             "206-3318840-5570192", "112-9137705-4402681", "114-8816024-3370915",
             "111-2950473-6618204", "113-7795106-3318452", "112-1849672-0056319",
             "113-0916347-5823168"}
TRACKING_OK = {"TBA913462057381", "TBA640285197534", "9405503699300418227561",
               "QF582061937GB", "SF2047718365902"}
ASINS_OK = {"B0F3KT8WQ2"}
# this set's own numbers, for the report; earlier sets' numbers (digits only) are rejected
PHONES_OK = {"4135550158", "4135550126", "07700900386", "07700900941"}
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
                    r"co|uk|app))(?![a-z0-9])", re.I)
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# earlier hold-out sets: holdout52-56 as holdout57's validator lists them, and holdout57
# (Bobbinwick Sewing Studio) as its README lists it
FORBIDDEN_NAMES = re.compile(
    r"(?i)quillwater|qwaqua|\bodile\b|\bravi\b|harriet|kenji|siobhan|okafor|duarte|\bwen\b|"
    r"\bivy\b|mateo|\beddy\b|\bember\b|tessera|lumen ?arc|rhizo|driftmeal|monte carlo|"
    r"bucephalandra|brindlewood|\bheron\b|\bfinch\b|ridgeway|millrace|\btomas\b|anneke|"
    r"marisol|haldane|rosalind|\bpriya\b|\bderek\b|nookvane|plugmate|porcheye|ribbonglow|"
    r"panebot|larchmoss|glowworm|\bbronwyn\b|\bteodor\b|\bmagnus\b|\bngozi\b|\bleilani\b|"
    r"\bcallum\b|\bsolveig\b|abernathy|kowalczyk|小林|王先生|刘女士|劉女士|张姐|小周|林小姐|"
    r"黃先生|陳小姐|吳先生|蔡小姐|陳生|kelpridge|currentwell|sidestream|thermoreed|shoalglow|"
    r"moonpool|clearcast|fizzwell|mossbite|\boriana\b|\bbenedikt\b|阿澄|\bimogen\b|"
    r"\bthaddeus\b|\byusra\b|\bpiotr\b|\bdelphine\b|\bcaspian\b|\bfarid\b|\bottilie\b|"
    r"halvorsen|achterberg|周先生|孙女士|孫女士|郑姐|鄭姐|邓先生|鄧先生|杜老师|杜老師|小邱|"
    r"許小姐|许小姐|鄭先生|郑先生|蕭小姐|萧小姐|游先生|何生|葉太|叶太|"
    r"rookwren|letterworks|sablemere|nightwell|wrenquill|\bvesper\b|slatebed|pinewell|"
    r"cloudleaf|gridmark|glowdesk|\bcinnabar\b|墨友會|墨友会|\bmarguerite\b|\bansel\b|阿元|"
    r"\bcorinna\b|\blysander\b|\bhafsa\b|\bradek\b|\bgenevieve\b|\bignatius\b|\bsaoirse\b|"
    r"\btobiah\b|lindqvist|prakash|唐先生|钟女士|鍾女士|宋姐|范先生|贺女士|賀女士|韩老师|韓老師|"
    r"小葛|廖小姐|簡先生|简先生|溫小姐|温小姐|洪先生|梁生|麥太|麦太|區小姐|区小姐|馮生|冯生|"
    r"\bwren\d\d|nibs20|sumi10|seal12|"
    r"thistlecomb|apiary supply|hive bench|hearthcomb|drizzlecap|veilwick|amberpress|"
    r"waxling|mitewarden|nectarpail|combrake|\bevander\b|\bphilippa\b|阿桐|\bwinifred\b|"
    r"\bezekiel\b|\bmaren\b|\bcosimo\b|bartholomew|farquhar|okonjo|罗先生|羅先生|孟女士|卢姐|"
    r"盧姐|秦老师|秦老師|小岑|曾小姐|涂先生|塗先生|彭先生|祁生|鄺太|邝太|翁小姐|\bhive20\b|"
    r"\bcomb15\b|\bbees10\b|\bwax12\b|"
    r"bobbinwick|marlowe|halcyon|featherdrift|threadwell|patchmoor|trueline|pinwhirl|"
    r"\bperpetua\b|阿绫|阿綾|\bclementine\b|\baugustin\b|\bhollis\b|\bdorothea\b|\brufus\b|"
    r"\boksana\b|\bthelma\b|castellanos|adebayo|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|"
    r"柯老師|小满|小滿|詹小姐|莊先生|庄先生|施小姐|駱太|骆太|龐生|庞生|蘇小姐|苏小姐|"
    r"\bblade15\b|\bhoop20\b|\bquilt10\b|\bstitch15\b|b0d7qx4m2r|"
    r"113-4072615-8830914|112-9518340-2267153|114-3306198-5724086|111-6842057-3190628|"
    r"112-5550174-3319260|113-8150724-6613390|113-1984407-7760342|114-0695382-4471205|"
    r"111-5550131-6047728|111-7331946-8025519|205-4416093-1827754|113-6027715-4493082|"
    r"tba804615273390|tba271958036648|kt304729518gb|sf1385026497713")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Undo the tricks: zero-width, full-width, look-alikes, number words, Chinese numerals,
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


def fictional_phone(digits):
    return bool(re.fullmatch(r"1?\d{3}55501\d\d", digits)
                or re.fullmatch(r"(?:44|0)7700900\d{3}", digits))


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
    for v in {t, joined}:
        v = TRACKING.sub(" ", v)
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
    for run in CJK_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def check_fresh(texts):
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = grams(normalise(text), 6, 8) & brief
            if shared:
                g = sorted(shared)[0]
                bad(rid, "copies a passage of policy.md: %r" % " ".join(g[1:]))
    else:
        print("note: %s not found; the policy-copy check was skipped" % POLICY_BRIEF)
    seen = {}
    for rid, text in texts.items():
        for g in grams(normalise(text), 8, 10):
            if g in seen and seen[g] != rid:
                bad(rid, "repeats a passage of %s: %r" % (seen[g], " ".join(g[1:])))
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
        bad(rid, "traditional record without a region tag")
    if lang == "en" and ("traditional" in extras or "mixed" in extras):
        bad(rid, "traditional/mixed tag on an en record")
    return style, subs, techs, traps, extras


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    gen_path = os.path.join(HERE, "gen.py")
    if os.path.exists(gen_path) and os.path.abspath(PATH) == DEFAULT:
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout91.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts, order_owner, texts = set(), {}, {}, {}
    careful_subs = collections.Counter()
    cnt = collections.defaultdict(collections.Counter)
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
            bad(rid, "literal escape sequence in the text")
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        hit = FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text))
        if hit:
            bad(rid, "reuses a name or number of an earlier hold-out set: %r" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\((?:[^()]*\b)?(?:policy|interface)\.md\b[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)):
            bad(rid, "note names no policy.md section")
        if lang not in LANGS:
            bad(rid, "lang must be en, zh or mixed, got %r" % (lang,))
            continue
        if isinstance(tags, list) and (lang == "mixed") != ("mixed" in tags):
            bad(rid, "lang 'mixed' and the tag 'mixed' must go together")
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
        if cat == "violation" and style:
            if style == "plain" and not OBVIOUS.search(text):
                bad(rid, "plain violation without an obvious keyword")
            if style == "careful":
                m = CAREFUL_BANNED.search(normalise(text))
                if m:
                    bad(rid, "careful violation uses the textbook keyword %r" % m.group(0))
                for s in subs:
                    careful_subs[s] += 1
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
                bad(rid, "taiwanese tag without Taiwan phrasing")
            if trad and "cantonese" not in regions and CANTONESE.search(text):
                bad(rid, "Cantonese particles without the cantonese tag")

        check_contacts(rid, text, "spacing" in techs)

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
        if trad:
            cnt["script"]["traditional"] += 1
        for t in regions:
            cnt["script"][t] += 1

    # ------------------------------------------------------------ targets from the brief
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    total = sum(cnt["lang"].values()) or 1
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, the brief asks for about %d"
                % (k, cnt["lang"][k], n))
    if cnt["style"]["careful"] + cnt["style"]["split"] < 40:
        bad("counts", "only %d careful + split violations, the brief asks for 40 or more"
            % (cnt["style"]["careful"] + cnt["style"]["split"]))
    if cnt["style"]["plain"] > 20:
        bad("counts", "%d plain violations; at most 20 leave room for 40 careful/split"
            % cnt["style"]["plain"])
    for st in ("careful", "split"):
        if cnt["style"][st] < 15:
            bad("counts", "only %d %s violations" % (cnt["style"][st], st))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.28 <= cnt["label"][l] / nlab <= 0.39:
            bad("counts", "label %s has %d of %d label uses, not an even spread"
                % (l, cnt["label"][l], nlab))
    if cnt["nlabels"][2] + cnt["nlabels"][3] < 8:
        bad("counts", "only %d records carry two or more labels" % cnt["nlabels"][2])
    for s in OWNER:
        if not careful_subs[s]:
            bad("counts", "subtype %s never appears in a careful violation" % s)
    for t in TECHNIQUES:
        if cnt["technique"][t] < 2:
            bad("counts", "technique %s used fewer than twice" % t)
    for t in TRAPS:
        if not cnt["trap"][t]:
            bad("counts", "near-miss trap %s never used" % t)
    check_fresh(texts)
    for reg in REGIONS:
        if not cnt["script"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in ("en", "zh-simplified", "zh-traditional"):
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))

    # ------------------------------------------------------------ report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " label uses:", nlab,
          " records with 2+ labels:", cnt["nlabels"][2] + cnt["nlabels"][3])
    print("label shares:", {l: "%.1f%%" % (100 * cnt["label"][l] / nlab) for l in POLICIES})
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:", {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("script/region:", dict(cnt["script"]))
    print("violation styles:", dict(cnt["style"]))
    print("style x lang:", {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("style x label:", {"%s/%s" % k: v for k, v in sorted(cnt["style x label"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("subtypes in careful violations:", dict(sorted(careful_subs.items())))
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
