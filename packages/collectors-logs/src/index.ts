export {
  createFileLogCollector,
  DEFAULT_FILE_MAX_BYTES,
  DEFAULT_FILE_MAX_LINES,
  DEFAULT_FILE_TIMEOUT_MS,
  type FileLogCollectorOptions,
} from './file/file-log-collector.js';
export { parseRotationName, type RotationName, sortByRotation } from './file/rotation-name.js';
export { serviceFromFileName } from './file/service-from-file-name.js';
export { createLokiLogCollector } from './loki/loki-log-collector.js';
export {
  DEFAULT_LOKI_MAX_LINES,
  DEFAULT_LOKI_PAGE_LIMIT,
  DEFAULT_LOKI_RETRIES,
  DEFAULT_LOKI_RETRY_DELAY_MS,
  DEFAULT_LOKI_TIMEOUT_MS,
  type LokiLogCollectorOptions,
} from './loki/loki-log-collector-options.js';
export { LOKI_SERVICE_LABELS, serviceFromStreamLabels } from './loki/service-from-stream-labels.js';
export { MAX_EVIDENCE_TEXT_LENGTH } from './records/cap-evidence-text.js';
export {
  createStdinLogCollector,
  DEFAULT_STDIN_MAX_BYTES,
  DEFAULT_STDIN_MAX_LINES,
  DEFAULT_STDIN_TIMEOUT_MS,
  type StdinLogCollectorOptions,
} from './stdin/stdin-log-collector.js';
