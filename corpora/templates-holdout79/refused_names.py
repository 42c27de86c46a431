# -*- coding: utf-8 -*-
"""Names this set must not use: every name of the model set (/tmp/model_t6, t57) and of the sets it refuses.

Compiled once from the model's gen.py (its REFUSED list), gen_replies.py, gen_templates.py and README.md:
its seller, products, staff, buyers (English names and Chinese surname+title forms), ids, id prefixes,
handles, codes, phone number and the places it names. Matching is case-sensitive with word edges for ASCII
names and plain substring search for Chinese. MODEL_SURNAMES also bars any Chinese buyer surname the model
used, in either script."""

MODEL_REFUSED = ['Pagelight', 'pagelight-reading', 'pagelight_help', 'pagelight.reads', 'Folio Nimbus', 'Nimbus', 'Tessel', 'PLR-W-',
 'NIGHTREAD', '1Z4K712', '94001118992', 'Marigold Treadwell', 'Oyelaran-Finch', 'Szymanski-Hale', 'Whitlock-Anand',
 '郁清和', '滕嘉木', '倪靖雯', '柴定遠', 'Meadowvane', 'meadowvane-care', 'Sonavel', 'Brisa', 'Jetwell', 'Halcyon', 'MVC-W-',
 'Delphine Ashcombe', 'Nwosu-Lindqvist', 'Brennan-Sato', 'Ignatius Pembridge', '岑若溪', '骆志恒', '彭語涵', '溫柏翰', 'Larkspur',
 'Stitchworks', 'larkspur-stitch', 'Corvelle', 'Threadhaven', 'Quillmark', 'Keenfold', 'Silkrow', 'Footwise',
 'LSW-C-', '戚晓岚', '符瀚文', '簡若彤', '鍾承睿', '1Z7R4402Y', '9405511298370', '1Z3F881004', 'Wilhelmina', 'Okafor-Lindsay',
 'Saoirse', 'Featherstone', 'Vandermeer', 'Ellingham', 'Harkness', 'Delahaye', 'Rosalind', 'Abernathy-Kowal',
 'Castellanos', 'Penhaligon', 'Ravensworth', 'Thistlewood', 'Quartermaine', '谭女士', '丁女士', '项先生', '康先生', '褚小姐', '余小姐',
 '孔女士', '宁先生', '尤先生', '景女士', '窦女士', '葉小姐', '賴小姐', '鄧小姐', '鄭太太', '馮先生', '蔡太太', 'Ambrose', 'Anouk', 'Cosette',
 'Dashiell', 'Fenella', 'Greer', 'Jasper', 'Leontyne', 'Oriane', 'Priyanka', 'Tobiah', 'Tamsin Ode', 'Adeyemi-Voss',
 'Bergstrom', 'Blackstock-Ade', 'Brannigan', 'Carrow', 'Castelli-Moor', 'Delgado-Finn', 'Elphick', 'Falconer',
 'Ferreira-Walsh', 'Garnett', 'Haddad', 'Harrowgate', 'Ingersoll', 'Iwasaki-Bell', 'Kowalczyk-Reid', 'Lachance',
 'Lindahl', 'Ngata-Brooks', 'Oduya', 'Osei-Lamb', 'Pellegrini', 'Petrov-Lane', 'Pryce-Moreno', 'Quarshie', 'Ravensby',
 'Sutcliffe-Obi', 'Szabo-Reilly', 'Thackeray-Lim', 'Tremblay-Sauve', 'Vukovic', 'Okoro-Blake', 'Okwuosa',
 'Pemberton-Aziz', 'Abernethy-Roux', 'Achebe-Lund', 'Aldous', 'Brynjolfsdottir', 'Cavendish-Olu', 'Corrigan',
 'Danjuma', 'Drummond-Achebe', 'Farquhar', 'Ferrante', 'Garvey', 'Halloran-Udeh', 'Haverkamp', 'Holloway-Beck',
 'Kirkconnell', 'Lindqvist-Amadi', 'Nakagawa-Price', 'Okonedo', 'Ostrowska', 'Prewitt', 'Quennell', 'Rautenbach',
 'Ruiz-Gallant', 'Tennant', 'Umeh', 'Vantongeren', 'Wexford', 'Whitcombe', 'Danvers', 'Mr Adeyemi', '万女士', '何小姐',
 '侯先生', '傅小姐', '冯女士', '凌女士', '劉先生', '包先生', '卜女士', '叶先生', '向女士', '吳先生', '唐女士', '姚先生', '孙先生', '孟女士', '屈先生', '彭先生',
 '戴小姐', '房女士', '施小姐', '曾先生', '朱女士', '林先生', '柏女士', '梁太太', '楊先生', '江先生', '江女士', '沈先生', '涂小姐', '溫小姐', '熊女士', '石女士',
 '秦先生', '管女士', '紀小姐', '罗先生', '翟先生', '聂女士', '胡先生', '苏女士', '苗女士', '范先生', '莊小姐', '葛小姐', '董先生', '蔡女士', '蕭小姐', '藍小姐',
 '袁先生', '解先生', '謝先生', '许女士', '贾女士', '车先生', '邓女士', '鄒太太', '鄭先生', '金先生', '钱先生', '闵先生', '陆女士', '陳太太', '陶先生', '韦女士',
 '韩先生', '駱小姐', '高先生', '魏先生', '黃太太', '龙先生', '韩先生']

