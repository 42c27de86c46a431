#!/usr/bin/env python3
"""t26: held-out, hand-labelled test set for msglint's `template-required` check.

Seller: Tallowgrove Coffee Instruments (home espresso grinders and a brewing scale).
Every template and every reply is written below as a literal.  Running this script
writes library/ (approved templates), replies.jsonl and README.md next to it, then
checks itself; it exits 0 only when every self-check passes.

Independent of the linter: nothing here is derived from msglint's code or corpora.
"""
import collections
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# =============================================================== templates
# id -> (topic, layout, text).  id = path under library/ without ".txt".
TEMPLATES = {}
TOPIC = {}
LAYOUT = {}


def template(tid, topic, layout, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text
    TOPIC[tid] = topic
    LAYOUT[tid] = layout

template('en/grind-size-calibration', 'grind-size calibration for espresso', 'greeting line, numbered steps 1.-5., sign-off with team line', """\
Hi {{buyer_name}},

Thanks for writing in about the grind on your {{model}}. Dialing in a new grinder usually takes a few shots, so here is the routine we suggest:

1. Set the dial to {{start_setting}} as a starting point for espresso.
2. Weigh an 18 g dose, grind it, and pull a shot while timing it.
3. If the shot runs faster than 25 seconds, move the dial one mark finer; if it runs slower than 35 seconds, move it one mark coarser.
4. Purge about 2 g of coffee after every adjustment so the next dose reflects the new setting.
5. Repeat until the taste and the time are where you want them.

Fresh beans roasted within the last month make this far easier to read.

Best regards,
{{agent_name}}
Tallowgrove Support Team
""")

template('en/burr-cleaning', 'burr cleaning', 'greeting line, dash bullets, sign-off with team line', """\
Hello {{buyer_name}},

Here is how to clean the burrs on your {{model}} with nothing more than the brush in the box:

- Unplug the grinder and run it empty for a few seconds first to clear loose grounds.
- Turn the adjustment ring counterclockwise past the coarsest mark until the upper burr lifts out.
- Brush both burrs and the burr chamber; a dry cloth takes care of the oily film.
- Do not rinse the burrs, and do not put rice or cleaning tablets through this model.
- Reseat the upper burr, turn the ring back until the burrs just touch, then open it to your usual setting.

For most home use, a clean every four to six weeks keeps the flavor consistent.

Kind regards,
{{agent_name}}
Tallowgrove Support Team
""")

template('en/retention-static', 'retention and static', "hard-wrapped lines (~60 columns), sign-off with name and team on one line", """\
Hi {{buyer_name}},

Thank you for the photos of the chaff around the chute of
your {{model}}. A little static is normal with light roasts
and dry winter air, and a few habits reduce it a lot:

Add one small spritz of water to the beans in the dosing
cup and stir before grinding. Tap the bellows lid two or
three times after the motor stops to push out the last
grounds. Keep the catch cup seated fully so the anti-static
mesh sits inside the chute.

With these steps the retention should stay under a few
tenths of a gram per dose. If it is still much higher,
tell us the beans and the setting you use and we will
look at it further.

Regards,
{{agent_name}} | Tallowgrove Support
""")

template('en/scale-calibration', 'scale calibration', "label lines 'Order:'/'Model:' first, steps 1)-4), 'Customer Care' line", """\
Order: {{order_id}}
Model: {{model}}

Dear {{buyer_name}},

If the readings on your scale drift or do not match a known weight, a calibration usually fixes it. Please place the scale on a firm, level surface away from fans and follow these steps:

1) Switch the scale on with nothing on the platform and wait for 0.0 to show.
2) Press and hold the timer and tare buttons together until CAL flashes.
3) Place the included calibration weight in the center when the display asks for it.
4) Wait for PASS, remove the weight and restart the scale.

If CAL never appears, charge the scale fully over USB-C and try once more.

Sincerely,
{{agent_name}}
Customer Care, Tallowgrove
""")

template('en/app-pairing', 'app pairing (Bluetooth)', 'one paragraph with inline greeting and inline sign-off', """\
Hello {{buyer_name}}, thanks for the message about connecting your {{model}} to the Tallowgrove Brew app. Please make sure Bluetooth and location access are allowed for the app, then open it and tap Add Device while the scale is on and showing zero; do not pair the scale from your phone's Bluetooth settings, as that hides it from the app. If the scale was paired before, hold the power button for eight seconds to clear the old pairing and try again. Once connected, the app shows the weight and the timer live and saves each brew to your history. {{agent_name}}, Tallowgrove Support
""")

template('en/warranty-approved', 'warranty claim approved', 'label lines Order/Covered part/Outcome in the middle, team line', """\
Hi {{buyer_name}},

We have reviewed the details you sent about your {{model}}, and the fault is covered by our two-year limited warranty.

Order: {{order_id}}
Covered part: {{part}}
Outcome: replacement at no cost

We will send the replacement part to the address on this order; you do not need to return the old one. Fitting instructions are included in the package.

Thank you for your patience while we checked this.

{{agent_name}}
Tallowgrove Warranty Team
""")

template('en/missing-part', 'missing part in the box', "repeated {{part}} and {{model}}, 'Order reference:' label", """\
Dear {{buyer_name}},

I am sorry that the {{part}} was not in the box with your {{model}}. Every package is checked before it leaves us, but this one clearly slipped through, and that is on us.

We are sending the {{part}} separately at no charge. The rest of the {{model}} can be used as normal in the meantime.

Order reference: {{order_id}}

With apologies,
{{agent_name}}
Tallowgrove Support Team
""")

template('en/damaged-on-arrival', 'damaged on arrival: replacement or refund', 'two dash options, order id inline', """\
Hello {{buyer_name}},

Thank you for letting us know that your {{model}} arrived damaged, and for the photos. We are sorry it reached you this way.

Please do not try to run a unit with a cracked housing or a bent hopper. You have two options:

- A replacement unit, sent as soon as you confirm.
- A full refund once the damaged unit is on its way back through your Amazon orders page.

Just reply with the option you prefer for order {{order_id}} and we will take care of the rest.

Best wishes,
{{agent_name}}
Tallowgrove Customer Care
""")

template('en/review-request', 'neutral review request', 'short, order id in closing sentence', """\
Hi {{buyer_name}},

We hope the {{model}} has settled into your morning routine. If you have a moment, you are welcome to share your experience with it on the Amazon product page. Honest reviews, whatever they say, help other coffee drinkers choose the right grinder or scale.

Thank you for your order {{order_id}}.

{{agent_name}}
Tallowgrove
""")

template('en/hopper-interlock', 'grinder will not start (hopper safety switch)', "'*' bullets after a lead-in line", """\
Hi {{buyer_name}},

When the {{model}} does not start, the cause is almost always the safety switch under the hopper. The motor stays off until the hopper is fully locked.

Please check the following:
* Turn the hopper clockwise until you feel a click and the arrow lines up with the lock icon.
* Clear any grounds from the small slot at the back of the hopper collar; even a few can stop the switch from closing.
* Make sure the catch cup is in place, since the grinder waits for it as well.

If the motor still does not run after this, please send us a short video of the start button being pressed and we will arrange the next step.

Thanks,
{{agent_name}}
Tallowgrove Support Team
""")

template('zh/grind-calibration', '研磨度校准', '称呼行, 一、二、三 numbered steps, 祝语+团队署名', """\
{{buyer_name}}您好：

感谢您的来信。新磨豆机通常需要萃取几次才能找到合适的研磨度，建议按以下步骤调整您的{{model}}：

一、先把刻度调到{{start_setting}}，作为意式浓缩的起点；
二、称取18克咖啡豆，研磨后萃取并计时；
三、若出液时间少于25秒，请往细调一格；若超过35秒，请往粗调一格；
四、每次调整后先空磨约2克咖啡粉，再正式取粉；
五、重复以上步骤，直到口感和时间都满意为止。

使用烘焙一个月以内的新鲜咖啡豆，调整起来会更容易。

祝您生活愉快！
{{agent_name}}
Tallowgrove客服团队
""")

template('zh/burr-cleaning', '刀盘清洁', "'您好，X：' greeting, '·' bullets, 署名", """\
您好，{{buyer_name}}：

关于{{model}}刀盘的清洁方法，请参考以下说明：

· 先拔掉电源，空转几秒，清出残留的咖啡粉；
· 将调节环逆时针转过最粗刻度，直到上刀盘可以取出；
· 用附带的毛刷清扫上下刀盘和研磨腔，油脂可以用干布擦拭；
· 请勿用水冲洗刀盘，也不要用大米或清洁片；
· 装回上刀盘后，顺时针转到刀盘刚好接触，再调回您常用的刻度。

一般家庭使用，每四到六周清洁一次即可保持风味稳定。

{{agent_name}}
Tallowgrove售后服务
""")

template('zh/scale-calibration', '电子秤校准', 'label lines 订单号/产品型号 first, steps 1.-4., 此致', """\
订单号：{{order_id}}
产品型号：{{model}}

{{buyer_name}}您好，

如果电子秤读数漂移或与已知重量不符，重新校准通常可以解决。请将秤放在平稳的台面上，远离风扇，然后：

1. 空秤开机，等待显示0.0；
2. 同时长按计时键和去皮键，直到屏幕闪烁CAL；
3. 按提示将附带的校准砝码放在秤盘中央；
4. 显示PASS后取下砝码，重新开机即可。

如果一直没有出现CAL，请先用USB-C充满电后再试一次。

此致
{{agent_name}}
Tallowgrove客户服务部
""")

template('zh/app-pairing', 'App 蓝牙配对', 'one paragraph, inline greeting and sign-off', """\
{{buyer_name}}您好，关于{{model}}连接Tallowgrove Brew应用的问题：请先在手机上允许该应用使用蓝牙和定位权限，然后在秤开机并显示归零的状态下，打开应用点击“添加设备”；请不要在手机系统的蓝牙设置里直接配对，否则应用会搜索不到。如果之前配对过，请长按电源键八秒清除旧的配对记录后重试。连接成功后，应用会实时显示重量和计时，并保存每一次冲煮记录。{{agent_name}}，Tallowgrove客服
""")

template('zh/missing-part', '缺件补发', 'repeated {{part}}/{{model}}, 订单编号 label', """\
{{buyer_name}}您好：

非常抱歉，您收到的{{model}}包装内缺少{{part}}。我们每件包裹出库前都会检查，这次确实是我们的疏忽。

我们会免费为您单独寄出{{part}}，在此期间{{model}}的其他部分可以正常使用。

订单编号：{{order_id}}

再次致歉！
{{agent_name}}
Tallowgrove客服团队
""")

template('zh/review-request', '中性留评邀请', 'short, 订单编号 label', """\
{{buyer_name}}您好：

希望{{model}}已经融入您每天的咖啡时光。如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，无论感受如何，都能帮助其他咖啡爱好者做出选择。

订单编号：{{order_id}}

{{agent_name}}
Tallowgrove
""")

template('zh-tw/static-retention', '靜電與殘粉', 'hard-wrapped lines, 敬上 sign-off', """\
{{buyer_name}} 您好：

謝謝您寄來出粉口周圍細粉的照片。淺焙豆和乾燥的
天氣都容易產生靜電，以下幾個方法可以明顯改善：

研磨前在量豆杯裡的咖啡豆噴一下水霧並攪拌均勻；
馬達停止後輕按風箱蓋兩三下，把殘粉推出來；
接粉杯請完全放到位，讓防靜電網留在出粉口內。

照這樣操作，{{model}} 每次的殘粉量應該在零點幾克
以內。如果仍然偏多，請告訴我們您使用的豆子和刻度，
我們再協助您進一步檢查。

{{agent_name}} 敬上
Tallowgrove 客服中心
""")

template('zh-tw/warranty', '保固核准', 'label lines 訂單編號/保固零件/處理方式', """\
{{buyer_name}} 您好：

我們已確認您提供的 {{model}} 故障資訊，此問題屬於兩年有限保固範圍。

訂單編號：{{order_id}}
保固零件：{{part}}
處理方式：免費更換

新零件會寄到此訂單的收件地址，舊零件不需要寄回，包裹內附有安裝說明。

感謝您耐心等候我們的確認。

{{agent_name}}
Tallowgrove 保固服務團隊
""")

template('zh-tw/damaged-on-arrival', '到貨損壞', 'numbered options 1./2., order id inline in parentheses', """\
{{buyer_name}} 您好：

謝謝您告知 {{model}} 送達時已經損壞，也謝謝您提供照片。讓您收到這樣的商品，我們深感抱歉。

請不要使用外殼破裂或料斗變形的機器。您可以選擇：

1. 更換全新的機器，確認後我們會盡快寄出；
2. 透過亞馬遜訂單頁面退回損壞的商品，寄出後即全額退款。

請直接回覆您想要的方式（訂單 {{order_id}}），其餘交給我們處理。

{{agent_name}}
Tallowgrove 客服團隊
""")

template('zh-tw/review-request', '中性留評邀請', 'short, 訂單編號 label, 敬上', """\
{{buyer_name}} 您好：

希望 {{model}} 已經成為您日常沖煮的好幫手。如果您有空，歡迎到亞馬遜商品頁面分享真實的使用心得，不論感受如何，都能幫助其他咖啡同好做選擇。

訂單編號：{{order_id}}

{{agent_name}} 敬上
Tallowgrove
""")
# Characters that differ between the two scripts (single-character level, produced once with a
# script converter and pasted here so that gen.py runs on a bare Python).
# TRAD_ONLY: Traditional forms that never appear in Simplified text.
# SIMP_ONLY: Simplified forms that never appear in Traditional (Taiwan) text.
TRAD_ONLY = set("""
丟並乾亂亙亞佇佈佔併來侖侶侷俁係俓俔俠俥俬倀倆倈倉個們倖倫倲偉偑側偵偽傌傑傖傘備傢傭傯傳傴債傷傾僂僅僉僑僕僤僥僨僱價儀儁
儂億儈儉儎儐儔儕儘償儣優儭儲儷儸儺儻儼兇兌兒兗內兩冊冑冪凈凍凙凜凱別刪剄則剋剎剗剛剝剮剴創剷剾劃劄劇劉劊劌劍劏劑劚勁勑動
務勛勝勞勢勣勩勱勳勵勸勻匭匯匱區協卹卻卽厙厠厤厭厲厴參叄叢吒吳吶呂咼員哯唄唓唸問啞啟啢喎喚喪喬單喲嗆嗇嗊嗎嗚嗩嗰嗶嗹嘆嘍
嘓嘔嘖嘗嘜嘩嘪嘮嘯嘰嘳嘵嘸嘺嘽噁噅噓噚噝噞噠噥噦噯噲噴噸噹嚀嚇嚌嚐嚕嚙嚛嚥嚦嚧嚨嚮嚲嚳嚴嚶嚽囀囁囂囃囅囈囉囌囑囒囪圇國圍
園圓圖團圞垻埡埨埬埰執堅堊堖堚堝堯報場塊塋塏塒塗塚塢塤塵塸塹塿墊墜墠墮墰墲墳墶墻墾壇壈壋壎壓壗壘壙壚壜壞壟壠壢壣壩壪壯壺
壼壽夠夢夥夾奐奧奩奪奬奮奼妝姍姦娙娛婁婡婦婭媈媧媯媰媼媽嫋嫗嫵嫻嫿嬃嬇嬈嬋嬌嬙嬡嬣嬤嬦嬪嬰嬸嬻孃孄孆孇孋孌孎孫學孻孾孿宮
寀寠寢實寧審寫寬寵寶將專尋對導尷屆屍屓屜屢層屨屩屬岡峴島峽崍崑崗崙崢崬嵐嵗嵼嵽嵾嶁嶄嶇嶈嶔嶗嶘嶠嶢嶧嶨嶮嶸嶹嶺嶼嶽巊巋巒
巔巖巗巘巰巹帥師帳帶幀幃幓幗幘幝幟幣幩幫幬幷幹幾庫廁廂廄廈廎廕廚廝廞廟廠廡廢廣廧廩廬廳弒弔弳張強彃彄彆彈彌彎彔彙彠彥彫彲
彿後徑從徠復徵徹徿恆恥悅悞悵悶悽惡惱惲惻愛愜愨愴愷愻愾慄態慍慘慚慟慣慤慪慫慮慳慶慺慼慾憂憊憐憑憒憖憚憢憤憫憮憲憶憸憹懀懇
應懌懍懎懞懟懣懤懨懲懶懷懸懺懼懾戀戇戔戧戩戰戱戲戶扞拋拚挩挱挾捨捫捱捲掃掄掆掗掙掚掛採揀揚換揮揯損搖搗搧搵搶摋摐摑摜摟摯
摳摶摺摻撈撊撏撐撓撝撟撣撥撧撫撲撳撻撾撿擁擄擇擊擋擓擔據擟擠擡擣擫擬擯擰擱擲擴擷擺擻擼擽擾攄攆攋攏攔攖攙攛攜攝攢攣攤攪攬
敎敓敗敘敵數斂斃斅斆斕斬斷斸於旂旣昇時晉晛晝暈暉暐暘暢暫曄曆曇曉曊曏曖曠曥曨曬書會朥朧朮東枴柵柺査桱桿梔梖梘梜條梟梲棄棊
棖棗棟棡棧棲棶椏椲楇楊楓楨業極榘榦榪榮榲榿構槍槓槤槧槨槫槮槳槶槼樁樂樅樓標樞樠樢樣樤樧樫樳樸樹樺樿橈橋機橢橫橯檁檉檔檜檟
檢檣檭檮檯檳檵檸檻櫃櫅櫍櫓櫚櫛櫝櫞櫟櫠櫥櫧櫨櫪櫫櫬櫱櫳櫸櫻欄欅欇權欍欏欐欑欒欓欖欘欞欽歎歐歟歡歲歷歸歿殘殞殢殤殨殫殭殮殯
殰殲殺殻殼毀毆毊毿氂氈氌氣氫氬氭氳氾汎汙決沒沖況泝洩洶浹浿涇涗涼淒淚淥淨淩淪淵淶淺渙減渢渦測渾湊湋湞湧湯溈準溝溡溫溮溳溼
滄滅滌滎滙滬滯滲滷滸滻滾滿漁漊漍漚漢漣漬漲漵漸漿潁潑潔潕潚潛潣潤潯潰潷潿澀澅澆澇澐澗澠澤澦澩澫澬澮澱澾濁濃濄濆濕濘濚濛濜
濟濤濧濫濰濱濺濼濾濿瀂瀃瀅瀆瀇瀉瀋瀏瀕瀘瀝瀟瀠瀦瀧瀨瀰瀲瀾灃灄灍灑灒灕灘灙灝灡灣灤灧灩災為烏烴無煇煉煒煙煢煥煩煬煱熂熅熉
熌熒熓熗熚熡熰熱熲熾燀燁燈燉燒燖燙燜營燦燬燭燴燶燻燼燾爃爄爇爍爐爖爛爥爧爭爺爾牆牘牴牽犖犛犞犢犧狀狹狽猌猙猶猻獁獃獄獅獊
獎獨獩獪獫獮獰獱獲獵獷獸獺獻獼玀玁珼現琱琺琿瑋瑒瑣瑤瑩瑪瑲瑻瑽璉璊璕璗璝璡璣璦璫璯環璵璸璼璽璾璿瓄瓅瓊瓏瓔瓕瓚瓛甌甕產産
畝畢畫異畵當畼疇疊痙痠痮痾瘂瘋瘍瘓瘞瘡瘧瘮瘱瘲瘺瘻療癆癇癉癐癒癘癟癢癤癥癧癩癬癭癮癰癱癲發皚皟皰皸皺盃盜盞盡監盤盧盨盪眝
眞眥眾睍睏睜睞瞘瞜瞞瞤瞶瞼矇矉矑矓矚矯硃硜硤硨硯碕碙碩碭碸確碼碽磑磚磠磣磧磯磽磾礄礎礐礒礙礦礪礫礬礮礱祿禍禎禕禡禦禪禮禰
禱禿秈稅稈稏稜稟種稱穀穇穌積穎穠穡穢穩穫穭窩窪窮窯窵窶窺竄竅竇竊竚竪竱競筆筍筧筴箇箋箏箚節範築篋篔篘篠篢篤篩篳篸簀簂簍簑
簞簡簢簣簫簹簽簾籃籅籋籌籔籙籛籜籟籠籤籩籪籬籮籲粵糝糞糧糰糲糴糶糹糺糾紀紂紃約紅紆紇紈紉紋納紐紓純紕紖紗紘紙級紛紜紝紞紟
紡紬紮細紱紲紳紵紹紺紼紿絀絁終絃組絅絆絍絎結絕絙絛絝絞絡絢絥給絧絨絪絰統絲絳絶絹絺綀綁綃綄綆綇綈綉綋綌綎綏綐綑經綖綜綝綞
綟綠綡綢綣綧綪綫綬維綯綰綱網綳綴綵綸綹綺綻綽綾綿緄緇緊緋緍緑緒緓緔緗緘緙線緝緞緟締緡緣緤緦編緩緬緮緯緰緱緲練緶緷緸緹緻縈
縉縊縋縍縎縐縑縕縗縛縝縞縟縣縧縫縬縭縮縯縰縱縲縳縴縵縶縷縸縹縺總績繂繃繅繆繈繏繐繒繓織繕繚繞繟繡繢繨繩繪繫繬繭繯繰繳繶繷
繸繹繻繼繽繾繿纁纆纇纈纊續纍纏纓纕纖纗纘纚纜缽罃罈罌罎罰罵罷羅羆羈羋羥羨義羵羶習翫翬翹翽耬耮聖聞聯聰聲聳聵聶職聹聻聽聾肅
脅脈脛脥脩脫脹腎腖腡腦腪腫腳腸膃膕膚膞膠膢膩膹膽膾膿臉臍臏臗臘臚臟臠臢臥臨臺與興舉舊舖舘艙艣艤艦艫艱艷芻茲荊莊莖莢莧菕華
菴菸萇萊萬萴萵葉葒葝葤葦葯葷蒍蒐蒓蒔蒕蒞蒭蒼蓀蓆蓋蓧蓮蓯蓴蓽蔄蔔蔞蔣蔥蔦蔭蔯蕁蕆蕎蕒蕓蕕蕘蕝蕢蕩蕪蕭蕳蕷蕽薀薆薈薊薌薑薔
薘薟薦薩薳薴薵薹薺藍藎藝藥藪藭藶藷藹藺蘀蘄蘆蘇蘊蘋蘚蘞蘟蘢蘭蘺蘿虆虉處虛虜號虧虯蛺蛻蜆蝀蝕蝟蝦蝨蝸螄螞螢螮螻螿蟂蟄蟈蟎蟘
蟜蟣蟬蟯蟲蟳蟶蟻蠀蠁蠅蠆蠍蠐蠑蠔蠙蠟蠣蠦蠨蠱蠶蠻蠾衊術衕衚衛衝袞袷裊補裝裡製複褌褘褲褳褸褻襀襇襉襏襓襖襗襘襝襠襤襪襬襯襰
襲襴襵見覎規覓視覘覛覡覥覦親覬覯覲覷覹覺覼覽覿觀觴觶觸訁訂訃計訊訌討訏訐訑訒訓訕訖託記訛訜訝訞訟訢訣訥訨訩訪設許訴訶診註
証詀詁詆詊詎詐詑詒詓詔評詖詗詘詛詝詞詠詡詢詣試詩詪詫詬詭詮詰話該詳詵詷詼詿誂誄誅誆誇誋誌認誑誒誕誘誚語誠誡誣誤誥誦誨說誫
説誰課誳誴誶誷誹誺誼誾調諂諄談諉請諍諏諑諒諓論諗諛諜諝諞諟諡諢諣諤諥諦諧諫諭諮諯諰諱諲諳諴諶諷諸諺諼諾謀謁謂謄謅謆謉謊謎
謏謐謔謖謗謙謚講謝謠謡謨謫謬謭謯謱謳謸謹謾譁譂譅譆證譊譎譏譑譓譖識譙譚譜譞譟譨譫譭譯議譴護譸譽譾讀讅變讋讌讎讒讓讕讖讚讜
讞谿豈豎豐豔豬豵豶貍貓貗貙貝貞貟負財貢貧貨販貪貫責貯貰貲貳貴貶買貸貺費貼貽貿賀賁賂賃賄賅資賈賊賑賒賓賕賙賚賜賝賞賟賠賡賢
賣賤賦賧質賫賬賭賰賴賵賺賻購賽賾贃贄贅贇贈贉贊贋贍贏贐贑贓贔贖贗贚贛贜赬趕趙趨趲跡踐踰踴蹌蹔蹕蹟蹠蹣蹤蹳蹺蹻躂躉躊躋躍躎
躑躒躓躕躘躚躝躡躥躦躪軀軉車軋軌軍軏軑軒軔軕軗軛軜軝軟軤軨軫軬軲軷軸軹軺軻軼軾軿較輄輅輇輈載輊輋輒輓輔輕輖輗輛輜輝輞輟輢
輥輦輨輩輪輬輮輯輳輶輷輸輻輾輿轀轂轄轅轆轇轉轊轍轎轐轔轗轟轠轡轢轣轤辦辭辮辯農迴逕這連週進遊運過達違遙遜遞遠遡適遱遲遶遷
選遺遼邁還邇邊邏邐郟郵鄆鄉鄒鄔鄖鄟鄧鄩鄭鄰鄲鄳鄴鄶鄺酇酈醃醜醞醟醣醫醬醱醲醶釀釁釃釅釋釐釒釓釔釕釗釘釙釚針釟釣釤釦釧釨釩
釲釳釴釵釷釹釺釾釿鈀鈁鈃鈄鈅鈆鈇鈈鈉鈋鈍鈎鈐鈑鈒鈔鈕鈖鈗鈛鈞鈠鈡鈣鈥鈦鈧鈮鈯鈰鈲鈳鈴鈷鈸鈹鈺鈽鈾鈿鉀鉁鉅鉆鉈鉉鉊鉋鉍鉑鉔
鉕鉗鉚鉛鉝鉞鉠鉤鉥鉦鉧鉬鉭鉮鉳鉶鉷鉸鉺鉻鉽鉾鉿銀銁銂銃銅銈銊銍銏銑銓銖銘銚銛銜銠銣銥銦銨銩銪銫銬銱銳銶銷銹銻銼鋁鋂鋃鋅鋇
鋉鋌鋏鋐鋒鋗鋙鋝鋟鋠鋣鋤鋥鋦鋨鋩鋪鋭鋮鋯鋰鋱鋶鋸鋹鋼錀錁錂錄錆錇錈錏錐錒錕錘錙錚錛錜錝錞錟錠錡錢錤錥錦錨錩錫錮錯録錳錶錸
錼錽鍀鍁鍃鍄鍅鍆鍇鍈鍉鍊鍋鍍鍒鍔鍘鍚鍛鍠鍤鍥鍩鍬鍭鍮鍰鍵鍶鍺鍾鎂鎄鎇鎈鎊鎌鎍鎓鎔鎖鎘鎙鎚鎛鎝鎞鎡鎢鎣鎦鎧鎩鎪鎬鎭鎮鎯鎰鎲
鎳鎵鎶鎷鎸鎿鏃鏆鏇鏈鏉鏌鏍鏏鏐鏑鏗鏘鏚鏜鏝鏞鏟鏡鏢鏤鏥鏦鏨鏰鏵鏷鏹鏺鏻鏽鏾鐃鐄鐇鐈鐋鐍鐎鐏鐐鐒鐓鐔鐘鐙鐝鐠鐥鐦鐧鐨鐩鐪鐫
鐮鐯鐲鐳鐵鐶鐸鐺鐼鐽鐿鑀鑄鑉鑊鑌鑑鑒鑔鑕鑞鑠鑣鑥鑪鑭鑰鑱鑲鑴鑷鑹鑼鑽鑾鑿钁钂長門閂閃閆閈閉開閌閍閎閏閐閑閒間閔閗閘閝閞閡
閣閤閥閨閩閫閬閭閱閲閵閶閹閻閼閽閾閿闃闆闇闈闉闊闋闌闍闐闑闒闓闔闕闖關闞闠闡闢闤闥陘陝陞陣陰陳陸陽隉隊階隑隕際隤隨險隮隯
隱隴隸隻雋雖雙雛雜雞離難雲電霑霢霣霧霼霽靂靄靆靈靉靚靜靝靦靧靨鞏鞝鞦鞽鞾韁韃韆韉韋韌韍韓韙韚韛韜韝韞韠韻響頁頂頃項順頇須
頊頌頍頎頏預頑頒頓頔頗領頜頠頡頤頦頫頭頮頰頲頴頵頷頸頹頻頽顂顃顅顆題額顎顏顒顓顔顗願顙顛類顢顣顥顧顫顬顯顰顱顳顴風颭颮颯
颰颱颳颶颷颸颺颻颼颾飀飄飆飈飋飛飠飢飣飥飦飩飪飫飭飯飱飲飴飵飶飼飽飾飿餃餄餅餈餉養餌餎餏餑餒餓餔餕餖餗餘餚餛餜餞餡餦餧館
餪餫餬餭餱餳餵餶餷餸餺餼餾餿饁饃饅饈饉饊饋饌饑饒饗饘饜饞饟饠饢馬馭馮馯馱馳馴馹馼駁駃駉駊駎駐駑駒駓駔駕駘駙駚駛駝駞駟駡駢
駤駧駩駪駫駭駰駱駶駸駻駼駿騁騂騃騄騅騉騊騌騍騎騏騑騔騖騙騚騜騝騞騟騠騤騧騪騫騭騮騰騱騴騵騶騷騸騻騼騾驀驁驂驃驄驅驊驋驌驍
驎驏驓驕驗驙驚驛驟驢驤驥驦驨驪驫骯髏髒體髕髖髮鬆鬍鬖鬚鬠鬢鬥鬧鬨鬩鬮鬱鬹魎魘魚魛魟魢魥魦魨魯魴魵魷魺魽鮀鮁鮃鮄鮅鮆鮈鮊鮋
鮍鮐鮑鮒鮓鮚鮜鮝鮞鮟鮠鮡鮣鮤鮦鮪鮫鮭鮮鮯鮰鮳鮵鮶鮸鮺鮿鯀鯁鯄鯆鯇鯉鯊鯒鯔鯕鯖鯗鯛鯝鯞鯡鯢鯤鯧鯨鯪鯫鯬鯰鯱鯴鯶鯷鯻鯽鯾鯿鰁
鰂鰃鰆鰈鰉鰊鰋鰌鰍鰏鰐鰑鰒鰓鰕鰛鰜鰟鰠鰣鰤鰥鰦鰧鰨鰩鰫鰭鰮鰱鰲鰳鰵鰶鰷鰹鰺鰻鰼鰽鰾鱀鱂鱄鱅鱆鱇鱈鱉鱊鱒鱔鱖鱗鱘鱚鱝鱟鱠鱢
鱣鱤鱧鱨鱭鱮鱯鱲鱷鱸鱺鳥鳧鳩鳬鳲鳳鳴鳶鳷鳼鳽鳾鴀鴃鴅鴆鴇鴉鴐鴒鴔鴕鴗鴛鴜鴝鴞鴟鴣鴥鴦鴨鴮鴯鴰鴲鴳鴴鴷鴻鴽鴿鵁鵂鵃鵊鵏鵐鵑
鵒鵓鵚鵜鵝鵟鵠鵡鵧鵩鵪鵫鵬鵮鵯鵰鵲鵷鵾鶄鶇鶉鶊鶌鶒鶓鶖鶗鶘鶚鶠鶡鶥鶦鶩鶪鶬鶭鶯鶰鶱鶲鶴鶹鶺鶻鶼鶿鷀鷁鷂鷄鷅鷉鷊鷐鷓鷔鷖鷗
鷙鷚鷟鷣鷤鷥鷦鷨鷩鷫鷭鷯鷲鷳鷴鷷鷸鷹鷺鷽鷿鸂鸇鸊鸋鸌鸏鸑鸕鸗鸘鸚鸛鸝鸞鹵鹹鹺鹼鹽麗麥麨麩麫麬麯麲麳麴麵麷麼黃黌點黨黲黴黶
黷黽黿鼂鼉鼕鼴齊齋齎齏齒齔齕齗齘齙齜齟齠齡齣齦齧齩齪齬齭齮齯齰齲齴齷齼齾龍龎龐龑龓龔龕龜龭龯鿁鿓
""") - set("\n")
SIMP_ONLY = set("""
万与专业丛东丝丢两严丧个丰临为丽举么义乌乐乔习乡书买乱争亏亘亚产亩亲亵亸亿仅从仑仓仪们价众优伙会伛伞伟传伡伣伤伥伦伧伪伫
体佣佥侠侣侥侦侧侨侩侪侬侭俣俦俨俩俪俫俭债倾偬偻偾偿傤傥傧储傩儿兑兖党兰关兴兹养兽冁内冈册写军农冯冲决况冻净凄凉减凑凛凤
凫凭凯凶击凿刍刘则刚创删别刬刭刹刽刾刿剀剂剐剑剥剧劝办务劢动励劲劳势勋勚匀匦匮区医华协单卖卢卤卧卫却卺厂厅历厉压厌厍厐厕
厘厢厣厦厨厩厮县叁参叆叇双发变叙叠叶号叹叽吓吕吗吨听启吴呐呒呓呕呖呗员呙呛呜咏咙咛咝咤咨响哑哒哓哔哕哗哙哜哝哟唛唝唠唡唢
唤啧啬啭啮啯啰啴啸喷喽喾嗫嗳嘘嘤嘱噜嚣团园囱围囵国图圆圣圹场坏块坚坛坜坝坞坟坠垄垅垆垒垦垩垫垭垯垱垲垴埘埙埚堑堕塆墙壮声
壳壶壸处备复够头夸夹夺奁奂奋奖奥妆妇妈妩妪妫姗姹娄娅娆娇娈娱娲娴婳婴婵婶媪媭嫒嫔嫱嬷孙学孪宁宝实宠审宪宫宽宾寝对寻导寿将
尔尘尝尧尴尸尽层屃屉届属屡屦屿岁岂岖岗岘岚岛岩岭岽岿峃峄峡峣峤峥峦崂崃崄崭嵘嵚嵝巅巩巯币帅师帏帐帘帜带帧帮帱帻帼幂并幺广
庄庆庐庑库应庙庞废庼廪开异弃弑张弥弪弯弹强归当录彟彦彨彻径徕忆忏忧忾怀态怂怃怄怅怆怜总怼怿恋恒恳恶恸恹恺恻恼恽悦悫悬悭悮
悯惊惧惨惩惫惬惭惮惯愠愤愦愿慑慭懑懒懔戆戋戏戗战戬戯户扑执扩扪扫扬扰抚抛抟抠抡抢护报担拟拢拣拥拦拧拨择挂挚挛挜挝挞挟挠挡
挢挣挤挥挦捝捞损捡换捣据掳掴掷掸掺掼揽揾揿搀搁搂搄搅携摄摅摆摇摈摊撄撑撵撷撸撺擜擞攒敌敚敛敩数斋斓斩断无旧时旷旸昙昵昼昽
显晋晒晓晔晕晖暂暅暧机杀杂权杠条来杨杩杰极构枞枢枣枥枧枨枪枫枭柜柠柽栀栅标栈栉栊栋栌栎栏树栖样栾桠桡桢档桤桥桦桧桨桩桪梦
梼梾梿检棁棂棱椁椝椟椠椢椤椫椭椮楼榄榅榇榈榉榝槚槛槟槠横樯樱橥橱橹橼檐檩欢欤欧歼殁殇残殒殓殚殡殴毁毂毕毙毡毵毶氇气氢氩氲
汇汉污汤汹沄沟没沣沤沥沦沧沨沩沪泄泞泪泶泷泸泺泻泼泽泾洁洼浃浅浆浇浈浉浊测浍济浏浐浑浒浓浔浕涌涚涛涝涞涟涠涡涢涣涤润涧涨
涩淀渊渌渍渎渐渑渔渖渗温游湾湿溁溃溅溆溇滗滚滞滟滠满滢滤滥滦滨滩滪潆潇潋潍潜潨潴澛澜濑濒灏灭灯灵灾灿炀炉炖炜炝点炼炽烁烂
烃烛烟烦烧烨烩烫烬热焕焖焘煴熏爱爷牍牦牵牺犊状犷犸犹狈狝狞独狭狮狯狰狱狲猃猎猕猡猪猫猬献獭玑玙玚玛玮环现玱玺珐珑珰珲琎琏
琐琼瑶瑷瑸璎瓒瓮瓯电画畅畴疖疗疟疠疡疬疭疮疯疱疴痈痉痒痖痨痪痫痹瘅瘆瘗瘘瘪瘫瘾瘿癞癣癫皑皱皲盏盐监盖盗盘眍眦眬着睁睐睑睾
瞆瞒瞩矫矶矾矿砀码砖砗砚砜砺砻砾础硁硕硖硗硙硚确硵碍碛碜碱礼祃祎祢祯祷祸禀禄禅离秃秆种积称秽秾稆税稣稳穑穞穷窃窍窎窑窜窝
窥窦窭竖竞笃笋笔笕笺笼笾筑筚筛筜筝筹筼签筿简箓箦箧箨箩箪箫篑篓篮篯篱簖籁籴类籼粜粝粤粪粮糁糇糍紧絷縆纟纠纡红纣纤纥约级纨
纩纪纫纬纭纮纯纰纱纲纳纴纵纶纷纸纹纺纻纼纽纾线绀绁绂练组绅细织终绉绊绋绌绍绎经绐绑绒结绔绕绖绗绘给绚绛络绝绞统绠绡绢绣绤
绥绦继绨绩绪绫绬续绮绯绰绱绲绳维绵绶绷绸绹绺绻综绽绾绿缀缁缂缃缄缅缆缇缈缉缊缋缌缍缎缏缐缑缒缓缔缕编缗缘缙缚缛缜缝缞缟缠
缡缢缣缤缥缦缧缨缩缪缫缬缭缮缯缰缱缲缳缴缵罂网罗罚罢罴羁羟羡翘翙翚耢耧耸耻聂聋职聍联聩聪肃肠肤肮肴肾肿胀胁胆胧胨胪胫胶脉
脍脏脐脑脓脔脚脱脶脸腊腌腘腭腻腼腽腾膑膻臜舆舣舰舱舻艰艳艺节芈芗芜芦苁苇苈苋苌苍苎苏苹茎茏茑茔茕茧荆荐荙荚荛荜荝荞荟荠荡
荣荤荥荦荧荨荩荪荫荬荭荮药莅莱莲莳莴莶获莸莹莺莼萚萝萤营萦萧萨葱蒀蒇蒉蒋蒌蒏蓝蓟蓠蓣蓥蓦蔂蔷蔹蔺蔼蕰蕲蕴薮藓蘖虏虑虚虫虬
虮虱虽虾虿蚀蚁蚂蚃蚕蚝蚬蛊蛎蛏蛮蛰蛱蛲蛳蛴蜕蜗蜡蝇蝈蝉蝎蝼蝾螀螨蟏衅衔补衬衮袄袅袆袜袭袯装裆裈裢裣裤裥褛褴襕见观觃规觅视
觇览觉觊觋觌觍觎觏觐觑觞触觯訚詟誉誊讠计订讣认讥讦讧讨让讪讫讬训议讯记讱讲讳讴讵讶讷许讹论讻讼讽设访诀证诂诃评诅识诇诈诉
诊诋诌词诎诏诐译诒诓诔试诖诗诘诙诚诛诜话诞诟诠诡询诣诤该详诧诨诩诪诫诬语诮误诰诱诲诳说诵诶请诸诹诺读诼诽课诿谀谁谂调谄谅
谆谇谈谉谊谋谌谍谎谏谐谑谒谓谔谕谖谗谘谙谚谛谜谝谞谟谠谡谢谣谤谥谦谧谨谩谪谫谬谭谮谯谰谱谲谳谴谵谶豮贝贞负贠贡财责贤败账
货质贩贪贫贬购贮贯贰贱贲贳贴贵贶贷贸费贺贻贼贽贾贿赀赁赂赃资赅赆赇赈赉赊赋赌赍赎赏赐赑赒赓赔赕赖赗赘赙赚赛赜赝赞赟赠赡赢
赣赪赵赶趋趱趸跃跄跖跞践跶跷跸跹跻踊踌踪踬踯蹑蹒蹰蹿躏躜躯车轧轨轩轪轫转轭轮软轰轱轲轳轴轵轶轷轸轹轺轻轼载轾轿辀辁辂较辄
辅辆辇辈辉辊辋辌辍辎辏辐辑辒输辔辕辖辗辘辙辚辞辩辫边辽达迁过迈运还这进远违连迟迩迳迹适选逊递逦逻遗遥邓邝邬邮邹邺邻郁郏郐
郑郓郦郧郸酂酝酦酱酽酾酿释鉴銮錾钅钆钇针钉钊钋钌钍钎钏钐钑钒钓钔钕钖钗钘钙钚钛钜钝钞钟钠钡钢钣钤钥钦钧钨钩钪钫钬钭钮钯钰
钱钲钳钴钵钶钷钸钹钺钻钼钽钾钿铀铁铂铃铄铅铆铇铈铉铊铋铌铍铎铏铐铑铒铓铔铕铖铗铘铙铚铛铜铝铞铟铠铡铢铣铤铥铦铧铨铩铪铫铬
铭铮铯铰铱铲铳铴铵银铷铸铹铺铻铼铽链铿销锁锂锃锄锅锆锇锈锉锊锋锌锍锎锏锐锑锒锓锔锕锖锗锘错锚锛锜锝锞锟锠锡锢锣锤锥锦锧锨
锩锪锫锬锭键锯锰锱锲锳锴锵锶锷锸锹锺锻锼锽锾锿镀镁镂镃镄镅镆镇镈镉镊镋镌镍镎镏镐镑镒镓镔镕镖镗镘镙镚镛镜镝镞镟镠镡镢镣镤
镥镦镧镨镩镪镫镬镭镮镯镰镱镲镳镴镵镶长门闩闪闫闬闭问闯闰闱闲闳间闵闶闷闸闹闺闻闼闽闾闿阀阁阂阃阄阅阆阇阈阉阊阋阌阍阎阏阐
阑阒阓阔阕阖阗阘阙阚阛队阳阴阵阶际陆陇陈陉陕陦陧陨险随隐隶隽难雇雏雠雳雾霁霉霡霭靓靔静靥鞑鞒鞯鞲韦韧韨韩韪韫韬韵页顶顷顸
项顺须顼顽顾顿颀颁颂颃预颅领颇颈颉颊颋颌颍颎颏颐频颒颓颔颕颖颗题颙颚颛颜额颞颟颠颡颢颣颤颥颦颧风飏飐飑飒飓飔飕飖飗飘飙飚
飞飨餍饣饤饥饦饧饨饩饪饫饬饭饮饯饰饱饲饳饴饵饶饷饸饹饺饻饼饽饾饿馀馁馂馃馄馅馆馇馈馉馊馋馌馍馎馏馐馑馒馓馔馕马驭驮驯驰驱
驲驳驴驵驶驷驸驹驺驻驼驽驾驿骀骁骂骃骄骅骆骇骈骉骊骋验骍骎骏骐骑骒骓骔骕骖骗骘骙骚骛骜骝骞骟骠骡骢骣骤骥骦骧髅髋髌鬓鬶魇
魉鱼鱽鱾鱿鲀鲁鲂鲃鲄鲅鲆鲇鲈鲉鲊鲋鲌鲍鲎鲏鲐鲑鲒鲓鲔鲕鲖鲗鲘鲙鲚鲛鲜鲝鲞鲟鲠鲡鲢鲣鲤鲥鲦鲧鲨鲩鲪鲫鲬鲭鲮鲯鲰鲱鲲鲳鲴鲵鲶
鲷鲸鲹鲺鲻鲼鲽鲾鲿鳀鳁鳂鳃鳄鳅鳆鳇鳈鳉鳊鳋鳌鳍鳎鳏鳐鳑鳒鳓鳔鳕鳖鳗鳘鳙鳚鳛鳜鳝鳞鳟鳠鳡鳢鳣鳤鸟鸠鸡鸢鸣鸤鸥鸦鸧鸨鸩鸪鸫鸬
鸭鸮鸯鸰鸱鸲鸳鸴鸵鸶鸷鸸鸹鸺鸻鸼鸽鸾鸿鹀鹁鹂鹃鹄鹅鹆鹇鹈鹉鹊鹋鹌鹍鹎鹏鹐鹑鹒鹓鹔鹕鹖鹗鹘鹙鹚鹛鹜鹝鹞鹟鹠鹡鹢鹣鹤鹥鹦鹧鹨
鹩鹪鹫鹬鹭鹮鹯鹰鹱鹲鹳鹴鹾麦麸麹麺黄黉黡黩黪黾鼋鼌鼍鼹齐齑齿龀龁龂龃龄龅龆龇龈龉龊龋龌龙龚龛龟鿎鿏鿒鿔
""") - set("\n")

# =============================================================== replies
# Every reply is a literal.  The helper only records category, labels and metadata.
REPLIES = []
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}


