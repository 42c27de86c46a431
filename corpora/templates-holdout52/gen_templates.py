# -*- coding: utf-8 -*-
"""Approved template library of t52 (imported by gen.py). Seller: Brackenfold Printworks (invented),
home 3D printers and filament. Every text here was written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/printer/bed-level", "en", "answering a product question: automatic bed levelling and first-layer height", """
Hello {{buyer_name}},

Thanks for your question about levelling the bed of your {{product}}. The printer does the levelling itself: choose Prepare > Auto Level on the touchscreen and the probe taps 25 points across the plate, which takes about four minutes. Run it again whenever you move the printer or change the build sheet.

The first-layer height still has to be set once by hand. Start the test square from the Calibration menu and, while it prints, adjust Live Z in steps of 0.02 mm until the lines are slightly flattened and touch each other without gaps.

Round lines that peel away mean the nozzle is too high; a rough, see-through layer means it is too low. The value you choose is saved for every later print.

Best regards,
{{agent_name}}
Brackenfold Printworks
""")
template("en/printer/materials", "en", "answering a product question: which filaments the printer can use", """
Dear {{buyer_name}},

The {{product}} prints these materials without any upgrades: {{material_list}}. Its hotend reaches 280 degrees C and the bed 100 degrees C, which covers nearly everything sold for home printers.

For each material, pick the matching preset in the slicer on the USB stick that came in the box. The preset sets the temperatures, fan speed and retraction for you, so you only have to choose a layer height.

Filaments filled with carbon fibre, glass or glitter wear out the standard brass nozzle within a few spools. If you plan to print them often, fit a hardened steel nozzle first.

With kind regards,
{{agent_name}}
Brackenfold Printworks
""")
template("en/filament/drying", "en", "product help: damp filament and how to dry it", """
Hi {{buyer_name}},

Thank you for your message about the {{filament}}. Crackling or popping at the nozzle, fine hairs between parts and a rough, bubbly surface are the usual signs that a spool has soaked up moisture from the air. It happens to every brand, and it can be undone.

Dry the spool at {{drying_temp}} for six hours, in a filament dryer or in a fan oven with the door slightly open. Check with an oven thermometer, because many kitchen ovens run hotter than the dial shows.

When the spool has cooled, keep it in the resealable bag it came in together with the silica gel sachet, or print straight from the dryer. Stored that way, an opened spool stays in good condition for months.

Kind regards,
{{agent_name}}
Brackenfold Printworks
""")
template("en/troubleshoot/clogged-nozzle", "en", "troubleshooting: a partly blocked nozzle and the cold pull", """
Hello {{buyer_name}},

I'm sorry your {{product}} has stopped feeding filament properly. Thin, patchy lines or a clicking noise from the extruder usually mean a partial blockage in the nozzle, and a cold pull clears most of them in a few minutes.

1. Heat the nozzle to 230 degrees C and push a short piece of PLA through by hand until it flows.
2. Set the nozzle to 90 degrees C and wait until it gets there.
3. Open the extruder lever and pull the filament out with one firm, steady tug.
4. Cut off the tip, which should show the shape of the nozzle, and repeat until it comes out clean.

If nothing flows after three pulls, please reply here with a photo of the tip and we will work out the next step with you.

Kind regards,
{{agent_name}}
Brackenfold Printworks
""")
template("en/print/adhesion", "en", "troubleshooting: prints that come loose from the build sheet", """
Hi {{buyer_name}},

Thanks for getting in touch about prints lifting off the bed of your {{product}}. Most of the time the build sheet just needs a proper wash: the oil from a single fingerprint is enough to stop a first layer from sticking.

Wash the sheet at the sink with warm water and a drop of washing-up liquid, rinse it, and dry it with a paper towel. From then on, hold it only by the edges. Wiping with isopropyl alcohol between prints keeps it tidy, but it does not lift oil as well as soap does.

For tall or narrow parts, add a brim of five to eight millimetres in the slicer and keep the printer out of draughts from windows or air conditioning. Corners that curl upwards are nearly always caused by cool air moving over the print.

