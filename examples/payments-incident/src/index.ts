export { createPaymentsIncidentBundle } from './create-payments-incident-bundle.js';
export { PAYMENTS_INCIDENT_EXPECTED, type PaymentsIncidentExpected } from './payments-incident-expected.js';
export {
  createPaymentsIncidentResponse,
  type PaymentsIncidentResponseEntry,
} from './payments-incident-response.js';
export { ALERT_WITHOUT_RUNBOOK, PAYMENTS_KNOWLEDGE_BASE } from './payments-knowledge-base.js';
export { PLANTED_SECRETS } from './planted-secrets.js';