def _add(cat, lang, tags, labels, note, text, template=None, edited=False):
    REPLIES.append({"cat": cat, "lang": lang, "tags": [cat] + list(tags), "labels": list(labels),
                    "note": note, "text": text, "template": template, "edited": edited})


def filled(tid, lang, tags, note, edited, text):
    _add("filled-template", lang, tags, [], note, text, template=tid, edited=edited)


def logi(lang, tags, note, text):
    _add("logistics", lang, tags, [], note, text)


def rewr(lang, tags, note, text):
    _add("rewritten", lang, tags, ["template-required"], note, text)


def mixl(lang, tags, note, text):
    _add("mixed-logistics", lang, tags, ["template-required"], note, text)


def viol(lang, tags, labels, note, text, template=None):
    _add("violating", lang, tags, labels, note, text, template=template)


# --------------------------------------------------------------- filled-template (labels [])
# F1
filled('en/grind-size-calibration', 'en', ['edited', 'greeting-signoff'], "en/grind-size-calibration: filled; edit: greeting changed to 'Good morning Devin,' and sign-off to 'Cheers,'", edited=True, text="""\
Good morning Devin,

Thanks for writing in about the grind on your Kestrel K48. Dialing in a new grinder usually takes a few shots, so here is the routine we suggest:

1. Set the dial to 14 as a starting point for espresso.
2. Weigh an 18 g dose, grind it, and pull a shot while timing it.
3. If the shot runs faster than 25 seconds, move the dial one mark finer; if it runs slower than 35 seconds, move it one mark coarser.
4. Purge about 2 g of coffee after every adjustment so the next dose reflects the new setting.
5. Repeat until the taste and the time are where you want them.

Fresh beans roasted within the last month make this far easier to read.

Cheers,
Wren
Tallowgrove Support Team
""")

