/**
 * Reduces an English word to its stem with the classic Porter (1980) suffix-stripping algorithm, so that
 * "predicted", "predicts" and "prediction" all become "predict". Expects a lowercase word; anything that
 * is not made of ASCII letters only (identifiers with digits, non-English words) and words of two letters
 * or fewer come back unchanged. Deterministic and allocation-light; callers cache results.
 */
export function stemWord(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let stem = step1a(word);
  stem = step1b(stem);
  stem = step1c(stem);
  stem = replaceSuffix(stem, step2Suffixes, 0);
  stem = replaceSuffix(stem, step3Suffixes, 0);
  stem = step4(stem);
  return foldUreNoun(step5(stem));
}

/**
 * One addition to Porter: nouns in "-ure" fold onto their verb ("failure" → "fail", "configuration" and
 * "configure" → "config", "closure" → "clos"), so "failed" matches "failure" and "config" matches
 * "configuration", as they do in alert text.
 */
function foldUreNoun(stem: string): string {
  if (!stem.endsWith('ur') || stem.length < 5) return stem;
  const base = stem.slice(0, -2);
  return measure(base) >= 1 ? base : stem;
}

function isConsonant(word: string, index: number): boolean {
  const letter = word[index];
  if (letter === 'a' || letter === 'e' || letter === 'i' || letter === 'o' || letter === 'u') return false;
  // "y" is a consonant at the start or after a vowel, a vowel after a consonant ("sky", "happy").
  if (letter === 'y') return index === 0 || !isConsonant(word, index - 1);
  return true;
}

/** The number of vowel-consonant sequences, the "m" of the algorithm: [C](VC){m}[V]. */
function measure(stem: string): number {
  let count = 0;
  let index = 0;
  while (index < stem.length && isConsonant(stem, index)) index += 1;
  while (index < stem.length) {
    while (index < stem.length && !isConsonant(stem, index)) index += 1;
    if (index >= stem.length) break;
    while (index < stem.length && isConsonant(stem, index)) index += 1;
    count += 1;
  }
  return count;
}

function containsVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index += 1) if (!isConsonant(stem, index)) return true;
  return false;
}

function endsWithDoubleConsonant(stem: string): boolean {
  const last = stem.length - 1;
  return last >= 1 && stem[last] === stem[last - 1] && isConsonant(stem, last);
}

/** Consonant-vowel-consonant ending whose last consonant is not w, x or y ("hop", not "how"). */
function endsWithShortSyllable(stem: string): boolean {
  const last = stem.length - 1;
  if (last < 2) return false;
  const final = stem[last];
  return (
    isConsonant(stem, last) &&
    !isConsonant(stem, last - 1) &&
    isConsonant(stem, last - 2) &&
    final !== 'w' &&
    final !== 'x' &&
    final !== 'y'
  );
}

function step1a(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  let stem: string | undefined;
  if (word.endsWith('ed') && containsVowel(word.slice(0, -2))) stem = word.slice(0, -2);
  else if (word.endsWith('ing') && containsVowel(word.slice(0, -3))) stem = word.slice(0, -3);
  if (stem === undefined) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsWithDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsWithShortSyllable(stem)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && containsVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word;
}

const step2Suffixes: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const step3Suffixes: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/** Replaces the longest listed suffix when the remaining stem's measure exceeds `minimumMeasure`. */
function replaceSuffix(
  word: string,
  suffixes: readonly (readonly [string, string])[],
  minimumMeasure: number,
): string {
  let longest: readonly [string, string] | undefined;
  for (const entry of suffixes) {
    if (word.endsWith(entry[0]) && (longest === undefined || entry[0].length > longest[0].length)) {
      longest = entry;
    }
  }
  if (longest === undefined) return word;
  const stem = word.slice(0, word.length - longest[0].length);
  return measure(stem) > minimumMeasure ? stem + longest[1] : word;
}

const step4Suffixes = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function step4(word: string): string {
  let longest = '';
  for (const suffix of step4Suffixes) {
    if (word.endsWith(suffix) && suffix.length > longest.length) longest = suffix;
  }
  if (longest === '') return word;
  const stem = word.slice(0, word.length - longest.length);
  if (measure(stem) <= 1) return word;
  // "-ion" goes only after s or t ("adoption" → "adopt", but not "onion").
  if (longest === 'ion' && !/[st]$/.test(stem)) return word;
  return stem;
}

function step5(word: string): string {
  let stem = word;
  if (stem.endsWith('e')) {
    const base = stem.slice(0, -1);
    const baseMeasure = measure(base);
    if (baseMeasure > 1 || (baseMeasure === 1 && !endsWithShortSyllable(base))) stem = base;
  }
  if (measure(stem) > 1 && endsWithDoubleConsonant(stem) && stem.endsWith('l')) stem = stem.slice(0, -1);
  return stem;
}