MODEL_OWN = ['Fernhollow', 'fernhollow', 'Ridgeback', 'Cairn 3000', 'Leaflight', 'fernhollow-power', 'fernhollow_cs',
 'fernhollowtw', 'SUNNYRIDGE', 'FHP-C-', '1Z8W3E61', '926129010083', '77190', '88055', '775-555-0163', 'Perpetua',
 'Nkemelu-Ward', 'Barnaby Quist', 'Quist', 'Ottilie', 'Marchetti-Dunne', 'Rufus', 'Adebanjo-Kerr', '屠明远', '郏思琪',
 '邱映彤', '左承浩', 't57', 't48', 'Reno', 'Columbus', 'Anchorage', 'Honolulu', 'Moab', 'Memphis', 'Mississauga',
 'Winnipeg', 'Vancouver', 'Linden Avenue', 'Walgreens', '里诺', '哥伦布', '多伦多', '孟菲斯', '檀香山', '雷諾', '溫哥華']

MODEL_BUYERS = ['Achterberg', 'Adeleke-Rowe', 'Ambler', 'Ashdown', 'Ballantyne', 'Brandvold', 'Brightman', 'Brockhurst',
 'Caldwell-Ansah', 'Cathcart', 'Chatterjee-Holm', 'Dario', 'Darrowby', 'Delgadillo', 'Dunleavy', 'Dunmore',
 'Ellsworth', 'Eskildsen', 'Estrada-Vaughn', 'Fairweather-Nash', 'Farrant', 'Fenwick-Adair', 'Ferencz',
 'Gagnon-Reyes', 'Gillespie', 'Gorringe', 'Greenhalgh', 'Grunwald', 'Haldane', 'Halvorsen-Udo', 'Harcourt',
 'Haverstock', 'Hollingbury', 'Ibekwe', 'Ingleby', 'Jonah', 'Kaminski-Boyd', 'Kealoha-Brandt', 'Kettering',
 'Koenigsberg', 'Lindgren', 'Linnea', 'Lisowski', 'Lovejoy', 'Marchbanks', 'Nakashima-Roe', 'Okonkwo-Baird',
 'Okparaeke', 'Orlova', 'Ostergaard', 'Pellworth', 'Pennock', 'Penrose', 'Pikesley', 'Pryor', 'Quarrie', 'Quaye',
 'Quintero', 'Reinholt', 'Rookwood', 'Rosenthal-Ayo', 'Ruthven', 'Sandoval-Kaye', 'Sorensen-Mbeki', 'Strand',
 'Thornbury', 'Thorsby', 'Tiernan', 'Tolliver', 'Tremaine', 'Tshabalala', 'Valcourt', 'Vasquez-Ibe', 'Ventris',
 'Wainaina', 'Yarrow', 'Yusupova', '严女士', '乔先生', '付女士', '伍女士', '兰先生', '卓先生', '单女士', '卢女士', '史女士', '呂小姐', '喻女士', '姜先生',
 '季先生', '官小姐', '宫女士', '尹女士', '巫先生', '庞先生', '廖先生', '戈先生', '成先生', '方先生', '时先生', '晏女士', '杜先生', '杭先生', '柯先生', '桂女士',
 '樊女士', '歐先生', '武女士', '殷女士', '毕先生', '毛先生', '汤先生', '汪小姐', '洪女士', '游小姐', '湯小姐', '潘先生', '甘女士', '申先生', '白先生', '盛女士',
 '盧小姐', '祁先生', '祝女士', '童先生', '米先生', '粘先生', '羅先生', '翁小姐', '莫先生', '薛先生', '裴女士', '覃小姐', '詹太太', '诸先生', '贺女士', '辜太太',
 '連先生', '邢太太', '邬女士', '邵先生', '郝先生', '闫先生', '阮先生', '阮小姐', '霍先生', '顏先生', '馬小姐', '鲁女士', '黎女士', '齊小姐', '龔太太']

