/** Start of every marker; cheap to look for before doing any marker-aware work. */
export const REDACTION_MARKER_PREFIX = '[REDACTED:';

/** Rule ids are restricted so a marker can always be recognised again, whatever the id. */
const ruleIdSource = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';

/** Whole-string check of the rule id syntax that {@link redactionMarker} relies on. */
export const REDACTION_RULE_ID_PATTERN: RegExp = new RegExp(`^${ruleIdSource}$`);

/**
 * The text that replaces a secret: `[REDACTED:<ruleId>]`.
 * @param ruleId - a rule id matching {@link REDACTION_RULE_ID_PATTERN}; not checked here.
 */
export function redactionMarker(ruleId: string): string {
  return `${REDACTION_MARKER_PREFIX}${ruleId}]`;
}

/**
 * A fresh global pattern finding every marker in a text. Fresh on each call because global patterns
 * carry `lastIndex` state that must not leak between callers.
 */
export function createRedactionMarkerPattern(): RegExp {
  return new RegExp(`\\[REDACTED:${ruleIdSource}\\]`, 'g');
}
