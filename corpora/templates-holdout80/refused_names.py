# -*- coding: utf-8 -*-
"""Names that t80 must not use: every name of the model set t57 (/tmp/model_t6) and of the earlier sets it refuses.

Built once from the model set's sources (its REFUSED list, its buyer_name values and greetings, its ids) and then
fixed here as literals, so gen.py needs nothing outside this directory. Checked by gen.py against every template and
reply: ASCII names as whole words (case-insensitive), CJK names as substrings.
"""

# The model set itself: seller, products, handles, code, id formats, staff (full and first names).
MODEL_CORE = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Fernhollow Power", "Ridgeback", "Cairn",
    "Leaflight", "SUNNYRIDGE", "FHP-C-", "1Z8W3E61", "926129", "t57", "Perpetua Nkemelu-Ward", "Nkemelu-Ward",
    "Barnaby Quist", "Ottilie Marchetti-Dunne", "Marchetti-Dunne", "Rufus Adebanjo-Kerr", "Adebanjo-Kerr",
    "Perpetua", "Barnaby", "Ottilie", "Rufus", "Quist", "屠明远", "郏思琪", "邱映彤", "左承浩", "Fernhollow 户外电源客服",
    "Fernhollow 戶外電源客服",
]

# Places and third-party names the model set's replies lean on; refused so that no scene is reused.
MODEL_PLACES = [
    "Reno", "Columbus", "Anchorage", "Honolulu", "Memphis", "Mississauga", "Winnipeg", "Vancouver", "Toronto",
    "Moab", "Linden Avenue", "Walgreens", "R+L Carriers", "里诺", "雷諾", "哥伦布", "檀香山", "孟菲斯", "多伦多", "温哥华", "溫哥華",
    "夏威夷州农业", "Walgreens 門市", "Hawaii", "夏威夷", "Canada", "加拿大", "UPS My Choice",
]

# The model set's 152 buyers.
MODEL_BUYERS = [
    "Dario", "Jonah", "Linnea", "Mr Ashdown", "Mr Brandvold", "Mr Brightman", "Mr Brockhurst", "Mr Cathcart",
    "Mr Dunleavy", "Mr Dunmore", "Mr Ellsworth", "Mr Fairweather-Nash", "Mr Ferencz", "Mr Gagnon-Reyes",
    "Mr Gillespie", "Mr Gorringe", "Mr Grunwald", "Mr Halvorsen-Udo", "Mr Haverstock", "Mr Hollingbury",
    "Mr Ibekwe", "Mr Ingleby", "Mr Kealoha-Brandt", "Mr Lisowski", "Mr Okonkwo-Baird", "Mr Okparaeke",
    "Mr Ostergaard", "Mr Pellworth", "Mr Pryor", "Mr Quaye", "Mr Rookwood", "Mr Rosenthal-Ayo",
    "Mr Sandoval-Kaye", "Mr Strand", "Mr Thornbury", "Mr Thorsby", "Mr Tolliver", "Mr Tshabalala",
    "Mr Vasquez-Ibe", "Mr Ventris", "Mr Wainaina", "Mrs Pikesley", "Mrs Quintero", "Ms Achterberg",
    "Ms Adeleke-Rowe", "Ms Ambler", "Ms Ballantyne", "Ms Caldwell-Ansah", "Ms Chatterjee-Holm", "Ms Darrowby",
    "Ms Delgadillo", "Ms Eskildsen", "Ms Estrada-Vaughn", "Ms Farrant", "Ms Fenwick-Adair", "Ms Greenhalgh",
    "Ms Haldane", "Ms Harcourt", "Ms Kaminski-Boyd", "Ms Kettering", "Ms Koenigsberg", "Ms Lindgren",
    "Ms Lovejoy", "Ms Marchbanks", "Ms Nakashima-Roe", "Ms Orlova", "Ms Pennock", "Ms Penrose", "Ms Quarrie",
    "Ms Reinholt", "Ms Ruthven", "Ms Sorensen-Mbeki", "Ms Tiernan", "Ms Tremaine", "Ms Valcourt", "Ms Yarrow",
    "Ms Yusupova", "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生", "季先生",
    "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士", "杜先生", "杭先生", "柯先生", "桂女士",
    "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐", "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生",
    "盛女士", "盧小姐", "祁先生", "祝女士", "童先生", "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生",
    "贺女士", "辜太太", "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士", "黎女士",
    "齊小姐", "龔太太",
]

# Every order id, tracking number, PRO number and case id the model set uses (51).
MODEL_IDS = [
    "111-3086754-2219473", "111-4407293-8813560", "111-8824067-3360915", "112-3307159-8861420",
    "112-4093176-8830251", "112-5518046-3027719", "112-6650932-1174408", "112-7741590-3308126",
    "113-1570348-6629034", "113-5502918-7746130", "113-7702164-5591408", "113-8405276-1139602",
    "113-8860134-2275509", "113-9920415-2248371", "114-2093371-6650182", "114-3381260-9905127",
    "114-5527630-0913384", "114-6032817-4459021", "1Z8W3E610391044827", "1Z8W3E610391107735",
    "1Z8W3E610391162840", "1Z8W3E610391208816", "1Z8W3E610391254403", "1Z8W3E610391301128",
    "1Z8W3E610391349956", "1Z8W3E610391396612", "771904385126", "771904512038", "771904637751", "771904720094",
    "771904855167", "771904963342", "771905018826", "771905104479", "771905162230", "8805512734", "8805513091",
    "9261290100830471152066", "9261290100830488210375", "9261290100830502217439", "9261290100830519904472",
    "FHP-C-20417", "FHP-C-20452", "FHP-C-20488", "FHP-C-20513", "FHP-C-20547", "FHP-C-20569", "FHP-C-20601",
    "FHP-C-20634", "FHP-C-20688", "FHP-C-20713",
]

# The REFUSED list of the model set gen.py: its own names plus those of the sets it refuses (232).
MODEL_REFUSED = [
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel",
    "PLR-W-", "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale",
    "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa",
    "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato",
    "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle",
    "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿",
    "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone",
    "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos",
    "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士",
    "宁先生", "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "Ambrose", "Anouk", "Cosette",
    "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah", "Tamsin Ode",
    "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn",
    "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
    "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
    "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve",
    "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous",
    "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante",
    "Garvey", "Halloran-Udeh", "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price",
    "Okonedo", "Ostrowska", "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh",
    "Vantongeren", "Wexford", "Whitcombe", "Danvers", "Mr Adeyemi", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士",
    "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐",
    "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士",
    "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生",
    "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士",
    "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生", "韩先生",
]

REFUSED = sorted(set(MODEL_CORE + MODEL_PLACES + MODEL_BUYERS + MODEL_IDS + MODEL_REFUSED))
