import { isDigit, isLetter, isUpperCase } from './character-classes.js';
import {
  TOKEN_CAMEL,
  TOKEN_COLON,
  TOKEN_DASH,
  TOKEN_DIGIT,
  TOKEN_DOLLAR,
  TOKEN_DOT,
  TOKEN_LOOSE_DOT,
  TOKEN_LOWER,
  TOKEN_PIPE,
  TOKEN_PUNCTUATION,
  TOKEN_SLASH_OR_AT,
  TOKEN_UNDERSCORE,
  TOKEN_UPPER,
} from './read-header-token.js';

const LOGGER_CHARACTERS =
  TOKEN_UPPER | TOKEN_LOWER | TOKEN_DIGIT | TOKEN_DOT | TOKEN_DOLLAR | TOKEN_UNDERSCORE | TOKEN_DASH | TOKEN_CAMEL;
const LOGGER_MARKS = TOKEN_DOT | TOKEN_DOLLAR | TOKEN_UNDERSCORE | TOKEN_CAMEL;
const MACHINE_MARKS = TOKEN_DIGIT | TOKEN_DASH | TOKEN_DOT | TOKEN_COLON | TOKEN_SLASH_OR_AT;

/**
 * Whether a token with `flags` (see `read-header-token.ts`) reads as a logger or component name rather
 * than a word of prose: identifier characters only, starting with a letter or `_`, and dotted
 * (`search.api`, `o.a.h.MRAppMaster`), with `$` or `_` (`Outer$Inner`, `__main__`) or camel-cased
 * (`ActivityManager`). Plain words such as `ciod` or `Starting` are not, so messages opening with `word:`
 * keep it.
 */
export function isLoggerToken(flags: number, firstCode: number, length: number): boolean {
  return (
    length >= 2 &&
    length <= 200 &&
    (isLetter(firstCode) || firstCode === 95) &&
    (flags & ~LOGGER_CHARACTERS) === 0 &&
    (flags & TOKEN_LOOSE_DOT) === 0 &&
    (flags & LOGGER_MARKS) !== 0
  );
}

/** Whether a token is a capitalised identifier such as `Remoting` or `Server2` (not `ALLCAPS`). */
export function isClassNameToken(flags: number, firstCode: number, length: number): boolean {
  return (
    length >= 2 &&
    length <= 64 &&
    isUpperCase(firstCode) &&
    (flags & ~(TOKEN_UPPER | TOKEN_LOWER | TOKEN_DIGIT | TOKEN_CAMEL)) === 0 &&
    (flags & TOKEN_LOWER) !== 0
  );
}

/** Whether a token is a word in capitals such as `RAS` or `KERNEL` (capitals, digits, `_`). */
export function isCapitalsToken(flags: number, length: number): boolean {
  return (
    length >= 2 &&
    length <= 24 &&
    (flags & TOKEN_UPPER) !== 0 &&
    (flags & ~(TOKEN_UPPER | TOKEN_DIGIT | TOKEN_UNDERSCORE)) === 0
  );
}

/**
 * Whether a token looks like a host, node or id rather than a word: it holds a digit or one of `-`, `.`,
 * `:`, `/`, `@` (`web-01`, `R02-M1-N0-C:J12-U11`, `10.0.0.1`) and no quotes, commas or parentheses.
 */
export function isMachineToken(flags: number): boolean {
  return (flags & MACHINE_MARKS) !== 0 && (flags & TOKEN_PUNCTUATION) === 0;
}

/** Whether a token is only separator characters (`-`, `--`, `---`, `|`, `:`, `>`). */
export function isSeparatorToken(flags: number, length: number): boolean {
  return length <= 3 && flags !== 0 && (flags & ~(TOKEN_DASH | TOKEN_COLON | TOKEN_PIPE)) === 0;
}

/** Whether a logger name looks like a Java class (`c.e.payments.api.ChargeController`, `dfs.DataNode$PacketResponder`). */
export function isJavaClassName(name: string): boolean {
  const lastDot = name.lastIndexOf('.');
  if (lastDot < 0 || lastDot === name.length - 1) return false;
  return isUpperCase(name.charCodeAt(lastDot + 1)) || name.includes('$');
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

/** Whether `text[start, end)` is all ASCII digits (and not empty). */
export function isDigitsRange(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return end > start;
}
