import { lookupPlaces, type Place } from './gazetteer.js';

/**
 * Towns in addresses written in Chinese, Japanese or Korean script, which
 * the GeoNames city list (Latin names) cannot read: "台北市南港區研究院路二段
 * 128號" is in Taipei. Such an address starts with its largest unit, so the
 * city named first is the town ("東京都" is Tokyo, although "京都" — Kyoto —
 * is written inside it). The larger cities of the region, by the name
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
  [['香港'], 'Hong Kong', 'HK'],
  [['澳門', '澳门'], 'Macau', 'MO'],
  [['서울'], 'Seoul', 'KR'],
  [['부산'], 'Busan', 'KR'],
  [['인천'], 'Incheon', 'KR'],
  [['대구'], 'Daegu', 'KR'],
  [['대전'], 'Daejeon', 'KR'],
  [['광주'], 'Gwangju', 'KR'],
];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** The city a CJK-script address names first, or null (no such script, or no city we know). */
export function cjkCity(text: string): Place | null {
  if (!CJK.test(text)) return null;
  let best: { at: number; name: string; country: string } | null = null;
  for (const [names, name, country] of CJK_CITIES) {
    for (const written of names) {
      const at = text.indexOf(written);
      if (at >= 0 && (best === null || at < best.at)) best = { at, name, country };
    }
  }
  return best ? (lookupPlaces(best.name, [[{ country: best.country, admin1: null }]])[0] ?? null) : null;
}
