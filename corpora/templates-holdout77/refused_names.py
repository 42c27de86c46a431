# -*- coding: utf-8 -*-
"""Names t77 must never use: everything the model set t57 (/tmp/model_t6) names, and every name that set itself
refuses (its earlier sets). Built once by hand and by pulling names and ids out of the model's sources; kept here as a
literal list so the check works without the model present.

refused(text) returns the refused names found in text:
- ASCII names match as whole words, case-insensitively (so "Reno" also catches "reno");
- Chinese names match as substrings; every surname the model gave a buyer is refused with all four titles
  (先生, 女士, 小姐, 太太), not just the one it used.
"""
import re

# ---- model set t57: seller, products, staff, places it chose, ids, handles, codes
MODEL_SELLER = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Fernhollow Power", "Ridgeback", "Cairn",
    "Leaflight", "SUNNYRIDGE", "FHP-C-", "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie", "Marchetti-Dunne",
    "Rufus", "Adebanjo-Kerr", "Reno", "Columbus", "Anchorage", "Honolulu", "Memphis", "Mississauga", "Winnipeg",
    "Vancouver", "Moab", "Linden", "Walgreens", "R+L Carriers",
    "屠明远", "郏思琪", "邱映彤", "左承浩", "户外电源客服", "戶外電源客服", "里诺", "雷諾", "哥伦布", "孟菲斯", "檀香山",
    "多伦多", "溫哥華", "温哥华",
]
MODEL_ID_PREFIXES = ["1Z8W3E61", "7719043", "7719044", "7719045", "7719046", "7719047", "7719048", "7719049",
                     "7719050", "7719051", "92612901008304", "92612901008305", "8805512", "8805513"]
MODEL_IDS = [
    "111-3086754-2219473", "111-4407293-8813560", "111-8824067-3360915", "112-3307159-8861420", "112-4093176-8830251",
    "112-5518046-3027719", "112-6650932-1174408", "112-7741590-3308126", "113-1570348-6629034", "113-5502918-7746130",
    "113-7702164-5591408", "113-8405276-1139602", "113-8860134-2275509", "113-9920415-2248371", "114-2093371-6650182",
    "114-3381260-9905127", "114-5527630-0913384", "114-6032817-4459021",
]
# ---- model set t57: buyers (English: full form and bare surname / first name)
MODEL_BUYERS_EN = [
    "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
    "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
    "Ostergaard", "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury",
    "Thorsby", "Tolliver", "Tshabalala", "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg",
    "Adeleke-Rowe", "Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen",
    "Estrada-Vaughn", "Farrant", "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering",
    "Koenigsberg", "Lindgren", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie",
    "Reinholt", "Ruthven", "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova",
]
# surnames of the model's Chinese buyers; each is refused with every title
MODEL_BUYER_SURNAMES_ZH = (
    "严乔付伍兰卓单卢史呂喻姜季官宫尹巫庞廖戈成方时晏杜杭柯桂樊歐武殷毕毛汤汪洪游湯潘甘申白盛盧祁祝童米粘羅翁莫薛裴覃"
    "詹诸贺辜連邢邬邵郝闫阮霍顏馬鲁黎齊龔"
)
# ---- names the model set refuses (its own list, copied)
MODEL_REFUSES = [
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
    "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand",
    "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
    "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks",
    "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚",
    "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse",
    "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos",
    "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐",
    "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太",
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn",
    "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
    "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
    "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic",
    "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
    "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
    "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
    "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
    "Adeyemi", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士",
    "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士",
    "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生",
    "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生",
    "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生",
    "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太",
    "龙先生",
]
TITLES = ["先生", "女士", "小姐", "太太"]

REFUSED = MODEL_SELLER + MODEL_ID_PREFIXES + MODEL_IDS + MODEL_BUYERS_EN + MODEL_REFUSES
REFUSED += [s + t for s in MODEL_BUYER_SURNAMES_ZH for t in TITLES]
# every surname of the earlier sets' Chinese titled names, with every title too
REFUSED += [n[0] + t for n in MODEL_REFUSES if not n.isascii() and n[1:] in TITLES for t in TITLES]
REFUSED = sorted(set(REFUSED))

_ASCII = [(n, re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I)) for n in REFUSED if n.isascii()]
_CJK = [n for n in REFUSED if not n.isascii()]


def refused(text):
    """The refused names that occur in text (empty list: none)."""
    return [n for n, rx in _ASCII if rx.search(text)] + [n for n in _CJK if n in text]


if __name__ == "__main__":
    print(len(REFUSED), "refused names;", len(_ASCII), "ASCII,", len(_CJK), "Chinese")
