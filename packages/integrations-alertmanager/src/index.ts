export type { RequestBody } from '@triagekit/core';
export {
  type BearerTokenFailure,
  type BearerTokenVerification,
  type VerifyBearerTokenOptions,
  verifyBearerToken,
} from './auth/verify-bearer-token.js';
export { FINGERPRINT_LENGTH, fingerprintAlert } from './fingerprint/fingerprint-alert.js';
export {
  DEFAULT_GENERIC_ALERT_MAX_BODY_BYTES,
  type ParseGenericAlertOptions,
  parseGenericAlert,
} from './generic/parse-generic-alert.js';
export {
  type AlertmanagerWebhook,
  DEFAULT_ALERTMANAGER_MAX_BODY_BYTES,
  type ParseAlertmanagerWebhookOptions,
} from './webhook/alertmanager-webhook.js';
export { parseAlertmanagerWebhook } from './webhook/parse-alertmanager-webhook.js';