# F2
filled('en/grind-size-calibration', 'en', ['long-value'], 'en/grind-size-calibration: filled; unedited', edited=False, text="""\
Hi Marisol Okafor-Reyes,

Thanks for writing in about the grind on your Tallowgrove Kestrel K48 Conical Burr Coffee Grinder, 48mm Stainless Steel Burrs, Stepless Grind Adjustment for Espresso and Pour Over, Single Dose Hopper with Bellows Lid, Matte Black. Dialing in a new grinder usually takes a few shots, so here is the routine we suggest:

1. Set the dial to the second dot past 10 as a starting point for espresso.
2. Weigh an 18 g dose, grind it, and pull a shot while timing it.
3. If the shot runs faster than 25 seconds, move the dial one mark finer; if it runs slower than 35 seconds, move it one mark coarser.
4. Purge about 2 g of coffee after every adjustment so the next dose reflects the new setting.
5. Repeat until the taste and the time are where you want them.

Fresh beans roasted within the last month make this far easier to read.

Best regards,
Callum
Tallowgrove Support Team
""")

# F3
filled('en/grind-size-calibration', 'en', ['edited', 'apology-line'], 'en/grind-size-calibration: filled; edit: apology line for the slow reply added above the first paragraph', edited=True, text="""\
Hi Mr. Abernathy-Quist,

Sorry for the slow reply; our team was away over the holiday weekend.

Thanks for writing in about the grind on your Heron H64. Dialing in a new grinder usually takes a few shots, so here is the routine we suggest:

1. Set the dial to 2.5 on the outer scale as a starting point for espresso.
2. Weigh an 18 g dose, grind it, and pull a shot while timing it.
3. If the shot runs faster than 25 seconds, move the dial one mark finer; if it runs slower than 35 seconds, move it one mark coarser.
4. Purge about 2 g of coffee after every adjustment so the next dose reflects the new setting.
5. Repeat until the taste and the time are where you want them.

Fresh beans roasted within the last month make this far easier to read.

Best regards,
Noor Haddad
Tallowgrove Support Team
""")

# F4
filled('en/burr-cleaning', 'en', [], 'en/burr-cleaning: filled; unedited', edited=False, text="""\
Hello Keiko,

Here is how to clean the burrs on your Kestrel K48 (matte white) with nothing more than the brush in the box:

- Unplug the grinder and run it empty for a few seconds first to clear loose grounds.
- Turn the adjustment ring counterclockwise past the coarsest mark until the upper burr lifts out.
- Brush both burrs and the burr chamber; a dry cloth takes care of the oily film.
- Do not rinse the burrs, and do not put rice or cleaning tablets through this model.
- Reseat the upper burr, turn the ring back until the burrs just touch, then open it to your usual setting.

For most home use, a clean every four to six weeks keeps the flavor consistent.

Kind regards,
Beatrix
Tallowgrove Support Team
""")

# F5
filled('en/burr-cleaning', 'en', ['edited', 'signature'], 'en/burr-cleaning: filled; edit: signature with full name and role instead of the team line', edited=True, text="""\
Hello Tomasz,

Here is how to clean the burrs on your Heron H64 with nothing more than the brush in the box:

- Unplug the grinder and run it empty for a few seconds first to clear loose grounds.
- Turn the adjustment ring counterclockwise past the coarsest mark until the upper burr lifts out.
- Brush both burrs and the burr chamber; a dry cloth takes care of the oily film.
- Do not rinse the burrs, and do not put rice or cleaning tablets through this model.
- Reseat the upper burr, turn the ring back until the burrs just touch, then open it to your usual setting.

For most home use, a clean every four to six weeks keeps the flavor consistent.

Kind regards,
Callum Ibsen
Senior Support Specialist, Tallowgrove Coffee Instruments
""")

# F6
filled('en/retention-static', 'en', ['hard-wrapped'], 'en/retention-static: filled; unedited', edited=False, text="""\
Hi Priyanka,

Thank you for the photos of the chaff around the chute of
your Kestrel K48. A little static is normal with light roasts
and dry winter air, and a few habits reduce it a lot:

Add one small spritz of water to the beans in the dosing
cup and stir before grinding. Tap the bellows lid two or
three times after the motor stops to push out the last
grounds. Keep the catch cup seated fully so the anti-static
mesh sits inside the chute.

With these steps the retention should stay under a few
tenths of a gram per dose. If it is still much higher,
tell us the beans and the setting you use and we will
look at it further.

Regards,
Wren | Tallowgrove Support
""")

