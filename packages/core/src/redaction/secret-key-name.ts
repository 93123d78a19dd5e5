/**
 * Words that make a key secret-named. `auth` only counts on its own or as `authorization`, so `author`,
 * `authority` and `authentication` (which hold names and outcomes, not credentials) are not secret.
 */
const secretWord = `(?:${[
  'pass(?:word|wd|phrase)',
  'pwd',
  'secret',
  'token',
  'api[_-]?key',
  'access[_-]?key',
  'private[_-]?key',
  'credentials?',
  'auth(?:orization)?',
].join('|')})`;

/**
 * What may follow the secret word inside the key. Only listed words are allowed so that counters and
 * components named after secrets (`token_count`, `max_tokens`, `tokenizer`, `TokenService`,
 * `secretName`) are not mistaken for secrets.
 */
const suffixWord = `(?:${[
  'key|token|secret|value|hash|base|string|str|b64|base64|data|header',
  'enc|encrypted|plain|raw|text|new|old|confirm|confirmation',
].join('|')})`;

/**
 * Regular expression source (use with the `i` flag) matching a whole secret-named key such as `password`,
 * `db.password`, `AWS_SESSION_TOKEN`, `x-api-key`, `clientSecret`, `SECRET_KEY_BASE` or `Authorization`.
 * Not anchored and without capture groups, so it can be embedded in larger patterns. Digits are only allowed
 * once at the end to keep backtracking linear.
 */
export const SECRET_KEY_NAME_SOURCE =
  `[A-Za-z0-9_.-]*?${secretWord}` + `(?:[_.-]?${suffixWord})*(?:[_.-]?[0-9]+)?`;

const wholeKeyPattern = new RegExp(`^(?:${SECRET_KEY_NAME_SOURCE})$`, 'i');

/**
 * Whether a field name says its value is a secret, e.g. `password`, `api_key`, `Authorization`,
 * `http.request.header.x-api-key`. Case-insensitive; `token_count` and `author` are not secret-named.
 */
export function isSecretKeyName(key: string): boolean {
  return wholeKeyPattern.test(key);
}
