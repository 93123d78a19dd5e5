import { assertValidRedactionRules } from './assert-valid-redaction-rules.js';
import { DEFAULT_REDACTION_RULES } from './default-redaction-rules.js';
import { createKeywordGate } from './keyword-gate.js';
import {
  createRedactionMarkerPattern,
  REDACTION_MARKER_PREFIX,
  redactionMarker,
} from './redaction-marker.js';
import type { RedactionRule } from './redaction-rule.js';
import { compileReplacementTemplate, type ReplaceCallbackArguments } from './replacement-template.js';

/** The result of redacting one text. */
export interface RedactionOutcome {
  /** The text with every secret replaced; the input itself when nothing matched. */
  readonly text: string;
  /** Replacements per rule id; only rules that fired appear. */
  readonly counts: Readonly<Record<string, number>>;
  /** Sum of `counts`. */
  readonly total: number;
}

/** Removes secrets from text with a fixed, ordered list of rules. Stateless and safe to share. */
export interface Redactor {
  /** Ids of the rules it runs, in the order it runs them. */
  readonly ruleIds: readonly string[];
  /**
   * Replaces every match of every rule, in rule order, never touching an existing `[REDACTED:<id>]` marker,
   * so redacting twice changes nothing the second time. Errors thrown by a rule's replacement function
   * propagate.
   */
  redact(text: string): RedactionOutcome;
}

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /** Extra rules, run after the defaults, in order. Default: none. */
  readonly rules?: readonly RedactionRule[];
  /** Whether to run {@link DEFAULT_REDACTION_RULES} first. Default: true. */
  readonly includeDefaultRules?: boolean;
}

interface CompiledRule {
  readonly id: string;
  /** A private global copy, so `lastIndex` state is never shared with the caller's pattern. */
  readonly pattern: RegExp;
  readonly replace: (callbackArguments: ReplaceCallbackArguments) => string;
}

const noCounts: Readonly<Record<string, number>> = Object.freeze({});
const markerPattern = createRedactionMarkerPattern();

function compileReplacement(rule: RedactionRule): CompiledRule['replace'] {
  const replacement = rule.replacement;
  if (typeof replacement === 'function') {
    return (callbackArguments) => String(replacement(...(callbackArguments as [string, ...string[]])));
  }
  const flags = rule.pattern.flags.replace(/[gy]/g, '');
  // An alternative that always matches reveals the group count and names without knowing the pattern.
  const probe = new RegExp(`${rule.pattern.source}|`, flags).exec('');
  const captureCount = probe === null ? 0 : probe.length - 1;
  const hasNamedGroups = probe?.groups !== undefined;
  return compileReplacementTemplate(replacement ?? redactionMarker(rule.id), captureCount, hasNamedGroups);
}

/**
 * Applies `pattern` to the stretches of `text` between existing markers, so no rule ever sees (and so
 * re-redacts) the output of an earlier one.
 */
function replaceOutsideMarkers(
  text: string,
  pattern: RegExp,
  callback: (...callbackArguments: unknown[]) => string,
): string {
  if (!text.includes(REDACTION_MARKER_PREFIX)) return text.replace(pattern, callback);
  let result = '';
  let stretchStart = 0;
  for (const marker of text.matchAll(markerPattern)) {
    result += text.slice(stretchStart, marker.index).replace(pattern, callback) + marker[0];
    stretchStart = marker.index + marker[0].length;
  }
  return result + text.slice(stretchStart).replace(pattern, callback);
}

function applyRule(rule: CompiledRule, text: string): { text: string; count: number } {
  let count = 0;
  const callback = (...callbackArguments: unknown[]): string => {
    const match = callbackArguments[0] as string;
    // Possible despite validation (lookarounds only, e.g. /(?=x)/); inserting a marker there would be noise.
    if (match === '') return '';
    const replacement = rule.replace(callbackArguments);
    if (replacement === match) return match;
    count += 1;
    return replacement;
  };
  const replaced = replaceOutsideMarkers(text, rule.pattern, callback);
  return { text: count === 0 ? text : replaced, count };
}

/**
 * Creates a {@link Redactor} running {@link DEFAULT_REDACTION_RULES} (unless `includeDefaultRules` is
 * false) followed by `options.rules`.
 *
 * Text in which no rule keyword occurs costs one lowercasing and one regular expression pass and is returned
 * as is; only texts containing a keyword are checked rule by rule.
 *
 * @throws InvalidInputError (source `redaction rules`) when a rule has an empty, malformed or duplicate id,
 *   a pattern that is not a RegExp or that matches the empty string, or a malformed replacement, description
 *   or keyword list; each issue names the rule by index, e.g. `rules.2.pattern`.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const includeDefaultRules = options.includeDefaultRules ?? true;
  const defaultRules = includeDefaultRules ? DEFAULT_REDACTION_RULES : [];
  assertValidRedactionRules(
    options.rules,
    options.includeDefaultRules,
    defaultRules.map((rule) => rule.id),
  );
  const rules = [...defaultRules, ...(options.rules ?? [])];

  const gate = createKeywordGate(rules.map((rule) => rule.keywords?.map((keyword) => keyword.toLowerCase())));
  const everyRuleHasKeywords = rules.every((rule) => rule.keywords !== undefined);
  const compiled: CompiledRule[] = rules.map((rule) => {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    return {
      id: rule.id,
      pattern: new RegExp(rule.pattern.source, flags),
      replace: compileReplacement(rule),
    };
  });
  const ruleIds = Object.freeze(compiled.map((rule) => rule.id));

  return {
    ruleIds,
    redact(text) {
      if (text === '') return { text, counts: noCounts, total: 0 };
      let lowerText: string | undefined;
      if (everyRuleHasKeywords) {
        lowerText = text.toLowerCase();
        if (!gate.containsAny(lowerText)) return { text, counts: noCounts, total: 0 };
      }
      let current = text;
      let selected: Uint8Array | undefined;
      let counts: Record<string, number> | undefined;
      let total = 0;
      for (let index = 0; index < compiled.length; index += 1) {
        const rule = compiled[index] as CompiledRule;
        if (selected === undefined) {
          lowerText ??= current.toLowerCase();
          selected = gate.selectRules(lowerText);
        }
        if (selected[index] !== 1) continue;
        const outcome = applyRule(rule, current);
        if (outcome.count === 0) continue;
        current = outcome.text;
        // Keywords are checked against the text as it is when each rule runs.
        lowerText = undefined;
        selected = undefined;
        counts ??= {};
        // Ids are unique, so each rule writes its own entry once.
        counts[rule.id] = outcome.count;
        total += outcome.count;
      }
      return { text: current, counts: counts ?? noCounts, total };
    },
  };
}
