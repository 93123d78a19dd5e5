import { isPlaceholderSecretValue } from './placeholder-secret-value.js';
import { redactionMarker } from './redaction-marker.js';
import type { RedactionRule } from './redaction-rule.js';
import { SECRET_KEY_NAME_SOURCE } from './secret-key-name.js';

/**
 * Between a key and its value: the key's closing quote (possibly backslash-escaped, for JSON embedded in a
 * JSON string), then `=`, `:`, `:=` or `=>`, with spaces and tabs only. Newlines are excluded so that a YAML
 * key with a nested block (`secretKeyRef:` followed by an indented line) does not swallow the next line, and
 * `::` is excluded so Rust and C++ paths (`auth::session`) are not assignments.
 */
const assignmentSource = String.raw`\\?["']?[ \t]*(?::=|=>|:(?!:)|=)[ \t]*`;

/** HTTP authentication schemes: the word before the credential, which is kept. */
const authorizationSchemes = ['bearer', 'basic', 'token', 'digest', 'negotiate', 'ntlm', 'apikey', 'dpop'];

const pemLabelSource = '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?';

/**
 * Keys naming a password, secret, key or credential always hold one. Keys whose only secret word is `token`
 * or `auth` also head ordinary prose in log messages (`token: expired`, `auth: failed for user alice`), so
 * under those a short alphabetic word after a colon is left alone.
 */
const unambiguousKeyPattern = /pass|pwd|secret|key|credential/;
const proseWordPattern = /^[A-Za-z]{1,19}$/;
const pathPattern = /^[/~]/;
const shellDirectoryKeyPattern = /^(?:old)?pwd$/;

const secretAssignmentMarker = redactionMarker('secret-assignment');

/**
 * Rebuilds `key<separator><quote>[REDACTED:secret-assignment]<quote>`, or returns the match unchanged (not
 * counted) when the value is not a secret after all.
 */
function replaceSecretAssignment(
  match: string,
  key: string,
  separator: string,
  doubleQuoteOpen?: string,
  doubleQuoteValue?: string,
  doubleQuoteClose?: string,
  escapedQuoteOpen?: string,
  escapedQuoteValue?: string,
  escapedQuoteClose?: string,
  singleQuoteOpen?: string,
  singleQuoteValue?: string,
  singleQuoteClose?: string,
  bareValue?: string,
): string {
  const open = doubleQuoteOpen ?? escapedQuoteOpen ?? singleQuoteOpen ?? '';
  const value = doubleQuoteValue ?? escapedQuoteValue ?? singleQuoteValue ?? bareValue ?? '';
  const close = doubleQuoteClose ?? escapedQuoteClose ?? singleQuoteClose ?? '';
  if (isPlaceholderSecretValue(value)) return match;
  // The authorization-header rule has already replaced the credential after the scheme word.
  if (authorizationSchemes.includes(value.trim().toLowerCase())) return match;
  const lowerKey = key.toLowerCase().replace(/^-+/, '');
  if (
    bareValue !== undefined &&
    !separator.includes('=') &&
    !unambiguousKeyPattern.test(lowerKey) &&
    proseWordPattern.test(bareValue)
  ) {
    return match;
  }
  // `PWD=/srv/app` in an environment dump is the shell's working directory, not a password.
  if (shellDirectoryKeyPattern.test(lowerKey) && pathPattern.test(value)) return match;
  return `${key}${separator}${open}${secretAssignmentMarker}${close}`;
}

