import { describe, expect, it } from 'vitest';
import { detectLogSeverity } from './detect-log-severity.js';

describe('detectLogSeverity', () => {
  it.each([
    ['{"level":"error","msg":"payment authorization failed"}', 'error'],
    ['{"severity":"WARNING","message":"slow query"}', 'warning'],
    ['{"levelname":"CRITICAL","message":"disk full"}', 'critical'],
    ['{"msg":"no level here","level":42}', 'unknown'],
    ['time=2026-03-04T09:58:00Z level=warn msg="retrying"', 'warning'],
    ['ts=1 lvl=debug msg=tick', 'debug'],
    ['E0304 09:58:00.123456       1 controller.go:114] sync failed', 'error'],
    ['I0304 09:58:00.123456       1 main.go:12] started', 'info'],
    ['W0304 09:58:00.123456       1 main.go:12] slow', 'warning'],
    ['F0304 09:58:00.123456       1 main.go:12] fatal', 'critical'],
    ['2026-03-04 09:58:00.123 ERROR 1 --- [nio-8080-exec-1] c.e.PaymentService : declined', 'error'],
    ['2026/03/04 09:58:00 [warn] 12#12: upstream timed out', 'warning'],
    ['[2026-03-04 09:58:00] production.INFO: request served', 'info'],
    ['WARN: connection pool at 95%', 'warning'],
    ['panic: runtime error: invalid memory address or nil pointer dereference', 'critical'],
    ['fatal error: concurrent map writes', 'critical'],
    ['Traceback (most recent call last):', 'error'],
    ['java.lang.IllegalStateException: pool closed', 'error'],
    ['Exception in thread "main" java.lang.OutOfMemoryError: Java heap space', 'error'],
    ['GET /healthz 200 1.2ms', 'unknown'],
    ['an error occurred somewhere', 'unknown'],
  ])('%s → %s', (line, severity) => {
    expect(detectLogSeverity(line)).toBe(severity);
  });
});
