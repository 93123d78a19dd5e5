export { createCloudTrailCollector } from './cloudtrail-collector.js';
export { HIGH_SIGNAL_EVENT_NAMES } from './events/high-signal-event-names.js';
export { DEFAULT_IGNORED_EVENT_NAMES } from './events/ignored-event-names.js';
export { DEFAULT_REQUEST_PARAMETERS_MAX_LENGTH } from './events/summarize-request-parameters.js';
export type { LookupStrategy } from './lookup/collect-region.js';
export {
  type CloudTrailCollectorOptions,
  type CloudTrailLookupAttribute,
  DEFAULT_BURST,
  DEFAULT_COLLECT_TIMEOUT_MS,
  DEFAULT_MAX_EVENTS,
  DEFAULT_MAX_PAGES_PER_REGION,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_REQUESTS_PER_SECOND,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY_MS,
} from './options/cloudtrail-collector-options.js';
export type { Clock } from './rate-limit/clock.js';
export type { ServiceRules } from './services/service-rules.js';