/**
 * The rules every redactor runs unless `includeDefaultRules: false`, most specific first so that counts name
 * the kind of credential (a GitHub token under `token=` counts as `github-token`, not `secret-assignment`).
 * Rule ids:
 *
 * - `pem-private-key`: a PEM private key block (`-----BEGIN RSA PRIVATE KEY-----` and the RSA, EC, DSA,
 *   OPENSSH, ENCRYPTED, PGP and PKCS#8 variants) up to its END line, or to the end of the text when the text
 *   was cut off before the END line.
 * - `json-web-token`: `eyJ<header>.eyJ<payload>.<signature>`.
 * - `aws-access-key-id`: `AKIA`, `ASIA`, `ABIA`, `ACCA` or `A3T?` followed by 16 upper-case letters or
 *   digits. `AIDA`/`AROA` ids name users and roles, are not credentials and are useful in triage, so stay.
 * - `aws-secret-access-key`: a 40-character secret after `aws_secret_access_key`, `SecretAccessKey`,
 *   `aws_secret_key` and similar keys, in `key=value`, JSON and YAML form; the key is kept.
 * - `gcp-api-key`: `AIza` followed by 35 characters.
 * - `google-oauth-access-token`: `ya29.` access tokens.
 * - `github-token`: `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` and fine-grained `github_pat_` tokens.
 * - `gitlab-token`: `glpat-`, `gldt-`, `glrt-`, `glptt-`, `glcbt-`, `glft-` and `glsoat-` tokens.
 * - `slack-token`: `xoxb-`, `xoxp-`, `xoxa-`, `xoxo-`, `xoxs-`, `xoxr-`, `xoxe-` and `xapp-` tokens.
 * - `slack-webhook-url`: the secret path of a `https://hooks.slack.com/services/...` URL; the host is kept.
 * - `stripe-api-key`: `sk_live_`, `rk_live_`, `sk_test_` and `rk_test_` keys.
 * - `anthropic-api-key`: `sk-ant-` keys.
 * - `openai-api-key`: `sk-proj-`, `sk-svcacct-`, `sk-admin-` keys and legacy `sk-` plus 32 or more letters
 *   and digits (a hyphenated name such as `sk-worker-7d9f8c6b5-x2x7k` is not a key).
 * - `npm-token`: `npm_` followed by 36 letters and digits.
 * - `sendgrid-api-key`: `SG.<22>.<43>`.
 * - `azure-connection-string-key`: the value of `AccountKey=` and `SharedAccessKey=`; the key is kept.
 * - `azure-sas-signature`: the `sig=` parameter of a shared access signature URL; the rest of the URL is
 *   kept.
 * - `url-credentials`: the password in `scheme://user:password@host`, which also covers `postgres://`,
 *   `mysql://`, `mongodb+srv://`, `redis://` and `amqp://` connection strings; user and host are kept.
 * - `authorization-header`: the credential after `Authorization: Bearer|Basic|Token|...` (also
 *   `Proxy-Authorization`, JSON and `=` forms); the header name and scheme are kept.
 * - `bearer-token`: a credential after a bare `Bearer ` outside a header, when it is at least 16 characters
 *   and contains a digit, so prose such as `Bearer authentication failed` stays.
 * - `secret-assignment`: the value in `key=value`, `key: value`, `key := value`, `key => value` and JSON
 *   `"key": "value"` when the key names a secret (contains `password`, `passwd`, `passphrase`, `pwd`,
 *   `secret`, `token`, `api_key`, `access_key`, `private_key`, `credential`, `auth` or `authorization`, as
 *   in `DB_PASSWORD`, `clientSecret`, `x-api-key`, `auth_token`). Key, separator and quotes are kept.
 *   Quoted values may contain spaces; unquoted values end at whitespace, `,`, `;`, `&` or a quote.
 *   Left alone: empty values, `true`/`false`/`null`/`none`, masks such as `****` or `[FILTERED]`, variable
 *   references such as `${DB_PASSWORD}`, a bare scheme word, an absolute path under `PWD`, an unquoted
 *   nested object or list (its own keys are checked instead), and a short alphabetic word after a colon
 *   under a `token`/`auth` key (`token: expired`, prose rather than data).
 *   Keys where the secret word is followed by anything other than a short list of suffixes (`_key`,
 *   `_value`, `_hash`, `_base`, ...) are not secret-named, so counters and components stay readable:
 *   `token_count=5`, `max_tokens=4096`, `tokenizer=cl100k`, `TokenService: started`, `author=alice` and
 *   `authentication=failed` are not redacted.
 *
 * Not covered: Twilio credentials (their shape, 32 hex digits, is indistinguishable from request ids and
 * hashes without context) and other high-entropy strings without a recognisable prefix or key.
 */
