/**
 * One thing the redactor removes from text: a pattern, and what to put in its place.
 *
 * Rules run in order, each on the output of the previous one. Text already replaced by a
 * `[REDACTED:<id>]` marker is invisible to every later rule, so rules never re-redact each other.
 *
 * @example
 * const ticketSecret: RedactionRule = {
 *   id: 'ticket-signing-key',
 *   pattern: /\btsk_[a-z0-9]{32}\b/,
 *   keywords: ['tsk_'],
 * };
 */
export interface RedactionRule {
  /**
   * Stable id, shown in report counts and in the replacement marker, e.g. `aws-access-key-id`.
   * Letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 128 characters.
   */
  readonly id: string;
  /**
   * What it matches. The global flag is added if missing; other flags are kept. A pattern that matches the
   * empty string is rejected; empty matches found while redacting are ignored.
   */
  readonly pattern: RegExp;
  /**
   * What replaces each match; default `[REDACTED:<id>]`.
   *
   * A string may use the `$` patterns of `String.prototype.replace` (`$1`, `$<name>`, `$&`, `$$`, ...).
   * A function receives the same arguments as a `String.prototype.replace` callback; the offset and whole
   * string it receives refer to the stretch of text between existing markers, not the whole input.
   * Returning the match unchanged leaves it alone and does not count as a replacement.
   */
  readonly replacement?: string | ((match: string, ...groups: string[]) => string);
  /** What the rule catches, for humans reading configuration. */
  readonly description?: string;
  /**
   * Cheap substrings; if given, the rule only runs when the lowercased text contains one of them, which
   * keeps secret-free text fast. They are lowercased before use. Omit to run the rule on every text; an
   * empty list is rejected because the rule could never run.
   */
  readonly keywords?: readonly string[];
}
