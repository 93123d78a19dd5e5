import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/** How text is cut into index terms; see {@link analyzeText}. */
export interface TextAnalysisOptions {
  /** Split identifiers into their words and also index the whole identifier and joined word pairs. Default true. */
  readonly splitIdentifiers?: boolean;
  /** Reduce words to their Porter stem. Default true. */
  readonly stem?: boolean;
  /** Leave out {@link STOP_WORDS}. Default true. */
  readonly removeStopWords?: boolean;
  /** Mark which words continue a phrase with the word before (see {@link AnalyzedTerm.continuesPhrase}). Default true. */
  readonly phrases?: boolean;
}

/**
 * What a term stands for. `word`: one (stemmed) word. `identifier`: a whole identifier, lowercased
 * (`kubepodcrashlooping`, `node_filesystem_avail_bytes`, `payments.api`). `joined`: two adjacent words of
 * an identifier written as one (`DaemonSet` → `daemonset`), so the identifier matches the single word.
 */
export type TermKind = 'word' | 'identifier' | 'joined';

/** One term of analysed text. */
export interface AnalyzedTerm {
  /** Lowercased; stemmed for words and joined pairs. */
  readonly term: string;
  readonly kind: TermKind;
  /**
   * True for the parts of a value such as a host name, an address or a pod name: an identifier with a
   * digit in it (`worker-3.prod.example.internal:9100`, `checkout-5b8f7c9d4-kq7zt`). Alert descriptions
   * interpolate such values; queries weigh them down.
   */
  readonly value: boolean;
  /**
   * For words: true when the word forms a phrase with the previous word (`space` in "out of space": stop
   * words are skipped, punctuation, numbers and values break the chain). Always false for other kinds.
   */
  readonly continuesPhrase: boolean;
}

/** The phrases of analysed text: each word that continues a phrase, with the word before, as `"out space"`. */
export function phrasesOf(terms: readonly AnalyzedTerm[]): string[] {
  const phrases: string[] = [];
  let previous: string | undefined;
  for (const term of terms) {
    if (term.kind !== 'word') continue;
    if (term.continuesPhrase && previous !== undefined) phrases.push(`${previous} ${term.term}`);
    previous = term.term;
  }
  return phrases;
}

// Numbers, with or without a short unit: "5", "66.67", "10m", "4h", "99th". They are values, not topics.
const numberPattern = /^\d[\d.]*[a-z]{0,2}$/i;
const letterPattern = /^[a-z]+$/i;
// Addresses, paths, host and pod names: "worker-3.prod.example.internal:9100", "shop/checkout-api",
// "checkout-5b8f7c9d4-kq7zt". Alert descriptions fill such values in from labels.
const valueMarkPattern = /[\d/:@]|\..*\./;

function isValue(compound: string): boolean {
  return valueMarkPattern.test(compound);
}

/** "DaemonSet" → "daemonset": the words of one camel-case part, two at a time, written as one word. */
function joinedPairs(part: string, normalize: (word: string) => string): string[] {
  const words = splitIdentifier(part);
  const pairs: string[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    const left = words[index] as string;
    const right = words[index + 1] as string;
    if (letterPattern.test(left) && letterPattern.test(right)) {
      pairs.push(normalize(left + right));
    }
  }
  return pairs;
}

const stemCacheLimit = 200_000;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= stemCacheLimit) stemCache.clear();
    stem = stemWord(word);
    stemCache.set(word, stem);
  }
  return stem;
}

const nonAsciiLetterOrDigit = /[\p{L}\p{N}]/u;

function isAlphanumeric(code: number): boolean {
  // 0-9, A-Z, a-z first; then letters and digits of any script ("café", "Störung").
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return nonAsciiLetterOrDigit.test(String.fromCharCode(code));
}

function isSeparator(code: number): boolean {
  // _ . - / : @
  return code === 95 || code === 46 || code === 45 || code === 47 || code === 58 || code === 64;
}