# F7
filled('en/retention-static', 'en', ['edited', 'rewrapped', 'long-value'], 'en/retention-static: filled; edit: hard-wrapped lines joined into normal paragraphs', edited=True, text="""\
Hi Harriet Lindqvist,

Thank you for the photos of the chaff around the chute of your Tallowgrove Heron H64 Flat Burr Coffee Grinder with 64mm Hardened Steel Burrs, Low Retention Chute, Single Dose Hopper, Stepless Micro Adjustment, Graphite Grey. A little static is normal with light roasts and dry winter air, and a few habits reduce it a lot:

Add one small spritz of water to the beans in the dosing cup and stir before grinding. Tap the bellows lid two or three times after the motor stops to push out the last grounds. Keep the catch cup seated fully so the anti-static mesh sits inside the chute.

With these steps the retention should stay under a few tenths of a gram per dose. If it is still much higher, tell us the beans and the setting you use and we will look at it further.

Regards,
Noor | Tallowgrove Support
""")

# F8
filled('en/scale-calibration', 'en', ['label-lines'], 'en/scale-calibration: filled; unedited', edited=False, text="""\
Order: 114-2290835-6617402
Model: Plumb P2

Dear Jonah,

If the readings on your scale drift or do not match a known weight, a calibration usually fixes it. Please place the scale on a firm, level surface away from fans and follow these steps:

1) Switch the scale on with nothing on the platform and wait for 0.0 to show.
2) Press and hold the timer and tare buttons together until CAL flashes.
3) Place the included calibration weight in the center when the display asks for it.
4) Wait for PASS, remove the weight and restart the scale.

If CAL never appears, charge the scale fully over USB-C and try once more.

Sincerely,
Beatrix
Customer Care, Tallowgrove
""")

# F9
filled('en/scale-calibration', 'en', ['edited', 'logistics-line', 'long-value'], 'en/scale-calibration: filled; edit: one logistics sentence added about a spare weight in transit', edited=True, text="""\
Order: 112-7730914-2051836
Model: Tallowgrove Plumb P2 Coffee Scale with Timer, 0.1g High Precision Espresso and Pour Over Brewing Scale, Bluetooth App Connectivity, USB-C Rechargeable, Auto Tare, Heat Resistant Silicone Pad

Dear Ruth Ann Kessler,

If the readings on your scale drift or do not match a known weight, a calibration usually fixes it. Please place the scale on a firm, level surface away from fans and follow these steps:

1) Switch the scale on with nothing on the platform and wait for 0.0 to show.
2) Press and hold the timer and tare buttons together until CAL flashes.
3) Place the included calibration weight in the center when the display asks for it.
4) Wait for PASS, remove the weight and restart the scale.

If CAL never appears, charge the scale fully over USB-C and try once more.

The spare calibration weight you asked for left our warehouse yesterday with UPS under tracking 1Z7W3E640398215574 and should arrive by Friday.

Sincerely,
Wren
Customer Care, Tallowgrove
""")

# F10
filled('en/app-pairing', 'en', ['inline-greeting'], 'en/app-pairing: filled; unedited', edited=False, text="""\
Hello Mx. Oyelaran, thanks for the message about connecting your Plumb P2 scale to the Tallowgrove Brew app. Please make sure Bluetooth and location access are allowed for the app, then open it and tap Add Device while the scale is on and showing zero; do not pair the scale from your phone's Bluetooth settings, as that hides it from the app. If the scale was paired before, hold the power button for eight seconds to clear the old pairing and try again. Once connected, the app shows the weight and the timer live and saves each brew to your history. Callum, Tallowgrove Support
""")

# F11
filled('en/app-pairing', 'en', ['edited', 'rewrapped'], 'en/app-pairing: filled; edit: one-paragraph layout split: greeting on its own line, two paragraphs, sign-off on its own line', edited=True, text="""\
Hello Sunniva,

Thanks for the message about connecting your Plumb P2 to the Tallowgrove Brew app. Please make sure Bluetooth and location access are allowed for the app, then open it and tap Add Device while the scale is on and showing zero; do not pair the scale from your phone's Bluetooth settings, as that hides it from the app.

If the scale was paired before, hold the power button for eight seconds to clear the old pairing and try again. Once connected, the app shows the weight and the timer live and saves each brew to your history.

Noor, Tallowgrove Support
""")

# F12
filled('en/warranty-approved', 'en', ['label-lines'], 'en/warranty-approved: filled; unedited', edited=False, text="""\
Hi Aurelio,

We have reviewed the details you sent about your Kestrel K48, and the fault is covered by our two-year limited warranty.

Order: 113-5820147-3309816
Covered part: adjustment ring and upper burr carrier
Outcome: replacement at no cost

We will send the replacement part to the address on this order; you do not need to return the old one. Fitting instructions are included in the package.

Thank you for your patience while we checked this.

Beatrix Lowe
Tallowgrove Warranty Team
""")

# F13
filled('en/warranty-approved', 'en', ['edited', 'reworded'], 'en/warranty-approved: filled; edit: closing thanks sentence reworded', edited=True, text="""\
Hi Fenwick,

We have reviewed the details you sent about your Heron H64, and the fault is covered by our two-year limited warranty.

Order: 111-0458213-7790342
Covered part: motor control board
Outcome: replacement at no cost

We will send the replacement part to the address on this order; you do not need to return the old one. Fitting instructions are included in the package.

Thanks for bearing with us while we looked into it.

Callum
Tallowgrove Warranty Team
""")

# F14
filled('en/missing-part', 'en', [], 'en/missing-part: filled; unedited', edited=False, text="""\
Dear Leontyne,

I am sorry that the bellows lid was not in the box with your Kestrel K48. Every package is checked before it leaves us, but this one clearly slipped through, and that is on us.

We are sending the bellows lid separately at no charge. The rest of the Kestrel K48 can be used as normal in the meantime.

Order reference: 113-9902471-1184530

With apologies,
Wren
Tallowgrove Support Team
""")

# F15
filled('en/missing-part', 'en', ['edited', 'thanks-line', 'greeting-signoff'], 'en/missing-part: filled; edit: thanks line added and sign-off changed', edited=True, text="""\
Dear Yusuf Demirci,

Thank you for checking the box so carefully and for letting us know.

I am sorry that the 500 g calibration weight was not in the box with your Plumb P2 brewing scale. Every package is checked before it leaves us, but this one clearly slipped through, and that is on us.

We are sending the 500 g calibration weight separately at no charge. The rest of the Plumb P2 brewing scale can be used as normal in the meantime.

Order reference: 112-3318705-4426091

All the best,
Noor
Tallowgrove Support Team
""")

# F16
filled('en/missing-part', 'en', ['long-value'], 'en/missing-part: filled; unedited', edited=False, text="""\
Dear Clementine,

I am sorry that the single-dose hopper was not in the box with your Tallowgrove Heron H64 Flat Burr Coffee Grinder with 64mm Hardened Steel Burrs, Low Retention Chute, Single Dose Hopper, Stepless Micro Adjustment, Graphite Grey. Every package is checked before it leaves us, but this one clearly slipped through, and that is on us.

We are sending the single-dose hopper separately at no charge. The rest of the Tallowgrove Heron H64 Flat Burr Coffee Grinder with 64mm Hardened Steel Burrs, Low Retention Chute, Single Dose Hopper, Stepless Micro Adjustment, Graphite Grey can be used as normal in the meantime.

Order reference: 114-6640293-8871205

With apologies,
Beatrix
Tallowgrove Support Team
""")

# F17
filled('en/damaged-on-arrival', 'en', ['two-orders'], 'en/damaged-on-arrival: filled; unedited', edited=False, text="""\
Hello Ingrid,

Thank you for letting us know that your Kestrel K48 arrived damaged, and for the photos. We are sorry it reached you this way.

Please do not try to run a unit with a cracked housing or a bent hopper. You have two options:

- A replacement unit, sent as soon as you confirm.
- A full refund once the damaged unit is on its way back through your Amazon orders page.

Just reply with the option you prefer for order 112-4471920-3356018 and 112-8830457-1029964 and we will take care of the rest.

Best wishes,
Callum
Tallowgrove Customer Care
""")

# F18
filled('en/damaged-on-arrival', 'en', ['edited', 'logistics-line'], 'en/damaged-on-arrival: filled; edit: one logistics sentence about carrier pickup added', edited=True, text="""\
Hello Desmond,

Thank you for letting us know that your Heron H64 arrived damaged, and for the photos. We are sorry it reached you this way.

Please do not try to run a unit with a cracked housing or a bent hopper. You have two options:

- A replacement unit, sent as soon as you confirm.
- A full refund once the damaged unit is on its way back through your Amazon orders page.

Just reply with the option you prefer for order 113-2087745-6619023 and we will take care of the rest. If you go with the refund, the carrier can also collect the box from your door; the pickup option appears when you start the return.

Best wishes,
Beatrix
Tallowgrove Customer Care
""")

# F19
filled('en/review-request', 'en', ['review-request'], 'en/review-request: filled; unedited', edited=False, text="""\
Hi Anneliese,

We hope the Plumb P2 scale has settled into your morning routine. If you have a moment, you are welcome to share your experience with it on the Amazon product page. Honest reviews, whatever they say, help other coffee drinkers choose the right grinder or scale.

Thank you for your order 111-5526098-2214737.

Wren
Tallowgrove
""")

# F20
filled('en/review-request', 'en', ['review-request', 'long-value'], 'en/review-request: filled; unedited', edited=False, text="""\
Hi Rafferty,

We hope the Tallowgrove Kestrel K48 Conical Burr Coffee Grinder, 48mm Stainless Steel Burrs, Stepless Grind Adjustment for Espresso and Pour Over, Single Dose Hopper with Bellows Lid, Matte Black has settled into your morning routine. If you have a moment, you are welcome to share your experience with it on the Amazon product page. Honest reviews, whatever they say, help other coffee drinkers choose the right grinder or scale.

Thank you for your order 114-0987126-5503318.

Callum
Tallowgrove
""")

# F21
filled('en/hopper-interlock', 'en', ['bullets'], 'en/hopper-interlock: filled; unedited', edited=False, text="""\
Hi Gwendolyn,

When the Heron H64 does not start, the cause is almost always the safety switch under the hopper. The motor stays off until the hopper is fully locked.

Please check the following:
* Turn the hopper clockwise until you feel a click and the arrow lines up with the lock icon.
* Clear any grounds from the small slot at the back of the hopper collar; even a few can stop the switch from closing.
* Make sure the catch cup is in place, since the grinder waits for it as well.

If the motor still does not run after this, please send us a short video of the start button being pressed and we will arrange the next step.

Thanks,
Noor
Tallowgrove Support Team
""")

# ZF1
filled('zh/grind-calibration', 'zh', ['edited', 'greeting-signoff'], "zh/grind-calibration: filled; edit: greeting changed to '晓雯，您好！' and closing changed to '祝好，'", edited=True, text="""\
晓雯，您好！

感谢您的来信。新磨豆机通常需要萃取几次才能找到合适的研磨度，建议按以下步骤调整您的Kestrel K48：

一、先把刻度调到14，作为意式浓缩的起点；
二、称取18克咖啡豆，研磨后萃取并计时；
三、若出液时间少于25秒，请往细调一格；若超过35秒，请往粗调一格；
四、每次调整后先空磨约2克咖啡粉，再正式取粉；
五、重复以上步骤，直到口感和时间都满意为止。

使用烘焙一个月以内的新鲜咖啡豆，调整起来会更容易。

祝好，
小周
Tallowgrove客服团队
""")

# ZF2
filled('zh/grind-calibration', 'mixed', ['long-value'], 'zh/grind-calibration: filled; unedited', edited=False, text="""\
周子航您好：

感谢您的来信。新磨豆机通常需要萃取几次才能找到合适的研磨度，建议按以下步骤调整您的Tallowgrove Kestrel K48 Conical Burr Coffee Grinder, 48mm Stainless Steel Burrs, Stepless Grind Adjustment for Espresso and Pour Over, Single Dose Hopper with Bellows Lid, Matte Black：

一、先把刻度调到12，作为意式浓缩的起点；
二、称取18克咖啡豆，研磨后萃取并计时；
三、若出液时间少于25秒，请往细调一格；若超过35秒，请往粗调一格；
四、每次调整后先空磨约2克咖啡粉，再正式取粉；
五、重复以上步骤，直到口感和时间都满意为止。

使用烘焙一个月以内的新鲜咖啡豆，调整起来会更容易。

祝您生活愉快！
阿杰
Tallowgrove客服团队
""")

# ZF3
filled('zh/grind-calibration', 'zh', [], 'zh/grind-calibration: filled; unedited', edited=False, text="""\
陈美玲您好：

感谢您的来信。新磨豆机通常需要萃取几次才能找到合适的研磨度，建议按以下步骤调整您的Heron H64：

一、先把刻度调到外圈2.5，作为意式浓缩的起点；
二、称取18克咖啡豆，研磨后萃取并计时；
三、若出液时间少于25秒，请往细调一格；若超过35秒，请往粗调一格；
四、每次调整后先空磨约2克咖啡粉，再正式取粉；
五、重复以上步骤，直到口感和时间都满意为止。

使用烘焙一个月以内的新鲜咖啡豆，调整起来会更容易。

祝您生活愉快！
小周
Tallowgrove客服团队
""")

# ZF4
filled('zh/burr-cleaning', 'zh', ['edited', 'apology-line'], 'zh/burr-cleaning: filled; edit: apology line for the late reply added', edited=True, text="""\
您好，黄启明：

抱歉这么晚才回复您。

关于Kestrel K48刀盘的清洁方法，请参考以下说明：

· 先拔掉电源，空转几秒，清出残留的咖啡粉；
· 将调节环逆时针转过最粗刻度，直到上刀盘可以取出；
· 用附带的毛刷清扫上下刀盘和研磨腔，油脂可以用干布擦拭；
· 请勿用水冲洗刀盘，也不要用大米或清洁片；
· 装回上刀盘后，顺时针转到刀盘刚好接触，再调回您常用的刻度。

一般家庭使用，每四到六周清洁一次即可保持风味稳定。

阿杰
Tallowgrove售后服务
""")

# ZF5
filled('zh/burr-cleaning', 'zh', ['bullets'], 'zh/burr-cleaning: filled; unedited', edited=False, text="""\
您好，郭雨桐：

关于Heron H64平刀磨豆机刀盘的清洁方法，请参考以下说明：

· 先拔掉电源，空转几秒，清出残留的咖啡粉；
· 将调节环逆时针转过最粗刻度，直到上刀盘可以取出；
· 用附带的毛刷清扫上下刀盘和研磨腔，油脂可以用干布擦拭；
· 请勿用水冲洗刀盘，也不要用大米或清洁片；
· 装回上刀盘后，顺时针转到刀盘刚好接触，再调回您常用的刻度。

一般家庭使用，每四到六周清洁一次即可保持风味稳定。

小周
Tallowgrove售后服务
""")

# ZF6
filled('zh/scale-calibration', 'zh', ['edited', 'rewrapped'], 'zh/scale-calibration: filled; edit: numbered steps joined into one paragraph', edited=True, text="""\
订单号：113-6675102-9043318
产品型号：Plumb P2

王思远您好，

如果电子秤读数漂移或与已知重量不符，重新校准通常可以解决。请将秤放在平稳的台面上，远离风扇，然后：1. 空秤开机，等待显示0.0；2. 同时长按计时键和去皮键，直到屏幕闪烁CAL；3. 按提示将附带的校准砝码放在秤盘中央；4. 显示PASS后取下砝码，重新开机即可。

如果一直没有出现CAL，请先用USB-C充满电后再试一次。

此致
阿杰
Tallowgrove客户服务部
""")

# ZF7
filled('zh/scale-calibration', 'zh', ['label-lines'], 'zh/scale-calibration: filled; unedited', edited=False, text="""\
订单号：112-0091537-6682104
产品型号：Plumb P2咖啡电子秤

赵一鸣您好，

如果电子秤读数漂移或与已知重量不符，重新校准通常可以解决。请将秤放在平稳的台面上，远离风扇，然后：

1. 空秤开机，等待显示0.0；
2. 同时长按计时键和去皮键，直到屏幕闪烁CAL；
3. 按提示将附带的校准砝码放在秤盘中央；
4. 显示PASS后取下砝码，重新开机即可。

如果一直没有出现CAL，请先用USB-C充满电后再试一次。

此致
小周
Tallowgrove客户服务部
""")

# ZF8
filled('zh/app-pairing', 'zh', ['inline-greeting'], 'zh/app-pairing: filled; unedited', edited=False, text="""\
许婧您好，关于Plumb P2连接Tallowgrove Brew应用的问题：请先在手机上允许该应用使用蓝牙和定位权限，然后在秤开机并显示归零的状态下，打开应用点击“添加设备”；请不要在手机系统的蓝牙设置里直接配对，否则应用会搜索不到。如果之前配对过，请长按电源键八秒清除旧的配对记录后重试。连接成功后，应用会实时显示重量和计时，并保存每一次冲煮记录。阿杰，Tallowgrove客服
""")

