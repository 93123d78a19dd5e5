import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error.js';
import { REDACTION_RULE_ID_PATTERN } from './redaction-marker.js';
import type { RedactionRule } from './redaction-rule.js';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof RegExp) return `the pattern ${String(value)}`;
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return typeof value;
}

/** Cross-realm safe: a RegExp built in another `vm` context is not `instanceof` this realm's RegExp. */
function isRegExp(value: unknown): value is RegExp {
  return Object.prototype.toString.call(value) === '[object RegExp]';
}

function matchesEmptyString(pattern: RegExp): boolean {
  // Without `g`/`y`, `test` starts at 0 and does not touch the caller's `lastIndex`.
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test('');
}

function checkRule(rule: unknown, path: string, takenIds: Map<string, string>, issues: InputIssue[]): void {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    issues.push({ path, message: `expected a rule object, got ${describeValue(rule)}` });
    return;
  }
  const candidate = rule as Record<string, unknown>;

  const id = candidate.id;
  if (typeof id !== 'string' || id === '') {
    issues.push({ path: `${path}.id`, message: `expected a non-empty string, got ${describeValue(id)}` });
  } else if (!REDACTION_RULE_ID_PATTERN.test(id)) {
    issues.push({
      path: `${path}.id`,
      message:
        `${describeValue(id)} is not a valid rule id: use letters, digits, ".", "_" and "-", ` +
        'starting with a letter or digit, at most 128 characters',
    });
  } else {
    const owner = takenIds.get(id);
    if (owner !== undefined)
      issues.push({ path: `${path}.id`, message: `duplicate id "${id}", already used by ${owner}` });
    else takenIds.set(id, path);
  }

  const pattern = candidate.pattern;
  if (!isRegExp(pattern)) {
    issues.push({ path: `${path}.pattern`, message: `expected a RegExp, got ${describeValue(pattern)}` });
  } else if (matchesEmptyString(pattern)) {
    issues.push({
      path: `${path}.pattern`,
      message:
        `${String(pattern)} matches the empty string, so it would match between every character; ` +
        'require at least one character',
    });
  }

  const replacement = candidate.replacement;
  if (replacement !== undefined && typeof replacement !== 'string' && typeof replacement !== 'function') {
    issues.push({
      path: `${path}.replacement`,
      message: `expected a string or a function, got ${describeValue(replacement)}`,
    });
  }

  const description = candidate.description;
  if (description !== undefined && typeof description !== 'string') {
    issues.push({
      path: `${path}.description`,
      message: `expected a string, got ${describeValue(description)}`,
    });
  }

  const keywords = candidate.keywords;
  if (keywords !== undefined) {
    if (!Array.isArray(keywords)) {
      issues.push({
        path: `${path}.keywords`,
        message: `expected an array of strings, got ${describeValue(keywords)}`,
      });
    } else if (keywords.length === 0) {
      issues.push({
        path: `${path}.keywords`,
        message: 'an empty list would stop the rule from ever running; omit keywords to run it on every text',
      });
    } else {
      for (let index = 0; index < keywords.length; index += 1) {
        const keyword: unknown = keywords[index];
        if (typeof keyword !== 'string' || keyword === '') {
          issues.push({
            path: `${path}.keywords.${index}`,
            message: `expected a non-empty string, got ${describeValue(keyword)}`,
          });
        }
      }
    }
  }
}

/**
 * Checks user-supplied redaction rules and redactor options, collecting every problem before failing.
 *
 * @param rules - the `rules` option as given (may be anything at runtime).
 * @param includeDefaultRules - the `includeDefaultRules` option as given.
 * @param defaultRuleIds - ids already taken by default rules (empty when they are excluded).
 * @throws InvalidInputError (source `redaction rules`) naming each offending field, e.g. `rules.2.pattern`.
 */
export function assertValidRedactionRules(
  rules: unknown,
  includeDefaultRules: unknown,
  defaultRuleIds: readonly string[],
): asserts rules is readonly RedactionRule[] | undefined {
  const issues: InputIssue[] = [];
  if (includeDefaultRules !== undefined && typeof includeDefaultRules !== 'boolean') {
    issues.push({
      path: 'includeDefaultRules',
      message: `expected a boolean, got ${describeValue(includeDefaultRules)}`,
    });
  }
  if (rules !== undefined) {
    if (!Array.isArray(rules)) {
      issues.push({ path: 'rules', message: `expected an array of rules, got ${describeValue(rules)}` });
    } else {
      const takenIds = new Map(defaultRuleIds.map((id) => [id, 'a default rule']));
      // An index loop rather than forEach so holes in sparse arrays are reported, not skipped.
      for (let index = 0; index < rules.length; index += 1) {
        checkRule(rules[index], `rules.${index}`, takenIds, issues);
      }
    }
  }
  if (issues.length > 0) throw new InvalidInputError({ source: 'redaction rules', issues });
}
