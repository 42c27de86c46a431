#!/usr/bin/env python3
"""Self-check for holdout104.jsonl (standard library only).  Prints counts; exits 1 on any problem.

Adapted from the holdout57 validator (read for structure only): same kinds of check and tag
scheme and the same record format (no `context` field; `lang` is "en", "zh" or "mixed"), with
this set's seller (Mistlethorne Magic Supply), its contacts, codes and numbers, holdout57's
Bobbinwick Sewing Studio added to the reuse list, and character groups for this vocabulary.

Usage: python3 validate.py [PATH]       (default: holdout104.jsonl next to this file)

Checks (details in README.md):
  file      one JSON object per line; exactly 160 records; exact key set
            {id, text, labels, lang, tags, note}; ids h104-001..h104-160 in sequence;
            texts non-empty and unique after normalisation; no literal escape text such as
            "\\u200b" shown to the buyer; if gen.py sits next to the file, the file is what it builds
  labels    list, subset of the three policies, no duplicates, sorted; category agrees
            (violation/evasion labelled, near-miss/clean empty)
  lang      "en", "zh" or "mixed"; "mixed" exactly when the record is tagged mixed
  tags      category first; violations then one style (plain/careful/split); then subtypes
            grouped by label in label order, every label covered; then evasion techniques
            (evasion only, at least one) or one near-miss trap (near-miss only); then
            "traditional", an optional region tag, "mixed", in that order
  traces    every technique leaves a mechanical trace; no untagged zero-width, full-width
            Latin, Cyrillic/Greek look-alike or emoji/star artefact
  content   near-misses contain a trigger word (or an order id / tracking number), clean
            records contain none; plain violations use an obvious keyword, careful ones none,
            split ones have at least two sentences
  language  en: no CJK, pure ASCII unless an evasion; zh: enough Chinese, at most one stray
            English word; mixed: both languages; Traditional and Simplified do not leak into
            each other (built-in character table); region tags carry Cantonese particles or
            Taiwan phrasing
  contacts  after normalisation (zero-width removed, NFKC, look-alikes folded, number words and
            Chinese numerals turned into digits, spelled-out e-mail rebuilt): every run of 7+
            digits is US 555-01xx or UK 07700 900xxx and none is an earlier set's number;
            e-mail addresses, domains and handles belong to the invented shop (or Amazon);
            codes such as HOOP20, also when spelled with spaces or separators, belong to the
            invented set; order ids and tracking numbers come from the invented list and each
            order id is used by one record only
  fresh     no run of 6 English words or 8 Chinese characters is shared with
            /work/shared/policy.md (skipped when the file is absent); no run of 8 English
            words or 10 Chinese characters is shared by two records
  notes     a sentence that cites policy.md or interface.md in brackets, naming a section
            (A-G, C1-C7, D1-D6, "section 0/b/e", "near-misses") or a judgement call
  reuse     no shop, product, person, handle, code, order id, tracking or phone number of the
            earlier hold-out sets (holdout52-55's lists as rejected by holdout56's validator,
            holdout56's Thistlecomb Apiary Supply and holdout57's Bobbinwick Sewing Studio with
            everything their READMEs list)
  counts    categories 50/30/50/30; languages en 72, Simplified 52, Traditional 30, mixed 6
            (within +-2); violation styles a third each; labels spread evenly; some records
            with two labels; every subtype and trap used; every technique used at least twice;
            Traditional has Taiwanese and Cantonese; every category in every language
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout104.jsonl")
PREFIX = "h104"
N_TOTAL = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
CATEGORY_TARGET = {"violation": 50, "evasion": 30, "near-miss": 50, "clean": 30}
POLICIES = sorted(["review-inducement", "off-platform-contact", "marketing"])
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
# the brief's language mix: 72 English, 52 Simplified, 30 Traditional, 6 code-switched
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
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])(?:[a-z]+[0134][a-z0-9]*|0ff)(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"[\u4e00-\u9fff0-9][*/|·_\-.][\u4e00-\u9fff]"
                           r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|·_.\-]){3,}[A-Za-z0-9]"
                           r"(?![A-Za-z0-9])"),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|dazhe|pingjia|wuxing|"
                         r"hongbao|fanli|shanping)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|好坪|删平|刪平|賴 ?@"),
    "emoji": re.compile(EMOJI + "|\u2605|\u2606"),
    "spelled-email": SPELLED,
    "number-words": NUMRUN,
    "cn-numerals": CNRUN,
    # an app named only by a nickname or its icon ("the paper-plane app", 绿泡泡, 纸飞机)
    "nickname": re.compile(r"(?i)paper[- ]plane|green app|photo app|bird app|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機|小蓝鸟|小藍鳥"),
    # a handle or address given in pieces the buyer has to put together
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore)|underscore|"
                               "下划线|下劃線|底線|后面加|後面加"),
}
ARTEFACTS = {"zero-width": re.compile(ZW), "fullwidth": re.compile(FW_ALNUM),
             "homoglyph": re.compile(LOOKALIKE), "emoji": re.compile(EMOJI + "|\u2605|\u2606")}
LITERAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ---------------------------------------------------------------- words
# English words are bounded by non-letters rather than \b, because Python treats Chinese
# characters as word characters and \b would miss "LINE" or "coupon" written against Chinese.
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|rating|rated?|star\w*|five-star|5-star|feedback|comment\w*|"
    r"coupon|codes?|discount\w*|deals?|promo\w*|free|gift\w*|price|refund\w*|replacement|"
    r"remove|change|update|cancel\w*|return|warranty|whatsapp|wechat|line|telegram|instagram|"
    r"paypal|phone|calls?|e-?mail|website|link|amazon\.com)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|移除|更新|"
    "反馈|反饋|价格|價格|单价|審核|审核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|rating|rated?|stars?|[0-9]-star|five-star|coupon|"
    r"promo\w*|discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|wechat|telegram|"
    r"instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|call|website|www|qr|"
    r"vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|giveaway)(?![A-Za-z])"
    r"|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|礼|禮|红包|"
    "紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|会员|會員|"
    "新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|小红书|小紅書|脸书|臉書")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？～]")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
# 係 is left out: it is also the ordinary Traditional character of 關係
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟]")
TAIWANESE = re.compile("喔|囉|拜託|傳訊息|工作天|入帳|賣場|行動電源|韌體|軟體|視訊|追蹤編號|全館|"
                       "結帳|折價券|出貨|轉帳|程式|影片|連線|黑貓|超商")
# names, apps and tokens that are not "English words" in a Chinese record
NAMES = {"mistlethorne", "nightfall", "ravenmark", "twinfold", "shufflewright", "coinvale",
         "palmlight", "gildstand", "amazon", "line", "whatsapp", "telegram", "instagram",
         "facebook", "paypal", "signal", "prime", "hi", "mr", "ms", "cn", "tw", "leopold",
         "gideon", "rosamund", "cornelius", "henrietta", "osric", "yvette", "lucian", "okoro",
         "thornbury", "wilhelmina", "percival"}
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "dazhe", "pingjia", "wuxing", "hongbao",
          "fanli", "shanping"}
STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                   r"\b[\w-]+\.(?:com|link)(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional groups: a simplified character followed by its traditional form(s).
# Only characters that differ between the scripts are listed; a few simplified characters
# have two traditional forms in use (为 為/爲, 众 衆/眾, 启 啓/啟, 钟 鍾/鐘 ...).
_PAIRS = """
们們 这這 个個 为為爲 来來 说說 时時 货貨 单單 评評 价價 论論 请請 谢謝
问問 题題 联聯 话話 电電 邮郵 网網 购購 买買 卖賣 运運 费費 给給 还還
没沒 对對 么麼 会會 从從 关關 东東 车車 长長 门門 开開 间間 无無 与與
头頭 实實 点點 经經 过過 动動 务務 换換 处處 应應 该該 让讓 认認 识識
记記 订訂 钱錢 账賬帳 号號 码碼 确確 预預 计計 达達 现現 样樣 满滿 项項
补補 测測 试試 图圖 标標 签籤簽 装裝 见見 视視 频頻 终終 读讀 写寫 灯燈
带帶 备備 择擇 质質 检檢 验驗 贴貼 环環 绑綁 适適 亲親 馈饋 删刪 优優
礼禮 红紅 扫掃 维維 员員 欢歡 节節 条條 线線 软軟 壶壺 烦煩 种種 类類
产產 双雙 轻輕 饮飲 侧側 绿綠 变變 级級 块塊 钟鍾鐘 机機 后後 几幾 儿兒
岁歲 万萬 广廣 汇匯 专專 业業 两兩 严嚴 丽麗 举舉 义義 乐樂 书書 乱亂
争爭 亏虧 亚亞 亿億 仅僅 仓倉 众衆眾 伞傘 传傳 伤傷 体體 俭儉 债債 储儲
党黨 兰蘭 兴興 养養 内內 册冊 军軍 农農 决決 况況 净淨 减減 凤鳳 击擊
则則 刚剛 创創 别別 剂劑 剧劇 劝勸 办辦 励勵 劳勞 势勢 区區 医醫 华華
协協 卢盧 卫衛 却卻 厂廠 厅廳 压壓 厨廚 县縣 参參 发發 叙敘 叹嘆 吓嚇
吗嗎 启啓啟 吴吳 听聽 响響 哑啞 团團 园園 围圍 圆圓 圣聖 场場 坏壞 坚堅
坛壇 垫墊 执執 扩擴 扬揚 扰擾 抚撫 护護 报報 担擔 拟擬 拥擁 挂掛 挡擋
挥揮 损損 据據 摄攝 摆擺 数數 断斷 旧舊 显顯 杀殺 杂雜 权權 杨楊 极極
构構 枪槍 档檔 桥橋 毕畢 气氣 汉漢 汤湯 沟溝 泪淚 洁潔 浅淺 济濟 浓濃
润潤 涨漲 温溫 湿溼濕 灵靈 炉爐 热熱 爱愛 状狀 独獨 猎獵 画畫 畅暢 疗療
皱皺 监監 盘盤 础礎 称稱 积積 穷窮 笔筆 简簡 粮糧 紧緊 约約 纪紀 纯純
纸紙 组組 细細 织織 结結 绕繞 络絡 绝絕 统統 综綜 编編 缓緩 缩縮 罗羅
职職 肤膚 胜勝 脑腦 脚腳 艺藝 荐薦 药藥 获獲 营營 虽雖 观觀 规規 览覽
觉覺 议議 讲講 许許 设設 证證 诉訴 词詞 译譯 诚誠 询詢 详詳 语語 误誤
课課 谁誰 调調 谈談 贝貝 负負 贵貴 贸貿 资資 赔賠 赠贈 赵趙 赶趕 跃躍
践踐 转轉 轮輪 载載 较較 辆輛 边邊 进進 远遠 违違 连連 迟遲 选選 递遞
逻邏 酱醬 释釋 铁鐵 银銀 锁鎖 错錯 键鍵 闭閉 闻聞 队隊 阶階 际際 陆陸
险險 随隨 隐隱 难難 雾霧 静靜 页頁 顶頂 顺順 须須 顾顧 领領 颜顏 风風
飞飛 饭飯 马馬 驾駕 鱼魚 鸟鳥 黄黃 齐齊 龙龍 袜襪 盖蓋 续續 纤纖 锂鋰
帮幫 师師 帐帳 库庫 废廢 异異 张張 弹彈 归歸 当當 录錄 彻徹 忆憶 态態
怀懷 总總 恋戀 恼惱 惊驚 惯慣 愿願 懒懶 戏戲 丝絲 钮鈕 钩鉤 链鏈 销銷
锋鋒 镜鏡 闪閃 闹鬧 阅閱 阳陽 阴陰 冻凍 蓝藍 拨撥 庆慶 钨鎢 锈鏽 苏蘇
寿壽 额額 哒噠 绳繩 壳殼 阀閥 于於 里裡裏
虾蝦 滤濾 叶葉 钢鋼 颗顆 稳穩 烧燒 烂爛 层層 孙孫 郑鄭 邓鄧 萧蕭 赖賴 讯訊 责責
偿償 够夠 奖獎 宝寶 审審 拧擰 捞撈 暂暫 篮籃 继繼 输輸 馆館 丰豐 叠疊 啰囉 户戶
国國 声聲 复復複 并並併 苹蘋 柜櫃 晒曬 踪蹤 逊遜 冲衝沖
砚硯 帘簾 烟煙 练練 习習 临臨 韩韓 贺賀 缘緣 滞滯 麦麥 冯馮 学學 拣揀 铺鋪舖 匀勻
烁爍 寻尋 胶膠 纳納 径徑 属屬
喷噴 摇搖 笼籠 螨蟎 盗盜 烫燙 蜡蠟 虫蟲 邝鄺 础礎 卢盧 罗羅
缝縫 纫紉 绣繡 绷繃 针針 衬襯 绫綾 庄莊 骆駱 庞龐 蒋蔣 驿驛 宽寬 导導 纽紐 缎緞 绒絨
轴軸 齿齒 晓曉 挤擠 铃鈴 锦錦 纬緯 缕縷 绽綻
术術 币幣 扑撲 欧歐 贾賈 鸽鴿 谜謎 铜銅 镍鎳 镀鍍 钥鑰 滚滾 纹紋 翘翹 聪聰 尘塵
邻鄰 兑兌 厢廂 赏賞 阵陣 饰飾 舱艙 访訪 遗遺 腾騰 丢丟 鉴鑑 涩澀 抛拋 灿燦 荡蕩
骗騙 怜憐 愤憤 剑劍 笺箋 筹籌 惯慣 馈饋 础礎 摊攤 挂掛 晕暈 厉厲 弃棄 壮壯
"""
_GROUPS = _PAIRS.split()
SIMP_ONLY = {g[0] for g in _GROUPS}
TRAD_ONLY = {c for g in _GROUPS for c in g[1:]}
# simplified forms that are also ordinary Traditional characters in some words (于 as a
# surname, 里 in 公里/里程) are not counted as leaks in Traditional text
SIMP_ONLY -= set("于里")

# ---------------------------------------------------------------- contacts and reuse
# the invented shop's domain, Amazon, and one carrier's own tracking site (a near-miss trap)
DOMAINS_OK = {"mistlethornemagic.com", "amazon.com", "royalmail.com"}
FREEMAIL_OK = {"gmail.com"}          # only with a mistlethorne.* local part (none used)
LOCAL_OK = "mistlethorne"
HANDLES_OK = {"@mistlethorne.magic", "mistlethorne_help", "@mistlethorne_help",
              "mistlethorne_cn", "@mistlethornetw"}
CODES_OK = {"DECK15", "PALM20", "COIN10", "WAND25"}
# the invented order ids (Amazon's 3-7-7 format) and tracking numbers of this set
ORDERS_OK = {"112-0847736-1529430", "111-5550168-4039271", "113-2074419-6681530",
             "114-8305127-2946018", "112-5550193-7720846", "113-6619042-5387154",
             "113-4780352-9016627"}
TRACKING_OK = {"9400120655501684223719", "KR518306274GB", "SF2047718365520"}
ASINS_OK = {"B0F3MK7T9Q"}
# phone numbers of the earlier sets (digits only): fictional, but not ours to reuse
PHONES_USED = {"16145550142", "16145550187", "15125550119", "6145550173", "15125550168",
               "447700900461", "07700900254", "07700900318",
               # holdout55 (Rookwren Letterworks)
               "15035550136", "5035550128", "7185550193", "17185550177", "447700900527",
               "447700900816", "5035550136", "17185550193", "15035550128",
               # holdout56 (Thistlecomb Apiary Supply)
               "15415550162", "5415550162", "5415550149", "15415550149",
               "07700900634", "447700900634", "07700900288", "447700900288",
               # holdout57 (Bobbinwick Sewing Studio)
               "18025550174", "8025550174", "8025550131", "18025550131",
               "07700900517", "447700900517", "07700900742", "447700900742"}
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
# UPS 1Z..., Amazon TBA..., USPS 22 digits, Royal Mail AA123456789GB, SF Express SF + 13 digits
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
# shop, products, staff, buyers, handles, codes and numbers of the earlier hold-out sets:
# first the list the holdout53 validator already rejected, then holdout53, then holdout54
FORBIDDEN_NAMES = re.compile(
    r"(?i)quillwater|qwaqua|\bodile\b|\bravi\b|harriet|kenji|siobhan|okafor|duarte|\bwen\b|"
    r"\bivy\b|mateo|\beddy\b|\bember\b|tessera|lumen ?arc|rhizo|driftmeal|monte carlo|"
    r"bucephalandra|qwfish|qwhk|dm-2403|tank club|\bbeatriz\b|"
    r"brindlewood|bwedge|\bheron\b|\bfinch\b|ridgeway|millrace|\btomas\b|anneke|marisol|"
    r"haldane|rosalind|\bpriya\b|\bderek\b|mrs\.? wong|nookvane|plugmate|porcheye|ribbonglow|"
    r"panebot|chime pro|觀塘|观塘|新蒲崗|新蒲岗|"
    # holdout53: Larchmoss Trail Supply, its products, staff, buyers, handles, codes, numbers
    r"larchmoss|larch\.link|\blmtrail\b|glowworm|scree ?stick|\brunnel\b|talus|heelguard|"
    r"星光模式|\bbronwyn\b|\bteodor\b|\bmagnus\b|\bngozi\b|\bleilani\b|\bcallum\b|"
    r"\bsolveig\b|abernathy|kowalczyk|小林|王先生|刘女士|劉女士|张姐|小周|林小姐|黃先生|"
    r"陳小姐|吳先生|蔡小姐|陳生|lmrun|lmhike|trailhead20|l4rch|larch1|larch2|lm-run|"
    r"b0c7lm4t2k|1z7w48e90394418826|1z9f31a70428815530|tba318406729551|tba520938174602|"
    r"112-3804715-2296401|113-7720548-0913362|114-2387716-4405129|111-5049263-7718820|"
    r"112-9061348-3357702|113-4418290-6620513|111-8837025-1049936|112-6603917-8845021|"
    r"113-2290476-5518834|114-7052816-3390471|9400 ?1118 ?9922 ?4408 ?3176 ?25|"
    # holdout54: Kelpridge Aquatics, its products, staff, buyers, handles, domains, codes,
    # order ids and tracking numbers
    r"kelpridge|kelpr\.link|currentwell|sidestream|thermoreed|shoalglow|moonpool|clearcast|"
    r"fizzwell|mossbite|torrent ?1200|stargrass|grow cups|折叠换水桶|摺疊換水桶|"
    r"\boriana\b|\bbenedikt\b|阿澄|\bimogen\b|\bthaddeus\b|\byusra\b|\bpiotr\b|"
    r"\bdelphine\b|\bcaspian\b|\bfarid\b|\bottilie\b|halvorsen|achterberg|"
    r"周先生|孙女士|孫女士|郑姐|鄭姐|邓先生|鄧先生|杜老师|杜老師|小邱|許小姐|许小姐|"
    r"鄭先生|郑先生|蕭小姐|萧小姐|游先生|何生|葉太|叶太|\bscapers?\b|\bscape\b|"
    r"krscape|\bkelp\d\d|gill10|shoal12|fizz25|"
    r"1z4k82r70361592847|1z9x06v31847260355|tba604817352290|tba731950264418|"
    r"qh204718365gb|sf1402735518862|"
    r"112-4471903-5820164|113-0958271-4416307|113-5572940-8814625|204-6318852-4490716|"
    r"111-3390478-6652019|112-8815064-2073391|114-6629035-1187442|111-7726153-0349286|"
    r"112-0394827-6615730|113-9183506-2247718|"
    # holdout55: Rookwren Letterworks, its products, staff, buyers, handles, domain, codes,
    # order ids, tracking numbers (its phone numbers are in PHONES_USED)
    r"rookwren|letterworks|sablemere|nightwell|wrenquill|\bvesper\b|slatebed|pinewell|"
    r"cloudleaf|gridmark|glowdesk|\bcinnabar\b|墨友會|墨友会|"
    r"\bmarguerite\b|\bansel\b|阿元|\bcorinna\b|\blysander\b|\bhafsa\b|\bradek\b|"
    r"\bgenevieve\b|\bignatius\b|\bsaoirse\b|\btobiah\b|lindqvist|prakash|"
    r"唐先生|钟女士|鍾女士|宋姐|范先生|贺女士|賀女士|韩老师|韓老師|小葛|廖小姐|簡先生|简先生|"
    r"溫小姐|温小姐|洪先生|梁生|麥太|麦太|區小姐|区小姐|馮生|冯生|"
    r"\bwren\d\d|nibs20|sumi10|seal12|"
    r"111-2058364-7193025|112-6730915-4482061|113-3849207-1156738|114-0917253-6628401|"
    r"112-5503186-9274410|113-7261049-3385902|111-9046637-2518847|114-4482910-0736165|"
    r"202-3958174-6601293|112-8093365-5027716|"
    r"1z8r51w60395827164|1z2e77f04418630259|tba478120593364|tba902615738441|"
    r"tba335081964427|rt583920471gb|sf1609283547716|sf1722604938851|"
    # holdout56: Thistlecomb Apiary Supply and what its README lists (shop, staff, buyers,
    # products, domain, handles, codes); its phone numbers are in PHONES_USED
    r"thistlecomb|apiary supply|hive bench|hearthcomb|drizzlecap|veilwick|amberpress|"
    r"waxling|mitewarden|nectarpail|combrake|\bevander\b|\bphilippa\b|阿桐|"
    r"\bwinifred\b|\bezekiel\b|\bmaren\b|\bcosimo\b|bartholomew|farquhar|okonjo|"
    r"罗先生|羅先生|孟女士|卢姐|盧姐|秦老师|秦老師|小岑|曾小姐|涂先生|塗先生|彭先生|祁生|"
    r"鄺太|邝太|翁小姐|\bhive20\b|\bcomb15\b|\bbees10\b|\bwax12\b|"
    # holdout57: Bobbinwick Sewing Studio and what its README lists (shop, staff, buyers,
    # products, colourways, domain, handles, codes, order ids, tracking numbers)
    r"bobbinwick|sewing studio|\bmarlowe\b|halcyon|featherdrift|threadwell|patchmoor|"
    r"trueline|pinwhirl|harvest plum|秋柿|\bperpetua\b|阿绫|阿綾|\bclementine\b|"
    r"\baugustin\b|\bhollis\b|\bdorothea\b|\brufus\b|\boksana\b|\bthelma\b|"
    r"castellanos|adebayo|严女士|嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|"
    r"詹小姐|莊先生|庄先生|施小姐|駱太|骆太|龐生|庞生|蘇小姐|苏小姐|"
    r"\bblade15\b|\bhoop20\b|\bquilt10\b|\bqu1lt10\b|\bstitch15\b|"
    r"113-4072615-8830914|112-9518340-2267153|114-3306198-5724086|111-6842057-3190628|"
    r"112-5550174-3319260|113-8150724-6613390|113-1984407-7760342|114-0695382-4471205|"
    r"111-5550131-6047728|111-7331946-8025519|205-4416093-1827754|113-6027715-4493082|"
    r"tba804615273390|tba271958036648|kt304729518gb|sf1385026497713|b0d7qx4m2r")

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
    # discount codes, also when spelled with separators or spaces between single characters
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
    """English word n-grams and Chinese character n-grams of a text (Chinese runs only)."""
    out = set()
    words = EN_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    out.update(("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1))
    for run in CJK_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def check_fresh(texts):
    """Nothing copied from the policy brief; no long passage repeated between records."""
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = grams(normalise(text), 6, 8) & brief
            if shared:
                g = sorted(shared)[0]
                bad(rid, "copies a passage of policy.md: %r" % " ".join(g[1:]) if g[0] == "en"
                    else "copies a passage of policy.md: %r" % g[1])
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
    """Returns (style, subs, techniques, traps, extras) or None when the tag list is unusable."""
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
            bad(rid, "violation needs a style tag (plain/careful/split) right after the category")
        else:
            style = rest[0]
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
    if lang == "en" and ("traditional" in extras or "mixed" in extras):
        bad(rid, "traditional/mixed tag on an en record (mixed records are lang mixed)")
    return style, subs, techs, traps, extras


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))

    gen_path = os.path.join(HERE, "gen.py")
    if os.path.exists(gen_path) and os.path.abspath(PATH) == os.path.join(HERE, "holdout104.jsonl"):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402  (only used to confirm the file is current)
        if gen.records() != recs:
            bad("file", "holdout104.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_texts = set(), {}
    order_owner, texts = {}, {}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if not isinstance(rid, str) or not re.fullmatch(r"%s-\d{3}" % PREFIX, rid):
            bad(rid, "id format must be %s-NNN" % PREFIX)
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
            bad(rid, "literal escape sequence in the text: %r" % LITERAL_ESCAPE.search(text)
                .group(0))
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        if FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text)):
            bad(rid, "reuses a name from an earlier hold-out set: %r"
                % (FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text)))
                .group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\((?:[^()]*\b)?(?:policy|interface)\.md\b[^()]*\)", note):
            bad(rid, "note must cite policy.md or interface.md in brackets")
        elif not any(SECTION.search(b) for b in re.findall(r"\(([^()]*)\)", note)) \
                and "judgement call" not in note:
            bad(rid, "note names no policy.md section (A-G, C1-C7, D1-D6, section 0/b/e)")
        if lang not in LANGS:
            bad(rid, "lang must be en, zh or mixed, got %r" % (lang,))
            continue
        if isinstance(tags, list) and (lang == "mixed") != ("mixed" in tags):
            bad(rid, "lang 'mixed' and the tag 'mixed' must go together")

        # labels
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

        # traces and artefacts
        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s artefact" % t)

        # content
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
            hit = OBVIOUS.search(text)
            if style == "plain" and not hit:
                bad(rid, "plain violation without an obvious keyword")
            if style == "careful" and hit:
                bad(rid, "careful violation uses the obvious keyword %r" % hit.group(0))
            if style == "split" and len(SENTENCE_END.findall(text.rstrip() + " ")) < 2:
                bad(rid, "split violation has fewer than two sentences")

        # language
        han = CJK.findall(text)
        ew = english_words(text)
        if lang == "en":
            # a tagged full-width disguise may use the full-width @ and dot
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

        # counts
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
    share = {k: cnt["lang"][k] / total for k in LANG_TARGET}
    for k, n in LANG_TARGET.items():
        if abs(cnt["lang"][k] - n) > 2:
            bad("counts", "language %s: %d records, the brief asks for about %d"
                % (k, cnt["lang"][k], n))
    nviol = cnt["category"]["violation"]
    for st in STYLES:
        if nviol and not (0.30 <= cnt["style"][st] / nviol <= 0.37):
            bad("counts", "%s violations: %d of %d, not a third" % (st, cnt["style"][st], nviol))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s has %d of %d label uses, not an even spread"
                % (l, cnt["label"][l], nlab))
    labelled = cnt["category"]["violation"] + cnt["category"]["evasion"]
    if not 0.45 <= labelled / total <= 0.55:
        bad("counts", "%d of %d records violate; the brief asks for about half" % (labelled, total))
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
    check_fresh(texts)
    for reg in REGIONS:
        if not cnt["script"][reg]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        for cat in CATEGORY_TARGET:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))

    # ------------------------------------------------------------ report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " records with two labels:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:", {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                         "total"))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("language shares:", {k: "%.1f%%" % (100 * v) for k, v in share.items()})
    print("script/region:", dict(cnt["script"]))
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