# ZF9
filled('zh/app-pairing', 'mixed', ['inline-greeting', 'long-value'], 'zh/app-pairing: filled; unedited', edited=False, text="""\
马骁您好，关于Tallowgrove Plumb P2 Coffee Scale with Timer, 0.1g High Precision Espresso and Pour Over Brewing Scale, Bluetooth App Connectivity, USB-C Rechargeable, Auto Tare, Heat Resistant Silicone Pad连接Tallowgrove Brew应用的问题：请先在手机上允许该应用使用蓝牙和定位权限，然后在秤开机并显示归零的状态下，打开应用点击“添加设备”；请不要在手机系统的蓝牙设置里直接配对，否则应用会搜索不到。如果之前配对过，请长按电源键八秒清除旧的配对记录后重试。连接成功后，应用会实时显示重量和计时，并保存每一次冲煮记录。小周，Tallowgrove客服
""")

# ZF10
filled('zh/missing-part', 'zh', ['edited', 'logistics-line'], 'zh/missing-part: filled; edit: one logistics sentence with a delivery estimate added', edited=True, text="""\
孙可欣您好：

非常抱歉，您收到的Kestrel K48包装内缺少风箱盖。我们每件包裹出库前都会检查，这次确实是我们的疏忽。

我们会免费为您单独寄出风箱盖，在此期间Kestrel K48的其他部分可以正常使用。补发的包裹预计三到五个工作日内送达。

订单编号：111-7760238-0419257

再次致歉！
阿杰
Tallowgrove客服团队
""")

# ZF11
filled('zh/missing-part', 'zh', [], 'zh/missing-part: filled; unedited', edited=False, text="""\
何嘉伟您好：

非常抱歉，您收到的Plumb P2包装内缺少校准砝码。我们每件包裹出库前都会检查，这次确实是我们的疏忽。

我们会免费为您单独寄出校准砝码，在此期间Plumb P2的其他部分可以正常使用。

订单编号：114-3120976-5587014

再次致歉！
小周
Tallowgrove客服团队
""")

# ZF12
filled('zh/review-request', 'zh', ['review-request'], 'zh/review-request: filled; unedited', edited=False, text="""\
罗佳怡您好：

希望Heron H64已经融入您每天的咖啡时光。如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，无论感受如何，都能帮助其他咖啡爱好者做出选择。

订单编号：113-8804216-2270593

阿杰
Tallowgrove
""")

# ZF13
filled('zh/review-request', 'zh', ['edited', 'signature', 'review-request'], 'zh/review-request: filled; edit: signature with name and role added', edited=True, text="""\
梁浩然您好：

希望Kestrel K48已经融入您每天的咖啡时光。如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，无论感受如何，都能帮助其他咖啡爱好者做出选择。

订单编号：112-5539027-7718460

周凯 | 客服主管
Tallowgrove客服团队
""")

# TF1
filled('zh-tw/static-retention', 'zh', ['traditional', 'hard-wrapped'], 'zh-tw/static-retention: filled; unedited', edited=False, text="""\
蔡宜蓁 您好：

謝謝您寄來出粉口周圍細粉的照片。淺焙豆和乾燥的
天氣都容易產生靜電，以下幾個方法可以明顯改善：

研磨前在量豆杯裡的咖啡豆噴一下水霧並攪拌均勻；
馬達停止後輕按風箱蓋兩三下，把殘粉推出來；
接粉杯請完全放到位，讓防靜電網留在出粉口內。

照這樣操作，Kestrel K48 每次的殘粉量應該在零點幾克
以內。如果仍然偏多，請告訴我們您使用的豆子和刻度，
我們再協助您進一步檢查。

怡君 敬上
Tallowgrove 客服中心
""")

# TF2
filled('zh-tw/static-retention', 'zh', ['traditional', 'edited', 'rewrapped'], 'zh-tw/static-retention: filled; edit: hard-wrapped lines joined into paragraphs', edited=True, text="""\
吳冠廷 您好：

謝謝您寄來出粉口周圍細粉的照片。淺焙豆和乾燥的天氣都容易產生靜電，以下幾個方法可以明顯改善：

研磨前在量豆杯裡的咖啡豆噴一下水霧並攪拌均勻；馬達停止後輕按風箱蓋兩三下，把殘粉推出來；接粉杯請完全放到位，讓防靜電網留在出粉口內。

照這樣操作，Heron H64 每次的殘粉量應該在零點幾克以內。如果仍然偏多，請告訴我們您使用的豆子和刻度，我們再協助您進一步檢查。

柏翰 敬上
Tallowgrove 客服中心
""")

# TF3
filled('zh-tw/warranty', 'zh', ['traditional', 'edited', 'reworded'], 'zh-tw/warranty: filled; edit: closing thanks sentence reworded', edited=True, text="""\
張書豪 您好：

我們已確認您提供的 Kestrel K48 故障資訊，此問題屬於兩年有限保固範圍。

訂單編號：113-4409821-7736150
保固零件：上刀盤與刀盤座
處理方式：免費更換

新零件會寄到此訂單的收件地址，舊零件不需要寄回，包裹內附有安裝說明。

讓您久等了，謝謝您的耐心。

柏翰
Tallowgrove 保固服務團隊
""")

# TF4
filled('zh-tw/warranty', 'zh', ['traditional', 'label-lines'], 'zh-tw/warranty: filled; unedited', edited=False, text="""\
劉佩君 您好：

我們已確認您提供的 Plumb P2 故障資訊，此問題屬於兩年有限保固範圍。

訂單編號：111-2295830-6047712
保固零件：荷重元（秤重感測器）
處理方式：免費更換

新零件會寄到此訂單的收件地址，舊零件不需要寄回，包裹內附有安裝說明。

感謝您耐心等候我們的確認。

怡君
Tallowgrove 保固服務團隊
""")

# TF5
filled('zh-tw/damaged-on-arrival', 'zh', ['traditional', 'edited', 'thanks-line', 'greeting-signoff'], 'zh-tw/damaged-on-arrival: filled; edit: thanks line added and closing changed', edited=True, text="""\
林柏宇 您好：

謝謝您告知 Heron H64 送達時已經損壞，也謝謝您提供照片。讓您收到這樣的商品，我們深感抱歉。

請不要使用外殼破裂或料斗變形的機器。您可以選擇：

1. 更換全新的機器，確認後我們會盡快寄出；
2. 透過亞馬遜訂單頁面退回損壞的商品，寄出後即全額退款。

請直接回覆您想要的方式（訂單 114-7781034-2205569），其餘交給我們處理。

再次向您致歉，也謝謝您的體諒。

怡君 敬上
Tallowgrove 客服團隊
""")

# TF6
filled('zh-tw/damaged-on-arrival', 'zh', ['traditional', 'two-orders'], 'zh-tw/damaged-on-arrival: filled; unedited', edited=False, text="""\
鄭雅雯 您好：

謝謝您告知 Kestrel K48 送達時已經損壞，也謝謝您提供照片。讓您收到這樣的商品，我們深感抱歉。

請不要使用外殼破裂或料斗變形的機器。您可以選擇：

1. 更換全新的機器，確認後我們會盡快寄出；
2. 透過亞馬遜訂單頁面退回損壞的商品，寄出後即全額退款。

請直接回覆您想要的方式（訂單 112-6620193-0857731、112-9014472-3368820），其餘交給我們處理。

柏翰
Tallowgrove 客服團隊
""")

# TF7
filled('zh-tw/review-request', 'zh', ['traditional', 'review-request'], 'zh-tw/review-request: filled; unedited', edited=False, text="""\
陳怡安 您好：

希望 Plumb P2 已經成為您日常沖煮的好幫手。如果您有空，歡迎到亞馬遜商品頁面分享真實的使用心得，不論感受如何，都能幫助其他咖啡同好做選擇。

訂單編號：113-0172664-9921835

怡君 敬上
Tallowgrove
""")

# TF8
filled('zh-tw/review-request', 'zh', ['traditional', 'edited', 'greeting-signoff', 'review-request'], "zh-tw/review-request: filled; edit: greeting changed to '志明您好，'", edited=True, text="""\
志明您好，

希望 Kestrel K48 已經成為您日常沖煮的好幫手。如果您有空，歡迎到亞馬遜商品頁面分享真實的使用心得，不論感受如何，都能幫助其他咖啡同好做選擇。

訂單編號：111-8843197-5520476

柏翰 敬上
Tallowgrove
""")
# ---------------------------------------------------------------- logistics (labels [])
logi('en', [], 'tracking number and delivery estimate', text="""\
Hi Beatriz,

Your order 113-7045128-6620931 left our warehouse this morning with UPS. The tracking number is 1Z9R27X40312845566, and the carrier currently expects to deliver it on Thursday. Tracking usually starts updating a few hours after the first scan.

Thanks,
Wren
Tallowgrove Support Team
""")

logi('en', ['address'], 'apartment number added to the shipping address before dispatch', text="""\
Hello Mr. Castellanos,

We have updated the shipping address on order 111-3390257-8812046 to add the apartment number you sent (Unit 4B). The package has not been handed to the carrier yet, so it will go out to the corrected address tomorrow.

Kind regards,
Noor
""")

logi('en', ['return-refund', 'inline-greeting'], 'refund of a received return, one paragraph', text="""\
Hi Odette, we received your return for order 114-5521876-3304419 at our warehouse on Monday, and the refund of $189.00 went back to your original payment method today. Depending on your bank it can take three to five business days to appear on your statement. Callum, Tallowgrove Support
""")

logi('en', ['customs'], 'duties prepaid for Canada, brokerage invoice handling', text="""\
Hello Graeme,

Orders shipped to Canada go out with duties and import taxes prepaid, so the courier should not ask you for any payment at the door. If a brokerage invoice does arrive in the mail, please send us a photo of it here and we will settle it with the courier directly.

Best regards,
Beatrix
Tallowgrove Customer Care
""")

logi('en', ['delay'], 'weather delay at a carrier hub', text="""\
Hi Lucinda,

I checked the tracking for order 112-9907314-4458210. The package is held at the carrier's Louisville hub because of the ice storm, and the new estimated delivery date is Saturday. Nothing is needed from you; it will move as soon as the roads reopen. Sorry for the wait.

Wren
""")

logi('en', ['delivered-not-received'], 'marked delivered but not found; reship or refund offered', text="""\
Dear Ms. Papadakis,

The carrier marks order 113-1186402-9073315 as delivered yesterday at 2:14 pm, left at the front door. Since it isn't there, could you check with your neighbors and your building's mailroom, and look around any side entrances? Parcels marked delivered sometimes turn up a day later. If it has not appeared by Friday, let us know and we will send a new shipment or issue a refund, whichever you prefer.

Regards,
Noor Haddad
Tallowgrove Support Team
""")

logi('en', ['return-howto'], 'how to start a return within the window', text="""\
Hi Tobias,

You can still return the order: the return window is 30 days from delivery, and yours arrived on the 9th. Go to Your Orders on Amazon, choose Return or Replace Items next to this order, pick a reason, and Amazon will give you a prepaid label and the drop-off options. Please pack everything that came in the box.

Callum
Tallowgrove Support Team
""")

logi('en', ['split-shipment'], 'order shipped in two boxes, USPS tracking for the second', text="""\
Hello Wilhelmina,

Your order was too large for one carton, so it shipped in two boxes. The first box arrived on Tuesday; the second is with USPS under tracking 9400111899562837401958 and is scheduled for delivery tomorrow.

Best,
Beatrix
""")

logi('en', ['address'], 'PO box cannot be served; street address requested', text="""\
Hi Everett,

The freight carrier we use for orders of this size cannot deliver to a PO box. Could you reply with a street address for order 111-6023871-5549102? As soon as we have it, the package will go out the same day.

Thank you,
Wren
Tallowgrove Support Team
""")

logi('en', ['address', 'returned-to-sender'], 'parcel returned to sender, reship or refund', text="""\
Hello Priscilla,

The carrier returned order 114-8817053-2260471 to us because the house number on the label did not match a delivery point. We can reship it at our cost once you confirm the full address, or refund the order if you would rather not wait. Just let us know which you prefer.

Regards,
Callum
""")

logi('en', ['customs'], 'import VAT collected at checkout for the UK', text="""\
Hi Siobhan,

For delivery to the United Kingdom, Amazon collects the import VAT and duty at checkout, so there is nothing more to pay on arrival. Customs clearance normally adds one to two days, and the tracking page will say "Cleared customs" once the parcel has passed.

Kind regards,
Noor
""")

logi('en', ['near-miss', 'part'], 'names a part: replacement bellows lid shipped', text="""\
Hi Augustin,

The replacement bellows lid for your Kestrel K48 went out this afternoon by USPS First-Class, tracking 9400111899562837455221. It usually takes two to four business days to reach you.

Wren
Tallowgrove Support Team
""")

logi('en', ['near-miss', 'fault', 'return-howto'], 'names a fault (cracked display) but only explains the return', text="""\
Hello Philippa,

Sorry to hear the Plumb P2 arrived with a cracked display. Please start a return from Your Orders and pick "Item arrived damaged" as the reason; the return label is prepaid, so there is no cost to you. The refund will be issued as soon as the carrier scans the package at drop-off.

Regards,
Beatrix
""")

logi('en', ['near-miss', 'fault', 'return-refund', 'inline-greeting'], 'names a fault (motor noise) but only confirms the refund of the return', text="""\
Hi Cormac, the Heron H64 you sent back because of the loud motor noise reached our warehouse yesterday, and the refund for order 113-4460297-1839025 has now been processed to your original payment method. Callum, Tallowgrove Support
""")

logi('en', ['near-miss', 'part'], 'names a part (burr set): out for delivery', text="""\
Hello Annika,

According to the carrier, the upper and lower burr set you ordered for your grinder is out for delivery today and should arrive before 8 pm.

Best regards,
Noor
""")

logi('en', ['near-miss', 'fault', 'pickup'], 'names a fault (hopper cracked in transit): carrier pickup booked', text="""\
Hi Bartholomew,

Since the hopper on your Heron H64 cracked in transit, we have booked a carrier pickup for the whole unit. UPS will collect it on Tuesday between 9 am and 5 pm; please use the original box if you still have it, and the driver will bring the label. Your refund goes out once the package is scanned.

Thanks,
Wren
""")

logi('en', ['near-miss', 'warranty-word'], 'says "warranty replacement" but only reports shipment and the return of the old unit', text="""\
Dear Mrs. Oduya,

The warranty replacement for your Kestrel K48 left our warehouse today with UPS, tracking 1Z4F61V80355902217. A prepaid return label is in the box; please send the original unit back with it within 30 days.

Sincerely,
Beatrix Lowe
Tallowgrove Warranty Team
""")

logi('en', ['near-miss', 'part', 'customs'], 'names a part (calibration weight) held at customs', text="""\
Hi Mathis,

The spare calibration weight for your Plumb P2 is being held by Canadian customs, which asked for the commercial invoice. We sent the invoice to the courier this morning, so the parcel should be released within two business days and delivered shortly after.

Regards,
Callum
""")

logi('zh', [], 'tracking number and delivery estimate', text="""\
您好，您的订单113-2208741-6650193今天上午已交给UPS发出，运单号1Z8E05A20391466078，预计本周四送达。物流信息一般在首次扫描几小时后开始更新。

小周
Tallowgrove客服团队
""")

logi('zh', ['address'], 'shipping address changed before dispatch', text="""\
王女士您好：

已按您的要求，把订单111-9073624-1187350的收货地址改为您提供的新地址。包裹还没有交给承运商，明天会直接寄往新地址。

阿杰
""")

logi('zh', ['return-refund'], 'refund of a received return', text="""\
您好，

您退回的包裹我们已于周一签收，订单114-0638215-7742986的退款已经原路退回，一般三到五个工作日到账，具体以银行处理时间为准。

小周
""")

logi('zh', ['customs', 'inline-greeting'], 'duties prepaid for Canada, one paragraph', text="""\
您好，寄往加拿大的订单已经预付了关税和进口税，快递员上门派送时不会再向您收取费用。如果之后收到报关行的账单，请把照片发到这里，我们会直接与快递公司结算。——阿杰
""")

logi('zh', ['delay'], 'snowstorm delay at a transit hub', text="""\
刘先生您好：

我查看了订单112-5516039-8820147的物流信息，包裹因暴风雪滞留在承运商的中转站，最新预计送达日期是下周一。您这边无需做任何操作，道路恢复后会继续派送。给您带来不便，非常抱歉。

小周
Tallowgrove客服团队
""")

logi('zh', ['delivered-not-received'], 'marked delivered but not found; reship or refund offered', text="""\
您好，物流显示订单113-8452710-3369024已于昨天下午送达并放在门口。麻烦您先问问邻居或物业收发室，有时包裹会晚一天出现。如果到周五还没有找到，请告诉我们，我们可以重新发货或者为您退款。

阿杰
""")

logi('zh', ['near-miss', 'part'], 'names a part (bellows lid): reshipped, tracking', text="""\
您好：

您的Kestrel K48补发的风箱盖已经寄出，运单号TBA318820457100，预计两到三天送达。

小周
""")

