/**
 * Every line shape {@link parseLogLine} can recognise. `generic` means "a timestamp and/or level header
 * in a shape we do not name"; `plain` means no header was found and the whole line is the message.
 */
export type LogFormat =
  | 'json'
  | 'logfmt'
  | 'syslog-rfc5424'
  | 'syslog-rfc3164'
  | 'klog'
  | 'access-log'
  | 'apache-error'
  | 'nginx-error'
  | 'java'
  | 'python'
  | 'generic'
  | 'plain';

/** All {@link LogFormat} values, in the order detection prefers them. */
export const LOG_FORMATS: readonly LogFormat[] = [
  'json',
  'logfmt',
  'syslog-rfc5424',
  'syslog-rfc3164',
  'klog',
  'access-log',
  'apache-error',
  'nginx-error',
  'java',
  'python',
  'generic',
  'plain',
];
