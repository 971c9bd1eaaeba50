import { describe, expect, it } from 'vitest';
import { placeAddress, type AddressHints } from './address.js';
import { CJK_CITIES } from './cjk.js';
import { lookupPlaces } from './gazetteer.js';
import { NATIVE_CITIES } from './native-script.js';

/** Invented addresses in the forms Russian, Ukrainian, Greek, Hebrew, Arabic, Persian, Thai, Hindi and Tamil feeds write. */
const at = (text: string, hints: AddressHints = {}) => {
  const p = placeAddress(text, hints);
  return p && `${p.locality}, ${p.country}`;
};

describe('placeAddress: a town written in its own script', () => {
  it.each<[string, AddressHints, string | null]>([
    ['Санкт-Петербург, Невский проспект, 28', { country: 'RU' }, 'Saint Petersburg, RU'],
    ['г. Новосибирск, Красный проспект, 1', {}, 'Novosibirsk, RU'],
    ['Клуб «Пример», ул. Тверская, 7, Москва, RU', {}, 'Moscow, RU'],
    ['МОСКВА, УЛ. ПРИМЕРНАЯ, 1', {}, 'Moscow, RU'],
    ['Ростов-на-Дону, ул. Большая Садовая, 10', {}, 'Rostov-na-Donu, RU'],
    ['Петропавловск-Камчатский, ул. Примерная, 1', {}, 'Petropavlovsk-Kamchatsky, RU'],
    ['Львів, площа Ринок, 1', {}, 'Lviv, UA'],
    ['м. Київ, вул. Хрещатик, 22', {}, 'Kyiv, UA'],
    ['Мінск, праспект Незалежнасці, 5', {}, 'Minsk, BY'],
    ['EXPO, Астана', { locality: 'Астана' }, 'Nur-Sultan, KZ'],
    ['Θεσσαλονίκη, Τσιμισκή 20', {}, 'Thessaloníki, GR'],
    ['ΑΘΗΝΑ, ΣΤΑΔΙΟΥ 5', {}, 'Athens, GR'],
    ['Λεμεσός, Οδός Παραδείγματος 3', {}, 'Limassol, CY'],
    ['חיפה, שדרות הנשיא 10', {}, 'Haifa, IL'],
    ['שדרות רוטשילד 1, בתל אביב', {}, 'Tel Aviv, IL'],
    ['الإسكندرية، طريق الكورنيش 5', {}, 'Alexandria, EG'],
    ['الاسكندرية، طريق الكورنيش 5', {}, 'Alexandria, EG'],
    ['تهران، خیابان نمونه ۱۲', {}, 'Tehran, IR'],
    ['เชียงใหม่, ถนนนิมมานเหมินท์ 1', {}, 'Chiang Mai, TH'],
    ['123 ถนนตัวอย่าง อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200', {}, 'Chiang Mai, TH'],
    ['मुंबई, बांद्रा पश्चिम', {}, 'Mumbai, IN'],
    ['சென்னை, அண்ணா சாலை 10', {}, 'Chennai, IN'],
    ['काठमाडौं, नयाँ बानेश्वर', {}, 'Kathmandu, NP'],
    // the structured locality (JSON-LD addressLocality) alone
    ['ул. Примерная, 1', { locality: 'Москва', country: 'RU' }, 'Moscow, RU'],
    // a town as its own segment beats a venue named after another town…
    ['Кафе «София», Москва', {}, 'Moscow, RU'],
    // …and a street named after a town ("Jaffa Road" in Jerusalem, "Haifa Road" in Tel Aviv, "Cairo Street")
    ['רחוב יפו 10, ירושלים', {}, 'Jerusalem, IL'],
    ['דרך חיפה 5 תל אביב', {}, 'Tel Aviv, IL'],
    ['شارع القاهرة 5، الإسكندرية', {}, 'Alexandria, EG'],
    // the longest name at one place: Nizhny, not a Novgorod
    ['Нижний Новгород, ул. Большая Покровская', {}, 'Nizhniy Novgorod, RU'],
    // CJK towns cjk.ts had missed: a prefecture's city beats the prefecture
    ['長野県松本市中央1-1-1', {}, 'Matsumoto, JP'],
    ['경기도 성남시 분당구 판교역로 166', {}, 'Seongnam-si, KR'],
    ['제주특별자치도 제주시 첨단로 1', {}, 'Jeju City, KR'],
    // a Russian, Ukrainian or Belarusian town in another case than the nominative ("in Moscow", "from Kazan")
    ['Клуб «Пример» в Москве', {}, 'Moscow, RU'],
    ['в Санкт-Петербурге, Невский проспект, 28', {}, 'Saint Petersburg, RU'],
    ['Коворкинг в Новосибирске', {}, 'Novosibirsk, RU'],
    ['Клуб «Пример», в Казани', {}, 'Kazan, RU'],
    ['КЛУБ «ПРИМЕР» В ЕКАТЕРИНБУРГЕ', {}, 'Yekaterinburg, RU'],
    ['Коворкінг у Києві, вул. Прикладна, 1', {}, 'Kyiv, UA'],
    ['Кав’ярня у Львові', {}, 'Lviv, UA'],
    ['Клуб в Минске', {}, 'Minsk, BY'],
    ['Клуб у Мінску', {}, 'Minsk, BY'],
    ['Встреча в Перми', {}, 'Perm, RU'],
    ['Встреча в Уфе', {}, 'Ufa, RU'],
    ['Встреча в Одесі', {}, 'Odessa, UA'],
    ['Встреча в Нижнем Новгороде', {}, 'Nizhniy Novgorod, RU'],
    ['Клуб «Пример», центр Москвы', {}, 'Moscow, RU'],
    // a word that only starts like a town's case form is another word: a station, a region, a car, a niche, a first name
    ['Казанский вокзал, зал ожидания', {}, null],
    ['Новосибирская область, с. Примерное', {}, null],
    ['Клуб «Москвич»', {}, null],
    ['Ниша для клуба, ул. Ленина 1', {}, null],
    ['Встреча с Софией, ул. Ленина 1', {}, null],
    // not a town: a street adjective, a genitive, a name inside a word; no town at all
    ['ул. Московская, 5', {}, null],
    ['Οδός Αθηνάς 5', {}, null],
    ['Клуб «Пример», ул. Ленина 1', {}, null],
    ['Отменённые рейсы', {}, null],
  ])('%j %j → %s', (text, hints, expected) => {
    expect(at(text, hints)).toBe(expected);
  });
});

describe('NATIVE_CITIES', () => {
  it('names only towns the gazetteer has, in their country and admin1', () => {
    expect(NATIVE_CITIES.length).toBeGreaterThan(250);
    for (const { names, name, country, admin1 } of NATIVE_CITIES) {
      expect(lookupPlaces(name, [[{ country, admin1 }]]), `${names.join('/')} → ${name}`).not.toHaveLength(0);
    }
  });

  it('writes each name once', () => {
    const names = [...NATIVE_CITIES.flatMap((c) => c.names), ...CJK_CITIES.flatMap(([n]) => n)];
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
