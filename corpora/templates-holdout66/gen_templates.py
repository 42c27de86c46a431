# -*- coding: utf-8 -*-
"""Approved template library of t66 (imported by gen.py). All texts written for this set.

Seller (invented): Briarmoss Brewcraft, home brewing and winemaking equipment: beer kits, fermenters and
airlocks, hydrometers, bottle cappers, wine kits, no-rinse sanitizer and grain mills.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/beer/first-brew", "en", "how-to: pitching the yeast and starting fermentation with a beer kit", """
Hello {{buyer_name}},

Thanks for writing in about brew day with the {{kit}}. Once the boiled wort has been topped up with cold water in the fermenter, let it cool to between 64 and 70 degrees Fahrenheit before you add the yeast. Yeast pitched into wort that is still warm tends to give harsh, solvent-like flavors.

Sprinkle the dry yeast evenly over the surface, fit the lid, and press the airlock into the grommet with its chambers filled to the line with sanitizer solution or cooled boiled water. Keep the fermenter somewhere dark with a steady temperature; a closet away from an outside wall works well.

The first bubbles usually appear within 12 to 48 hours. Leave the lid closed for at least two weeks, even once the bubbling slows down, and take a gravity reading before you think about bottling.

Cheers,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/hydrometer/reading", "en", "how-to: taking a hydrometer reading and estimating alcohol", """
Hi {{buyer_name}},

Here is how to take a reading with the {{hydrometer}}. Draw a sample with a sanitized wine thief or turkey baster, fill the test jar to about an inch below the rim, and lower the hydrometer in gently with a slight spin so that no bubbles cling to its stem.

Read the scale where the flat surface of the liquid crosses it, not at the little ridge that climbs up the glass. The instrument is calibrated at 60 degrees Fahrenheit; a sample that is much warmer reads slightly low, so cool it first or use a correction chart.

To estimate strength, subtract the final reading from the original one and multiply the difference by 131.25. A beer that started at {{og}} and finished at {{fg}}, for example, works out at roughly {{abv}} percent alcohol. Please pour the sample away afterwards instead of returning it to the fermenter.

Best regards,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/apology/quiet-airlock", "en", "apology and explanation: an airlock that is not bubbling", """
Hello {{buyer_name}},

I'm sorry your {{fermenter}} has gone quiet. A still airlock on day two is unsettling when you have put a whole afternoon into a batch, but in most cases the beer is fermenting perfectly well and the gas is simply finding another way out.

Bucket lids often let carbon dioxide escape around the rim or the rubber grommet rather than through the airlock. Press the lid down all the way around until it snaps shut, and check that the grommet sits flush in its hole. A ring of foam on the inside wall or a layer of sediment on the bottom means the yeast has been busy.

The surest test is a gravity reading. If it has dropped since brew day, fermentation is under way. If it has not moved after three days at room temperature, please reply with both readings and the temperature of the room, and we will work out the next step together.

With apologies,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/capper/setup", "en", "product help: setting up and using the bench capper", """
Dear {{buyer_name}},

Thanks for asking about the {{capper}}. Before your first bottling session, set the height of the head to suit your bottles: loosen the two wing nuts on the column, stand an empty bottle with a cap on the base, lower the bell onto the cap, and tighten the nuts again.

Pull the handle down in one smooth motion until it stops. A good seal has the skirt of the cap crimped evenly all the way around, and the cap will not turn when you twist it by hand. If the skirt flares out on one side, the bottle was not centered under the bell.

The capper takes standard 26 mm crown caps. A magnet inside the bell holds the cap in place, so you can load it before sliding the bottle underneath.

Kind regards,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/wine/kit-schedule", "en", "product help: the timetable of a six-gallon wine kit", """
Hi {{buyer_name}},

Thanks for getting in touch about the {{wine_kit}}. The kit follows a simple timetable: primary fermentation in the bucket for about a week, until the gravity reaches 1.010 or lower, then a transfer into the carboy for ten more days of secondary fermentation.

When the gravity holds steady at 0.996 or below on two readings taken three days apart, add the stabilizing packets and stir hard for several minutes to drive out the dissolved gas. After that, add the clearing agent and leave the carboy undisturbed for two weeks.

Bottle only once the wine is completely clear. It can be enjoyed straight away, but most wines from this range improve noticeably after {{aging_time}} in the bottle.

Warm regards,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/sanitizer/use", "en", "product help: mixing and using the no-rinse sanitizer", """
Hello {{buyer_name}},

