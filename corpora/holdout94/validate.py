#!/usr/bin/env python3
"""Self-check for holdout94.jsonl (standard library only).  Prints counts; exits 1 on any
problem.

Usage: python3 validate.py [PATH]       (default: holdout94.jsonl next to this file)

What is checked (details in README.md):
  file      one JSON object per line; 160 records; key set exactly
            {id, text, labels, lang, tags, note}; ids h94-001..h94-160 in order; texts
            non-empty, trimmed, unique after normalisation, free of literal escape text;
            the file is what gen.py builds
  labels    a sorted, duplicate-free subset of the three policies; violation/evasion
            records carry labels, near-miss/clean records none
  tags      category; a style for violations; subtypes grouped in label order, every label
            covered; evasion techniques (evasion only) or exactly one trap (near-miss only);
            then "traditional", a region tag, "mixed", in that order
  traces    each tagged technique is visible in the text; no untagged zero-width,
            full-width Latin, Cyrillic/Greek or emoji/star artefact
  content   near-misses hold a trigger word, order id or tracking number; clean records hold
            none; plain violations use an obvious keyword, careful ones none, split ones have
            two or more sentences
  language  en: no CJK, ASCII only unless an evasion; zh: at least 10 Han characters and at
            most one stray English word; mixed: both languages; Simplified and Traditional do
            not leak into each other; Cantonese and Taiwan records show their markers
  contacts  after undoing the disguises, every run of 7+ digits is a 555-01xx or 07700 900xxx
            number of this set; e-mail, domains, handles, codes, order ids, tracking numbers
            and the ASIN come from the invented lists; an order id is used by one record
  fresh     no 6-word English run or 8-character Chinese run shared with policy.md; no 8-word
            or 10-character run shared by two records
  notes     a sentence citing policy.md or interface.md in brackets with a section
  reuse     nothing from the earlier hold-out sets (names listed in FORBIDDEN)
  counts    categories 50/30/50/30; languages 72/52/30/6 (within 2); styles a third each;
            labels spread evenly; about half the records labelled; 8+ records with two
            labels; every subtype and trap used; every technique at least twice; every
            category in every language; both regions present
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout94.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
PREFIX = "h94"
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
    "review-inducement": ["incentive", "rating-request", "gating", "steering",
                          "change-review", "feedback-pressure"],
}
OWNER = {s: p for p, subs in SUBTYPES.items() for s in subs}
STYLES = ["plain", "careful", "split"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "separator", "zero-width", "fullwidth",
              "pinyin", "homophone", "emoji", "spelled-email", "number-words", "cn-numerals",
              "nickname", "split-handle"]
TRAPS = ["review-word", "remedy", "lookalike-number", "negation", "neutral-request",
         "amazon-page", "answer", "refusal", "feedback-notice", "product-word",
         "quoted-buyer", "logistics-word", "review-thanks", "substring", "carrier-site",
         "warranty", "price-paid"]
REGIONS = ["cantonese", "taiwanese"]
TAIL = ["traditional"] + REGIONS + ["mixed"]

# ------------------------------------------------------------------ disguises
ZW = "[\u200b-\u200d\u2060\ufeff]"
FULLW = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
CYR_GREEK = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
NUMW = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMWORD_RUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMW, NUMW))
CN_NUM = "[零〇一二三四五六七八九]"
CN_RUN = re.compile("%s(?:\\s*%s){6,}" % (CN_NUM, CN_NUM))
SPELLED_MAIL = re.compile(r"(?i)\b([a-z0-9]+(?: dot [a-z0-9]+)*) (?:at|\(at\)|\[at\]) "
                          r"([a-z0-9-]+) (?:dot|\(dot\)|\[dot\]) (com|net|org)\b")
TRACES = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FULLW),
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (CYR_GREEK, CYR_GREEK)),
    "leetspeak": re.compile(r"(?i)(?<![a-z0-9])(?:[a-z]+[0134][a-z0-9]*|[0134]+[a-z]+)"
                            r"(?![a-z])"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "separator": re.compile(r"[\u4e00-\u9fff][*/|·_.\-][\u4e00-\u9fff]"
                            r"|(?<![A-Za-z0-9])(?:[A-Za-z0-9][*/|·_.\-]){3,}[A-Za-z0-9]"
                            r"(?![A-Za-z0-9])"),
    "pinyin": re.compile(r"(?i)(?<![a-z])(?:haoping|fanxian|weixin|youhui|pingjia|wuxing|"
                         r"hongbao|fanli|jiawei)(?![a-z])"),
    "homophone": re.compile("薇信|威信|徽信|好苹|好萍|好平|好坪|賴 ?@"),
    "emoji": re.compile(EMOJI),
    "spelled-email": SPELLED_MAIL,
    "number-words": NUMWORD_RUN,
    "cn-numerals": CN_RUN,
    "nickname": re.compile(r"(?i)green app|paper[- ]plane|camera app|blue bird|"
                           "绿泡泡|綠泡泡|纸飞机|紙飛機|小飞机|小飛機"),
    "split-handle": re.compile(r"(?i)then (?:a |an )?(?:dot|underscore|period)|"
                               "下划线|下劃線|後面加|后面加|再接"),
}
ARTEFACTS = {"zero-width": TRACES["zero-width"], "fullwidth": TRACES["fullwidth"],
             "homoglyph": re.compile(CYR_GREEK), "emoji": TRACES["emoji"]}
ESCAPE_TEXT = re.compile(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|&#")

# ------------------------------------------------------------------ words
# English words are fenced by non-letters, not \b: Python counts Han characters as word
# characters, so \b would miss "review" written right against Chinese.
TRIGGER = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|ratings?|rated?|star\w*|five-star|5-star|feedback|"
    r"comment\w*|coupons?|codes?|discount\w*|deals?|promo\w*|free|gift\w*|price\w*|"
    r"refund\w*|replacement|remove|change|update\w*|cancel\w*|return\w*|warranty|whatsapp|"
    r"wechat|line|telegram|instagram|facebook|paypal|venmo|phone|calls?|e-?mail|website|"
    r"link|amazon\.com|sale)(?![A-Za-z])|\$\d"
    "|评|評|星|优惠|優惠|折|券|免费|免費|礼|禮|微信|退款|退货|退貨|取消|修改|删除|刪除|移除|"
    "更新|反馈|反饋|价格|價格|审核|審核|官网|官網|网站|網站|电话|電話|邮箱|郵箱|链接|連結|"
    "二维码|二維碼|保修|保固|返")
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:review\w*|feedback|ratings?|rated?|stars?|[0-9]-star|five-star|"
    r"coupons?|promo\w*|discount\w*|free|gift\w*|refund\w*|cash ?back|rebate|whatsapp|"
    r"wechat|telegram|instagram|facebook|tiktok|youtube|paypal|venmo|zelle|e-?mail|phone|"
    r"call|website|www|qr|vip|new arrivals?|buy again|reorder|refer\w*|sale|deals?|"
    r"giveaway)(?![A-Za-z])|\d+ ?% ?off|percent off|(?<![A-Za-z])LINE(?![A-Za-z])"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[0-9一二三四五六七八九]折|半价|半價|免费|免費|"
    "礼|禮|红包|紅包|微信|邮箱|郵箱|邮件|郵件|电邮|電郵|电话|電話|官网|官網|网站|網站|"
    "二维码|二維碼|会员|會員|新品|上新|退款|回购|回購|券|抽奖|抽獎|支付宝|支付寶|抖音|"
    "小红书|小紅書|脸书|臉書")
SECTION = re.compile(r"(?<![A-Za-z0-9])(?:[A-G][1-8]?|section [0a-f])(?![A-Za-z0-9])|"
                     r"near-misses|interface\.md")
SENT_END = re.compile(r"[.!?](?:\s|$)|[。！？～]")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CANTONESE = re.compile("[嘅喺哋咗唔冇嗰咩㗎啲俾嚟搵睇]")
TAIWAN = re.compile("喔|囉|拜託|傳訊息|工作天|賣場|影片|追蹤編號|出貨|轉帳|黑貓|超商|宅配|颱風")
# Latin-script names, apps and pinyin that may stand in a Chinese record
LATIN_OK = {"quarrybrook", "ashgrove", "burpwell", "stoneholt", "kettlevale", "acidline",
            "brinekeeper", "tamperoot", "ottoline", "amazon", "line", "whatsapp", "telegram",
            "instagram", "facebook", "hi", "ph", "mr", "ms", "ig",
            "haoping", "fanxian", "weixin", "youhui", "pingjia", "wuxing", "hongbao", "fanli"}
LATIN_STRIP = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|@[\w.]+|\b\w+_\w+\b|"
                         r"\b[\w-]+\.com(?:/[\w/?=.-]*)?|\b\w*\d\w*\b|\b[A-Z]{2,}\b")

# Simplified -> Traditional character groups: a simplified character, then its Traditional
# form(s), the Taiwan and Hong Kong variants included.  Derived once from OpenCC's
# STCharacters, TWVariants and HKVariants tables, limited to the 3,755 common characters of
# GB2312 level 1; a simplified character that OpenCC also lists as a Traditional form of
# itself (干 台 里 后 系 表 准 划 ...) is left out, and so is a Traditional form that is
# itself a common simplified character.
PAIRS = """
与與 专專 业業 丛叢 东東 丝絲 丢丟 两兩 严嚴 丧喪 个個箇 临臨 为爲為 丽麗 举舉 么麼 义義 乌烏 乐樂 乔喬 习習 乡鄉 书書 买買 乱亂 争爭 亏虧 亚亞 产產 亩畝
亲親 亿億 仅僅 从從 仑侖崙 仓倉 仪儀 们們 众衆眾 优優 会會 伞傘 伟偉 传傳 伤傷 伦倫 伪僞偽 体體 侠俠 侣侶 侥僥 侦偵 侧側 侨僑 侩儈 俩倆 俭儉 债債 倾傾
偿償 储儲 儿兒 兑兌 兰蘭 关關 兴興 兹茲 养養 兽獸 内內 冈岡 册冊 写寫 军軍 农農 冯馮 冲衝沖 决決 况況 冻凍 净淨 凄悽淒 凉涼 减減 凑湊 凛凜 凤鳳 凭憑 凯凱
击擊 凿鑿 刘劉 则則 刚剛 创創 删刪 别別彆 刹剎 刽劊 剂劑 剐剮 剑劍 剥剝 剧劇 劝勸 办辦 务務 动動 励勵 劲勁 劳勞 势勢 勋勳勛 匀勻 区區 医醫 华華 协協 单單
卖賣 卢盧 卤滷鹵 卧臥 卫衛衞 却卻 厅廳 历歷曆 厉厲 压壓 厌厭 厕廁 厢廂 厦廈 厨廚 厩廄 县縣 叁叄 参參蔘 双雙 发發髮 变變 叙敘敍 叠疊 号號 叹嘆歎 吓嚇 吕呂
吗嗎 吨噸 听聽 启啓啟 吴吳 呐吶 呕嘔 员員 呛嗆 呜嗚 咏詠 咙嚨 响響 哑啞 哗譁嘩 哟喲 唤喚 啮齧嚙 啸嘯 喷噴 嘘噓 嘱囑 嚣囂 团團糰 园園 囱囪 围圍 国國 图圖
圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇罈 坝壩垻 坞塢 坟墳 坠墜 垄壟 垒壘 垦墾 垫墊 堑塹 堕墮 墙牆 壮壯 声聲 壳殼 壶壺 处處 备備 复復複 够夠 头頭 夹夾 夺奪
奋奮 奖獎 奥奧 妆妝粧 妇婦 妈媽 娄婁 娇嬌 娱娛 婴嬰 婶嬸 孙孫 学學 孪孿 宁寧甯 宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 寝寢 对對 寻尋 导導 寿壽 将將 尔爾
尘塵 尝嘗嚐 尧堯 尽盡儘 层層 屉屜 届屆 属屬 屡屢 屿嶼 岁歲 岂豈 岗崗 岛島 岭嶺 岿巋 峡峽 峦巒 峰峯 崭嶄 巩鞏 币幣 帅帥 师師 帐帳 帜幟 带帶 帧幀 帮幫 幂冪
并並併 庄莊 庆慶 床牀 庐廬 库庫 应應 庙廟 庞龐 废廢 开開 异異 弃棄 张張 弥彌瀰 弯彎 弹彈 强強 归歸 当當噹 录錄彔 彦彥 彻徹 径徑 忆憶 忧憂 怀懷 态態 怂慫
怜憐 总總 恋戀 恒恆 恳懇 恶惡噁 恼惱 悦悅 悬懸 悯憫 惊驚 惧懼 惨慘 惩懲 惫憊 惭慚 惮憚 惯慣 愤憤 慑懾 懒懶 戏戲 战戰 户戶 扑撲 执執 扩擴 扫掃 扬揚 扰擾
抚撫 抛拋 抠摳 抡掄 抢搶 护護 报報 担擔 拟擬 拢攏 拣揀 拥擁 拦攔 拧擰 拨撥 择擇 挚摯 挛攣 挝撾 挞撻 挟挾 挠撓 挡擋 挣掙 挤擠 挥揮 捞撈 损損 捡撿 换換
捣搗 掳擄 掷擲 掸撣 掺摻 揽攬 搀攙 搁擱 搂摟 搅攪 携攜 摄攝 摆擺襬 摇搖 摈擯 摊攤 撑撐 撵攆 擞擻 攒攢 敌敵 敛斂 数數 斋齋 斩斬 断斷 无無 旧舊 时時 旷曠
昼晝 显顯 晋晉 晒曬 晓曉 晕暈 暂暫 术術朮 机機 杀殺 杂雜 权權 条條 来來 杨楊 构構 枢樞 枣棗 枪槍 枫楓 柠檸 栅柵 标標 栈棧 栋棟 栏欄 树樹 栖棲 样樣 档檔
桥橋 桨槳 桩樁 梦夢 检檢 椭橢 楼樓 槛檻 横橫 樱櫻 橱櫥 欢歡 欧歐 歼殲 残殘 殴毆 毁毀燬譭 毕畢 毙斃 毡氈 气氣 氢氫 汇匯彙 汉漢 汤湯 汹洶 沟溝 没沒 沤漚
沥瀝 沦淪 沧滄 沪滬 泞濘 泪淚 泻瀉 泼潑 泽澤 洁潔 洒灑 洼窪 浅淺 浆漿 浇澆 浊濁 测測 济濟 浑渾 浓濃 涛濤 涝澇 涟漣 涡渦 涣渙 涤滌 润潤 涧澗 涨漲 涩澀
渊淵 渍漬 渐漸 渔漁 渗滲 温溫 湾灣 湿溼濕 溃潰 溅濺 滚滾 滞滯 满滿 滤濾 滥濫 滦灤 滨濱 滩灘 潍濰 潜潛 澜瀾 濒瀕 灭滅 灯燈 灵靈 灶竈 灾災 灿燦 炉爐 点點
炼煉鍊 炽熾 烁爍 烂爛 烃烴 烛燭 烟煙菸 烦煩 烧燒 烩燴 烫燙 烬燼 热熱 焕煥 爱愛 爷爺 牵牽 牺犧 犊犢 状狀 犹猶 狈狽 狞獰 独獨 狭狹 狮獅 狰猙 狱獄 猎獵 猪豬
猫貓 献獻 獭獺 玛瑪 环環 现現 珐琺 琐瑣 琼瓊 瑶瑤 瓮甕 电電 画畫 畅暢 畴疇 疗療 疟瘧 疡瘍 疮瘡 疯瘋 痈癰 痉痙 痒癢 痪瘓 痴癡 瘪癟 瘫癱 癣癬 皑皚 皱皺
盏盞 盐鹽 监監 盖蓋 盗盜 盘盤 睁睜 瞒瞞 瞩矚 矫矯 矾礬 矿礦 码碼 砖磚 砚硯 砾礫 础礎 硕碩 硷礆 碍礙 碱鹼 礼禮 祷禱 祸禍 禄祿 离離 秃禿 秆稈 秘祕 积積
称稱 秽穢 税稅 稳穩 穷窮 窃竊 窍竅 窑窯 窜竄 窝窩 窥窺 竖豎 竞競 笋筍 笔筆 笺箋 笼籠 筛篩 筹籌 签籤簽 简簡 箩籮 篓簍 篮籃 篱籬 类類 粤粵 粪糞 粮糧 紧緊
纠糾 红紅 纤纖縴 约約 级級 纪紀 纫紉 纬緯 纯純 纱紗 纲綱 纳納 纵縱 纶綸 纷紛 纸紙 纹紋 纺紡 纽紐 线線 练練 组組 绅紳 细細 织織 终終 绊絆 绍紹 绎繹 经經
绑綁 绒絨 结結 绕繞 绘繪 给給 绚絢 络絡 绝絕 绞絞 统統 绢絹 绣繡 绥綏 绦絛 继繼 绩績 绪緒 续續 绰綽 绳繩 维維 绵綿 绷繃綳 绸綢 综綜 绽綻 绿綠 缀綴 缄緘
缅緬 缆纜 缉緝 缎緞 缓緩 缔締 缕縷 编編 缘緣 缚縛 缝縫 缠纏 缨纓 缩縮 缮繕 缴繳 网網 罗羅 罚罰 罢罷 羡羨 群羣 翘翹 耸聳 耻恥 聂聶 聋聾 职職 联聯 聪聰
肃肅 肠腸 肤膚 肮骯 肾腎 肿腫 胀脹 胁脅 胆膽 胶膠 脉脈 脏髒臟 脐臍 脑腦 脓膿 脚腳 脱脫 脸臉 腻膩 腾騰 舆輿 舰艦 舱艙 艰艱 艳豔艷 艺藝 节節 芜蕪 芦蘆 苇葦
苍蒼 苏蘇甦囌 茎莖 茧繭 荆荊 荚莢 荡蕩盪 荣榮 荤葷 荧熒 荫蔭廕 药藥葯 莱萊 莲蓮 获獲穫 莹瑩 萝蘿 萤螢 营營 萧蕭 萨薩 葱蔥 蒋蔣 蓝藍 蓟薊 蔷薔 蔼藹 蕴蘊
虏虜 虑慮 虚虛 虱蝨 虽雖 虾蝦 蚀蝕 蚁蟻 蚂螞 蚕蠶 蛊蠱 蛮蠻 蛰蟄 蜕蛻 蜗蝸 蝇蠅 蝉蟬 衅釁 衔銜 补補 衬襯 袄襖 袜襪 袭襲 装裝 裤褲 见見 观觀 规規 觅覓
视視 览覽 觉覺 触觸 誉譽 誊謄 计計 订訂 讣訃 认認 讥譏 讨討 让讓 讫訖 训訓 议議 讯訊 记記 讲講 讳諱 讶訝 许許 讹訛 论論 讼訟 讽諷 设設 访訪 诀訣 证證証
评評 诅詛 识識 诈詐 诉訴 诊診 诌謅 词詞 译譯 试試 诗詩 诚誠 诛誅 话話 诞誕 诡詭 询詢 诣詣 该該 详詳 诧詫 诫誡 诬誣 语語 误誤 诱誘 诲誨 说說説 诵誦 请請
诸諸 诺諾 读讀 诽誹 课課 谁誰 调調 谅諒 谆諄 谈談 谊誼 谋謀 谍諜 谎謊 谐諧 谓謂 谗讒 谚諺 谜謎 谢謝 谣謠 谤謗 谦謙 谨謹 谩謾 谬謬 谭譚 谰讕 谱譜 谴譴
贝貝 贞貞 负負 贡貢 财財 责責 贤賢 败敗 账賬 货貨 质質 贩販 贪貪 贫貧 贬貶 购購 贮貯 贯貫 贰貳 贱賤 贴貼 贵貴 贷貸 贸貿 费費 贺賀 贼賊 贾賈 贿賄 赁賃
赂賂 赃贓 资資 赊賒 赋賦 赌賭 赎贖 赏賞 赐賜 赔賠 赖賴 赘贅 赚賺 赛賽 赞贊讚 赠贈 赡贍 赢贏 赣贛 赵趙 赶趕 趋趨 跃躍 践踐 踌躊 踪蹤 蹿躥 躯軀 车車 轧軋
轨軌 轩軒 转轉 轮輪 软軟 轰轟 轴軸 轻輕 载載 轿轎 较較 辅輔 辆輛 辈輩 辉輝 辊輥 辐輻 辑輯 输輸 辕轅 辖轄 辗輾 辙轍 辞辭 辩辯 辫辮 边邊 辽遼 达達 迁遷
过過 迈邁 运運 还還 这這 进進 远遠 违違 连連 迟遲 迹跡蹟 选選 逊遜 递遞 逻邏 遗遺 遥遙 邓鄧 邮郵 邹鄒 邻鄰 郑鄭 郧鄖 郸鄲 酝醞 酱醬 酿釀 释釋 鉴鑑鑒
针針鍼 钉釘 钎釺 钒釩 钓釣 钙鈣 钝鈍 钞鈔 钟鍾鐘鈡 钠鈉 钡鋇 钢鋼 钥鑰鈅 钦欽 钧鈞 钨鎢 钩鉤鈎 钮鈕 钱錢 钳鉗 钵鉢缽 钻鑽鉆 钾鉀 铀鈾 铁鐵 铂鉑 铃鈴 铅鉛
铆鉚 铜銅 铝鋁 铡鍘 铣銑 铬鉻 铭銘 铰鉸 铱銥 铲鏟剷 银銀 铸鑄 铺鋪 链鏈鍊 销銷 锁鎖 锄鋤 锅鍋 锈鏽 锋鋒 锌鋅 锐銳鋭 锑銻 锗鍺 错錯 锚錨 锡錫 锣鑼 锤錘
锥錐 锦錦 锨鍁 锭錠 键鍵 锯鋸 锰錳 锹鍬 锻鍛 镀鍍 镁鎂 镇鎮 镊鑷 镍鎳 镐鎬 镑鎊 镜鏡 镣鐐 镭鐳 镰鐮鎌 镶鑲 长長 门門 闪閃 闭閉 问問 闯闖 闰閏 闲閒閑 间間
闷悶 闸閘 闹鬧 闺閨 闻聞 闽閩 阀閥 阁閣 阂閡 阅閱閲 阉閹 阎閻 阐闡 阑闌 阔闊 队隊 阳陽 阴陰 阵陣 阶階 际際 陆陸 陇隴 陈陳 陕陝 陨隕 险險 随隨 隐隱 隶隸
难難 雇僱 雏雛 雾霧 霉黴 静靜 韦韋 韧韌 韩韓 韵韻 页頁 顶頂 顷頃 项項 顺順 须須鬚 顽頑 顾顧 顿頓 颁頒 颂頌 预預 颅顱 领領 颇頗 颈頸 颊頰 颐頤 频頻 颓頹
颖穎 颗顆 题題 颜顏 额額 颠顛 颤顫 颧顴 风風 飘飄 飞飛 饥飢饑 饭飯 饮飲 饯餞 饰飾 饱飽 饲飼 饵餌 饶饒 饺餃 饼餅 饿餓 馁餒 馅餡 馆館 馈饋 馋饞 馏餾 馒饅
马馬 驭馭 驮馱 驯馴 驰馳 驱驅 驳駁 驴驢 驶駛 驹駒 驻駐 驼駝 驾駕 骂罵 骄驕 骆駱 骇駭 骋騁 验驗 骏駿 骑騎 骗騙 骚騷 骡騾 骤驟 鱼魚 鲁魯 鲍鮑 鲜鮮 鲤鯉
鲸鯨 鳃鰓 鳖鱉 鳞鱗 鸟鳥 鸡雞 鸣鳴 鸥鷗 鸦鴉 鸭鴨 鸯鴦 鸳鴛 鸵鴕 鸽鴿 鸿鴻 鹃鵑 鹅鵝 鹊鵲 鹏鵬 鹤鶴 鹰鷹 麦麥 黄黃 齐齊 齿齒 龄齡 龋齲 龙龍 龚龔 龟龜
"""
SIMP_ONLY, TRAD_ONLY = set(), set()
for group in PAIRS.split():
    SIMP_ONLY.add(group[0])
    TRAD_ONLY.update(group[1:])

# ------------------------------------------------------------------ invented contacts
DOMAINS_OK = {"quarrybrookjars.com", "amazon.com"}
GMAIL_LOCAL = "quarrybrook"
HANDLES_OK = {"@quarrybrook.ferments", "@qbrook_jars", "qbrook_jars", "qbpantry_cn",
              "@qbrooktw"}
CODES_OK = {"CROCK15", "BRINE20", "JARS10", "KRAUT12"}
ORDERS_OK = {"113-2807461-5539018", "112-6049153-7782630", "114-1738206-9954412",
             "111-4420967-3018854", "112-5550163-8204719", "113-5550128-4902716",
             "114-5082397-6630941", "111-8613540-2297706", "112-3194758-0068823",
             "205-7730416-2581937", "113-6829054-1137789"}
TRACKING_OK = {"TBA555014827396", "TBA555017382946", "1Z4R70A96613058247",
               "SF2047819365520"}
ASINS_OK = set()
PHONES_OK = {"16085550157", "6085550157", "6085550123", "16085550123", "07700900386",
             "447700900386", "07700900579", "447700900579"}
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|[A-Z]{2}\d{9}GB|SF\d{13})"
                      r"(?![A-Za-z0-9])|(?<!\d)9[2-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)")
ASIN = re.compile(r"(?<![A-Za-z0-9])B0[0-9A-Z]{8}(?![A-Za-z0-9])")
DIGIT_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")
EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|"
                    r"me|co|uk|app))(?![a-z0-9])", re.I)
HANDLE = re.compile(r"(?<![\w.@])@[\w.]*\w|(?<![\w@])[a-z]+_[a-z]+\b")
CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}[0-9]{2}(?![A-Za-z0-9])")
CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# ------------------------------------------------------------------ earlier sets
# Shops, products, staff, buyers, handles and codes of the earlier hold-out sets that this
# session knows of (holdout57's README, and the lists holdout57's validator rejects).
FORBIDDEN = re.compile(
    r"(?i)bobbinwick|marlowe s[57]|halcyon e[24]|featherdrift|threadwell|patchmoor|trueline|"
    r"pinwhirl|harvest plum|秋柿|\bperpetua\b|阿绫|阿綾|\bclementine\b|\baugustin\b|"
    r"\bhollis\b|\bdorothea\b|\brufus\b|\boksana\b|\bthelma\b|castellanos|adebayo|严女士|"
    r"嚴女士|蒋先生|蔣先生|田阿姨|柯老师|柯老師|小满|小滿|詹小姐|莊先生|庄先生|施小姐|駱太|骆太|"
    r"龐生|庞生|蘇小姐|苏小姐|blade15|hoop20|quilt10|qu1lt10|stitch15|"
    r"thistlecomb|hearthcomb|drizzlecap|veilwick|amberpress|waxling|mitewarden|nectarpail|"
    r"combrake|\bevander\b|\bphilippa\b|阿桐|\bwinifred\b|okonjo|罗先生|羅先生|小岑|曾小姐|"
    r"鄺太|翁小姐|hive20|comb15|bees10|wax12|"
    r"rookwren|letterworks|sablemere|nightwell|wrenquill|\bvesper\b|\bansel\b|阿元|"
    r"\bmarguerite\b|\bcorinna\b|\blysander\b|\bsaoirse\b|\btobiah\b|nibs20|sumi10|seal12|"
    r"kelpridge|currentwell|sidestream|thermoreed|shoalglow|moonpool|fizzwell|mossbite|"
    r"\boriana\b|\bbenedikt\b|阿澄|\bimogen\b|\bthaddeus\b|\bdelphine\b|\bcaspian\b|gill10|"
    r"shoal12|fizz25|larchmoss|glowworm|talus|heelguard|\bbronwyn\b|\bteodor\b|\bsolveig\b|"
    r"abernathy|kowalczyk|trailhead20|quillwater|brindlewood|nookvane|plugmate|porcheye|"
    r"ribbonglow|panebot|tessera|rhizo|driftmeal|\bodile\b|\bharriet\b|\bsiobhan\b|"
    r"\brosalind\b|\bmarisol\b|\banneke\b|\bhaldane\b")
PHONES_USED = {"18025550174", "8025550174", "8025550131", "18025550131", "07700900517",
               "447700900517", "07700900742", "447700900742", "16145550142",
               "16145550187", "15125550119", "6145550173", "15125550168", "447700900461",
               "07700900254", "07700900318", "15035550136", "5035550128", "7185550193",
               "17185550177", "447700900527", "447700900816", "15415550162", "5415550162",
               "5415550149", "07700900634", "07700900288"}

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def undisguise(text):
    """Remove zero-width characters, fold width and look-alikes, turn number words and
    Chinese numerals into digits, rebuild spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u0410\u0415"
                                  "\u041e\u03bf", "aeopcxiAEOo"))
    t = CN_RUN.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0) if c in CN_DIGIT), t)
    t = NUMWORD_RUN.sub(lambda m: "".join(WORD_DIGIT[w.lower()]
                                          for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = SPELLED_MAIL.sub(lambda m: "%s@%s.%s" % (m.group(1).replace(" dot ", "."),
                                                 m.group(2), m.group(3)), t)
    return t


def fiction_phone(d):
    return bool(re.fullmatch(r"1?\d{3}55501\d\d", d) or re.fullmatch(r"(?:44|0)7700900\d{3}", d))


def check_contacts(rid, text, spaced):
    t = undisguise(text)
    for m in ORDER_ID.finditer(t):
        if m.group(0) not in ORDERS_OK:
            bad(rid, "order id not in the invented list: %s" % m.group(0))
    for m in TRACKING.finditer(t):
        if re.sub(r"\s", "", m.group(0)) not in TRACKING_OK:
            bad(rid, "tracking number not in the invented list: %s" % m.group(0))
    for m in ASIN.finditer(t):
        if m.group(0) not in ASINS_OK:
            bad(rid, "ASIN not in the invented list: %s" % m.group(0))
    for v in ([t, re.sub(r"\s+", "", t)] if spaced else [t]):
        v = ASIN.sub(" ", TRACKING.sub(" ", ORDER_ID.sub(" ", v)))
        for m in DIGIT_RUN.finditer(v):
            d = re.sub(r"\D", "", m.group(0))
            if len(d) < 7:
                continue
            if not fiction_phone(d):
                bad(rid, "number outside the fiction ranges: %r" % m.group(0))
            elif d in PHONES_USED:
                bad(rid, "phone number of an earlier set: %r" % m.group(0))
            elif d not in PHONES_OK:
                bad(rid, "phone number not in this set's list: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            local, dom = m.group(1).lower(), m.group(2).lower()
            if dom == "gmail.com":
                if not local.startswith(GMAIL_LOCAL):
                    bad(rid, "gmail address without the invented local part: %s" % m.group(0))
            elif dom not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % dom)
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK and d != "gmail.com":
                bad(rid, "domain not invented: %s" % d)
    for h in HANDLE.findall(t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)
    joined = re.sub(r"(?<=\b[A-Za-z0-9])[ .\-*|/](?=[A-Za-z0-9]\b)", "", t)
    for v in {t, joined}:
        for m in CODE.finditer(TRACKING.sub(" ", v)):
            if m.group(0) not in CODES_OK:
                bad(rid, "discount code not in the invented set: %s" % m.group(0))


POLICY_BRIEF = "/work/shared/policy.md"
EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def grams(text, n_en, n_zh):
    out = set()
    words = EN_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    out.update(("en",) + tuple(words[i:i + n_en]) for i in range(len(words) - n_en + 1))
    for run in HAN_RUN.findall(text):
        out.update(("zh", run[i:i + n_zh]) for i in range(len(run) - n_zh + 1))
    return out


def show(g):
    return " ".join(g[1:]) if g[0] == "en" else g[1]


def check_fresh(texts):
    if os.path.exists(POLICY_BRIEF):
        with open(POLICY_BRIEF, encoding="utf-8") as fh:
            brief = grams(fh.read(), 6, 8)
        for rid, text in texts.items():
            shared = grams(undisguise(text), 6, 8) & brief
            if shared:
                bad(rid, "copies a passage of policy.md: %r" % show(sorted(shared)[0]))
    else:
        print("note: %s not found; policy-copy check skipped" % POLICY_BRIEF)
    owner = {}
    for rid, text in texts.items():
        for g in sorted(grams(undisguise(text), 8, 10)):
            if g in owner and owner[g] != rid:
                bad(rid, "repeats a passage of %s: %r" % (owner[g], show(g)))
                break
            owner.setdefault(g, rid)


def english_words(text):
    t = LATIN_STRIP.sub(" ", undisguise(text))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t) if w.lower() not in LATIN_OK]


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


