import { isDigit, isLetter, isLowerCase, isUpperCase } from './character-classes.js';

// Sticky regexes: the regex engine runs in native code, which beats a character loop on long tokens.
// A logger name is identifier characters with at least one mark: `.`, `$`, `_` or a lower-to-upper step.
const MARKED_LOGGER = /(?:[A-Za-z][A-Za-z0-9-]*)?(?:[.$_]|[a-z][A-Z])[\w$.-]*/y;
const CLASS_NAME = /[A-Z][A-Z0-9]*[a-z][A-Za-z0-9]*/y;

/** Whether the sticky `pattern` matches exactly `text[start, end)`. */
function matchesExactly(pattern: RegExp, text: string, start: number, end: number): boolean {
  pattern.lastIndex = start;
  return pattern.test(text) && pattern.lastIndex === end;
}

/**
 * Whether `text[start, end)` reads as a logger or component name rather than a word of prose:
 * identifier characters only (`[A-Za-z0-9_$.-]`, starting with a letter or `_`), and dotted
 * (`search.api`, `o.e.s.BlockManager`), with `$` or `_` (`Outer$Inner`, `__main__`) or camel-cased
 * (`ActivityManager`). Plain words such as `ciod` or `Starting` are not, so messages opening with `word:`
 * keep it. A trailing or doubled dot (`etc.`, `wait...`) is punctuation, not a package separator.
 */
export function isLoggerName(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 200 || !matchesExactly(MARKED_LOGGER, text, start, end)) return false;
  if (text.charCodeAt(end - 1) === 46) return false;
  const doubledDot = text.indexOf('..', start);
  return doubledDot < 0 || doubledDot >= end;
}

/** Whether `text[start, end)` is a capitalised identifier such as `Remoting` or `Server2` (not `ALLCAPS`). */
export function isClassName(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 64 && matchesExactly(CLASS_NAME, text, start, end);
}

/** Whether `text[start, end)` is a word in capitals such as `RAS` or `KERNEL` (capitals, digits, `_`). */
export function isCapitalsWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 24 || !isUpperCase(text.charCodeAt(start))) return false;
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isUpperCase(code) && !isDigit(code) && code !== 95) return false;
  }
  return true;
}

/**
 * Whether `text[start, end)` looks like a host, node or id rather than a word: it holds a digit or one of
 * `-`, `.`, `:`, `/`, `@` (`web-01`, `rack7-n3:slot2`, `10.0.0.1`). Stops at the first such mark.
 */
export function isMachineToken(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isDigit(code) || code === 45 || code === 46 || code === 58 || code === 47 || code === 64) return true;
    if (code === 34 || code === 39 || code === 44 || code === 40) return false;
  }
  return false;
}

/** Whether `text[start, end)` is only separator characters (`-`, `--`, `---`, `|`, `:`, `>`). */
export function isSeparator(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > 3) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 45 && code !== 124 && code !== 58 && code !== 62) return false;
  }
  return true;
}

/** Whether `text[start, end)` is all ASCII digits (and not empty). */
export function isDigitsRange(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return end > start;
}

/** Whether a logger name looks like a Java class (`c.e.payments.api.ChargeController`, `net.Peer$Sender`). */
export function isJavaClassName(name: string): boolean {
  const lastDot = name.lastIndexOf('.');
  if (lastDot < 0 || lastDot === name.length - 1) return false;
  return isUpperCase(name.charCodeAt(lastDot + 1)) || name.includes('$');
}

/** Whether a dotted logger name is written all in lower case (`search.api`), as Python modules are. */
export function isLowerCaseDottedName(name: string): boolean {
  if (!name.includes('.')) return false;
  for (let index = 0; index < name.length; index++) if (isUpperCase(name.charCodeAt(index))) return false;
  return isLowerCase(name.charCodeAt(0)) || name.charCodeAt(0) === 95;
}

/** Whether `text[start, end)` is a source location such as `main.go:42` or `App.java:118`. */
export function isSourceLocation(text: string, start: number, end: number): boolean {
  const colon = text.lastIndexOf(':', end - 1);
  if (colon <= start || colon === end - 1) return false;
  if (!isDigitsRange(text, colon + 1, end)) return false;
  const dot = text.lastIndexOf('.', colon);
  return dot > start && dot < colon - 1 && isLetter(text.charCodeAt(dot + 1));
}

/** Whether `text[start, end)` is `module:function:42` (loguru's `{name}:{function}:{line}`). */
export function isQualifiedLocation(text: string, start: number, end: number): boolean {
  const lastColon = text.lastIndexOf(':', end - 1);
  if (lastColon <= start || !isDigitsRange(text, lastColon + 1, end)) return false;
  const firstColon = text.indexOf(':', start);
  return firstColon > start && firstColon < lastColon && isLetter(text.charCodeAt(start));
}
