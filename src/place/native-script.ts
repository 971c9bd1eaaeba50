import { caseForms } from './cyrillic-cases.js';
import { lookupPlaces, type Place } from './gazetteer.js';

/**
 * Towns written in their own script — Cyrillic, Greek, Hebrew, Arabic and
 * Persian, Thai, and the scripts of India and Nepal — which the GeoNames city
 * list (Latin names) cannot read: "Санкт-Петербург, Невский пр. 1" is in
 * Saint Petersburg, "חיפה, שדרות הנשיא 10" in Haifa, a JSON-LD
 * addressLocality "Москва" in Moscow. (CJK towns: cjk.ts.)
 *
 * The main cities of the countries that write these scripts, by the names
 * their people write (Russian beside Ukrainian, Belarusian and Kazakh where
 * Russian-language feeds differ). Each target is spelled as GeoNames spells
 * it, with its country and admin1; a test checks that every one exists.
 *
 * Reading (`nativeCity`): a structured locality that is such a name wins.
 * Otherwise every name written in the address counts, as a word (a name
 * inside a longer word is another word: "Московская" is a street, "Αθηνάς"
 * the genitive in a street name); Hebrew and Arabic may prefix one letter
 * ("בחיפה", "والقاهرة"); a Cyrillic name counts in its other cases too ("в
 * Москве", "у Києві": cyrillic-cases.ts); Thai writes no spaces, and the
 * Dravidian scripts glue case endings on ("சென்னையில்"), so there the name may run on. Of the
 * names found, one that is a segment of the address on its own ("…, г. Москва,
 * …") beats one inside a segment (a venue called «София»), and one after a
 * street word ("רחוב יפו", "شارع القاهرة": a street named after a city) comes
 * last; then the first, and the longest at one place ("Ростов-на-Дону", not
 * "Ростов"; "Нижний Новгород", not a later "Новгород").
 *
 * Left out on purpose: names that are everyday words or shared by two
 * countries' cities ("عمان" is Amman and Oman, "طرابلس" Tripoli in Libya and
 * Lebanon, "الخبر" "the news", "कोटा" "quota", "Владимир" a first name).
 */
type Row = readonly [names: string, name: string, admin1: string];