def parse_tags(rid, cat, labels, tags, lang):
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return None
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
    tail = [t for t in rest if t in TAIL]
    unknown = [t for t in rest if t not in OWNER and t not in TECHNIQUES and t not in TRAPS
               and t not in TAIL]
    if unknown:
        bad(rid, "unknown tags %r" % unknown)
    if rest != subs + techs + traps + tail:
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
        bad(rid, "technique tags belong on evasions, and every evasion needs one")
    if cat == "near-miss" and len(traps) != 1:
        bad(rid, "a near-miss needs exactly one trap")
    if cat != "near-miss" and traps:
        bad(rid, "trap tag on a %s record" % cat)
    if cat in ("near-miss", "clean") and subs:
        bad(rid, "subtype on an unlabelled record")
    if tail != sorted(tail, key=TAIL.index):
        bad(rid, "traditional / region / mixed out of order")
    regions = [t for t in tail if t in REGIONS]
    if len(regions) > 1:
        bad(rid, "two region tags")
    if regions and "traditional" not in tail:
        bad(rid, "region tag without traditional")
    if lang == "en" and ("traditional" in tail or "mixed" in tail):
        bad(rid, "traditional/mixed tag on an en record")
    if (lang == "mixed") != ("mixed" in tail):
        bad(rid, "lang mixed and the tag mixed must go together")
    return style, subs, techs, traps, tail, regions


