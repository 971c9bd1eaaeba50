import { lookupPlaces, type Place } from './gazetteer.js';

/**
 * Towns in addresses written in Chinese, Japanese or Korean script, which
 * the GeoNames city list (Latin names) cannot read: "台北市南港區研究院路二段
 * 128號" is in Taipei. Such an address starts with its largest unit, so the
 * city named first is the town ("東京都" is Tokyo, although "京都" — Kyoto —
 * is written inside it), unless a later one is written as a city ("東京都
 * 八王子市" is in Hachiōji, a prefecture's city). A venue's name may hold its
 * town ("多摩美術大学八王子キャンパス", a campus in Hachiōji). The larger cities of the region, by the name
 * written in their own script (traditional and simplified where they
 * differ); each target is spelled as GeoNames spells it, and a test checks
 * that every one exists.
 */
export const CJK_CITIES: readonly (readonly [names: readonly string[], name: string, country: string])[] = [
  [['台北', '臺北'], 'Taipei', 'TW'],
  [['新北'], 'Banqiao', 'TW'],
  [['桃園'], 'Taoyuan City', 'TW'],
  [['台中', '臺中'], 'Taichung', 'TW'],
  [['台南', '臺南'], 'Tainan', 'TW'],
  [['高雄'], 'Kaohsiung', 'TW'],
  [['新竹'], 'Hsinchu', 'TW'],
  [['基隆'], 'Keelung', 'TW'],
  [['花蓮'], 'Hualien City', 'TW'],
  [['宜蘭', '宜兰'], 'Yilan', 'TW'],
  [['東京'], 'Tokyo', 'JP'],
  [['横浜', '横濱'], 'Yokohama', 'JP'],
  [['大阪'], 'Osaka', 'JP'],
  [['名古屋'], 'Nagoya', 'JP'],
  [['札幌'], 'Sapporo', 'JP'],
  [['福岡'], 'Fukuoka', 'JP'],
  [['神戸'], 'Kobe', 'JP'],
  [['京都'], 'Kyoto', 'JP'],
  [['川崎'], 'Kawasaki', 'JP'],
  [['仙台'], 'Sendai', 'JP'],
  [['広島'], 'Hiroshima', 'JP'],
  [['那覇'], 'Naha', 'JP'],
  [['八王子'], 'Hachiōji', 'JP'],
  [['さいたま', '埼玉'], 'Saitama', 'JP'],
  [['千葉'], 'Chiba', 'JP'],
  [['北九州'], 'Kitakyushu', 'JP'],
  [['浜松'], 'Hamamatsu', 'JP'],
  [['熊本'], 'Kumamoto', 'JP'],
  [['相模原'], 'Sagamihara', 'JP'],
  [['岡山'], 'Okayama', 'JP'],
  [['静岡'], 'Shizuoka', 'JP'],
  [['新潟'], 'Niigata', 'JP'],
  [['金沢'], 'Kanazawa', 'JP'],
  [['鹿児島'], 'Kagoshima', 'JP'],
  [['姫路'], 'Himeji', 'JP'],
  [['宇都宮'], 'Utsunomiya', 'JP'],
  [['船橋'], 'Funabashi', 'JP'],
  [['町田'], 'Machida', 'JP'],
  [['藤沢'], 'Fujisawa', 'JP'],
  [['横須賀'], 'Yokosuka', 'JP'],
  [['つくば'], 'Tsukuba', 'JP'],
  [['長崎'], 'Nagasaki', 'JP'],
  [['大分'], 'Ōita', 'JP'],
  [['高松'], 'Takamatsu', 'JP'],
  [['富山'], 'Toyama', 'JP'],
  [['盛岡'], 'Morioka', 'JP'],
  [['青森'], 'Aomori', 'JP'],
  [['函館'], 'Hakodate', 'JP'],
  [['長野'], 'Nagano', 'JP'],
  [['松本'], 'Matsumoto', 'JP'],
  [['北京'], 'Beijing', 'CN'],
  [['上海'], 'Shanghai', 'CN'],
  [['广州', '廣州'], 'Guangzhou', 'CN'],
  [['深圳'], 'Shenzhen', 'CN'],
  [['杭州'], 'Hangzhou', 'CN'],
  [['成都'], 'Chengdu', 'CN'],
  [['南京'], 'Nanjing', 'CN'],
  [['武汉', '武漢'], 'Wuhan', 'CN'],
  [['西安'], 'Xi’an', 'CN'],
  [['重庆', '重慶'], 'Chongqing', 'CN'],
  [['天津'], 'Tianjin', 'CN'],
  [['苏州', '蘇州'], 'Suzhou', 'CN'],
  [['青岛', '青島'], 'Qingdao', 'CN'],
  [['厦门', '廈門'], 'Xiamen', 'CN'],
  [['大连', '大連'], 'Dalian', 'CN'],
  [['沈阳', '瀋陽'], 'Shenyang', 'CN'],
  [['长沙', '長沙'], 'Changsha', 'CN'],
  [['郑州', '鄭州'], 'Zhengzhou', 'CN'],
  [['济南', '濟南'], 'Jinan', 'CN'],
  [['合肥'], 'Hefei', 'CN'],
  [['宁波', '寧波'], 'Ningbo', 'CN'],
  [['昆明'], 'Kunming', 'CN'],
  [['福州'], 'Fuzhou', 'CN'],
  [['香港'], 'Hong Kong', 'HK'],
  [['澳門', '澳门'], 'Macau', 'MO'],
  [['서울'], 'Seoul', 'KR'],
  [['부산'], 'Busan', 'KR'],
  [['인천'], 'Incheon', 'KR'],
  [['대구'], 'Daegu', 'KR'],
  [['대전'], 'Daejeon', 'KR'],
  [['광주'], 'Gwangju', 'KR'],
  [['수원'], 'Suwon', 'KR'],
  [['울산'], 'Ulsan', 'KR'],
  [['창원'], 'Changwon', 'KR'],
  [['성남'], 'Seongnam-si', 'KR'],
  [['제주'], 'Jeju City', 'KR'],
];

/** "八王子市": a city, written as one; it beats the prefecture before it ("東京都八王子市" is in Hachiōji). */
const CITY_MARK = /^市$/u;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** The city a CJK-script address names first, or null (no such script, or no city we know). */
export function cjkCity(text: string): Place | null {
  if (!CJK.test(text)) return null;
  let best: { at: number; city: boolean; name: string; country: string } | null = null;
  for (const [names, name, country] of CJK_CITIES) {
    for (const written of names) {
      const at = text.indexOf(written);
      if (at < 0) continue;
      const city = CITY_MARK.test(text.charAt(at + written.length));
      if (best === null || (city && !best.city) || (city === best.city && at < best.at)) best = { at, city, name, country };
    }
  }
  return best ? (lookupPlaces(best.name, [[{ country: best.country, admin1: null }]])[0] ?? null) : null;
}
