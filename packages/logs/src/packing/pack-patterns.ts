import { createRedactor, type Severity } from '@triagekit/core';
import { countTokens } from 'gpt-tokenizer';
import { parseLogLine } from '../parsing/parse-log-line.js';
import type { PatternStatistics } from '../stats/pattern-statistics.js';
import { rankPatterns } from './rank-patterns.js';

/** Options of {@link packPatterns}. */
export interface PackPatternsOptions {
  /** Hard limit on the packed text, in tokens (counted with gpt-tokenizer, o200k_base). */
  readonly budgetTokens: number;
  /** Applied to every example line before it is shown. Default: `@triagekit/core`'s default redactor. */
  readonly redact?: (text: string) => string;
  /** Longest example shown, in characters; longer ones are cut with `…`. Default 240. */
  readonly maxExampleLength?: number;
}

/** What {@link packPatterns} chose to show. */
export interface PackedPatterns {
  readonly text: string;
  /** Tokens in `text`; never more than the budget. */
  readonly tokens: number;
  /** 1-based line numbers of the example lines shown verbatim, ascending. */
  readonly shownLines: readonly number[];
  readonly shownPatternIds: readonly string[];
  readonly omittedPatterns: number;
  readonly omittedLines: number;
}

const LEVEL_LABEL: Readonly<Record<Severity, string>> = {
  critical: 'CRIT',
  error: 'ERROR',
  warning: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  unknown: '-',
};

function clock(time: number | null, multiDay: boolean): string {
  if (time === null) return '?';
  const iso = new Date(time).toISOString();
  return multiDay ? `${iso.slice(5, 10)} ${iso.slice(11, 19)}` : iso.slice(11, 19);
}

function oneLine(text: string, limit: number): string {
  const single = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return single.length > limit ? `${single.slice(0, limit - 1)}…` : single;
}