def check_language(rid, text, lang, cat, techs, trad, regions):
    han = HAN.findall(text)
    if lang == "en":
        bare = re.sub(FULLW, "", text) if "fullwidth" in techs else text
        if han or re.search("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff5e]", bare):
            bad(rid, "en record contains CJK characters or punctuation")
        if cat != "evasion" and not text.isascii():
            bad(rid, "non-evasion en record contains non-ASCII characters")
        return
    ew = english_words(text)
    if lang == "mixed":
        if len(han) < 6 or len(ew) < 3:
            bad(rid, "mixed record lacks one language (%d Han, English %r)" % (len(han), ew))
    else:
        if len(han) < 10:
            bad(rid, "zh record has too little Chinese")
        if len(ew) > 1:
            bad(rid, "zh record has English words %r" % ew)
    if trad:
        leak = sorted({c for c in han if c in SIMP_ONLY})
        if leak:
            bad(rid, "Traditional record contains Simplified characters %s" % "".join(leak))
        if sum(c in TRAD_ONLY for c in han) < 2:
            bad(rid, "Traditional record shows no Traditional characters")
    else:
        leak = sorted({c for c in han if c in TRAD_ONLY})
        if leak:
            bad(rid, "Simplified record contains Traditional characters %s" % "".join(leak))
        if len(han) >= 10 and not any(c in SIMP_ONLY for c in han):
            bad(rid, "Simplified record shows no Simplified characters")
    if "cantonese" in regions and not CANTONESE.search(text):
        bad(rid, "cantonese tag without Cantonese particles")
    if "taiwanese" in regions and not TAIWAN.search(text):
        bad(rid, "taiwanese tag without Taiwan phrasing")
    if trad and "cantonese" not in regions and CANTONESE.search(text):
        bad(rid, "Cantonese particles without the cantonese tag")
    if trad and not regions:
        bad(rid, "Traditional record without a region tag")


