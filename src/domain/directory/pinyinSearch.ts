// Pinyin search and sorting for personal names. Keys are computed once per name and stored in
// indexed columns; the database and `matchesName` apply the same rule: a query matches when it is
// a prefix of one of the name's search tokens (or, typed in Chinese, a substring of the name).
import { pinyin, polyphonic } from 'pinyin-pro';

// pinyin-pro's surname mode knows compound surnames but does not say where the surname ends;
// the given name is what we expand into alternative readings, so we need the split ourselves.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '尉迟',
  '长孙',
  '万俟',
  '慕容',
  '司徒',
  '夏侯',
  '皇甫',
  '令狐',
  '公孙',
  '端木',
  '宇文',
  '独孤',
  '南宫',
  '呼延',
  '轩辕',
  '单于',
  '西门',
  '澹台',
  '濮阳',
  '太史',
  '申屠',
  '钟离',
  '闻人',
  '拓跋',
  '百里',
  '东郭',
  '淳于',
  '公羊',
  '赫连',
  '第五',
]);

/** Readings of polyphonic given names expand combinatorially; past this many, keep the first. */
const MAX_READINGS = 8;

const HAN = /\p{Script=Han}/u;

export interface NameSearchKeys {
  /** Default reading without tones or spaces: 曾国藩 → "zengguofan". */
  full: string;
  /** Initials of the default reading: "zgf". */
  initials: string;
  /**
   * Every search token, space-separated, for a trigram or LIKE index: the name itself, full and
   * initial forms of each reading, and the given name alone ("guofan", "gf").
   * Match rule: `(' ' || search_text) LIKE '% ' || query || '%'`.
   */
  searchText: string;
  /** Collation key: syllables with tone digits, then the name: "zeng1guo2fan1 曾国藩". */
  sortKey: string;
}

export function splitSurname(name: string): { surname: string; givenName: string } {
  const chars = Array.from(name);
  const surnameLength =
    chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return {
    surname: chars.slice(0, surnameLength).join(''),
    givenName: chars.slice(surnameLength).join(''),
  };
}

