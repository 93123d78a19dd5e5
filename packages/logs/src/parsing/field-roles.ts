/**
 * Well-known field names in structured logs (JSON and logfmt), in order of preference. Dotted names are
 * looked up both as literal keys (`"log.level": ...`, as ECS writes them) and as nested paths.
 */
export const TIME_KEYS: readonly string[] = ['time', 'timestamp', 'ts', '@timestamp', 'date', 't'];

/** See {@link TIME_KEYS}. */
export const LEVEL_KEYS: readonly string[] = ['level', 'severity', 'lvl', 'log.level', 'levelname'];

/** See {@link TIME_KEYS}. */
export const MESSAGE_KEYS: readonly string[] = ['msg', 'message', 'log', 'text', 'event'];

/**
 * See {@link TIME_KEYS}. `caller` is deliberately absent: it names a source location, not a service.
 */
export const SERVICE_KEYS: readonly string[] = [
  'service',
  'service.name',
  'logger',
  'logger_name',
  'name',
  'app',
  'component',
];

/** See {@link TIME_KEYS}. */
export const TRACE_ID_KEYS: readonly string[] = ['trace_id', 'traceId', 'trace.id', 'dd.trace_id', 'traceID'];