All the best,
{{agent_name}}
Brackenfold Printworks
""")
template("en/warranty/claim", "en", "what the printer warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for contacting us about your {{product}}. The printer has a {{warranty_period}} limited warranty that covers defects in parts and assembly, for example a heater or temperature sensor that fails, a mainboard or touchscreen fault, or a motor that stops turning.

Wear parts are not covered: nozzles, build sheets, PTFE tubes and belts. Damage from printing above the rated temperatures or from modified firmware is not covered either.

So that we can look into it, please reply in this thread with a short description of what happens, a photo or short video of the fault, and the serial number from the label on the back. Your case number is {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Brackenfold Printworks
""")
template("en/apology/fan-noise", "en", "apology for a new printer with a rattling cooling fan", """
Dear {{buyer_name}},

I am very sorry that the cooling fan on your {{product}} is rattling. A new printer should run quietly, and I understand how tiring it is to hear that noise through every print.

A rattle that starts with the very first print points to a fan with a worn bearing. That is a fault in the part, not anything you did, and oiling or cleaning the fan will not cure it, so please do not take the print head apart.

We will send you a new fan with a short fitting guide at no cost to you; swapping it takes about ten minutes with the hex key from the tool kit. Please reply to confirm that your delivery address is unchanged, and I will keep your case open until the printer runs quietly again.

With apologies,
{{agent_name}}
Brackenfold Printworks
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. Now that you have had some time with your {{product}}, we would be grateful if you would write a review on Amazon about how it has worked for you.

Reviews help other makers decide whether this is the right choice for their projects, and they show us what to improve. Whatever your experience has been, an honest account is what matters most to us.

Thanks for your time,
{{agent_name}}
Brackenfold Printworks
""")
template("en/safety/placement", "en", "product help: where to set the printer up, fumes and unattended printing", """
Hi {{buyer_name}},

Good question about where to set up your {{product}}. Put it on a solid table or workbench that does not wobble, leave at least ten centimetres free behind it for the power supply fan, and keep curtains, paper and anything else that burns easily away from the heated bed.

PLA gives off very little smell, and PETG and TPU are mild too. ABS and ASA release fumes that should not build up in a small room, so print them with a window open or in a room where nobody is sitting.

The printer turns its heaters off by itself if a temperature reading goes wrong, but please stay close by for the first layers of every print and do not leave a long job running while nobody is at home.

Happy printing,
{{agent_name}}
Brackenfold Printworks
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/printer/first-print", "zh", "开箱后第一次打印的步骤", """
{{buyer_name}}，您好：

感谢您购买 {{product}}。开箱后第一次打印，请按下面的顺序操作：

1. 用附带的内六角扳手拆下打印头和热床两侧的黄色运输卡扣，一共四个。
2. 接上电源开机，选好语言后点“准备”>“自动调平”，等待大约四分钟。
3. 把耗材插进挤出机入口，点“进料”，直到喷嘴流出颜色均匀的细丝。
4. 插入随机附带的 U 盘，选择“测试小船”文件开始打印，大约二十分钟完成。

第一层打印时请在旁边看一看：线条应该平整地压在板面上，彼此贴合、没有缝隙。

祝打印顺利！
{{agent_name}}
Brackenfold 3D 打印客服
""")
template("zh/filament/change", "zh", "更换耗材（换料）的步骤", """
{{buyer_name}}，您好：

关于 {{product}} 换料的问题，请这样操作：

先把喷嘴加热到当前耗材的打印温度，再在屏幕上点“退料”。挤出机会先往前推一小段，然后把耗材抽回来。耗材完全退出后，用剪刀把新耗材的头部斜着剪出一个尖角，这样更容易穿进挤出机。

把新耗材从料架一侧穿进去，轻轻推到底，再点“进料”。喷嘴流出的只有新颜色、不再夹着旧颜色时，换料就完成了。

换料时请不要用手硬拽耗材，以免断头留在喉管里。用剩的料头请卡进料盘边缘的小孔，防止耗材散开缠绕。

此致
{{agent_name}}
Brackenfold 3D 打印客服
""")
template("zh/warranty/claim", "zh", "打印机保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享有{{warranty_period}}有限保修，范围包括零件和装配缺陷，例如加热棒或温度传感器失效、主板或触摸屏故障、电机不转等。

喷嘴、打印板贴片、特氟龙管和同步带属于易损件，不在保修范围内；超过额定温度打印或刷写非官方固件造成的损坏也不在保修范围内。

为了判断故障，请在本对话中简单说明情况，附上故障的照片或短视频，以及机器背面标签上的序列号。您的保修案例编号为 {{case_id}}，对应订单 {{order_id}}。

谨致问候
{{agent_name}}
Brackenfold 3D 打印客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。用了一段时间以后，如果您愿意，欢迎在亚马逊上写一篇评论，说说它在您手里的实际表现。

不论体验如何，您的评论都能帮其他用户判断它是否适合自己的项目，也能让我们知道哪里需要改进。谢谢您抽空。

{{agent_name}}
Brackenfold 3D 打印客服
""")
template("zh/apology/stringing", "zh", "模型拉丝的致歉与回抽设置", """
{{buyer_name}}，您好：

很抱歉 {{product}} 打印出来的模型上有很多拉丝，给您添麻烦了。零件之间挂着的细丝，通常是喷嘴移动时耗材还在往外渗，并不说明机器有故障。

请在切片软件里把回抽距离设为 0.8 毫米、回抽速度设为每秒 40 毫米，并把喷嘴温度调低 5 到 10 度。改好后打印一次 U 盘里附带的“拉丝测试塔”，就能看出效果。

如果调整以后拉丝仍然明显，请在本对话中回复一张模型的照片，我们会继续帮您排查。再次向您致歉。

{{agent_name}}
Brackenfold 3D 打印客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/nozzle/replace", "zh-tw", "更換噴嘴的步驟", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 更換噴嘴的方法。請先準備工具包裡的 7 毫米套筒扳手和耐熱手套，再依序操作：

1. 在螢幕上把噴嘴加熱到 200 度，讓殘留的線材變軟。
2. 戴上手套，用扳手夾住加熱塊，另一手用套筒把舊噴嘴逆時針轉下來。
3. 趁熱把新噴嘴順時針轉進去，轉緊後再輕輕多轉八分之一圈，不要用力過猛。
4. 冷卻後重新執行一次自動調平，並在「校準」選單檢查首層高度。

噴嘴與加熱塊在操作時溫度很高，請不要讓孩子或寵物靠近。

敬祝 列印順利
{{agent_name}}
Brackenfold 3D 列印客服
""")
template("zh-tw/filament/tpu", "zh-tw", "軟質線材 TPU 的列印設定", """
{{buyer_name}} 您好：

{{product}} 是比較軟的線材，列印方式和 PLA 不太一樣。請在切片軟體選擇 TPU 預設，並留意以下幾點：

列印速度請降到每秒 25 毫米左右，回抽可以關閉或設在 0.5 毫米以下，否則軟線材容易在擠出機裡捲成一團。噴嘴溫度建議 225 到 235 度，熱床 50 度。

進料前請把擠出機的壓力旋鈕放鬆兩圈，送料時輕輕扶著線材，讓它順利穿進喉管。TPU 很容易吸收空氣中的水氣，沒用完的線材請放回夾鏈袋並加入乾燥劑。

{{agent_name}}
Brackenfold 3D 列印客服
""")
template("zh-tw/maintenance/routine", "zh-tw", "定期保養：導軌、皮帶與擠出齒輪", """
{{buyer_name}} 您好：

為了讓 {{product}} 長期保持良好狀態，建議每列印大約五十小時做一次簡單保養：

用乾布擦掉 X 軸與 Y 軸導軌上的灰塵，再薄薄地塗一層附贈的潤滑油，來回推動列印頭幾次，讓油分布均勻。同時檢查兩條皮帶，用手指輕壓時應該有一點彈性，不會鬆垮下垂。

擠出機齒輪上如果卡了線材碎屑，可以用小刷子清掉。列印板請用溫水和洗碗精清洗，晾乾後再裝回。

保養前請先關機並拔掉電源線。

{{agent_name}}
Brackenfold 3D 列印客服
""")
template("zh-tw/junior/child-mode", "zh-tw", "兒童版列印機的兒童模式與門鎖設定", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的兒童模式。開啟後，孩子只能列印家長事先放進「兒童資料夾」的模型，溫度設定也會鎖定，無法手動調高。

設定方式：在主畫面點右上角的齒輪圖示，選「家長設定」，輸入四位數密碼後開啟「兒童模式」。機器前方的透明門在列印時會自動上鎖，等噴嘴冷卻到 50 度以下才會打開。

如果忘記密碼，請同時按住電源鍵和返回鍵十秒即可重設，已儲存的模型都會保留。

{{agent_name}}
Brackenfold 3D 列印客服
""")