// prettier-ignore
const TABLE: Readonly<Record<string, readonly Row[]>> = {
  RU: [
    ['Москва', 'Moscow', '48'], ['Санкт-Петербург|Петербург|СПб|Питер', 'Saint Petersburg', '66'],
    ['Новосибирск', 'Novosibirsk', '53'], ['Екатеринбург', 'Yekaterinburg', '71'], ['Нижний Новгород', 'Nizhniy Novgorod', '51'],
    ['Самара', 'Samara', '65'], ['Омск', 'Omsk', '54'], ['Казань', 'Kazan', '73'], ['Ростов-на-Дону', 'Rostov-na-Donu', '61'],
    ['Челябинск', 'Chelyabinsk', '13'], ['Уфа', 'Ufa', '08'], ['Волгоград', 'Volgograd', '84'], ['Пермь', 'Perm', '90'],
    ['Красноярск', 'Krasnoyarsk', '91'], ['Саратов', 'Saratov', '67'], ['Воронеж', 'Voronezh', '86'], ['Тольятти', 'Tol’yatti', '65'],
    ['Краснодар', 'Krasnodar', '38'], ['Ульяновск', 'Ulyanovsk', '81'], ['Ижевск', 'Izhevsk', '80'], ['Ярославль', 'Yaroslavl', '88'],
    ['Барнаул', 'Barnaul', '04'], ['Владивосток', 'Vladivostok', '59'], ['Иркутск', 'Irkutsk', '20'], ['Хабаровск', 'Khabarovsk', '30'],
    ['Оренбург', 'Orenburg', '55'], ['Новокузнецк', 'Novokuznetsk', '29'], ['Рязань', 'Ryazan’', '62'], ['Тюмень', 'Tyumen', '78'],
    ['Липецк', 'Lipetsk', '43'], ['Пенза', 'Penza', '57'], ['Набережные Челны', 'Naberezhnyye Chelny', '73'], ['Астрахань', 'Astrakhan', '07'],
    ['Томск', 'Tomsk', '75'], ['Кемерово', 'Kemerovo', '29'], ['Калининград', 'Kaliningrad', '23'], ['Сочи', 'Sochi', '38'],
    ['Мурманск', 'Murmansk', '49'], ['Архангельск', 'Arkhangel’sk', '06'], ['Калуга', 'Kaluga', '25'], ['Тула', 'Tula', '76'],
    ['Курск', 'Kursk', '41'], ['Белгород', 'Belgorod', '09'], ['Смоленск', 'Smolensk', '69'], ['Иваново', 'Ivanovo', '21'],
    ['Кострома', 'Kostroma', '37'], ['Вологда', 'Vologda', '85'], ['Петрозаводск', 'Petrozavodsk', '28'], ['Сургут', 'Surgut', '32'],
    ['Якутск', 'Yakutsk', '63'], ['Великий Новгород', 'Velikiy Novgorod', '52'], ['Псков', 'Pskov', '60'], ['Чебоксары', 'Cheboksary', '16'],
    ['Махачкала', 'Makhachkala', '17'], ['Ставрополь', 'Stavropol’', '70'], ['Брянск', 'Bryansk', '10'], ['Тверь', 'Tver', '77'],
    ['Петропавловск-Камчатский', 'Petropavlovsk-Kamchatsky', '92'],
  ],
  UA: [
    ['Київ|Киев', 'Kyiv', '12'], ['Харків|Харьков', 'Kharkiv', '07'], ['Дніпро|Днепр', 'Dnipro', '04'], ['Донецьк|Донецк', 'Donetsk', '05'],
    ['Одеса|Одесса', 'Odessa', '17'], ['Запоріжжя|Запорожье', 'Zaporizhia', '26'], ['Львів|Львов', 'Lviv', '15'],
    ['Кривий Ріг|Кривой Рог', 'Kryvyi Rih', '04'], ['Миколаїв|Николаев', 'Mykolayiv', '16'], ['Маріуполь|Мариуполь', 'Mariupol', '05'],
    ['Луганськ|Луганск', 'Luhansk', '14'], ['Вінниця|Винница', 'Vinnytsia', '23'], ['Херсон', 'Kherson', '08'], ['Полтава', 'Poltava', '18'],
    ['Чернігів|Чернигов', 'Chernihiv', '02'], ['Черкаси|Черкассы', 'Cherkasy', '01'], ['Суми|Сумы', 'Sumy', '21'], ['Житомир', 'Zhytomyr', '27'],
    ['Хмельницький|Хмельницкий', 'Khmelnytskyi', '09'], ['Івано-Франківськ|Ивано-Франковск', 'Ivano-Frankivsk', '06'],
    ['Тернопіль|Тернополь', 'Ternopil', '22'], ['Ужгород', 'Uzhgorod', '25'], ['Луцьк|Луцк', 'Lutsk', '24'], ['Рівне|Ровно', 'Rivne', '19'],
    ['Чернівці|Черновцы', 'Chernivtsi', '03'], ['Кропивницький', 'Kropyvnytskyi', '10'], ['Севастополь', 'Sevastopol', '20'],
    ['Сімферополь|Симферополь', 'Simferopol', '11'],
  ],
  BY: [
    ['Мінск|Минск', 'Minsk', '04'], ['Гомель', "Homyel'", '02'], ['Магілёў|Могилёв', 'Mahilyow', '06'], ['Віцебск|Витебск', 'Vitebsk', '07'],
    ['Гродна|Гродно', 'Hrodna', '03'], ['Брэст|Брест', 'Brest', '01'], ['Бабруйск|Бобруйск', 'Babruysk', '06'],
  ],
  KZ: [
    ['Алматы|Алма-Ата', 'Almaty', '02'], ['Астана', 'Nur-Sultan', '05'], ['Шымкент', 'Shymkent', '1537272'],
    ['Караганда|Қарағанды', 'Karagandy', '12'], ['Тараз', 'Taraz', '17'], ['Павлодар', 'Pavlodar', '11'],
    ['Усть-Каменогорск|Өскемен', 'Ust-Kamenogorsk', '15'], ['Кызылорда|Қызылорда', 'Kyzylorda', '14'], ['Актобе|Ақтөбе', 'Aktobe', '04'],
    ['Семей', 'Semey', '15'], ['Атырау', 'Atyrau', '06'], ['Актау|Ақтау', 'Aktau', '09'], ['Костанай|Қостанай', 'Kostanay', '13'],
    ['Петропавловск|Петропавл', 'Petropavl', '16'],
  ],
  KG: [['Бишкек', 'Bishkek', '01'], ['Ош', 'Osh', '08']],
  MN: [['Улаанбаатар|Улан-Батор', 'Ulan Bator', '20']],
  UZ: [['Ташкент|Тошкент', 'Tashkent', '13']],
  TJ: [['Душанбе', 'Dushanbe', '04']],
  AM: [['Ереван', 'Yerevan', '11']],
  GE: [['Тбилиси', 'Tbilisi', '51']],
  AZ: [['Баку', 'Baku', '09']],
  MD: [['Кишинёв', 'Chisinau', '57']],
  BG: [
    ['София', 'Sofia', '42'], ['Пловдив', 'Plovdiv', '51'], ['Варна', 'Varna', '61'], ['Бургас', 'Burgas', '39'], ['Русе', 'Ruse', '53'],
    ['Стара Загора', 'Stara Zagora', '59'], ['Плевен', 'Pleven', '50'], ['Сливен', 'Sliven', '56'], ['Велико Търново', 'Veliko Tŭrnovo', '62'],
  ],
  RS: [
    ['Београд|Белград', 'Belgrade', 'SE'], ['Нови Сад', 'Novi Sad', 'VO'], ['Ниш', 'Niš', 'SE'], ['Крагујевац', 'Kragujevac', 'SE'],
    ['Суботица', 'Subotica', 'VO'], ['Земун', 'Zemun', 'SE'],
  ],
  ME: [['Подгорица', 'Podgorica', '16']],
  BA: [['Бања Лука', 'Banja Luka', '02'], ['Сарајево', 'Sarajevo', '01']],
  MK: [['Скопје', 'Skopje', 'F6'], ['Битола', 'Bitola', '06'], ['Куманово', 'Kumanovo', 'D7'], ['Охрид', 'Ohrid', 'E2']],
  GR: [
    ['Αθήνα', 'Athens', 'ESYE31'], ['Θεσσαλονίκη', 'Thessaloníki', 'ESYE12'], ['Πάτρα', 'Pátra', 'ESYE23'], ['Πειραιάς', 'Piraeus', 'ESYE31'],
    ['Λάρισα', 'Lárisa', 'ESYE14'], ['Ηράκλειο|Ηράκλειον', 'Irákleion', 'ESYE43'], ['Περιστέρι', 'Peristéri', 'ESYE31'],
    ['Καλλιθέα', 'Kallithéa', 'ESYE31'], ['Γλυφάδα', 'Glyfáda', 'ESYE31'], ['Βόλος', 'Volos', 'ESYE14'], ['Ιωάννινα', 'Ioánnina', 'ESYE21'],
    ['Χανιά', 'Chaniá', 'ESYE43'], ['Ρόδος', 'Ródos', 'ESYE42'], ['Καλαμάτα', 'Kalamata', 'ESYE25'], ['Καβάλα', 'Kavála', 'ESYE11'],
    ['Κέρκυρα', 'Corfu', 'ESYE22'], ['Σέρρες', 'Sérres', 'ESYE12'], ['Ξάνθη', 'Xánthi', 'ESYE11'], ['Κομοτηνή', 'Komotiní', 'ESYE11'],
    ['Αλεξανδρούπολη', 'Alexandroupoli', 'ESYE11'], ['Τρίκαλα', 'Tríkala', 'ESYE14'],
  ],
  CY: [['Λευκωσία', 'Nicosia', '04'], ['Λεμεσός', 'Limassol', '05'], ['Λάρνακα', 'Larnaca', '03'], ['Πάφος', 'Paphos', '06']],
  IL: [
    ['ירושלים|القدس', 'Jerusalem', '06'], ['תל אביב|תל-אביב|ת"א|ת״א|יפו|يافا', 'Tel Aviv', '05'], ['חיפה|حيفا', 'Haifa', '04'],
    ['אשדוד', 'Ashdod', '01'], ['ראשון לציון', 'Rishon LeẔiyyon', '02'], ['פתח תקווה|פתח תקוה', 'Petaẖ Tiqwa', '02'],
    ['באר שבע', 'Beersheba', '01'], ['נתניה', 'Netanya', '02'], ['חולון', 'H̱olon', '05'], ['בני ברק', 'Bnei Brak', '05'],
    ['רחובות', 'Reẖovot', '02'], ['בת ים', 'Bat Yam', '05'], ['רמת גן', 'Ramat Gan', '05'], ['הרצליה', 'Herzliya', '05'],
    ['כפר סבא', 'Kfar Saba', '02'], ['רעננה', "Ra'anana", '02'], ['אשקלון', 'Ashkelon', '01'], ['אילת', 'Eilat', '01'],
    ['נצרת|الناصرة', 'Nazareth', '03'], ['עכו|عكا', 'Acre', '03'], ['טבריה', 'Tiberias', '03'], ['נהריה', 'Nahariyya', '03'],
    ['רמלה', 'Ramla', '02'], ['לוד', 'Lod', '02'],
  ],
  PS: [['غزة', 'Gaza', 'GZ'], ['رام الله', 'Ramallah', 'WE'], ['نابلس', 'Nablus', 'WE'], ['الخليل', 'Hebron', 'WE'], ['بيت لحم', 'Bethlehem', 'WE']],
  EG: [
    ['القاهرة', 'Cairo', '11'], ['الإسكندرية', 'Alexandria', '06'], ['الجيزة', 'Giza', '08'], ['بورسعيد|بور سعيد', 'Port Said', '19'],
    ['السويس', 'Suez', '15'], ['الأقصر', 'Luxor', '28'], ['أسيوط', 'Asyūţ', '17'], ['المنصورة', 'Al Manşūrah', '01'], ['طنطا', 'Tanda', '05'],
    ['الزقازيق', 'Zagazig', '14'], ['أسوان', 'Aswan', '16'], ['الغردقة', 'Hurghada', '02'], ['شرم الشيخ', 'Sharm el-Sheikh', '26'],
    ['الإسماعيلية', 'Ismailia', '07'], ['دمياط', 'Damietta', '20'], ['الفيوم', 'Al Fayyūm', '04'],
  ],
  SA: [
    ['الرياض', 'Riyadh', '10'], ['جدة', 'Jeddah', '14'], ['مكة المكرمة|مكة', 'Mecca', '14'], ['المدينة المنورة', 'Medina', '05'],
    ['الدمام', 'Dammam', '06'], ['الطائف', 'Ta’if', '14'], ['تبوك', 'Tabuk', '19'],
  ],
  AE: [
    ['دبي', 'Dubai', '03'], ['الشارقة', 'Sharjah', '06'], ['أبوظبي|أبو ظبي', 'Abu Dhabi', '01'], ['عجمان', 'Ajman City', '02'],
    ['رأس الخيمة', 'Ras Al Khaimah City', '05'],
  ],
  JO: [['عمّان', 'Amman', '16'], ['الزرقاء', 'Zarqa', '17'], ['إربد', 'Irbid', '18']],
  LB: [['بيروت', 'Beirut', '04']],
  SY: [['دمشق', 'Damascus', '13'], ['حلب', 'Aleppo', '09'], ['اللاذقية', 'Latakia', '02'], ['حماة', 'Ḩamāh', '10']],
  IQ: [
    ['بغداد', 'Baghdad', '07'], ['البصرة', 'Basrah', '02'], ['الموصل', 'Mosul', '15'], ['أربيل', 'Erbil', '11'], ['كربلاء', 'Karbala', '12'],
    ['النجف', 'Najaf', '17'], ['كركوك', 'Kirkuk', '13'],
  ],
  KW: [['مدينة الكويت', 'Kuwait City', '02']],
  QA: [['الدوحة', 'Doha', '01']],
  BH: [['المنامة', 'Manama', '16']],
  OM: [['مسقط', 'Muscat', '06'], ['صلالة', 'Şalālah', '08']],
  YE: [['صنعاء', 'Sanaa', '16'], ['عدن', 'Aden', '02']],
  MA: [
    ['الدار البيضاء', 'Casablanca', '06'], ['الرباط', 'Rabat', '04'], ['فاس', 'Fès', '03'], ['مراكش', 'Marrakesh', '07'], ['طنجة', 'Tangier', '01'],
    ['أكادير', 'Agadir', '09'], ['مكناس', 'Meknès', '03'],
  ],
  DZ: [['الجزائر العاصمة', 'Algiers', '01'], ['وهران', 'Oran', '09'], ['قسنطينة', 'Constantine', '04'], ['عنابة', 'Annaba', '37']],
  TN: [['تونس العاصمة', 'Tunis', '36'], ['صفاقس', 'Sfax', '32'], ['سوسة', 'Sousse', '23']],
  LY: [['بنغازي', 'Benghazi', '69'], ['مصراتة', 'Mişrātah', '72']],
  SD: [['الخرطوم', 'Khartoum', '29'], ['أم درمان', 'Omdurman', '29']],
  IR: [
    ['تهران', 'Tehran', '26'], ['مشهد', 'Mashhad', '42'], ['اصفهان', 'Isfahan', '28'], ['کرج', 'Karaj', '44'], ['تبریز', 'Tabriz', '33'],
    ['شیراز', 'Shiraz', '07'], ['اهواز', 'Ahvaz', '15'], ['کرمانشاه', 'Kermanshah', '13'], ['رشت', 'Rasht', '08'], ['کرمان', 'Kerman', '29'],
    ['ارومیه', 'Orūmīyeh', '01'], ['زاهدان', 'Zahedan', '04'], ['همدان', 'Hamadān', '09'], ['یزد', 'Yazd', '40'], ['اراک', 'Arāk', '34'],
    ['قزوین', 'Qazvin', '38'], ['بندرعباس|بندر عباس', 'Bandar Abbas', '11'],
  ],
  TH: [
    ['กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ', 'Bangkok', '40'], ['เชียงใหม่', 'Chiang Mai', '02'], ['ภูเก็ต', 'Phuket', '62'], ['พัทยา', 'Pattaya', '46'],
    ['ขอนแก่น', 'Khon Kaen', '22'], ['นครราชสีมา|โคราช', 'Nakhon Ratchasima', '27'], ['หาดใหญ่', 'Hat Yai', '68'], ['อุดรธานี', 'Udon Thani', '76'],
    ['ชลบุรี', 'Chon Buri', '46'], ['เชียงราย', 'Chiang Rai', '03'], ['อุบลราชธานี', 'Ubon Ratchathani', '75'],
    ['สุราษฎร์ธานี', 'Surat Thani', '60'], ['นนทบุรี', 'Mueang Nonthaburi', '38'], ['สมุทรปราการ', 'Samut Prakan', '42'], ['ลำปาง', 'Lampang', '06'],
    ['ศรีราชา', 'Si Racha', '46'], ['พิษณุโลก', 'Phitsanulok', '12'], ['พระนครศรีอยุธยา|อยุธยา', 'Phra Nakhon Si Ayutthaya', '36'],
    ['หัวหิน', 'Hua Hin', '57'], ['กระบี่', 'Krabi', '63'], ['นครปฐม', 'Nakhon Pathom', '53'],
  ],
  IN: [
    // Devanagari (Hindi, Marathi)
    ['मुंबई|मुम्बई|மும்பை', 'Mumbai', '16'], ['नवी मुंबई', 'Navi Mumbai', '16'], ['दिल्ली', 'Delhi', '07'], ['नई दिल्ली|புது தில்லி', 'New Delhi', '07'],
    ['बेंगलुरु|बेंगलूरु|बंगलौर|बैंगलोर|ಬೆಂಗಳೂರು|பெங்களூரு', 'Bengaluru', '19'], ['कोलकाता|कलकत्ता|কলকাতা', 'Kolkata', '28'],
    ['चेन्नई|சென்னை', 'Chennai', '25'], ['अहमदाबाद|અમદાવાદ', 'Ahmedabad', '09'], ['हैदराबाद|హైదరాబాద్', 'Hyderabad', '40'],
    ['पुणे', 'Pune', '16'], ['सूरत|સુરત', 'Sūrat', '09'], ['कानपुर', 'Kanpur', '36'], ['जयपुर', 'Jaipur', '24'], ['लखनऊ', 'Lucknow', '36'],
    ['नागपुर', 'Nagpur', '16'], ['इंदौर|इन्दौर', 'Indore', '35'], ['पटना', 'Patna', '34'], ['भोपाल', 'Bhopal', '35'],
    ['लुधियाना|ਲੁਧਿਆਣਾ', 'Ludhiāna', '23'], ['आगरा', 'Agra', '36'], ['वडोदरा|વડોદરા', 'Vadodara', '09'], ['नाशिक|नासिक', 'Nashik', '16'],
    ['वाराणसी', 'Varanasi', '36'], ['अमृतसर|ਅੰਮ੍ਰਿਤਸਰ', 'Amritsar', '23'], ['प्रयागराज|इलाहाबाद', 'Allahābād', '36'],
    ['गुड़गांव|गुड़गाँव|गुरुग्राम', 'Gurgaon', '10'], ['नोएडा', 'Noida', '36'], ['चंडीगढ़|ਚੰਡੀਗੜ੍ਹ', 'Chandigarh', '05'],
    ['देहरादून', 'Dehra Dūn', '39'], ['रांची|राँची', 'Ranchi', '38'], ['रायपुर', 'Raipur', '37'], ['गाजियाबाद|ग़ाज़ियाबाद', 'Ghāziābād', '36'],
    ['फरीदाबाद', 'Faridabad', '10'], ['मेरठ', 'Meerut', '36'], ['जोधपुर', 'Jodhpur', '24'], ['उदयपुर', 'Udaipur', '24'], ['अजमेर', 'Ajmer', '24'],
    ['ग्वालियर', 'Gwalior', '35'], ['जबलपुर', 'Jabalpur', '35'], ['शिमला', 'Shimla', '11'], ['जम्मू', 'Jammu', '12'], ['गुवाहाटी', 'Guwahati', '03'],
    ['भुवनेश्वर|ଭୁବନେଶ୍ୱର', 'Bhubaneshwar', '21'], ['ठाणे', 'Thāne', '16'], ['औरंगाबाद', 'Aurangabad', '16'], ['कोल्हापुर', 'Kolhāpur', '16'],
    ['पणजी', 'Panaji', '33'], ['राजकोट|રાજકોટ', 'Rājkot', '09'],
    // Tamil, Telugu, Kannada, Malayalam
    ['கோயம்புத்தூர்|கோவை', 'Coimbatore', '25'], ['மதுரை', 'Madurai', '25'], ['திருச்சிராப்பள்ளி|திருச்சி', 'Tiruchirappalli', '25'],
    ['சேலம்', 'Salem', '25'], ['திருநெல்வேலி', 'Tirunelveli', '25'], ['வேலூர்', 'Vellore', '25'], ['ஈரோடு', 'Erode', '25'],
    ['திருப்பூர்', 'Tiruppur', '25'], ['நாகர்கோவில்', 'Nāgercoil', '25'], ['புதுச்சேரி', 'Puducherry', '22'],
    ['విశాఖపట్నం|విశాఖపట్టణం|విశాఖపట్నము|विशाखापत्तनम', 'Visakhapatnam', '02'], ['విజయవాడ', 'Vijayawada', '02'], ['వరంగల్', 'Warangal', '40'],
    ['గుంటూరు', 'Guntur', '02'], ['ಮೈಸೂರು', 'Mysore', '19'], ['ಮಂಗಳೂರು', 'Mangalore', '19'], ['ಹುಬ್ಬಳ್ಳಿ', 'Hubli', '19'],
    ['കൊച്ചി', 'Cochin', '13'], ['തിരുവനന്തപുരം', 'Thiruvananthapuram', '13'], ['കോഴിക്കോട്', 'Kozhikode', '13'],
    ['തൃശ്ശൂർ|തൃശൂർ', 'Thrissur', '13'], ['കൊല്ലം', 'Kollam', '13'],
  ],
  BD: [['ঢাকা', 'Dhaka', '81'], ['চট্টগ্রাম', 'Chittagong', '84']],
  NP: [
    ['काठमाडौं|काठमाडौँ|काठमाण्डू', 'Kathmandu', '3'], ['पोखरा', 'Pokhara', '4'], ['ललितपुर|पाटन', 'Pātan', '3'], ['विराटनगर', 'Biratnagar', '1'],
    ['वीरगंज', 'Birgañj', '2'], ['भक्तपुर', 'Bhaktapur', '3'], ['धरान', 'Dharān', '1'], ['बुटवल', 'Butwāl', '5'],
  ],
};

