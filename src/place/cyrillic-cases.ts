/**
 * The case forms of a Russian, Ukrainian or Belarusian town name: "в Москве",
 * "из Казани", "в Новосибирске", "в Санкт-Петербурге", "у Києві", "у Мінску".
 * Only for the towns of native-script.ts's table, so a form is never read
 * out of an ordinary word: each name is written as a stem and the endings
 * that may follow it ("Москв" + а, е, ы, у, ой…), and a stem followed by
 * anything else is another word ("Московская" is a street, "Казанский" a
 * station in Moscow).
 *
 * By the name's last letter: a consonant takes е, а, у, ом, і (Ukrainian
 * "в Херсоні"); -а takes е, ы, и, у, ой, ою, і; -я takes и, е, ю, ей, і, ї;
 * -ь takes и, е, я, ю, ью, ем, і. A name of one word of at least four
 * letters only ("Ош", "Ниш": "ниша" is a niche); names ending in another
 * vowel do not change ("Сочи", "Кемерово"), and neither do names of more
 * than one word ("Нижний Новгород"). Ukrainian "-ів" towns change their
 * vowel ("Львів" → "у Львові", "Харків" → "Харкова"), and a few are written
 * out (`IRREGULAR`).
 */
export interface CaseForms {
  /** What every form starts with. */
  stem: string;
  /** What may follow the stem, in lower case ("" for the name itself when the stem is the whole name). */
  endings: readonly string[];
}

const CONSONANT = ['', 'е', 'а', 'у', 'ом', 'і'];
const BY_LAST_LETTER: Readonly<Record<string, readonly string[]>> = {
  а: ['а', 'е', 'ы', 'и', 'у', 'ой', 'ою', 'і'],
  я: ['я', 'и', 'е', 'ю', 'ей', 'і', 'ї'],
  ь: ['ь', 'и', 'е', 'я', 'ю', 'ью', 'ем', 'і'],
};
/** Ukrainian towns in "-ів" change it to "-ов-" in every other case ("Львів" → "Львові", "Львова"). */
const UKRAINIAN_IV = ['і', 'а', 'у', 'ом'];

/** Names whose other forms no rule above gives (stem → endings), and first names that are towns too ("с Софией": with Sofia). */
// prettier-ignore
const IRREGULAR: Readonly<Record<string, readonly CaseForms[]>> = {
  Київ: [{ stem: 'Києв', endings: UKRAINIAN_IV }],
  Дніпро: [{ stem: 'Дніпр', endings: ['і', 'а', 'ом'] }],
  Уфа: [{ stem: 'Уф', endings: ['е', 'ы', 'у', 'ой'] }],
  Тернопіль: [{ stem: 'Тернопол', endings: ['і', 'я', 'ем'] }],
  Сімферополь: [{ stem: 'Сімферопол', endings: ['і', 'я', 'ем'] }],
  Чебоксары: [{ stem: 'Чебоксар', endings: ['ах', 'ы'] }],
  'Нижний Новгород': [{ stem: 'Нижн', endings: ['ем новгороде', 'его новгорода'] }],
  'Великий Новгород': [{ stem: 'Велик', endings: ['ом новгороде', 'ого новгорода'] }],
  'Ростов-на-Дону': [{ stem: 'Ростов', endings: ['е-на-дону', 'а-на-дону'] }],
  София: [],
};

const CYRILLIC_WORD = /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]{3,}$/u;

/** The stems and endings a town's name is written with in its cases, or null for a name written one way only. */
export function caseForms(name: string): readonly CaseForms[] | null {
  const irregular = IRREGULAR[name];
  if (irregular) return [{ stem: name, endings: [''] }, ...irregular];
  if (!CYRILLIC_WORD.test(name)) return null;
  const last = name.slice(-1);
  if (name.endsWith('ів'))
    return [
      { stem: name, endings: [''] },
      { stem: `${name.slice(0, -2)}ов`, endings: UKRAINIAN_IV },
    ];
  const endings = BY_LAST_LETTER[last];
  if (endings) return [{ stem: name.slice(0, -1), endings }];
  return /[бвгджзклмнпрстфхцчшщ]/u.test(last) ? [{ stem: name, endings: CONSONANT }] : null;
}