export const DEFAULT_REDACTION_RULES: readonly RedactionRule[] = Object.freeze([
  {
    id: 'pem-private-key',
    description: 'PEM private key blocks, including ones cut off before the END line.',
    pattern: new RegExp(
      `-----BEGIN ${pemLabelSource}-----[\\s\\S]*?(?:-----END ${pemLabelSource}-----|$)`,
      'g',
    ),
    keywords: ['-----begin'],
  },
  {
    id: 'json-web-token',
    description: 'JSON Web Tokens (header.payload.signature, base64url).',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    keywords: ['eyj'],
  },
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ids (long-term, temporary and service bearer).',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access keys next to a key that names them.',
    pattern: new RegExp(
      `((?:aws[_.-]?)?secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key)` +
        String.raw`(${assignmentSource}\\?["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`,
      'gi',
    ),
    replacement: `$1$2${redactionMarker('aws-secret-access-key')}`,
    keywords: ['secret'],
  },
  {
    id: 'gcp-api-key',
    description: 'Google Cloud API keys.',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
    keywords: ['aiza'],
  },
  {
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access tokens.',
    pattern: /(?<![A-Za-z0-9_.-])ya29\.(?:[0-9A-Za-z_-]|\.(?=[0-9A-Za-z_-])){20,}/g,
    keywords: ['ya29.'],
  },
  {
    id: 'github-token',
    description: 'GitHub personal, OAuth, user-to-server, server-to-server, refresh and fine-grained tokens.',
    pattern:
      /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])/g,
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  },
  {
    id: 'gitlab-token',
    description:
      'GitLab personal, deploy, runner, pipeline trigger, CI job, feed and service account tokens.',
    pattern: /(?<![A-Za-z0-9_-])gl(?:pat|dt|rt|ptt|cbt|ft|soat)-[0-9A-Za-z_-]{20,}/g,
    keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glft-', 'glsoat-'],
  },
  {
    id: 'slack-token',
    description: 'Slack bot, user, app, refresh and legacy tokens.',
    pattern: /(?<![A-Za-z0-9-])(?:xox[abposr]|xoxe(?:\.xox[bp])?|xapp)-[0-9A-Za-z-]{10,}/g,
    keywords: ['xox', 'xapp-'],
  },
  {
    id: 'slack-webhook-url',
    description: 'The secret path of Slack incoming webhook and workflow URLs.',
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/+-]+/g,
    replacement: `$1${redactionMarker('slack-webhook-url')}`,
    keywords: ['hooks.slack.com'],
  },
  {
    id: 'stripe-api-key',
    description: 'Stripe secret and restricted keys, live and test.',
    pattern: /(?<![A-Za-z0-9_])[rs]k_(?:live|test)_[0-9A-Za-z]{16,247}(?![0-9A-Za-z])/g,
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API and admin keys.',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{32,}/g,
    keywords: ['sk-ant-'],
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI project, service account, admin and legacy keys.',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,}(?![A-Za-z0-9_-]))/g,
    keywords: ['sk-'],
  },
  {
    id: 'npm-token',
    description: 'npm access tokens.',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
    keywords: ['npm_'],
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API keys.',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    keywords: ['sg.'],
  },
  {
    id: 'azure-connection-string-key',
    description:
      'Account and shared access keys in Azure Storage, Service Bus and Event Hubs connection strings.',
    pattern: /((?:AccountKey|SharedAccessKey)[ \t]*=[ \t]*)[A-Za-z0-9+/]{20,}={0,2}/gi,
    replacement: `$1${redactionMarker('azure-connection-string-key')}`,
    keywords: ['accountkey', 'sharedaccesskey'],
  },
  {
    id: 'azure-sas-signature',
    description: 'The signature of an Azure shared access signature URL or token.',
    pattern: /([?&]sig=)[A-Za-z0-9%+/]{16,}={0,2}/g,
    replacement: `$1${redactionMarker('azure-sas-signature')}`,
    keywords: ['sig='],
  },
  {
    id: 'url-credentials',
    description: 'Passwords in URLs and connection strings (scheme://user:password@host).',
    // Greedy up to the last `@` before the path: unencoded `@` in passwords is common in the wild.
    pattern: /(:\/\/[^\s:/?#@"'<>[\]]*:)[^\s/?#"'<>]+(?=@)/g,
    replacement: `$1${redactionMarker('url-credentials')}`,
    // `@` rather than `://`: URLs without credentials are far more common in logs than `@`.
    keywords: ['@'],
  },
  {
    id: 'authorization-header',
    description: 'Credentials in Authorization and Proxy-Authorization headers; the scheme is kept.',
    pattern: new RegExp(
      String.raw`(authorization\\?["']?[ \t]*[:=][ \t]*\\?["']?[ \t]*` +
        String.raw`(?:${authorizationSchemes.join('|')})[ \t]+)` +
        String.raw`[^\s"',;\\()<>[\]{}]+`,
      'gi',
    ),
    replacement: `$1${redactionMarker('authorization-header')}`,
    keywords: ['authorization'],
  },
  {
    id: 'bearer-token',
    description: 'Credentials after a bare "Bearer" outside an Authorization header.',
    pattern: /(?<![A-Za-z0-9_-])(bearer[ \t]+)(?=[A-Za-z0-9\-._~+/]*[0-9])[A-Za-z0-9\-._~+/]{16,}=*/gi,
    replacement: `$1${redactionMarker('bearer-token')}`,
    keywords: ['bearer'],
  },
  {
    id: 'secret-assignment',
    description: 'Values assigned to secret-named keys in key=value, key: value and JSON form.',
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.-])(${SECRET_KEY_NAME_SOURCE})(${assignmentSource})` +
        String.raw`(?:(")((?:[^"\\\r\n]|\\.)*)("|(?=[\r\n])|$)` +
        String.raw`|(\\")((?:[^"\\\r\n]|\\[^"\r\n])*)(\\"|(?=[\r\n])|$)` +
        String.raw`|(')((?:[^'\\\r\n]|\\.)*)('|(?=[\r\n])|$)` +
        // An unquoted value after a space must not itself be `key=`: in `password= user=bob` the password
        // is empty and `user=bob` is the next field.
        String.raw`|((?![{[])(?!(?<=[ \t])[A-Za-z_][A-Za-z0-9_.-]*=)(?:[^\s,;&"'\\]|\\(?!["']))+))`,
      'gi',
    ),
    replacement: replaceSecretAssignment,
    keywords: [
      'passw',
      'passphrase',
      'pwd',
      'secret',
      'token',
      'api_key',
      'api-key',
      'apikey',
      'access_key',
      'access-key',
      'accesskey',
      'private_key',
      'private-key',
      'privatekey',
      'credential',
      'auth',
    ],
  },
]);