export interface NativeCity {
  names: readonly string[];
  name: string;
  country: string;
  admin1: string;
}

export const NATIVE_CITIES: readonly NativeCity[] = Object.entries(TABLE).flatMap(([country, rows]) =>
  rows.map(([names, name, admin1]) => ({ names: names.split('|'), name, country, admin1 })),
);

/** The scripts this table reads: Greek, Cyrillic, Hebrew, Arabic, the Indic scripts (Devanagari … Malayalam), Thai. */
const SCRIPT =
  /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Thai}]/u;

const ARABIC = /\p{Script=Arabic}/u;

/**
 * One spelling for the letters Arabic and Persian writers vary (hamza on
 * alif, tā' marbūṭa, Arabic or Persian yā' and kāf) and one Unicode form, so
 * "الاسكندرية" is "الإسكندرية" and "گ"-free Persian "كرج" is "کرج".
 */
function fold(text: string): string {
  const nfc = text.normalize('NFC');
  return ARABIC.test(nfc)
    ? nfc
        .replace(/[أإآٱ]/gu, 'ا')
        .replace(/ة/gu, 'ه')
        .replace(/[يى]/gu, 'ی')
        .replace(/ك/gu, 'ک')
    : nfc;
}

/** Greek drops its accents in capitals and often in haste; Russian writes "е" for "ё". */
function spellings(name: string): string[] {
  const forms = new Set([name, name.replace(/ё/gu, 'е')]);
  if (/\p{Script=Greek}/u.test(name)) forms.add(name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
  for (const f of [...forms])
    if (/[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(f))
      forms.add(
        f
          .toUpperCase()
          .normalize('NFD')
          .replace(/[\u0301\u0308]/gu, '')
          .normalize('NFC'),
      );
  return [...forms].map(fold);
}

interface Written {
  text: string;
  city: number;
  /** Thai and the Dravidian scripts: a name may be written on into the next word. */
  runsOn: boolean;
  /** Hebrew and Arabic: one letter ("in", "and", "to") may be written on before it. */
  prefixes: RegExp | null;
  /** The name (as the table writes it) this is a spelling or a stem of. */
  name: string;
  /** A Cyrillic name's stem: the endings of its cases that may follow it, in lower case (cyrillic-cases.ts). */
  endings: readonly string[] | null;
}

const RUNS_ON = /[\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Thai}]/u;
const HEBREW_PREFIX = /[בלמו]/u;
const ARABIC_PREFIX = /[وبلف]/u;

let index: Written[] | null = null;

function writtenNames(): Written[] {
  index ??= NATIVE_CITIES.flatMap((c, city) =>
    c.names.flatMap(stems).flatMap(({ name, stem, endings }) =>
      spellings(stem).map((text) => ({
        text,
        name,
        city,
        runsOn: RUNS_ON.test(text),
        prefixes: /\p{Script=Hebrew}/u.test(text) ? HEBREW_PREFIX : ARABIC.test(text) ? ARABIC_PREFIX : null,
        endings,
      })),
    ),
  );
  return index;
}

/** A name as written, or, in Cyrillic, the stems of its cases. */
function stems(name: string): { name: string; stem: string; endings: readonly string[] | null }[] {
  return (caseForms(name) ?? [{ stem: name, endings: null }]).map((forms) => ({ name, ...forms }));
}

const LETTER = /[\p{L}\p{M}]/u;
const SEGMENT_END = /[,;|/\n()[\]،、，]/u;
/** What may stand beside a town in its own segment: "г." (город), "м." (місто), "гр." (град), a postcode. */
const TOWN_WORDS = /^(?:г|гор|город|м|місто|гр|град|горад)?$/u;
/** A street word before a name makes it a street's name ("רחוב יפו", "شارع القاهرة", "ул. Киев"). */
const STREET_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:רחוב|רח'|רח׳|דרך|שדרות|שד'|شارع|طريق|ميدان|خیابان|ул|улица|вул|вулиця|пр|проспект|просп|пр-т|шоссе|бульвар|бул|οδός|οδ|λεωφόρος|ถนน|मार्ग|रोड)\.?\s*$/u;