Thank you for asking how to use {{sanitizer}}. Mix {{dose}} of concentrate into five gallons of water, or one teaspoon per quart for smaller jobs. Soft or filtered water keeps the solution effective for longer; once it turns cloudy, mix a fresh batch.

Clean everything first, because sanitizer cannot work through dirt or dried residue. Then wet every surface that will touch the beer or wine and give it at least one minute of contact. There is no need to rinse afterwards, and the foam left behind will not harm the yeast or the flavor.

Keep the concentrate tightly closed and out of reach of children. Wear gloves when you handle it undiluted, and rinse your skin with plenty of water if it splashes.

Best wishes,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/mill/gap", "en", "product help: setting the roller gap of the grain mill", """
Hi {{buyer_name}},

Good question about setting up the {{mill}}. The gap between the rollers leaves the factory at 0.039 inch, which suits most all-grain recipes. To change it, loosen the locking screws on both end plates, turn the adjustment knobs, and check the gap at each end with the feeler gauge packed in the box.

You are aiming for husks that are split open but mostly whole, with the inside of each kernel broken into coarse grits and only a little flour. A finer crush raises your efficiency but can cause a stuck sparge in a traditional mash tun.

If you drive the mill with a drill, keep it below 500 rpm. Higher speeds shred the husks and, over time, can round off the flats on the drive shaft.

All the best,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/review/neutral-request", "en", "review invitation with no steer; one per order at most", """
Hello {{buyer_name}},

Thank you for ordering the {{product}} from us (order {{order_id}}). When you have brewed with it a few times, we would be grateful if you told other shoppers how it went by writing a review on Amazon.

Whether your impressions are good, bad or somewhere in between, an honest account helps people who are weighing up their first purchase, and our team reads each one.

Many thanks,
{{agent_name}}
Briarmoss Brewcraft Support
""")
template("en/warranty/claim", "en", "hardware warranty: what it covers, what to send us", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. Our hardware carries a {{warranty_period}} warranty against faults in manufacture, such as a cracked casting, a lever that bends in normal use, a roller that will not turn, or a seal that gives way.

Wear from ordinary use, rust caused by leaving the item wet, and damage from dropping or altering it fall outside the warranty.

So that our technicians can assess it, please reply in this conversation with a photo of the part concerned and a few words on when the fault first appeared. We have logged this as case {{case_id}} against order {{order_id}}.

Sincerely,
{{agent_name}}
Briarmoss Brewcraft Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/hydrometer/calibrate", "zh", "比重计的校准与读数", """
{{buyer_name}}，您好：

关于 {{hydrometer}} 的读数是否准确，可以先用清水做一次简单的校准：把蒸馏水或纯净水倒进量筒，水温调到十五点六摄氏度左右，放入比重计后轻轻转一下，读数应当正好是 1.000。

如果读数偏高或偏低，只要记下这个差值，以后每次测量时加上或减去即可，并不影响使用。读数时请平视液面，以液面的水平线为准，不要看沿着玻璃管爬上去的那一圈。

样品温度明显高于校准温度时，读数会偏低，建议先把样品放凉，或者对照温度修正表换算。

祝酿造顺利！
{{agent_name}}
Briarmoss 酿造客服
""")
template("zh/fermenter/cleaning", "zh", "塑料发酵桶的清洗与保养", """
{{buyer_name}}，您好：

感谢您咨询 {{fermenter}} 的清洗方法。每批酒装瓶以后，请尽快用温水冲掉桶底的酵母泥，再用不含香精的清洁剂和软海绵擦洗内壁，最后用清水彻底冲净。

塑料发酵桶最怕划伤，细小的划痕里容易藏细菌，所以请不要使用钢丝球、硬毛刷或含颗粒的去污粉。出酒龙头可以拆下来单独清洗，密封圈晾干后再装回。

下次使用前，用免冲洗消毒剂把桶内和桶盖全部润湿，静置一两分钟即可，不需要再用清水冲。

此致
{{agent_name}}
Briarmoss 酿造客服
""")
template("zh/airlock/install", "zh", "气塞的安装与两种气塞的区别", """
{{buyer_name}}，您好：

关于 {{airlock}} 的安装：请先把桶盖上的橡胶塞按紧，再把气塞的插管垂直插进胶塞孔里，插到底即可，不要斜着用力，以免胶塞被顶进桶里。

气塞里要加水到刻度线，用稀释好的消毒液代替清水更保险，万一倒吸进桶里也不会污染酒液。三件式气塞方便拆洗，适合发酵初期泡沫多的时候；S 形气塞里的液体不容易蒸发干，适合时间较长的二次发酵。

发酵旺盛时如果泡沫冲进了气塞，请取下来清洗消毒后再装回去，这段时间桶口可以暂时用消过毒的锡纸盖住。

