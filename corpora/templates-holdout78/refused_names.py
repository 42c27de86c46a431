# -*- coding: utf-8 -*-
"""Names the t78 set must not use (imported by gen.py).

Built from the model set /tmp/model_t6 (it calls itself t57) once, when this set was written, and then frozen here:
the model's seller, products, staff, ids, codes, handles and places; its buyers; and every name on the model's own
refused list (the sets it refused in turn). Matching is case-insensitive on word boundaries for ASCII names and by
substring for Chinese names. MODEL_CJK_SURNAMES is stricter: no Chinese buyer of t78 may carry a surname that any
model buyer carries, in either script.
"""

# the model set (t57): seller, products, staff, ids, domain, handles, code, phone
MODEL_SELLER = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn", "Leaflight",
    "SUNNYRIDGE", "FHP-C-", "1Z8W3E61", "775-555-0163", "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist",
    "Ottilie", "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
]
# places named in the model's replies (warehouses, customs points, hubs, towns)
MODEL_PLACES = [
    "Reno", "Columbus", "Memphis", "Anchorage", "Honolulu", "Mississauga", "Winnipeg", "Vancouver",
    "Toronto", "Moab", "Linden Avenue", "里诺", "哥伦布", "雷諾", "多伦多", "温哥华", "溫哥華", "孟菲斯", "檀香山",
]
# the model's buyers: English surnames and first names, Chinese surname + title
MODEL_BUYERS = [
    "Achterberg", "Adeleke-Rowe", "Ambler", "Ashdown", "Ballantyne", "Brandvold", "Brightman", "Brockhurst",
    "Caldwell-Ansah", "Cathcart", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Dunleavy", "Dunmore",
    "Ellsworth", "Eskildsen", "Estrada-Vaughn", "Fairweather-Nash", "Farrant", "Fenwick-Adair", "Ferencz",
    "Gagnon-Reyes", "Gillespie", "Gorringe", "Greenhalgh", "Grunwald", "Haldane", "Halvorsen-Udo",
    "Harcourt", "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kaminski-Boyd", "Kealoha-Brandt",
    "Kettering", "Koenigsberg", "Lindgren", "Lisowski", "Lovejoy", "Marchbanks", "Nakashima-Roe",
    "Okonkwo-Baird", "Okparaeke", "Orlova", "Ostergaard", "Pellworth", "Pennock", "Penrose", "Pikesley",
    "Pryor", "Quarrie", "Quaye", "Quintero", "Reinholt", "Rookwood", "Rosenthal-Ayo", "Ruthven",
    "Sandoval-Kaye", "Sorensen-Mbeki", "Strand", "Thornbury", "Thorsby", "Tiernan", "Tolliver", "Tremaine",
    "Tshabalala", "Valcourt", "Vasquez-Ibe", "Ventris", "Wainaina", "Yarrow", "Yusupova", "Dario", "Jonah",
    "Linnea", "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生", "季先生",
    "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士", "杜先生", "杭先生", "柯先生", "桂女士",
    "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐", "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生",
    "盛女士", "盧小姐", "祁先生", "祝女士", "童先生", "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生",
    "贺女士", "辜太太", "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士", "黎女士",
    "齊小姐", "龔太太",
]
# the names on the model's own refused list (earlier sets and the sets those refused)
EARLIER = [
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus",
    "Tessel", "PLR-W-", "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch",
    "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care",
    "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist",
    "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks",
    "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-",
    "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay",
    "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind",
    "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine", "谭女士",
    "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生",
    "蔡太太", "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane",
    "Priyanka", "Tobiah", "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow",
    "Castelli-Moor", "Delgado-Finn", "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad",
    "Harrowgate", "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks",
    "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie", "Ravensby",
    "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa",
    "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir", "Cavendish-Olu",
    "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh", "Haverkamp",
    "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
    "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe",
    "Danvers", "Mr Adeyemi", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士",
    "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太",
    "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生",
    "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生",
    "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太",
    "龙先生", "韩先生",
]
# surnames of the model's Chinese buyers; S_T_PAIRS adds the other script's form of each where it differs
MODEL_CJK_SURNAMES = set("严乔付伍兰卓单卢史呂喻姜季官宫尹巫庞廖戈成方时晏杜杭柯桂樊歐武殷毕毛汤汪洪游湯潘甘申白盛盧祁祝童米粘羅翁莫薛裴覃詹诸贺辜連邢邬邵郝闫阮霍顏馬鲁黎齊龔")
S_T_PAIRS = {"严": "嚴", "乔": "喬", "兰": "蘭", "单": "單", "卢": "盧", "呂": "吕", "宫": "宮", "庞": "龐", "时": "時",
             "毕": "畢", "汤": "湯", "歐": "欧", "羅": "罗", "诸": "諸", "贺": "賀", "連": "连", "邬": "鄔", "闫": "閆",
             "顏": "颜", "馬": "马", "鲁": "魯", "齊": "齐", "龔": "龚"}
MODEL_CJK_SURNAMES |= set(S_T_PAIRS) | set(S_T_PAIRS.values())

REFUSED = MODEL_SELLER + MODEL_PLACES + MODEL_BUYERS + EARLIER
