#!/usr/bin/env python3
"""Self-check for holdout86.jsonl (standard library only). Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]   (default: holdout86.jsonl next to this file)

Checks:
  fields   one JSON object per line, exactly the keys id, text, labels, lang, tags, note;
           labels a sorted, duplicate-free subset of the three policy names; lang en/zh/mixed;
           tags a non-empty list whose first tag is a category; note a non-empty string
  ids      h86-001 .. h86-NNN in sequence, unique; texts unique
  category violation/evasion carry labels, near-miss/clean carry none
  policy   no run of 6 English words or 8 Chinese characters shared with /work/shared/policy.md
  repeats  no run of 8 English words or 10 Chinese characters shared by two records
  script   records tagged "traditional" contain no Simplified-only character, other Chinese
           records no Traditional-only character (built-in pair table below)
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout86.jsonl")
POLICY = "/work/shared/policy.md"
PREFIX = "h86"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
CATS = ["violation", "evasion", "near-miss", "clean"]
LANGS = ["en", "zh", "mixed"]

# Simplified/Traditional pairs (simplified first). Characters that are also ordinary
# Traditional characters (面 后 里 台 干 只 系 周 着 ...) are left out on purpose.
PAIRS = """
发發 篮籃 们們 这這 个個 来來 说說 话話 请請 问問 题題 订訂 单單 号號 码碼 买買 卖賣 价價
钱錢 给給 对對 时時 间間 会會 还還 边邊 过過 运運 递遞 达達 货貨 优優 减減 满滿 评評 论論
复復 专專 业業 务務 员員 无無 为為 样樣 种種 电電 脑腦 机機 气氣 东東 车車 门門 开開 关關
写寫 图圖 让讓 认認 识識 试試 该該 谢謝 语語 读讀 调調 换換 应應 亚亞 马馬 逊遜 顺順 丰豐
页頁 项項 须須 预預 领領 颗顆 风風 飞飛 鸟鳥 绿綠 红紅 线線 组組 织織 经經 结結 约約 级級
纸紙 细細 终終 统統 续續 维維 网網 罗羅 实實 宝寶 层層 带帶 师師 广廣 张張 归歸 当當 录錄
态態 总總 惯慣 扫掃 护護 报報 挂掛 据據 损損 数數 断斷 旧舊 显顯 晒曬 条條 极極 杂雜 检檢
欢歡 汇匯 沟溝 没沒 涂塗 浓濃 润潤 温溫 湿濕 灵靈 热熱 爱愛 现現 环環 产產 画畫 盘盤 确確
礼禮 离離 称稱 积積 稳穩 笔筆 简簡 类類 紧緊 补補 装裝 见見 观觀 规規 视視 觉覺 计計 记記
讲講 设設 诉訴 证證 询詢 详詳 误誤 课課 谁誰 谈談 账賬 质質 购購 费費 贴貼 贵貴 赠贈 转轉
轮輪 软軟 较較 输輸 进進 远遠 连連 选選 邮郵 针針 钩鉤 铁鐵 锅鍋 错錯 长長 闪閃 队隊 际際
险險 难難 顶頂 顾顧 频頻 颜顏 饭飯 饼餅 馆館 鱼魚 鸡雞 麦麥 齐齊 团團 园園 圆圓 块塊 坏壞
声聲 处處 备備 头頭 夹夾 学學 宽寬 导導 尝嘗 属屬 币幣 庄莊 库庫 异異 从從 惊驚 扑撲 执執
扩擴 择擇 挤擠 挥揮 捡撿 搅攪 击擊 败敗 术術 杀殺 权權 杨楊 柜櫃 档檔 桥橋 梦夢 横橫 汤湯
泪淚 洁潔 浅淺 测測 济濟 涨漲 渐漸 渗滲 湾灣 滚滾 滤濾 灭滅 灯燈 炉爐 烂爛 烧燒 烫燙 犹猶
独獨 猪豬 猫貓 盐鹽 监監 盖蓋 矿礦 砖磚 础礎 种種 竞競 笼籠 筛篩 签簽 纠糾 纤纖 纪紀 纯純
纳納 纷紛 纹紋 练練 绍紹 绑綁 绒絨 绕繞 绘繪 络絡 绝絕 继繼 绩績 绳繩 绵綿 综綜 缓緩 编編
缘緣 缝縫 缩縮 职職 联聯 肤膚 胀脹 胶膠 脏髒 脸臉 艺藝 节節 苏蘇 药藥 获獲 营營 虽雖 衬襯
触觸 讨討 训訓 议議 讯訊 许許 访訪 词詞 译譯 诚誠 谨謹 贝貝 负負 财財 责責 贺賀 资資 赏賞
赔賠 赖賴 赚賺 赛賽 赶趕 践踐 轻輕 载載 辆輛 辈輩 违違 迟遲 适適 递遞 遗遺 邝鄺 邻鄰 郑鄭
酱醬 释釋 钉釘 钟鍾 钢鋼 钥鑰 铃鈴 铜銅 铺鋪 链鏈 销銷 锁鎖 键鍵 镜鏡 闭閉 闲閒 闷悶 闹鬧
阅閱 阶階 陈陳 陆陸 随隨 隐隱 韩韓 顽頑 顿頓 额額 饥飢 饮飲 饰飾 饱飽 馅餡 驱驅 驶駛 驾駕
验驗 骑騎 骗騙 鲜鮮 鸣鳴 鸭鴨 齿齒 龙龍 谭譚 冯馮 卢盧 义義 乐樂 习習 书書 乱亂 争爭 亲親
仅僅 仓倉 传傳 伤傷 体體 债債 儿兒 兰蘭 兴興 养養 内內 军軍 农農 冻凍 净淨 凉涼 删刪 别別
剂劑 剧劇 劝勸 办辦 动動 劳勞 势勢 区區 医醫 华華 协協 卫衛 却卻 厂廠 厅廳 历歷 压壓 县縣
参參 双雙 变變 叹嘆 吗嗎 启啟 响響 围圍 国國 场場 坚堅 墙牆 壮壯 壳殼 够夠 夺奪 奖獎 妇婦
孙孫 宁寧 审審 宾賓 寻尋 寿壽 将將 尔爾 尘塵 岁歲 帮幫 废廢 弃棄 弹彈 径徑 忆憶 怀懷 恼惱
悦悅 惨慘 愿願 懒懶 戏戲 战戰 扰擾 抢搶 担擔 拥擁 挡擋 捞撈 摆擺 敌敵 晓曉 暂暫 构構 标標
栏欄 树樹 楼樓 欧歐 残殘 毕畢 汉漢 泼潑 泽澤 浊濁 涌湧 渔漁 滩灘 潜潛 灾災 炖燉 点點 烦煩
爷爺 牵牽 狭狹 猎獵 献獻 疗療 疯瘋 痒癢 盏盞 碱鹼 祸禍 穷窮 窃竊 竖豎 粮糧 纱紗 纵縱 纺紡
绪緒 缠纏 聪聰 肿腫 胜勝 腊臘 荐薦 荣榮 萝蘿 虑慮 虾蝦 袜襪 誉譽 诗詩 谊誼 谱譜 贡貢 贩販
贪貪 贯貫 贷貸 趋趨 辅輔 辉輝 辞辭 迁遷 迈邁 酿釀 锋鋒 锐銳 锤錘 锻鍛 镇鎮 雾霧 飘飄 饲飼
馈饋 驻駐 鸽鴿 龄齡 签簽 鸿鴻 鹅鵝 鲁魯 骂罵 骄驕 骆駱 扬揚 挣掙 搀攙 换換 帘簾 觅覓 码碼
喂餵 贸貿 压壓 颁頒 挑挑 归歸 冲衝 厨廚 卷捲 杆桿 泻瀉 烛燭 炼煉 烤烤 凭憑 鉴鑒 恶惡 闻聞
垫墊 决決 脱脫 颂頌 拧擰 哒噠 尽盡 踪蹤 帐帳 搜搜 晕暈 搬搬 饺餃 糕糕 筒筒 盒盒 网網 杯杯 壶壺 锈鏽 镀鍍 铝鋁 钻鑽 锡錫 膜膜 滑滑 粘黏
"""
SIMP_ONLY, TRAD_ONLY = set(), set()
for p in PAIRS.split():
    if len(p) == 2 and p[0] != p[1]:
        SIMP_ONLY.add(p[0])
        TRAD_ONLY.add(p[1])
SIMP_ONLY.discard("粘")   # 粘 is also written in Traditional texts
both = SIMP_ONLY & TRAD_ONLY
SIMP_ONLY -= both
TRAD_ONLY -= both

HAN = re.compile(r"[\u3400-\u9fff]+")
problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def en_grams(text, n):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def zh_grams(text, n):
    out = set()
    for seg in HAN.findall(text):
        out |= {seg[i:i + n] for i in range(len(seg) - n + 1)}
    return out


def main():
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                bad("line %d" % ln, "not JSON: %s" % e)
    cnt = collections.defaultdict(collections.Counter)
    texts = {}
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(rid, "keys must be exactly %s" % sorted(KEYS))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id out of sequence, expected %s-%03d" % (PREFIX, i))
        text, labels, lang, tags, note = (r[k] for k in ("text", "labels", "lang", "tags", "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if text in texts.values():
            bad(rid, "duplicate text")
        texts[rid] = text
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels) \
                or labels != sorted(set(labels)):
            bad(rid, "labels must be a sorted, duplicate-free subset of %s" % POLICIES)
            continue
        if lang not in LANGS:
            bad(rid, "lang must be one of %s" % LANGS)
        if not isinstance(tags, list) or not tags or tags[0] not in CATS:
            bad(rid, "first tag must be a category %s" % CATS)
            continue
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty note")
        cat = tags[0]
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        if (lang == "mixed") != ("mixed" in tags):
            bad(rid, "lang mixed and tag mixed must go together")
        han = "".join(HAN.findall(text))
        if lang == "en" and han:
            bad(rid, "en record contains Chinese characters")
        if lang != "en" and not han:
            bad(rid, "zh/mixed record without Chinese characters")
        trad = "traditional" in tags
        if han:
            leak = sorted({c for c in han if c in (SIMP_ONLY if trad else TRAD_ONLY)})
            if leak:
                bad(rid, "%s record contains %s characters %s" % (
                    "Traditional" if trad else "Simplified",
                    "Simplified" if trad else "Traditional", "".join(leak)))
        # counts
        script = "en" if lang == "en" else ("mixed" if lang == "mixed" else
                                           ("zh-traditional" if trad else "zh-simplified"))
        cnt["category"][cat] += 1
        cnt["lang"][script] += 1
        cnt["lang x category"]["%s/%s" % (script, cat)] += 1
        cnt["combination"][" + ".join(labels) or "none"] += 1
        for l in labels:
            cnt["label"][l] += 1
        for t in tags[1:]:
            cnt["tag"][t] += 1

    # shared runs with policy.md
    if os.path.exists(POLICY):
        pol = open(POLICY, encoding="utf-8").read()
        pe, pz = en_grams(pol, 6), zh_grams(pol, 8)
        for rid, t in texts.items():
            hit = sorted(en_grams(t, 6) & pe) + sorted(zh_grams(t, 8) & pz)
            if hit:
                bad(rid, "shares a run with policy.md: %r" % hit[0])
    else:
        print("note: %s not found, policy overlap check skipped" % POLICY)
    # shared runs between records
    seen = {}
    for rid, t in texts.items():
        for g in en_grams(t, 8) | zh_grams(t, 10):
            if g in seen and seen[g] != rid:
                bad(rid, "shares the run %r with %s" % (g, seen[g]))
            seen.setdefault(g, rid)

    print("records:", len(recs))
    for k in ("category", "label", "combination", "lang", "lang x category", "tag"):
        print("%s: %s" % (k, dict(sorted(cnt[k].items()))))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