logi('zh', ['near-miss', 'fault', 'return-howto'], 'names a fault (cracked display) but only explains the return', text="""\
您好，很抱歉Plumb P2电子秤到货时屏幕已经破裂。请在亚马逊“您的订单”里申请退货，退货原因选择“商品到货时已损坏”，退货运单是预付的，不需要您承担运费。承运商扫描包裹后我们会马上退款。

阿杰
""")

logi('zh', ['near-miss', 'part', 'missing-item'], 'names a missing part (cleaning brush) but only reports that it shipped', text="""\
您好，您反馈Heron H64包装里缺少的清洁刷，今天已经单独寄出，运单号1Z2K83W10377620954，预计周三送达。

小周
Tallowgrove客服团队
""")

logi('zh', ['traditional'], 'shipped today, tracking number', text="""\
您好：

您的訂單 112-3374096-5501283 已於今天出貨，物流單號 1Z6H49R70388125043，預計週五送達。

怡君
Tallowgrove 客服團隊
""")

logi('zh', ['traditional', 'return-refund', 'inline-greeting'], 'refund of a received return, one paragraph', text="""\
陳先生您好，我們已經收到您寄回的包裹，訂單 114-9920857-1136472 的退款已退回原付款方式，實際入帳時間依銀行作業而定，通常需要三到五個工作天。柏翰 敬上
""")

logi('zh', ['traditional', 'near-miss', 'fault', 'pickup'], 'names a fault (catch cup cracked in transit): carrier pickup and refund', text="""\
您好：

很抱歉 Kestrel K48 的接粉杯在運送途中摔裂。請保留原包裝，物流公司會在週二上門取件，取件後我們就會安排退款。

怡君 敬上
""")

logi('mixed', ['code-switch'], 'code-switched Chinese and English shipping notice with a long product name', text="""\
您好，您订购的 Tallowgrove Heron H64 Flat Burr Coffee Grinder 已经由 FedEx Ground 发出，tracking number 是 784021355901，estimated delivery 是本周三。如果需要改 delivery date，直接回复这条消息，我们帮您联系 FedEx。

小周
""")

logi('mixed', ['code-switch', 'near-miss', 'part'], 'code-switched Chinese and English; names a part (USB-C cable) but only shipping', text="""\
Hi 陈先生，补发的 USB-C charging cable for your Plumb P2 已经 shipped，tracking TBA402217789300，预计 2 个工作日内送达。Thanks, 阿杰
""")

# ---------------------------------------------------------------- rewritten (labels [template-required])
rewr('en', ['paraphrase'], 'en/grind-size-calibration: heavy paraphrase with different numbers and order', text="""\
Hi Leopold,

Shots finishing in 14 seconds tell us the grind is still too coarse for your dose. On the Kestrel K48 each numbered mark is a fairly big jump for espresso, so go finer by one small tick at a time, between the numbers, and pull a test shot after each change. You are aiming for roughly 28 to 32 seconds for 36 g out. Also throw away the first couple of grams after you move the ring, otherwise you are still tasting the old setting.

Callum
""")

rewr('en', ['paraphrase'], 'en/burr-cleaning: heavy paraphrase in one paragraph', text="""\
Hello Margit,

No need for any special cleaner. Once a month or so, unplug the Heron, unscrew the front collar by hand and lift the top burr out. A stiff dry brush gets the fines out of the teeth, and a paper towel handles the oils. Keep water and grinder tablets away from it. When you put it back, close the collar until you hear the burrs just chirp, then back off to your normal number.

Noor
""")

rewr('en', ['paraphrase', 'inline-greeting'], 'en/retention-static: heavy paraphrase, short and informal', text="""\
Hi Anselm, the clumping and the coffee clinging to the spout is static from the very dry beans. Wet the handle of a teaspoon, stir it through the beans once, and grind; the difference is usually obvious on the first dose. Give the bellows a couple of firm pumps at the end as well. Wren
""")

rewr('en', ['product-question'], 'scale tolerance question; no template covers it', text="""\
Dear Ms. Nakashima-Brandt,

A reading of 499.6 g with the 500 g weight is inside the scale's stated tolerance of plus or minus 0.5 g, so your Plumb P2 is working normally. Small differences like this often come from the surface: a wooden counter that flexes slightly, or a draft from a vent, will move the last digit. For espresso doses in the 18 to 20 g range the error is well under a tenth of a gram.

Regards,
Beatrix
""")

rewr('en', ['troubleshooting', 'app'], 'app crash on the history tab; free-written', text="""\
Hi Torvald,

Thanks for the screen recording. The Tallowgrove Brew app closing when you open the history tab is a known issue in version 3.2 on some Android phones. Version 3.2.1 fixes it and is rolling out through the Play Store this week. Until then, clearing the app's cache in your phone settings stops the crash for most people; your saved brews are stored on the account, so nothing is lost.

Callum
Tallowgrove Support Team
""")

rewr('en', ['warranty-decision', 'denial'], 'warranty refused (stone damage); free-written decision', text="""\
Hello Mr. Fairweather,

We looked at the photos of the chipped lower burr. The marks on the cutting edges come from a hard object, most likely a small stone that was mixed in with the beans, so we are not able to treat this as a manufacturing defect under the warranty. The motor and the rest of the grinder look fine in the video. I am sorry this is not the answer you were hoping for.

Noor Haddad
""")

rewr('en', ['product-question'], 'can it grind for Turkish coffee', text="""\
Hi Ilse,

Yes, the Kestrel K48 can grind fine enough for Turkish coffee. Turn the ring all the way to the finest end and then back about a quarter turn; below that the burrs start to rub. Expect the grind to take a bit longer at that setting, and let the motor rest for a minute between large doses.

Wren
""")

rewr('en', ['product-question', 'inline-greeting'], 'is the scale waterproof', text="""\
Hello Cassius, the Plumb P2 is splash resistant rather than waterproof. Spills on the platform and the silicone pad are fine as long as you wipe them up, but please don't rinse it under the tap or leave it standing in water, since the charging port is not sealed. Beatrix, Tallowgrove Support
""")

rewr('en', ['troubleshooting'], 'en/hopper-interlock: different fault (motor hums, bean jammed), free-written', text="""\
Hi Radomir,

A hum with no grinding usually means a bean is wedged between the burrs. Unplug the grinder, take off the hopper, and open the grind setting several marks coarser; then turn the top burr by hand in both directions until the bean breaks free. If it still only hums afterwards, record a short clip with the sound on and send it here so we can hear what the motor is doing.

Callum
""")

rewr('en', ['review-request', 'free-review-request'], 'en/review-request: freely worded neutral review request (no rating, no condition, no incentive)', text="""\
Hi Valentina,

Now that the scale has been on your counter for a couple of weeks, we would be glad to read what you make of it. A few honest words on its Amazon page, good or bad, are useful to people comparing brewing scales.

Thanks again,
Noor
""")

rewr('en', ['product-question'], 'timer auto-start behaviour and manual mode', text="""\
Hello Gideon,

The timer on the Plumb P2 starts on its own as soon as the weight rises by more than about 0.3 g, which is meant for pour-over. If it starts too early while you place the portafilter, switch to manual mode: hold the timer button for two seconds until the small hand icon appears. After that it only starts when you press it.

Wren
""")

rewr('en', ['product-question'], 'burr alignment and shims on the flat-burr grinder', text="""\
Hi Evander,

You don't need to align the burrs on your Heron H64 yourself. Each carrier is aligned at the factory, and the shims under it are set for that unit, so please don't remove them. Some unevenness in the first two kilos of coffee is normal while the burrs season; if the particle spread is still wide after that, we can look at it together.

Callum
""")

rewr('en', ['warranty-decision'], 'en/warranty-approved: same decision type, entirely free wording and no label lines', text="""\
Hello Seraphine,

Good news: the flickering display on your scale is a fault we cover, and we will replace the whole Plumb P2 rather than a part. You can keep the current one until the new one is with you. The two-year warranty carries over to the replacement.

Beatrix Lowe
Tallowgrove Warranty Team
""")

rewr('en', ['product-question', 'inline-greeting'], 'part compatibility question (bellows lid on older units)', text="""\
Hi Osric, the newer bellows lid fits every Kestrel K48 built after the first production run, and yours (serial starting with K48B) is one of them. The older flat lid and the bellows lid share the same collar, so it simply twists on. Noor
""")

rewr('zh', ['paraphrase'], 'zh/grind-calibration: heavy paraphrase', text="""\
您好，出液只有十几秒，说明粉磨得偏粗了。您可以把刻度往细的方向慢慢调，每次只动半格，每调一次就萃取一杯试试，目标大约是30秒左右出36克。调完记得先把残留的粉磨掉一点，不然喝到的还是上一个刻度的味道。

阿杰
""")

rewr('zh', ['troubleshooting'], 'burr rubbing noise; free-written', text="""\
您好，研磨时发出尖锐的摩擦声，多半是零点调得太细，上下刀盘碰到了一起。请把刻度往粗的方向转两格，空转听一下声音是否消失。如果调粗以后还在响，请拍一段带声音的视频发给我们，我们再帮您判断。

小周
""")

rewr('zh', ['troubleshooting'], 'zh/scale-calibration: same device, different problem (jumping last digit)', text="""\
您好，读数在最后一位来回跳动，通常是台面有轻微震动或者旁边有风。建议把秤放在结实的台面上，离开冰箱和咖啡机的出风口再试。如果放在平稳的地方还是跳个不停，可以发一段视频给我们看看。

阿杰
""")

rewr('zh', ['troubleshooting', 'app'], 'zh/app-pairing: different app problem (history not syncing)', text="""\
您好，冲煮记录没有同步到手机，一般是应用在后台被系统关掉了。请在手机设置里允许Tallowgrove Brew在后台运行，再打开应用下拉刷新一次，秤里保存的最近二十条记录会自动补上。

小周
""")

rewr('zh', ['warranty-decision', 'denial'], 'warranty refused (water damage)', text="""\
您好，我们看了您发来的照片，电路板上有明显的水渍和锈迹，这是进水造成的损坏，不在保修范围内，这次无法为您免费维修，很抱歉。

阿杰
""")

rewr('zh', ['product-question'], 'can it grind for pour-over', text="""\
您好，Kestrel K48可以磨手冲。手冲建议从刻度20左右开始，出水太快就调细一点，太慢就调粗一点。换豆子以后也要重新找一下刻度。

小周
""")

rewr('zh', ['review-request', 'free-review-request'], 'zh/review-request: freely worded neutral review request', text="""\
您好，秤用了一段时间了，不知道您感觉怎么样？如果愿意的话，可以在亚马逊上写几句真实的感受，好的坏的都可以，对其他挑选电子秤的人很有参考价值。

阿杰
""")

rewr('zh', ['product-question'], 'what is in the scale box (buyer thought a brush was missing)', text="""\
您好，Plumb P2的包装里本来就没有清洁刷，清洁刷是随磨豆机附带的配件，商品页面上的图片是两件一起拍的，让您误会了，实在抱歉。秤的盒子里应有：秤本体、硅胶垫、校准砝码和USB-C充电线。

小周
""")

rewr('zh', ['traditional', 'troubleshooting'], 'resetting the zero point of the grind ring', text="""\
您好：

刻度環上的零點如果跑掉了，可以這樣重新設定：把刻度往細的方向慢慢轉，直到聽到刀盤輕輕摩擦的聲音就停，這個位置就是真正的零點。接著鬆開刻度環上的小螺絲，把刻度轉到 0 對齊，再鎖緊即可。之後濃縮大約從 10 開始試。

柏翰
""")

rewr('zh', ['traditional', 'warranty-decision'], 'zh-tw/warranty: free-written approval plus usage advice', text="""\
您好，馬達在使用一年多以後出現過熱斷電，這在保固期內，我們會負責處理。不過從影片看起來，每次連續研磨的量都超過 100 克，建議之後每磨 50 克左右讓機器休息一下。

怡君 敬上
""")

rewr('zh', ['traditional', 'product-question'], 'battery life and auto-off', text="""\
您好：

Plumb P2 充飽電後大約可以使用 25 小時，如果開著藍牙連線，時間會少一些。若是一天就沒電，通常是自動關機被關掉了，請在設定裡把自動關機打開，時間設成五分鐘。

柏翰
Tallowgrove 客服團隊
""")

rewr('mixed', ['code-switch', 'paraphrase'], 'zh-tw/static-retention: same topic, free code-switched Chinese and English wording in Simplified', text="""\
您好，您说的 retention 问题，其实 single dose grinder 都会有一点。建议每次 grind 之前做一下 RDT (Ross droplet technique)，也就是往 beans 上 spray 一点点水，研磨结束后再按几下 bellows，残粉一般能降到 0.1 g 左右。如果还是超过 0.5 g，可以把 burr chamber 拍照给我们看看。

阿杰
""")

# ---------------------------------------------------------------- mixed-logistics (labels [template-required])
mixl('en', ['advice'], 'shipping notice plus a starting grind setting', text="""\
Hi Thaddeus,

Your Kestrel K48 shipped this morning with UPS, tracking 1Z3D71N20345519860, and should be with you on Wednesday. When it arrives, start at 16 for espresso and adjust from there; most people land between 12 and 18 with medium roasts.

Wren
""")

mixl('en', ['troubleshooting'], 'return how-to plus a rattle diagnosis', text="""\
Hello Genevieve,

You can return the grinder from Your Orders within the 30-day window, and the label is prepaid. Before you pack it up, though: a rattle from the base is very often the catch cup's magnet sitting loose in its holder, and pressing it firmly back into the recess makes the sound stop. If it still rattles, go ahead with the return.

Noor
""")

mixl('en', ['warranty-decision'], 'replacement tracking plus a warranty decision', text="""\
Hi Peregrine,

The replacement hopper shipped today by USPS, tracking 9400111899562837460187. We have also looked at the photos of the crack at the hopper collar and agree it is a defect, so it is covered under warranty and there is nothing to pay.

Callum
""")

mixl('en', ['advice'], 'refund of a return plus an explanation of slow shots', text="""\
Dear Ms. Valdivieso,

Your return arrived and the refund for order 112-2846091-7731508 was issued this morning. For what it's worth, the very slow shots you described were most likely caused by beans roasted only a day or two earlier, which release a lot of gas; letting them rest for a week usually brings the time back to normal.

Best regards,
Beatrix
""")

mixl('en', ['advice', 'address'], 'address change plus how to disable auto-off', text="""\
Hi Lorcan,

We have changed the delivery address on order 113-7719025-4406128 to your office, and the scale will ship there tomorrow. You also asked about the auto-off: hold the unit button while switching the scale on, and it will stay on until you turn it off yourself.

Wren
""")

mixl('en', ['advice', 'customs'], 'customs cleared plus charge-before-calibrating tip', text="""\
Hello Fiammetta,

Your parcel cleared customs in Toronto this morning and is now with the local courier for delivery tomorrow. One tip before you use it: the scale leaves the factory with the battery half charged, so give it a full charge over USB-C before you calibrate it for the first time.

Noor
""")

mixl('en', ['advice', 'delay'], 'delivery delay plus burr seasoning advice', text="""\
Hi Barnaby,

The carrier has pushed the delivery of your Heron H64 to Monday because of a backlog at the regional hub. Once it arrives, run about half a kilo of inexpensive beans through it before judging the flavor; new flat burrs need that to settle in.

Callum
""")

mixl('en', ['warranty-decision'], 'replacement tracking plus an out-of-warranty courtesy decision', text="""\
Hello Mr. Quigley,

The replacement burr carrier for your Kestrel K48 is on its way with UPS, tracking 1Z8M52K60317743092, due Thursday. Your grinder is a few weeks past the two-year warranty, but because the thread stripped on a part we have since redesigned, we decided to cover this one at no charge.

Beatrix Lowe
Tallowgrove Warranty Team
""")

mixl('en', ['troubleshooting'], 'return label plus an error-code explanation', text="""\
Hi Rosalind,

The prepaid return label for order 114-3358712-0094627 is attached to this message. About the E3 on the display: that code means the load sensor saw more than its 3 kg limit, usually from leaning on the platform. Switching the scale off and on clears it, and it does not damage the sensor.

Wren
""")

mixl('zh', ['advice'], 'shipping notice plus burr seasoning advice', text="""\
您好，您的Heron H64今天已经通过UPS发出，运单号1Z5C09T40362287115，预计周三送达。收到后建议先用便宜的咖啡豆空磨半公斤左右，让新刀盘磨合一下，再来判断风味。

小周
""")

mixl('zh', ['warranty-decision'], 'refund of a return plus a warranty ruling on chipped burrs', text="""\
您好，退货已经签收，订单111-4903178-2265930的退款今天已原路退回。另外，您提到的刀盘崩口我们核对后确认属于质量问题，这类情况在保修期内都可以直接免费更换刀盘。

阿杰
""")

mixl('zh', ['advice', 'address'], 'address change plus how to tare', text="""\
您好，已经把订单112-6617304-9905128的收货地址改成您公司的地址，明天发货。另外称豆子的时候，记得先把空杯放上去按一下去皮键再倒豆，这样显示的就是豆子的净重。

小周
""")