def main():
    recs = load(PATH)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))
    if os.path.abspath(PATH) == DEFAULT and os.path.exists(os.path.join(HERE, "gen.py")):
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "holdout94.jsonl differs from what gen.py builds; run python3 gen.py")

    seen_ids, seen_text, order_owner, texts = set(), {}, {}, {}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "key set must be exactly %s" % sorted(KEYS))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
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
        if "\n" in text or "\t" in text:
            bad(rid, "control characters in the text")
        if ESCAPE_TEXT.search(text):
            bad(rid, "literal escape text %r" % ESCAPE_TEXT.search(text).group(0))
        key = re.sub(r"\s+", " ", undisguise(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "same text as %s" % seen_text[key])
        seen_text[key] = rid
        hit = FORBIDDEN.search(text) or FORBIDDEN.search(undisguise(text))
        if hit:
            bad(rid, "reuses a name of an earlier hold-out set: %r" % hit.group(0))
        if not isinstance(note, str) or len(note) < 20 or not note.endswith("."):
            bad(rid, "note must be a sentence ending in a full stop")
        elif not re.search(r"\((?:[^()]*\b)?(?:policy|interface)\.md\b[^()]*\)", note):
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
        cat = tags[0] if isinstance(tags, list) and tags else None
        if cat not in CATEGORIES:
            bad(rid, "first tag must be one of %s" % list(CATEGORIES))
            continue
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        parsed = parse_tags(rid, cat, labels, tags, lang)
        if parsed is None:
            continue
        style, subs, techs, traps, tail, regions = parsed
        trad = "traditional" in tail

        for t in techs:
            if not TRACES[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t, rx in ARTEFACTS.items():
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s artefact" % t)

        numbered = ORDER_ID.search(text) or TRACKING.search(text)
        if cat == "near-miss" and not (TRIGGER.search(text) or numbered):
            bad(rid, "near-miss without a trigger word, order id or tracking number")
        if cat == "clean":
            if numbered:
                bad(rid, "clean record contains an order id or tracking number")
            if TRIGGER.search(text):
                bad(rid, "clean record contains a trigger word: %r"
                    % TRIGGER.search(text).group(0))
        if style == "plain" and not OBVIOUS.search(text):
            bad(rid, "plain violation without an obvious keyword")
        if style == "careful" and OBVIOUS.search(text):
            bad(rid, "careful violation uses the obvious keyword %r"
                % OBVIOUS.search(text).group(0))
        if style == "split" and len(SENT_END.findall(text.rstrip() + " ")) < 2:
            bad(rid, "split violation has fewer than two sentences")

        check_language(rid, text, lang, cat, techs, trad, regions)
        check_contacts(rid, text, "spacing" in techs)

        lk = "en" if lang == "en" else ("mixed" if lang == "mixed" else
                                        ("zh-traditional" if trad else "zh-simplified"))
        for oid in set(ORDER_ID.findall(text)):
            if oid in order_owner:
                bad(rid, "order id %s already used by %s" % (oid, order_owner[oid]))
            order_owner[oid] = rid
        texts[rid] = text
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
        for t in regions:
            cnt["region"][(lk, t)] += 1

    # ---------------------------------------------------------------- counts
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
            bad("counts", "%s violations: %d of %d, not a third" % (st, cnt["style"][st], nviol))
    nlab = sum(cnt["label"].values()) or 1
    for l in POLICIES:
        if not 0.27 <= cnt["label"][l] / nlab <= 0.40:
            bad("counts", "label %s: %d of %d label uses" % (l, cnt["label"][l], nlab))
    labelled = cnt["category"]["violation"] + cnt["category"]["evasion"]
    if not 0.45 <= labelled / total <= 0.55:
        bad("counts", "%d of %d records labelled; about half asked" % (labelled, total))
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
        if not cnt["region"][("zh-traditional", reg)]:
            bad("counts", "no Traditional record tagged %s" % reg)
    for lk in LANG_TARGET:
        for cat in CATEGORIES:
            if not cnt["lang x category"][(lk, cat)]:
                bad("counts", "no %s record in %s" % (cat, lk))
    check_fresh(texts)

    # ---------------------------------------------------------------- report
    print("records: %d" % len(recs))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " records with two labels:", cnt["nlabels"][2])
    print("combinations:", dict(cnt["combination"]))
    print("label x category:",
          {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("%-16s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss",
                                         "clean", "total"))
    for lk in LANG_TARGET:
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORIES)
        print("%-16s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("regions:", {"%s/%s" % k: v for k, v in sorted(cnt["region"].items())})
    print("violation styles:", dict(cnt["style"]))
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