interface Found {
  at: number;
  length: number;
  rank: number;
  city: number;
  /** The name as its people write it that was found, in any case ("Москве": "Москва"). */
  name: string;
}

/** Where the name found at `at` ends: after the stem's case ending, or the name, when no letter follows. */
function endOf(text: string, w: Written, at: number): number | null {
  const end = at + w.text.length;
  if (w.runsOn) return end;
  if (!w.endings) return end < text.length && LETTER.test(text.charAt(end)) ? null : end;
  let longest: number | null = null;
  for (const e of w.endings) {
    const stop = end + e.length;
    if ((longest ?? -1) < stop && text.slice(end, stop).toLowerCase() === e && !LETTER.test(text.charAt(stop))) longest = stop;
  }
  return longest;
}

function boundedAt(text: string, w: Written, at: number): number | null {
  if (at === 0 || w.runsOn || !LETTER.test(text.charAt(at - 1))) return at;
  const prefix = text.charAt(at - 1);
  return w.prefixes?.test(prefix) && (at === 1 || !LETTER.test(text.charAt(at - 2))) ? at - 1 : null;
}

/** 0: a segment of its own; 1: inside a segment; 2: after a street word. */
function rankOf(text: string, start: number, end: number): number {
  let from = start;
  while (from > 0 && !SEGMENT_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SEGMENT_END.test(text.charAt(to))) to++;
  if (STREET_BEFORE.test(text.slice(from, start))) return 2;
  const rest = (text.slice(from, start) + text.slice(end, to)).replace(/[\d\s.\-–—№"'«»]+/gu, '');
  return TOWN_WORDS.test(rest.toLowerCase()) ? 0 : 1;
}

function better(a: Found, b: Found | null): boolean {
  if (b === null) return true;
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.at !== b.at) return a.at < b.at;
  return a.length > b.length;
}

function found(text: string): NativeCity | null {
  const best = bestFound(text);
  return best ? (NATIVE_CITIES[best.city] ?? null) : null;
}

function bestFound(text: string): Found | null {
  let best: Found | null = null;
  for (const w of writtenNames()) {
    for (let at = text.indexOf(w.text); at >= 0; at = text.indexOf(w.text, at + 1)) {
      const end = endOf(text, w, at);
      const start = end === null ? null : boundedAt(text, w, at);
      if (start === null || end === null) continue;
      const f = { at: start, length: end - at, rank: rankOf(text, start, end), city: w.city, name: w.name };
      if (better(f, best)) best = f;
    }
  }
  return best;
}

/**
 * The town a structured locality or an address names in one of these
 * scripts, or null (no such script, or no town we know: the caller goes on as
 * before).
 */
export function nativeCity(locality: string | null | undefined, text: string): Place | null {
  const fromLocality = locality && SCRIPT.test(locality) ? found(fold(locality.trim())) : null;
  const city = fromLocality ?? (SCRIPT.test(text) ? found(fold(text)) : null);
  return city ? (lookupPlaces(city.name, [[{ country: city.country, admin1: city.admin1 }]])[0] ?? null) : null;
}

/**
 * The town a word or two written in one of these scripts name, as its people
 * write it ("Москве" → "Москва", "Києві" → "Київ"), or null: a title's last
 * words after "в" / "у" ("Встреча в Казани", normalise/title-venue.ts).
 */
export function nativeTownName(words: string): string | null {
  return SCRIPT.test(words) ? (bestFound(fold(words))?.name ?? null) : null;
}