{{agent_name}}
Briarmoss 酿造客服
""")
template("zh/review/neutral-request", "zh", "中立的评论邀请，每单最多发一次", """
{{buyer_name}}，您好：

谢谢您在本店购买 {{product}}（订单号 {{order_id}}）。等您实际酿过一两批之后，如果有空，欢迎到亚马逊商品页写下您的使用评论。

不论感受好坏，您的真实描述都能帮助刚入门的酿酒爱好者做出选择，我们团队也会逐条阅读。

{{agent_name}}
Briarmoss 酿造客服
""")
template("zh/warranty/claim", "zh", "器具质保：保什么，需要买家提供什么", """
{{buyer_name}}，您好：

很抱歉 {{product}} 出现了问题。本店的器具类产品提供{{warranty_period}}质保，制造缺陷都在质保范围内，比如铸件开裂、手柄在正常使用中弯折、滚轴卡死不转、密封件失效等。

日常使用造成的磨损、受潮生锈、摔落或自行改装引起的损坏，不在质保范围之内。

为了方便技术人员判断，请在这个对话里发来故障部位的照片，并说明问题是从什么时候开始的。我们已为订单 {{order_id}} 登记了售后编号 {{case_id}}。

{{agent_name}}
Briarmoss 酿造客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/bottling/priming", "zh-tw", "裝瓶與瓶內二次發酵的加糖", """
{{buyer_name}} 您好：

感謝您詢問 {{kit}} 的裝瓶步驟。確認比重連續兩天不再變化後，就可以準備裝瓶。每五加侖的啤酒約需要{{sugar}}的玉米糖作為瓶內二次發酵的糖分，請先用少量清水煮沸溶解，放涼後倒進裝瓶桶，再把啤酒虹吸進去，輕輕攪勻。

裝瓶時瓶口請留約兩公分的空間，壓上瓶蓋後，放在攝氏二十度左右的地方兩週，讓酵母把糖轉化成氣泡。之後再冷藏兩三天，口感會更穩定。

請不要多加糖，也不要在比重還在下降時裝瓶，否則瓶內壓力過高，可能會有爆瓶的危險。

{{agent_name}}
Briarmoss 釀造客服
""")
template("zh-tw/wine/degassing", "zh-tw", "葡萄酒套組的除氣方法", """
{{buyer_name}} 您好：

關於 {{wine_kit}} 的除氣：發酵結束後，酒液裡還溶著大量二氧化碳，如果不先除掉，澄清劑很難發揮作用，喝起來也會有刺舌的感覺。

加入穩定劑後，請用長柄湯匙或裝在電鑽上的攪拌棒，在玻璃瓶裡來回攪動兩到三分鐘，休息一下再重複，直到攪動時不再冒出大量細泡。電鑽請用低速，以免酒液濺出或接觸太多空氣。

想確認是否除氣完成，可以倒一小杯酒，用手掌蓋住杯口搖一搖，手掌感覺不到壓力就表示差不多了。

{{agent_name}}
Briarmoss 釀造客服
""")
template("zh-tw/mill/care", "zh-tw", "研磨機的保養與收納", """
{{buyer_name}} 您好：

{{mill}} 的滾輪是碳鋼材質，每次使用後請用乾刷子把殘留的麥粉和穀殼刷乾淨，不要用水沖洗，否則很容易生鏽。

如果長時間不用，可以在滾輪表面薄薄擦一層食品級礦物油，放在乾燥的地方，並用塑膠袋套住料斗，避免灰塵和蟲害。再次使用前，先磨一小把麥芽丟掉，把表面的油帶走即可。

滾輪間距一旦調好，平常不需要再動；如果發現磨出的麥芽粗細不一，請先檢查兩側的間距是否一致。

{{agent_name}}
Briarmoss 釀造客服
""")
template("zh-tw/yeast/rehydrate", "zh-tw", "乾酵母的復水與保存", """
{{buyer_name}} 您好：

關於 {{yeast}} 的使用：乾酵母可以直接撒在麥汁表面，但先復水會讓酵母更快開始工作。做法是把約一百毫升的開水放涼到攝氏三十度左右，把酵母撒進去，靜置十五分鐘，再輕輕攪散。

復水後請在半小時內倒入發酵桶，並確認麥汁與酵母液的溫差不超過十度，以免酵母受到衝擊。

未開封的酵母請冷藏保存，並在包裝上的期限前使用；開封後沒用完的部分不建議留著下次用。

{{agent_name}}
Briarmoss 釀造客服
""")
