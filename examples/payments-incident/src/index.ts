export { createPaymentsIncidentBundle } from './create-payments-incident-bundle.js';
export { PAYMENTS_INCIDENT_EXPECTED, type PaymentsIncidentExpected } from './payments-incident-expected.js';
export { PLANTED_SECRETS } from './planted-secrets.js';
