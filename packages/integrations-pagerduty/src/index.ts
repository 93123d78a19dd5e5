export type { RequestBody } from '@triagekit/core';
export { buildPagerDutyNote, type PagerDutyNoteOptions } from './note/build-pagerduty-note.js';
export { incidentIdFromReport } from './note/incident-id-from-report.js';
export { createPagerDutyNoteSink } from './note/pagerduty-note-sink.js';
export {
  DEFAULT_MAX_NOTE_LENGTH,
  DEFAULT_NOTE_ITEMS,
  DEFAULT_PAGERDUTY_API_URL,
  DEFAULT_PAGERDUTY_TIMEOUT_MS,
  NOTE_LENGTH_BOUNDS,
  type PagerDutyNoteSinkOptions,
  type ReportUrlOption,
} from './note/pagerduty-note-sink-options.js';
export {
  type PagerDutySignatureFailure,
  type PagerDutySignatureVerification,
  type VerifyPagerDutySignatureOptions,
  verifyPagerDutySignature,
} from './signature/verify-pagerduty-signature.js';
export {
  DEFAULT_PAGERDUTY_MAX_BODY_BYTES,
  DEFAULT_TRIAGE_EVENT_TYPES,
  type PagerDutyEventInfo,
  type PagerDutyIncident,
  type PagerDutyWebhookEvent,
  type ParsePagerDutyWebhookOptions,
} from './webhook/pagerduty-webhook-event.js';
export { parsePagerDutyWebhook } from './webhook/parse-pagerduty-webhook.js';
