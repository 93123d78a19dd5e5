import { characterKind, WHITESPACE } from './character-kinds.js';
import type { TokenBuffer } from './token-buffer.js';

const SPACE = 32;

/**
 * A 53-bit hash of a lexed message's masked form: separators (whitespace runs count as one space), the
 * literal part of every word, and a marker for each variable. Two messages with the same masked form always
 * get the same fingerprint; different forms collide with probability about 2^-53 per pair. Allocates
 * nothing.
 */
export function messageFingerprint(tokens: TokenBuffer): number {
  const text = tokens.text;
  let first = 0x811c9dc5 ^ tokens.count;
  let second = 0x2545f491 + tokens.count;
  for (let token = 0; token < tokens.count; token++) {
    let inWhitespace = false;
    const wordStart = tokens.wordStart[token] as number;
    for (let index = tokens.preStart[token] as number; index < wordStart; index++) {
      let code = text.charCodeAt(index);
      if (characterKind(code) === WHITESPACE) {
        if (inWhitespace) continue;
        inWhitespace = true;
        code = SPACE;
      } else {
        inWhitespace = false;
      }
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995);
      second ^= second >>> 13;
    }
    const variableFrom = tokens.variableFrom[token] as number;
    const literalEnd = variableFrom >= 0 ? variableFrom : (tokens.wordEnd[token] as number);
    for (let index = wordStart; index < literalEnd; index++) {
      const code = text.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995);
      second ^= second >>> 13;
    }
    // Code points stop at 0x10ffff and UTF-16 units at 0xffff: these markers never collide with text.
    const marker = variableFrom >= 0 ? 0x110001 : 0x110000;
    first = Math.imul(first ^ marker, 0x01000193);
    second = Math.imul(second ^ marker, 0x5bd1e995);
    second ^= second >>> 13;
  }
  return (first >>> 0) * 0x200000 + (second >>> 11);
}
