/**
 * Values that sit where a secret would but are not one: literals, masks that something upstream already
 * applied, and references to variables that are resolved elsewhere.
 */
const placeholderSources = [
  'true|false|null|nil|none|undefined',
  String.raw`\*+|•+|\[(?:filtered|redacted|masked|hidden)\]`,
  String.raw`\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`,
];
const placeholderPattern = new RegExp(`^(?:${placeholderSources.join('|')})$`, 'i');

/**
 * Whether a value found under a secret-named key is obviously not a secret, so redacting it would only
 * destroy information: empty or blank, `true`/`false`/`null`/`none`/`undefined`, a mask such as `****` or
 * `[FILTERED]`, or a variable reference such as `${DB_PASSWORD}` or `$API_TOKEN`.
 */
export function isPlaceholderSecretValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || placeholderPattern.test(trimmed);
}
