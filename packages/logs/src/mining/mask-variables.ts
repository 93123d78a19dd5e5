import { lexMessage } from './lex-message.js';
import { TokenBuffer } from './token-buffer.js';
import { maskedWordOf, separatorOf } from './token-strings.js';

const tokens = new TokenBuffer();

/**
 * The masking step of the template miner on its own: `message` (header already stripped) with every
 * data-looking part replaced by `<*>` by general lexical rules — numbers (signed, decimal, hex), hex ids,
 * IPv4 and IPv6 addresses (ports are masked separately: `<*>:<*>`), UUIDs, durations and sizes written
 * as one word (`12ms`, `3KB`), dates and times, paths, URLs (`https://<*>`), pod names with hash suffixes,
 * e-mail addresses, quoted phrases, ids with digits (`blk_-42`, `attempt_01_m_2`), the values `true`,
 * `false`, `null`, and words longer than 120 characters. Variables separated only by whitespace become one
 * `<*>`; whitespace runs become one space. Words without digits stay, since only the clusterer can tell
 * that they vary. Never throws; at most the first 16,384 characters are examined.
 *
 * @example maskVariables('Connection from 10.0.0.7:5432 closed after 12ms') // 'Connection from <*>:<*> closed after <*>'
 */
export function maskVariables(message: string): string {
  lexMessage(typeof message === 'string' ? message : String(message ?? ''), tokens);
  let masked = '';
  for (let index = 0; index < tokens.count; index++)
    masked += separatorOf(tokens, index) + maskedWordOf(tokens, index);
  return masked;
}