/** Tone-numbered syllables ("zeng1", "lv3"); the surname read as a surname when asked. */
function syllablesWithTones(text: string, surnameMode: boolean): string[] {
  if (text === '') return [];
  return pinyin(text, {
    toneType: 'num',
    type: 'array',
    surname: surnameMode ? 'head' : 'off',
    v: true,
    nonZh: 'consecutive',
  }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

// Alternative readings of the given name, default reading first, capped at MAX_READINGS.
function givenNameReadings(givenName: string, defaultReading: string[]): string[][] {
  if (givenName === '') return [[]];
  const perChar = polyphonic(givenName, { toneType: 'none', type: 'array', v: true }).map(
    (options, i) => {
      const preferred = defaultReading[i];
      const rest = options.map((o) => o.toLowerCase()).filter((o) => o !== preferred);
      return preferred === undefined ? rest : [preferred, ...rest];
    },
  );
  let combos: string[][] = [[]];
  for (const options of perChar) {
    const next: string[][] = [];
    for (const combo of combos) {
      for (const option of options) {
        if (next.length < MAX_READINGS) next.push([...combo, option]);
      }
    }
    combos = next;
  }
  return combos;
}

const initialsOf = (parts: string[]): string => parts.map((p) => p.charAt(0)).join('');

// Names repeat a lot in a county (王伟, 李娜…); a bounded memo makes bulk imports cheap. The
// function stays pure: the cache only remembers answers.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, NameSearchKeys>();

/** Search and sort keys for a personal name; surnames use their surname reading (曾 zeng, 单 shan). */
export function nameSearchKeys(name: string): NameSearchKeys {
  const hit = cache.get(name);
  if (hit) return hit;
  const keys = Object.freeze(computeNameSearchKeys(name));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, keys);
  return keys;
}

function computeNameSearchKeys(name: string): NameSearchKeys {
  const clean = name.replace(/[\s·•]/g, '');
  const { surname, givenName } = splitSurname(clean);
  // A Han name is read as its surname (in surname mode) followed by its given name: a county has
  // some 100 surnames and a few thousand given names but over 100,000 distinct full names, so the
  // parts are what is worth remembering. Other names are read whole.
  const han = ALL_HAN.test(clean);
  const surnameToned = han
    ? memo(surnameCache, surname, () => syllablesWithTones(surname, true))
    : [];
  const toned = han ? [...surnameToned, ...givenToned(givenName)] : syllablesWithTones(clean, true);
  const defaultReading = toned.map((s) => s.replace(/[0-9]/g, ''));
  const surnameCount = han ? surnameToned.length : Array.from(surname).length;
  const surnameReading = defaultReading.slice(0, surnameCount);
  const givenDefault = defaultReading.slice(surnameCount);
  const tokens = new Set<string>([clean]);
  const readings = han
    ? memo(readingsCache, givenName, () => givenNameReadings(givenName, givenDefault))
    : givenNameReadings(givenName, givenDefault);
  for (const given of readings) {
    const whole = [...surnameReading, ...given];
    tokens.add(whole.join(''));
    tokens.add(initialsOf(whole));
    if (given.length > 0) tokens.add(given.join(''));
    if (given.length > 1) tokens.add(initialsOf(given));
  }
  // ü is typed as v by most input methods and as u by some; accept both.
  for (const token of [...tokens]) if (token.includes('v')) tokens.add(token.replaceAll('v', 'u'));
  return {
    full: defaultReading.join(''),
    initials: initialsOf(defaultReading),
    searchText: [...tokens].filter((t) => t !== '').join(' '),
    sortKey: `${toned.join('')} ${clean}`,
  };
}

const ALL_HAN = /^\p{Script=Han}+$/u;
const surnameCache = new Map<string, string[]>();
const givenCache = new Map<string, string[]>();
const readingsCache = new Map<string, string[][]>();

const givenToned = (givenName: string): string[] =>
  memo(givenCache, givenName, () => syllablesWithTones(givenName, false));

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export interface SearchQuery {
  /** Han characters typed, matched as a substring of the name. */
  hanzi: string | null;
  /** Latin letters, lower-case, ü as v, spaces removed: "Zhang San" → "zhangsan". */
  pinyin: string | null;
  /** Digits typed (and X for ID numbers): the caller may search phones or ID numbers with them. */
  digits: string | null;
}

/** Splits what a user typed into its Chinese, pinyin and digit parts; empty parts are null. */
export function normalizeSearchQuery(query: string): SearchQuery {
  const chars = Array.from(query.normalize('NFKC'));
  const hanzi = chars.filter((c) => HAN.test(c)).join('');
  const rest = chars
    .filter((c) => !HAN.test(c))
    .join('')
    .trim();
  const digits = rest.replace(/[^0-9]/g, '');
  // An X next to digits is the check character of an ID number, not pinyin.
  const latin = (digits === '' ? rest : rest.replace(/[xX]$/, ''))
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z]/g, '');
  return {
    hanzi: hanzi === '' ? null : hanzi,
    pinyin: latin === '' ? null : latin,
    digits: digits === '' ? null : digits + (/[xX]$/.test(rest) ? 'X' : ''),
  };
}

/**
 * True when `query` finds `name`: typed Chinese must appear in the name; typed pinyin must be a
 * prefix of a search token. Both parts must match when both are typed. An empty query matches
 * all; a query of digits only matches no name.
 */
export function matchesName(
  query: string,
  name: string | NameSearchKeys,
  storedName?: string,
): boolean {
  const q = normalizeSearchQuery(query);
  // Digits look for a phone or ID number, never for a name.
  if (q.hanzi === null && q.pinyin === null) return q.digits === null;
  const keys = typeof name === 'string' ? nameSearchKeys(name) : name;
  const plainName =
    typeof name === 'string' ? name : (storedName ?? keys.searchText.split(' ')[0] ?? '');
  if (q.hanzi !== null && !plainName.includes(q.hanzi)) return false;
  if (q.pinyin !== null) {
    const needle = q.pinyin;
    if (!keys.searchText.split(' ').some((token) => token.startsWith(needle))) return false;
  }
  return true;
}

/** Comparator for names in pinyin order (李 before 林, 曾 among the z's). */
export function compareNamesByPinyin(a: string, b: string): number {
  const ka = nameSearchKeys(a).sortKey;
  const kb = nameSearchKeys(b).sortKey;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
