import { z } from 'zod';

/** Severity levels, most severe first. Alerts, evidence and findings share this scale. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info', 'debug', 'unknown'] as const;

export const severitySchema = z.enum(SEVERITIES);

/** One of {@link SEVERITIES}. */
export type Severity = z.infer<typeof severitySchema>;

/** Sort rank of a severity: 0 for `critical`, higher is less severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

const aliases: Record<string, Severity> = {
  critical: 'critical',
  crit: 'critical',
  fatal: 'critical',
  emerg: 'critical',
  emergency: 'critical',
  alert: 'critical',
  panic: 'critical',
  p1: 'critical',
  sev1: 'critical',
  page: 'critical',
  high: 'error',
  error: 'error',
  err: 'error',
  severe: 'error',
  p2: 'error',
  sev2: 'error',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  p3: 'warning',
  sev3: 'warning',
  info: 'info',
  information: 'info',
  informational: 'info',
  notice: 'info',
  low: 'info',
  normal: 'info',
  p4: 'info',
  p5: 'info',
  debug: 'debug',
  trace: 'debug',
  verbose: 'debug',
};

/**
 * Maps the many spellings used by alerting and logging systems (`P1`, `sev2`, `WARN`, `fatal`, `high`)
 * onto {@link Severity}. Unknown or missing values map to `unknown`; it never throws.
 */
export function normalizeSeverity(value: unknown): Severity {
  if (typeof value !== 'string') return 'unknown';
  return aliases[value.trim().toLowerCase()] ?? 'unknown';
}
