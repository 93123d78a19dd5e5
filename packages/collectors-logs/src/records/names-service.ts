import type { LogFormat } from '@triagekit/logs';

/**
 * Whether the service a parsed line names is a service rather than a component. Structured lines (JSON,
 * logfmt) name it in a field and syslog names the program; in Java, Python, klog and generic headers the
 * name is a logger or component (`c.e.payments.api.ChargeController`), which would split one service into
 * many, so the file name is used instead.
 */
export function namesService(format: LogFormat): boolean {
  return (
    format === 'json' || format === 'logfmt' || format === 'syslog-rfc5424' || format === 'syslog-rfc3164'
  );
}