function firstLineOf(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Packs mined log patterns into prompt text that fits a token budget. Patterns are ranked by severity,
 * novelty, burst and count. Errors and new patterns are first shown in full, within an eighth of the
 * budget. Then breadth: every other pattern, in rank order, gets a compact line (level, count,
 * first/last seen and the message of one verbatim example with its line number) while the budget lasts;
 * then the highest-ranked are upgraded to the full form (flags, services, template, the whole example
 * line). Templates and examples are redacted. What does not fit is summarised in one closing line.
 * Deterministic; never exceeds the budget.
 */
export function packPatterns(
  patterns: readonly PatternStatistics[],
  options: PackPatternsOptions,
): PackedPatterns {
  const budget = Math.max(0, Math.floor(options.budgetTokens));
  const redact = options.redact ?? defaultRedact();
  const maxExample = options.maxExampleLength ?? 240;
  const ranked = rankPatterns(patterns);
  const totalLines = ranked.reduce((sum, pattern) => sum + pattern.count, 0);
  const times = ranked
    .flatMap((pattern) => [pattern.firstSeen, pattern.lastSeen])
    .filter((time): time is number => time !== null);
  const multiDay = times.length > 0 && Math.max(...times) - Math.min(...times) > 86_400_000;
  const header = `Log patterns from ${formatCount(totalLines)} records (${formatCount(ranked.length)} patterns), most important first. Times UTC. Lnnn = line number.\n`;
  const tailReserve = 40;
  const available = budget - countTokens(header) - tailReserve;
  // Breadth first: every pattern that fits gets a compact line (count, level, times, the message of one
  // verbatim example); then, in rank order, the entries that can afford it are upgraded to the full form
  // (flags, services, template and the whole example line).
  const drafts = ranked.map((pattern, index) => {
    const times =
      pattern.firstSeen === pattern.lastSeen
        ? clock(pattern.firstSeen, multiDay)
        : `${clock(pattern.firstSeen, multiDay)}–${clock(pattern.lastSeen, multiDay)}`;
    const message =
      firstLineOf(parseLogLine(firstLineOf(pattern.exampleText)).message) || firstLineOf(pattern.exampleText);
    const compact = `${LEVEL_LABEL[pattern.severity]} ×${formatCount(pattern.count)} ${times} L${pattern.exampleLine}: ${oneLine(redact(message), maxExample)}\n`;
    const flags = [pattern.novel ? 'new' : '', pattern.burstScore >= 3 ? `burst×${pattern.burstScore}` : '']
      .filter(Boolean)
      .join(' ');
    const where = pattern.services.length > 0 ? ` [${pattern.services.slice(0, 3).join(', ')}]` : '';
    const full = `#${index + 1} ${LEVEL_LABEL[pattern.severity]} ×${formatCount(pattern.count)} ${times}${flags ? ` ${flags}` : ''}${where}\n  ${oneLine(redact(pattern.template), maxExample)}\n  L${pattern.exampleLine}: ${oneLine(redact(pattern.exampleText), maxExample)}\n`;
    return {
      pattern,
      compact,
      full,
      compactTokens: countTokens(compact),
      fullTokens: countTokens(full),
      upgraded: false,
    };
  });
  let used = 0;
  // The most urgent patterns (errors and anything new) may take up to an eighth of the budget in full first
  // (the very first one up to half, so even a small budget shows the top error in full).
  for (const draft of drafts) {
    const urgent =
      draft.pattern.novel || draft.pattern.severity === 'critical' || draft.pattern.severity === 'error';
    const quota = used === 0 ? available / 2 : available / 8;
    if (!urgent || used + draft.fullTokens > quota) continue;
    draft.upgraded = true;
    used += draft.fullTokens;
  }
  const selected: typeof drafts = [];
  for (const draft of drafts) {
    if (draft.upgraded) {
      selected.push(draft);
      continue;
    }
    if (used + draft.compactTokens > available) continue;
    selected.push(draft);
    used += draft.compactTokens;
  }
  for (const draft of selected) {
    if (draft.upgraded) continue;
    const extra = draft.fullTokens - draft.compactTokens;
    if (used + extra > available) continue;
    draft.upgraded = true;
    used += extra;
  }
  const entries = selected.map((draft) => ({
    text: draft.upgraded ? draft.full : draft.compact,
    tokens: draft.upgraded ? draft.fullTokens : draft.compactTokens,
    pattern: draft.pattern,
  }));
  const render = (chosen: typeof entries) => {
    const shown = new Set(chosen.map((entry) => entry.pattern.patternId));
    const rest = ranked.filter((pattern) => !shown.has(pattern.patternId));
    const restLines = rest.reduce((sum, pattern) => sum + pattern.count, 0);
    const worst = rest[0]?.severity;
    const tail =
      rest.length === 0
        ? ''
        : `… and ${formatCount(rest.length)} more ${worst === 'critical' || worst === 'error' || worst === 'warning' ? '' : 'lower-severity '}patterns, ${formatCount(restLines)} records.\n`;
    return { text: `${header}${chosen.map((entry) => entry.text).join('')}${tail}`, rest, restLines };
  };
  let chosen = entries;
  let rendered = render(chosen);
  let tokens = countTokens(rendered.text);
  // Separately counted entries can differ by a token or two once joined: drop from the end until it fits.
  while (tokens > budget && chosen.length > 0) {
    chosen = chosen.slice(0, -1);
    rendered = render(chosen);
    tokens = countTokens(rendered.text);
  }
  if (tokens > budget)
    return {
      text: '',
      tokens: 0,
      shownLines: [],
      shownPatternIds: [],
      omittedPatterns: ranked.length,
      omittedLines: totalLines,
    };
  return {
    text: rendered.text,
    tokens,
    shownLines: chosen.map((entry) => entry.pattern.exampleLine).sort((a, b) => a - b),
    shownPatternIds: chosen.map((entry) => entry.pattern.patternId),
    omittedPatterns: rendered.rest.length,
    omittedLines: rendered.restLines,
  };
}

let sharedRedact: ((text: string) => string) | undefined;
function defaultRedact(): (text: string) => string {
  if (!sharedRedact) {
    const redactor = createRedactor();
    sharedRedact = (text) => redactor.redact(text).text;
  }
  return sharedRedact;
}
