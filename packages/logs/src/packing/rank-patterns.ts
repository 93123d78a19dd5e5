import type { Severity } from '@triagekit/core';
import type { PatternStatistics } from '../stats/pattern-statistics.js';

const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 50,
  error: 40,
  warning: 30,
  unknown: 12,
  info: 10,
  debug: 5,
};

/**
 * How much a pattern deserves a place in a prompt: severity dominates, then novelty (absent before the
 * onset), then burstiness, then volume. Rare patterns are not penalised: an unusual line is often the
 * interesting one.
 */
export function patternPriority(pattern: PatternStatistics): number {
  return (
    SEVERITY_WEIGHT[pattern.severity] +
    (pattern.novel ? 8 : 0) +
    Math.min(6, Math.log2(Math.max(1, pattern.burstScore))) +
    Math.log10(pattern.count + 1)
  );
}

/** Patterns in prompt order: highest priority first, ties by pattern id (deterministic). */
export function rankPatterns(patterns: readonly PatternStatistics[]): PatternStatistics[] {
  return patterns
    .map((pattern) => ({ pattern, priority: patternPriority(pattern) }))
    .sort((a, b) => b.priority - a.priority || (a.pattern.patternId < b.pattern.patternId ? -1 : 1))
    .map((entry) => entry.pattern);
}