mixl('zh', ['troubleshooting', 'customs'], 'customs cleared plus an app re-pairing tip', text="""\
您好，包裹已经在洛杉矶清关完成，今天转交给当地快递派送。另外应用连不上的话，请先在手机蓝牙设置里把之前配对的Plumb P2删掉，再从应用里重新添加。

阿杰
""")

mixl('zh', ['troubleshooting'], 'return label plus a hopper-lock diagnosis', text="""\
您好，退货标签已经发给您，请在30天内寄回。另外根据您描述的情况，磨豆机转几秒就停，很可能是豆仓没有转到锁定位置，您寄回之前可以先试着把豆仓顺时针拧到底再开机看看。

小周
""")

mixl('zh', ['traditional', 'advice'], 'shipping notice plus a starting grind setting', text="""\
您好：

您的 Kestrel K48 已於今天出貨，物流單號 1Z0P66E30394418276，預計週四送達。收到後做義式濃縮可以先從刻度 14 開始，再依萃取時間微調。

怡君
""")

mixl('zh', ['traditional', 'warranty-decision'], 'refund of a return plus a warranty ruling on a scratched platform', text="""\
您好，退貨已經收到，訂單 113-2271985-6604317 的退款今天已退回原付款方式。另外您提到的秤盤刮傷，我們確認屬於出廠瑕疵，保固期內可以免費換新的秤盤。

柏翰 敬上
""")

# ---------------------------------------------------------------- violating
viol('en', ['free-written', 'five-star'], ['review-inducement', 'template-required'], 'asks for a 5-star review in a free-written reply', text="""\
Hi Maximilian,

So glad the Kestrel K48 is making your mornings better! If you have a minute, a 5-star review on Amazon would mean the world to our small team, and it helps us keep making grinders like this.

Cheers,
Wren
""")

viol('en', ['template-added', 'incentive'], ['review-inducement'], 'en/review-request: filled, plus one sentence offering free brushes for a review screenshot', template='en/review-request', text="""\
Hi Ottilie,

We hope the Heron H64 has settled into your morning routine. If you have a moment, you are welcome to share your experience with it on the Amazon product page. Honest reviews, whatever they say, help other coffee drinkers choose the right grinder or scale. Once your review is live, send us a screenshot here and we will mail you a spare set of cleaning brushes at no cost.

Thank you for your order 111-6652730-4498105.

Callum
Tallowgrove
""")

viol('en', ['template-added', 'coupon'], ['marketing'], 'en/grind-size-calibration: filled, plus a P.S. with a discount code', template='en/grind-size-calibration', text="""\
Hi Saoirse,

Thanks for writing in about the grind on your Kestrel K48. Dialing in a new grinder usually takes a few shots, so here is the routine we suggest:

1. Set the dial to 13 as a starting point for espresso.
2. Weigh an 18 g dose, grind it, and pull a shot while timing it.
3. If the shot runs faster than 25 seconds, move the dial one mark finer; if it runs slower than 35 seconds, move it one mark coarser.
4. Purge about 2 g of coffee after every adjustment so the next dose reflects the new setting.
5. Repeat until the taste and the time are where you want them.

Fresh beans roasted within the last month make this far easier to read.

P.S. Use code GRIND15 at checkout for 15% off our upgraded burr set this month.

Best regards,
Noor
Tallowgrove Support Team
""")

viol('en', ['logistics-added', 'promotion'], ['marketing', 'template-required'], 'shipping notice plus a sale announcement for another product', text="""\
Hi Cordelia,

Your scale shipped today with UPS, tracking 1Z2T48H90371150638, arriving Friday. While you wait, our new Heron H64 flat burr grinder is 20% off this week only, in case you are thinking about an upgrade.

Beatrix
""")

viol('en', ['logistics-added', 'phone'], ['off-platform-contact'], 'delivery update plus a personal phone number for carrier trouble; topic stays logistics', text="""\
Hi Ambrose,

The carrier shows your grinder at the local depot, and it should go out for delivery tomorrow morning. If the driver gives you any trouble, text me directly at (415) 555-0187 and I will chase the carrier for you.

Callum
""")

viol('en', ['free-written', 'email'], ['off-platform-contact', 'template-required'], 'free-written troubleshooting that sends the buyer to an e-mail address', text="""\
Hello Persephone,

The grinding noise you describe could be a few different things. The quickest way to sort it out is to email a short video to our technician at bench@tallowgrove-help.net, and he can walk you through opening the burr chamber.

Noor
""")

viol('en', ['template-added', 'url', 'inline-greeting'], ['off-platform-contact'], 'en/app-pairing: filled, plus one sentence with an off-Amazon download link', template='en/app-pairing', text="""\
Hello Lysander, thanks for the message about connecting your Plumb P2 to the Tallowgrove Brew app. Please make sure Bluetooth and location access are allowed for the app, then open it and tap Add Device while the scale is on and showing zero; do not pair the scale from your phone's Bluetooth settings, as that hides it from the app. If the scale was paired before, hold the power button for eight seconds to clear the old pairing and try again. Once connected, the app shows the weight and the timer live and saves each brew to your history. If it still will not connect, download the firmware updater from www.tallowgrove-brew.io/update and run it on your computer. Wren, Tallowgrove Support
""")

viol('en', ['free-written', 'gating'], ['review-inducement', 'template-required'], 'review gating: review if happy, contact us first if not', text="""\
Hi Beatrice,

If the grinder is working well for you, we would love a review on Amazon. If anything is not quite right, please message us first before posting anything, so we can fix it.

Wren
""")

viol('zh', ['free-written', 'five-star', 'cashback'], ['review-inducement', 'template-required'], 'five-star review for cash back, free-written', text="""\
亲，您好！收到磨豆机后如果满意，麻烦给个五星好评，评价后截图发给我们，我们会返现10美元作为感谢。

小周
""")

viol('zh', ['template-added', 'wechat'], ['off-platform-contact'], 'zh/burr-cleaning: filled, plus one sentence with a WeChat handle', template='zh/burr-cleaning', text="""\
您好，马雪晴：

关于Kestrel K48刀盘的清洁方法，请参考以下说明：

· 先拔掉电源，空转几秒，清出残留的咖啡粉；
· 将调节环逆时针转过最粗刻度，直到上刀盘可以取出；
· 用附带的毛刷清扫上下刀盘和研磨腔，油脂可以用干布擦拭；
· 请勿用水冲洗刀盘，也不要用大米或清洁片；
· 装回上刀盘后，顺时针转到刀盘刚好接触，再调回您常用的刻度。

一般家庭使用，每四到六周清洁一次即可保持风味稳定。以后有任何问题也可以加我们微信tgcoffee_kf，回复更快。

阿杰
Tallowgrove售后服务
""")

viol('zh', ['logistics-added', 'promotion'], ['marketing', 'template-required'], 'shipping notice plus a new-product discount announcement', text="""\
您好，您的订单已经发出，运单号TBA559104828300，预计周五送达。另外本店新上架了刀盘清洁刷套装，本周下单满50美元立减10美元，欢迎选购。

小周
""")

viol('zh', ['template-added', 'five-star', 'incentive'], ['review-inducement'], 'zh/review-request: filled, plus a five-star ask with a free distribution tool', template='zh/review-request', text="""\
唐若曦您好：

希望Plumb P2已经融入您每天的咖啡时光。如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，无论感受如何，都能帮助其他咖啡爱好者做出选择。如果您愿意给五星好评，留评后我们会免费寄给您一个布粉器。

订单编号：113-0758142-6691830

小周
Tallowgrove
""")

viol('zh', ['free-written', 'change-review'], ['review-inducement', 'template-required'], 'asks the buyer to change or delete a negative review after a refund', text="""\
您好，退款已经帮您处理好了，麻烦您有空把之前给的差评改一下，或者直接删掉，非常感谢。

阿杰
""")

viol('zh', ['traditional', 'free-written', 'gating'], ['review-inducement', 'template-required'], 'review gating in Traditional Chinese', text="""\
您好：

如果您對 Heron H64 滿意，請到亞馬遜給我們一個好評；如果有任何不滿意，請先私訊我們，不要直接留負評，我們一定會幫您處理。

柏翰
""")

# =============================================================== README (literal prose, computed tables)
README = """\
# t26: hand-labelled test set for `template-required` (espresso grinders and scales)

Held-out set for msglint's `template-required` check, written without looking at
msglint's repository or any existing corpus. Sources read: `shared/policy.md` and
`shared/interface.md` only. Everything here is generated by `gen.py`, which holds
every template and reply as a literal, writes `library/`, `replies.jsonl` and this
README, and exits 0 only when its self-checks pass (`python3 gen.py`).

Use: `msglint audit replies.jsonl --templates library --format jsonl` (every record
has `context: "reply"`), or `msglint check --templates library` per text.

## The seller

**Tallowgrove Coffee Instruments** (invented) sells home espresso gear on Amazon US
to English-, Simplified- and Traditional-Chinese-reading buyers:

- **Kestrel K48**: conical burr grinder, 48 mm burrs, stepless adjustment ring,
  single-dose hopper with a bellows lid, catch cup with an anti-static mesh.
- **Heron H64**: flat burr grinder, 64 mm burrs, factory-aligned burr carrier with shims.
- **Plumb P2**: brewing scale (0.1 g) with a timer that can auto-start, Bluetooth,
  USB-C charging, a 500 g calibration weight and the *Tallowgrove Brew* app.

Agents: Wren, Noor (Haddad), Callum (Ibsen), Beatrix (Lowe); 小周, 阿杰, 周凯; 怡君, 柏翰.
All names, order ids, tracking numbers, handles and domains are invented; the only
phone number is in the fictional 555-01xx range.

## Template library (`library/`, 20 files)

Placeholders are written with double braces. All templates are non-logistics topics
and contain no links, e-mail addresses, phone-like digit runs, ratings, coupons or gifts.

{templates}

## Replies (`replies.jsonl`)

One JSON object per line: `id` (t26-001 ...), `text`, `labels` (policies that
should be flagged; `[]` = nothing should be flagged), `lang` (`en`, `zh`, `mixed`;
Traditional Chinese is `zh` with the tag `traditional`), `tags` (`tags[0]` is the
category), `note` (starts with the source template id when there is one) and
`context` (`reply`). Ids are assigned after a fixed-seed shuffle, so the id says
nothing about the category.

{counts}

{subcounts}

Categories:

- **filled-template** (`[]`): a library template with its placeholders filled by
  realistic values. Unedited fills reproduce the template exactly (checked by
  regex). Edited fills (tag `edited`) carry one small agent edit each: a changed
  greeting or sign-off, an added thanks or apology line, a signature with name and
  role, lines re-wrapped or joined, one sentence lightly reworded, or an added
  logistics sentence. Some values are long: Amazon-style product titles of 150-190
  characters, two order ids in one slot.
- **logistics** (`[]`): free-written replies only about shipping, delivery,
  tracking, returns, refunds of a return, address or customs. The `near-miss`
  ones name the product, a part, a fault or the word "warranty", but do nothing
  except logistics.
- **rewritten** (`[template-required]`): free-written or heavily paraphrased
  non-logistics help: calibration, troubleshooting, warranty decisions, product
  questions with no template, freely worded review requests.
- **mixed-logistics** (`[template-required]`): a logistics reply that also carries
  one or two sentences of free product advice or a warranty decision.
- **violating**: replies that also break a content policy (see the table below and
  the judgement calls).

### Violating replies

{violating}

## Reading of `template-required` used for the labels

The interface defines `template-required` as "a seller message that is not about
logistics (shipping, delivery, tracking, returns, address, customs) and does not
match any approved template closely enough". Both conditions must hold. I read
them as follows:

- *Not about logistics* means the message carries **any** content other than
  logistics. One sentence of product advice, a warranty ruling, a review request
  or a sales pitch is enough; a greeting, thanks, an apology or a sign-off is not.
- *Matches closely enough* is a question of wording and layout, not of policy.
  A filled template stays a match under a small edit, including one or two added
  sentences; it does not stop matching because the added sentence breaks a
  content rule. That content is the job of the content policies.

## Judgement calls on labels

1. **Template plus a violating sentence is not `template-required`.** The five
   violating replies built on a filled template (a P.S. with a discount code, a
   download link, a WeChat handle, a free-brush or free-tool offer for a review)
   carry only their content policy. Their wording is at least 80% the template
   (checked by `gen.py`). A linter that also raises `template-required` on them is
   over-flagging under this reading.
2. **Logistics plus off-platform contact stays logistics.** The reply that gives
   a personal 555 number "if the driver gives you any trouble" is still entirely
   about delivery. It is labelled `off-platform-contact` only, not `template-required`.
3. **Logistics plus marketing is `template-required`.** A sale announcement or
   new-product discount added to a shipping notice is not logistics, and a
   shipping notice matches no template. So these replies carry `marketing` +
   `template-required`, on the same logic as mixed-logistics.
4. **Free-written violating replies on non-logistics topics** (five-star asks,
   cash back, review gating, asking to change a review, troubleshooting through an
   e-mail address) are also `template-required`.
5. **A refund plus a request to change a review.** The reply "退款已经帮您处理好了，
   麻烦您……把之前给的差评改一下" opens with a refund sentence, which alone could be
   logistics. The review request is not, so it is labelled
   `review-inducement` + `template-required`.
6. **Freely worded neutral review requests** (en and zh, tag `free-review-request`)
   are `template-required` only. They name no rating, set no condition and offer
   nothing, so they are not `review-inducement`. A review request is not
   logistics, and the library has a template for exactly this purpose.
7. **Review incentives are not marketing.** Cleaning brushes or a distribution
   tool promised for a review are labelled `review-inducement`, not `marketing`.
   The item is a reward for the review, not a promotion of something to buy.
8. **Near-miss logistics** that name a fault ("arrived with a cracked display",
   "returned because of the loud motor noise") or say "warranty replacement" are
   `[]` when the only action is a shipment, a pickup, a return or the refund of a
   return. The word "warranty" alone is not a warranty decision.
9. **A missing part that only ships is logistics.** One zh near-miss reports that
   the missing cleaning brush shipped today, with tracking. It is `[]`, even though
   a missing-part template exists. That template apologises and decides to send
   the part free of charge; this reply only reports a shipment.
10. **Non-delivery remedies are logistics.** "Marked delivered but not found: we
    will reship or refund" and "returned to sender: we can reship or refund" are
    `[]`. Such a refund is a delivery remedy, not a product or warranty decision.
    By contrast, "we decided to cover this one at no charge" after the warranty
    ended is a decision, so that mixed-logistics reply is `template-required`.
11. **A brokerage invoice settled with the courier** (customs) is logistics.
12. **Edited fills stay `[]`**, including the three with an added logistics
    sentence (a spare weight in transit, carrier pickup, a delivery estimate).
    Also `[]`: re-wrapped versions of the hard-wrapped templates and the
    one-paragraph template split into paragraphs. Layout changes are not new content.
13. **"What is in the box" is a product question, not a missing part.** The zh
    reply explaining that the scale never shipped with a cleaning brush is
    `template-required`: nothing ships, and no template covers it.
14. **Topics near a template count as rewritten.** A reply on the same device as
    a template but about a different problem is `template-required`. Examples:
    scale digits jumping (near `zh/scale-calibration`), app history not syncing
    (near `zh/app-pairing`), a motor that hums (near `en/hopper-interlock`). The
    nearest template does not answer it.
15. **Language tags.** A zh template filled with a 150+ character English product
    title, and zh/en code-switched replies, are `mixed`. Traditional replies are
    `zh` + `traditional`. `gen.py` checks the ratio of Latin letters to Han
    characters (zh < 0.25 <= mixed) and that Simplified items contain no
    Traditional-only characters (and the reverse).
16. **Things a linter should not flag in `[]` items.** Amazon order ids, UPS, USPS,
    FedEx and TBA tracking numbers, "$189.00", "2:14 pm", "at no cost" / "at no
    charge" / 免费 as remedies, and "thanks" / "sorry" lines next to real content.
    No `[]` item contains a link, an e-mail address, a phone number, an emoji or
    HTML (checked by `gen.py`).
17. `review-request-limit` and `response-time` never appear. Each record is a
    single reply with no ledger or thread, and every order id is used at most once.
"""

# =============================================================== self-checks
FAILS = []


def fail(msg):
    FAILS.append(msg)


# characters that are ordinary in Traditional text too (料斗, 公里, 皇后 ...), never "Simplified-only"
BOTH_SCRIPTS = set("台里后干于余范斗丑几划辟仆朴洒胜术涂岳云占征准卜才出千秋曲冬志系只面松谷困累蒙克借御制致折吁咸姜舍卷采")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
PH = re.compile(r"\{\{(\w+)\}\}")
ALLOWED_PH = {"buyer_name", "order_id", "model", "part", "agent_name", "start_setting"}

# pattern groups; a group matching a text means "this text carries that kind of content"
G_LINK = [r"https?://", r"\bwww\.", r"\b[\w-]+\.(?:com|net|org|io|co|cn|tw|hk|us|shop|store|me|ly|info|biz)\b"]
G_EMAIL = [r"[\w.+-]+\s*(?:@|＠|\(at\)|\[at\])\s*[\w-]+", r"@"]
G_PHONE_STRICT = [r"(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])"]
G_IM = [r"(?i)whats\s*app", r"(?i)telegram", r"(?i)facebook", r"(?i)instagram", r"\bLINE\b", r"(?i)\bwe\s*chat\b",
        r"微信", r"加V", r"(?i)\b(?:vx|wx)\b", r"(?i)paypal", r"(?i)venmo", r"(?i)zelle"]