MODEL_IDS = ['111-3086754-2219473', '111-4407293-8813560', '111-8824067-3360915', '112-3307159-8861420', '112-4093176-8830251',
 '112-5518046-3027719', '112-6650932-1174408', '112-7741590-3308126', '113-1570348-6629034', '113-5502918-7746130',
 '113-7702164-5591408', '113-8405276-1139602', '113-8860134-2275509', '113-9920415-2248371', '114-2093371-6650182',
 '114-3381260-9905127', '114-5527630-0913384', '114-6032817-4459021', '1Z8W3E610391044827', '1Z8W3E610391107735',
 '1Z8W3E610391162840', '1Z8W3E610391208816', '1Z8W3E610391254403', '1Z8W3E610391301128', '1Z8W3E610391349956',
 '1Z8W3E610391396612', '771904385126', '771904512038', '771904637751', '771904720094', '771904855167', '771904963342',
 '771905018826', '771905104479', '771905162230', '8805512734', '8805513091', '9261290100830471152066',
 '9261290100830488210375', '9261290100830502217439', '9261290100830519904472', 'FHP-C-20417', 'FHP-C-20452',
 'FHP-C-20488', 'FHP-C-20513', 'FHP-C-20547', 'FHP-C-20569', 'FHP-C-20601', 'FHP-C-20634', 'FHP-C-20688',
 'FHP-C-20713']

MODEL_SURNAMES = '丁万严乔付伍何余侯倪傅兰冯凌劉包卓单卜卢史叶向吳呂哥唐喻多姚姜孔孙孟季宁官宫尤尹屈屠岑左巫庞康廖彭戈成戚戴房方施时晏景曾朱杜杭林柏柯柴桂梁楊樊檀歐武殷毕毛江汤汪沈洪涂游湯溫滕潘熊甘申白盛盧石祁祝秦窦童符管簡米粘紀罗羅翁翟聂胡苏苗范莊莫葉葛董蔡蕭薛藍袁裴褚覃解詹謝许诸谭賴贺贾车辜連邓邢邬邱邵郁郏郝鄒鄧鄭金鍾钱闫闵阮陆陳陶霍韦韩顏项馬馮駱骆高魏鲁黃黎齊龔龙'

# the same surnames in the other script, so that e.g. 陳/陈 or 劉/刘 cannot slip through
MODEL_SURNAMES += '陈刘杨黄吴郑谢邹钟蓝赖邓冯孫萧纪庄罗骆龚颜马卢连欧汤齐魯許賀賈車譚韓錢閔陸韋聶蘇嚴喬蘭單呂宮龐時畢温塗鄔閆'

REFUSED = sorted(set(MODEL_REFUSED + MODEL_OWN + MODEL_BUYERS + MODEL_IDS))