function isBlank(code: number): boolean {
  // space, tab, line feed, carriage return
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Everything about one compound that does not depend on where it stands; cached, since text repeats itself. */
interface CompoundAnalysis {
  /** The whole identifier, lowercased, when it has several words. */
  readonly identifier: string | undefined;
  readonly value: boolean;
  readonly joined: readonly string[];
  /** Per word: its term; `null` for a stop word (skipped, the phrase goes on); `''` for a number (breaks it). */
  readonly words: readonly (string | null)[];
}

const compoundCacheLimit = 100_000;
const compoundCaches = new Map<string, Map<string, CompoundAnalysis>>();

function analyzeCompound(compound: string, options: Required<TextAnalysisOptions>): CompoundAnalysis {
  const { splitIdentifiers, stem, removeStopWords } = options;
  const normalize = (word: string): string => (stem ? cachedStem(word.toLowerCase()) : word.toLowerCase());
  if (numberPattern.test(compound)) return { identifier: undefined, value: false, joined: [], words: [''] };
  const parts = compound.split(/[_.\-/:@]+/).filter((part) => part !== '');
  const words = splitIdentifiers ? splitIdentifier(compound) : parts;
  const value = words.length > 1 && isValue(compound);
  const joined: string[] = [];
  if (splitIdentifiers && !value) {
    for (const part of parts) joined.push(...joinedPairs(part, normalize));
  }
  return {
    identifier: splitIdentifiers && words.length > 1 ? compound.toLowerCase() : undefined,
    value,
    joined,
    words: words.map((word) => {
      if (numberPattern.test(word)) return '';
      const lower = word.toLowerCase();
      return removeStopWords && STOP_WORDS.has(lower) ? null : normalize(lower);
    }),
  };
}

/** Receives each term of {@link visitTerms}; see {@link AnalyzedTerm} for the arguments. */
export type TermVisitor = (term: string, kind: TermKind, value: boolean, continuesPhrase: boolean) => void;

/**
 * Calls `visit` for each index term of `text`, in order, without building an array. Text is read as
 * compounds: runs of letters and digits joined by single identifier separators
 * (`KubePodCrashLooping`, `payments.api`, `node_filesystem_avail_bytes`, `10.2.1.14:8443`). Terms: the words of running
 * text and of identifiers (lowercased, stemmed, stop words and numbers left out), each multi-word
 * identifier whole, and the joined adjacent word pairs of identifiers. Words say whether they continue a
 * phrase; phrases do not cross punctuation, numbers or values, so "... left. Check ..." makes no
 * "left check" phrase. Never throws.
 */
export function visitTerms(text: string, options: TextAnalysisOptions, visit: TermVisitor): void {
  const resolved: Required<TextAnalysisOptions> = {
    splitIdentifiers: options.splitIdentifiers ?? true,
    stem: options.stem ?? true,
    removeStopWords: options.removeStopWords ?? true,
    phrases: options.phrases ?? true,
  };
  const cacheKey = `${+resolved.splitIdentifiers}${+resolved.stem}${+resolved.removeStopWords}`;
  let cache = compoundCaches.get(cacheKey);
  if (cache === undefined) {
    cache = new Map();
    compoundCaches.set(cacheKey, cache);
  }
  let chain = false;
  let index = 0;
  const length = text.length;
  while (index < length) {
    // Anything but blanks between two compounds (a full stop, a comma, a bracket) ends the phrase chain.
    while (index < length && !isAlphanumeric(text.charCodeAt(index))) {
      if (!isBlank(text.charCodeAt(index))) chain = false;
      index += 1;
    }
    if (index >= length) break;
    const start = index;
    for (;;) {
      while (index < length && isAlphanumeric(text.charCodeAt(index))) index += 1;
      // One separator between two alphanumeric runs joins them: "payments.api", "node_filesystem".
      if (
        index + 1 < length &&
        isSeparator(text.charCodeAt(index)) &&
        isAlphanumeric(text.charCodeAt(index + 1))
      ) {
        index += 1;
        continue;
      }
      break;
    }
    const compound = text.slice(start, index);
    let analysis = cache.get(compound);
    if (analysis === undefined) {
      if (cache.size >= compoundCacheLimit) cache.clear();
      analysis = analyzeCompound(compound, resolved);
      cache.set(compound, analysis);
    }
    const { value } = analysis;
    if (analysis.identifier !== undefined) visit(analysis.identifier, 'identifier', value, false);
    if (value) chain = false;
    for (const joined of analysis.joined) visit(joined, 'joined', false, false);
    for (const word of analysis.words) {
      if (word === null) continue;
      if (word === '') {
        chain = false;
        continue;
      }
      visit(word, 'word', value, resolved.phrases && !value && chain);
      chain = !value;
    }
  }
}

/** {@link visitTerms} collected into an array. */
export function analyzeText(text: string, options: TextAnalysisOptions = {}): AnalyzedTerm[] {
  const terms: AnalyzedTerm[] = [];
  visitTerms(text, options, (term, kind, value, continuesPhrase) => {
    terms.push({ term, kind, value, continuesPhrase });
  });
  return terms;
}