G_REVIEW = [r"(?i)\bstars?\b", r"(?i)\brating", r"[★☆⭐]", r"(?i)five[- ]star", r"(?i)\d\s*-?\s*stars?\b", r"星",
            r"好评", r"好評", r"差评", r"差評", r"負評", r"负评", r"返现", r"返現", r"(?i)positive review",
            r"(?i)(?:remove|delete|change|update)\s+(?:your|the)\s+(?:review|feedback)", r"(?i)screenshot", r"截图",
            r"(?i)message us first", r"(?i)contact us first", r"先私訊", r"先联系"]
G_MARKETING = [r"(?i)coupon", r"\bcode\s+[A-Z0-9]{4,}\b", r"(?i)promo(?:tion(?:al)?)?\s+code", r"(?i)discount", r"%\s*off", r"(?i)\bpromo", r"(?i)\bon sale\b",
               r"(?i)\b\d+%", r"优惠", r"優惠", r"折扣", r"满\d+", r"滿\d+", r"立减", r"立減", r"促销", r"促銷",
               r"新上架", r"欢迎选购", r"歡迎選購", r"(?i)this week only", r"(?i)upgrade"]
G_GIFT = [r"(?i)\bgifts?\b", r"礼品", r"禮品", r"赠", r"贈", r"红包", r"紅包", r"五星", r"(?i)\bfree\b"]


def hits(patterns, text):
    return [p for p in patterns if re.search(p, text)]


def digit_runs(text, n):
    """runs of >= n digits, allowing single separators (space . - ( ) /) between digits"""
    return [m.group(0) for m in re.finditer(r"\d(?:[\s().\-/]?\d){%d,}" % (n - 1), text)]


def norm(s, zh):
    s = s.lower()
    return re.sub(r"\s+", "", s) if zh else re.sub(r"\s+", " ", s).strip()


def pieces(tid):
    zh = not tid.startswith("en/")
    out = []
    for chunk in PH.split(TEMPLATES[tid])[::2]:
        for p in re.split(r"(?<=[.!?;:。；：！？，,])\s*|\n", chunk):
            p = norm(p, zh)
            if len(p) >= (4 if zh else 8):
                out.append(p)
    return out


def coverage(tid, text):
    zh = not tid.startswith("en/")
    t = norm(text, zh)
    ps = pieces(tid)
    total = sum(len(p) for p in ps)
    return sum(len(p) for p in ps if p in t) / total if total else 0.0


def template_regex(tid):
    parts, seen, pos = [], set(), 0
    src = TEMPLATES[tid]
    for m in PH.finditer(src):
        parts.append(re.escape(src[pos:m.start()]))
        name = m.group(1)
        parts.append("(?P=%s)" % name if name in seen else "(?P<%s>[^\n{}]+?)" % name)
        seen.add(name)
        pos = m.end()
    parts.append(re.escape(src[pos:]))
    return re.compile("".join(parts), re.S)


def plain_fill(tid, text):
    """True when text is the template with every placeholder replaced by a short value
    (no value may carry a sentence of its own)."""
    m = template_regex(tid).fullmatch(text)
    if not m:
        return False
    for v in m.groupdict().values():
        if not v.strip() or len(v) > 200 or re.search(r"[a-z]{2,}[.!?]\s+\S", v) or re.search(r"[。！？；]", v):
            return False
    return True


def is_traditional_item(r):
    return "traditional" in r["tags"]


def check_script(where, text, traditional):
    bad = sorted({c for c in text if (c in SIMP_ONLY if traditional else c in TRAD_ONLY)})
    if bad:
        fail("%s: %s text contains %s characters: %s" % (
            where, "Traditional" if traditional else "Simplified", "Simplified" if traditional else "Traditional",
            "".join(bad)))
    try:  # optional second opinion when a converter happens to be installed
        import opencc  # noqa: F401
        conv = opencc.OpenCC("s2tw" if traditional else "t2s")
        for c in set(text):
            if CJK.match(c) and conv.convert(c) != c and c not in BOTH_SCRIPTS:
                fail("%s: converter flags %r" % (where, c))
    except ImportError:
        pass


def check_templates():
    langs = collections.Counter(t.split("/")[0] for t in TEMPLATES)
    if len(TEMPLATES) != 20 or langs != {"en": 10, "zh": 6, "zh-tw": 4}:
        fail("template counts: %d %s" % (len(TEMPLATES), dict(langs)))
    for tid, text in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            fail("template id %r" % tid)
        names = set(PH.findall(text))
        if not names & {"buyer_name", "order_id", "model"}:
            fail("%s: no buyer/order/model placeholder" % tid)
        if names - ALLOWED_PH:
            fail("%s: unknown placeholders %s" % (tid, names - ALLOWED_PH))
        if re.search(r"\{|\}", PH.sub("", text)):
            fail("%s: stray brace" % tid)
        for name, group in (("link", G_LINK), ("e-mail", G_EMAIL), ("messaging/payment handle", G_IM),
                            ("rating/star/review-manipulation", G_REVIEW), ("coupon/marketing", G_MARKETING),
                            ("gift/cash-back", G_GIFT)):
            h = hits(group, text)
            if h:
                fail("%s: template contains %s content %s" % (tid, name, h))
        if digit_runs(text, 5):
            fail("%s: phone-like digits %s" % (tid, digit_runs(text, 5)))
        lang = tid.split("/")[0]
        if lang == "en" and CJK.search(text):
            fail("%s: CJK in English template" % tid)
        if lang != "en":
            check_script(tid, text, lang == "zh-tw")
        if not text.endswith("\n") or text.count("\n\n\n"):
            fail("%s: layout (trailing newline / triple blank)" % tid)


INVENTED_DOMAINS = {"tallowgrove-help.net", "tallowgrove-brew.io"}


def check_replies():
    cats = collections.Counter(r["cat"] for r in REPLIES)
    want = {"filled-template": 42, "logistics": 32, "rewritten": 26, "mixed-logistics": 16, "violating": 14}
    if dict(cats) != want:
        fail("category counts %s" % dict(cats))
    if sum(1 for r in REPLIES if r["cat"] == "filled-template" and r["edited"]) != 18:
        fail("edited filled templates: want 18")
    if sum(1 for r in REPLIES if r["cat"] == "logistics" and "near-miss" in r["tags"]) != 12:
        fail("logistics near-misses: want 12")
    texts = collections.Counter(r["text"] for r in REPLIES)
    for t, n in texts.items():
        if n > 1:
            fail("duplicate text: %r" % t[:60])
    for i, r in enumerate(REPLIES):
        w = r["id"]
        text = r["text"]
        if r["lang"] not in ("en", "zh", "mixed"):
            fail("%s: lang %r" % (w, r["lang"]))
        if r["tags"][0] != r["cat"] or r["cat"] not in CATEGORIES:
            fail("%s: tags[0]" % w)
        if not set(r["labels"]) <= POLICIES or len(set(r["labels"])) != len(r["labels"]):
            fail("%s: labels %s" % (w, r["labels"]))
        if r["labels"] != sorted(r["labels"]):
            fail("%s: labels not sorted" % w)
        # category <-> labels
        if r["cat"] in ("filled-template", "logistics") and r["labels"]:
            fail("%s: %s must have no labels" % (w, r["cat"]))
        if r["cat"] in ("rewritten", "mixed-logistics") and r["labels"] != ["template-required"]:
            fail("%s: %s must be [template-required]" % (w, r["cat"]))
        content = set(r["labels"]) - {"template-required"}
        if r["cat"] == "violating":
            if not content:
                fail("%s: violating reply without a content policy" % w)
            # reading of template-required (README, judgement calls 1-4)
            logistics_topic_only = "logistics-added" in r["tags"] and content == {"off-platform-contact"}
            expect_tr = r["template"] is None and not logistics_topic_only
            if ("template-required" in r["labels"]) != expect_tr:
                fail("%s: template-required label disagrees with the README reading" % w)
        # template linkage
        if r["template"]:
            if r["template"] not in TEMPLATES:
                fail("%s: unknown template %s" % (w, r["template"]))
                continue
            if not r["note"].startswith(r["template"] + ":"):
                fail("%s: note must start with the template id" % w)
            m = plain_fill(r["template"], text)
            cov = coverage(r["template"], text)
            if r["cat"] == "filled-template" and not r["edited"]:
                if not m:
                    fail("%s: unedited fill does not match %s" % (w, r["template"]))
            else:
                if m:
                    fail("%s: marked edited/added but equals a plain fill" % w)
                floor = 0.6 if r["cat"] == "filled-template" else 0.8
                if cov < floor:
                    fail("%s: coverage of %s only %.2f" % (w, r["template"], cov))
        else:
            best = max(TEMPLATES, key=lambda t: coverage(t, text))
            if coverage(best, text) >= 0.3:
                fail("%s: free text too close to %s (%.2f)" % (w, best, coverage(best, text)))
            if r["cat"] in ("filled-template",):
                fail("%s: filled reply without template" % w)
        note_tid = r["note"].split(":", 1)[0]
        if "/" in note_tid and note_tid not in TEMPLATES:
            fail("%s: note names unknown template %s" % (w, note_tid))
        # language and script
        bare = re.sub(r"[A-Za-z0-9-]*\d[A-Za-z0-9-]*|Tallowgrove|Kestrel|Heron|Plumb", "", text)
        n_cjk, n_lat = len(CJK.findall(bare)), len(LATIN.findall(bare))
        ratio = n_lat / max(1, n_lat + n_cjk)
        if r["lang"] == "en" and n_cjk:
            fail("%s: CJK in an en reply" % w)
        if r["lang"] == "zh" and (ratio >= 0.2 or not n_cjk):
            fail("%s: zh reply with Latin ratio %.2f" % (w, ratio))
        if r["lang"] == "mixed" and not (n_cjk and 0.35 <= ratio <= 0.85):
            fail("%s: mixed reply with Latin ratio %.2f" % (w, ratio))
        if n_cjk:
            check_script(w, text, is_traditional_item(r))
        if is_traditional_item(r) and r["lang"] != "zh":
            fail("%s: traditional tag outside zh" % w)
        # content hygiene by label
        if "off-platform-contact" not in r["labels"]:
            h = hits(G_LINK + G_EMAIL + G_PHONE_STRICT + G_IM, text)
            if h:
                fail("%s: off-platform content without label %s" % (w, h))
        else:
            if not hits(G_LINK + G_EMAIL + G_PHONE_STRICT + G_IM, text):
                fail("%s: labelled off-platform-contact but nothing found" % w)
            for m in re.finditer(G_PHONE_STRICT[0], text):
                if not re.search(r"555[\s.-]01\d\d", m.group(0)):
                    fail("%s: phone outside 555-01xx: %s" % (w, m.group(0)))
            for d in re.findall(r"\b([\w-]+\.(?:com|net|org|io))\b", text):
                if d not in INVENTED_DOMAINS:
                    fail("%s: domain not in the invented list: %s" % (w, d))
        if "review-inducement" not in r["labels"]:
            h = hits(G_REVIEW, text)
            if h:
                fail("%s: review-manipulation words without label %s" % (w, h))
        elif not hits(G_REVIEW, text):
            fail("%s: labelled review-inducement but nothing found" % w)
        if "marketing" not in r["labels"]:
            h = hits(G_MARKETING + [r"(?i)\bgifts?\b", r"礼品", r"禮品", r"红包"], text)
            if h:
                fail("%s: marketing words without label %s" % (w, h))
        elif not hits(G_MARKETING, text):
            fail("%s: labelled marketing but nothing found" % w)
        if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", text):
            fail("%s: emoji" % w)
        if re.search(r"<[a-z/][^>]*>", text):
            fail("%s: HTML" % w)
        if r["cat"] not in ("filled-template",) and r["template"] is None and r["note"].split(":")[0] in TEMPLATES \
                and r["cat"] == "violating":
            fail("%s: violating free reply names a template as source" % w)
        # order ids look like Amazon's
        for oid in re.findall(r"\b\d{3}-\d{7}-\d{7}\b", text):
            if not oid.startswith(("111-", "112-", "113-", "114-")):
                fail("%s: odd order id %s" % (w, oid))
    ids = [r["id"] for r in REPLIES]
    if len(set(ids)) != len(ids) or ids != ["t26-%03d" % (i + 1) for i in range(len(ids))]:
        fail("ids not unique/sequential")
    oids = collections.Counter(o for r in REPLIES for o in set(re.findall(r"\b\d{3}-\d{7}-\d{7}\b", r["text"])))
    for o, n in oids.items():
        if n > 1:
            fail("order id %s reused in %d replies" % (o, n))


# =============================================================== output
def assign_ids():
    order = list(range(len(REPLIES)))
    random.Random(2626).shuffle(order)
    shuffled = [REPLIES[i] for i in order]
    REPLIES[:] = shuffled
    for i, r in enumerate(REPLIES):
        r["id"] = "t26-%03d" % (i + 1)


def write_outputs():
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            rec = {"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                   "tags": r["tags"], "note": r["note"], "context": "reply"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme())


def check_outputs():
    lib = os.path.join(HERE, "library")
    found = {}
    for root, _, files in os.walk(lib):
        for fn in files:
            p = os.path.join(root, fn)
            if not fn.endswith(".txt"):
                fail("non-txt file in library: %s" % p)
                continue
            tid = os.path.relpath(p, lib)[:-4].replace(os.sep, "/")
            with open(p, encoding="utf-8") as fh:
                found[tid] = fh.read()
    if found != TEMPLATES:
        fail("library/ on disk differs from TEMPLATES")
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if len(lines) != len(REPLIES):
        fail("replies.jsonl line count")
    keys = ["id", "text", "labels", "lang", "tags", "note", "context"]
    for line, r in zip(lines, REPLIES):
        rec = json.loads(line)
        if list(rec) != keys or rec["text"] != r["text"] or rec["context"] != "reply":
            fail("replies.jsonl record %s" % r["id"])


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def readme():
    trows = []
    for tid in TEMPLATES:
        ph = ", ".join(sorted(set(PH.findall(TEMPLATES[tid]))))
        trows.append(("`%s`" % tid, TOPIC[tid], LAYOUT[tid], ph))

    def langkey(r):
        if r["lang"] == "zh":
            return "zh (Traditional)" if is_traditional_item(r) else "zh (Simplified)"
        return r["lang"]
    cols = ["en", "zh (Simplified)", "zh (Traditional)", "mixed"]
    crows = []
    for c in CATEGORIES:
        rs = [r for r in REPLIES if r["cat"] == c]
        cnt = collections.Counter(langkey(r) for r in rs)
        labels = sorted({" + ".join(r["labels"]) or "[]" for r in rs})
        crows.append([c] + [cnt.get(k, 0) for k in cols] + [len(rs), "; ".join(labels)])
    tot = collections.Counter(langkey(r) for r in REPLIES)
    crows.append(["**total**"] + [tot.get(k, 0) for k in cols] + [len(REPLIES), ""])
    sub = []
    fr = [r for r in REPLIES if r["cat"] == "filled-template"]
    sub.append("- filled-template: %d unedited, %d with agent edits; %d with a 100+ character value or two order ids in one slot"
               % (sum(not r["edited"] for r in fr), sum(r["edited"] for r in fr),
                  sum(("long-value" in r["tags"]) or ("two-orders" in r["tags"]) for r in fr)))
    lg = [r for r in REPLIES if r["cat"] == "logistics"]
    sub.append("- logistics: %d near-misses that name the product, a part or a fault (tag `near-miss`)"
               % sum("near-miss" in r["tags"] for r in lg))
    vi = [r for r in REPLIES if r["cat"] == "violating"]
    pol = collections.Counter(p for r in vi for p in r["labels"])
    sub.append("- violating: %d free-written, %d added to a filled template, %d added to a logistics reply; labels: %s"
               % (sum("free-written" in r["tags"] for r in vi), sum("template-added" in r["tags"] for r in vi),
                  sum("logistics-added" in r["tags"] for r in vi),
                  ", ".join("%s %d" % kv for kv in sorted(pol.items()))))
    kinds = ("free-written", "template-added", "logistics-added")
    vrows = [(r["id"], next(k for k in r["tags"] if k in kinds), r["lang"] + (" (Traditional)" if is_traditional_item(r) else ""),
              " + ".join(r["labels"]), r["note"]) for r in sorted(vi, key=lambda r: r["id"])]
    return README.format(templates=table(trows, ["id", "topic", "layout", "placeholders"]),
                         counts=table(crows, ["category"] + cols + ["total", "labels"]),
                         subcounts="\n".join(sub),
                         violating=table(vrows, ["id", "kind", "lang", "labels", "note"]))


def main():
    assign_ids()
    check_templates()
    check_replies()
    write_outputs()
    check_outputs()
    if FAILS:
        for m in FAILS:
            print("FAIL:", m)
        print("%d self-check(s) failed" % len(FAILS))
        return 1
    print("ok: %d templates, %d replies written to %s" % (len(TEMPLATES), len(REPLIES), HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
