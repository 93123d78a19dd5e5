import { parseAlertmanagerWebhook, parseGenericAlert } from '@triagekit/integrations-alertmanager';
import { parsePagerDutyWebhook, verifyPagerDutySignature } from '@triagekit/integrations-pagerduty';
import { type AlertIntake, IntakeAuthenticationError } from './alert-intake.js';
import type { TriageServerOptions } from './triage-server-options.js';

/**
 * The intakes `triagekit serve` uses: Alertmanager webhooks (one alert per firing alert; resolved ones are
 * not triaged), PagerDuty v3 webhooks (signature checked on the raw bytes against every configured secret
 * first; `incident.triggered` starts a triage, other events are acknowledged and ignored) and generic
 * JSON alerts. Without PagerDuty secrets, `/alerts/pagerduty` refuses every delivery: an unsigned endpoint
 * would let anyone start triage runs.
 */
export function createDefaultIntakes(options: {
  pagerDutySecrets: readonly string[];
}): TriageServerOptions['intakes'] {
  const alertmanager: AlertIntake = ({ body }) => {
    const webhook = parseAlertmanagerWebhook(body, { resolved: 'skip' });
    return webhook.alerts.length > 0
      ? { alerts: webhook.alerts }
      : { alerts: [], ignored: `no firing alert in group ${webhook.groupKey} (status ${webhook.status})` };
  };
  const pagerduty: AlertIntake = ({ body, headers }) => {
    if (options.pagerDutySecrets.length === 0) {
      throw new IntakeAuthenticationError(
        'no PagerDuty signing secret is configured: start serve with --pagerduty-secret (or TRIAGEKIT_PAGERDUTY_SECRETS)',
      );
    }
    const verification = verifyPagerDutySignature({
      rawBody: body,
      signatureHeader: headers.get('x-pagerduty-signature'),
      secrets: [...options.pagerDutySecrets],
    });
    if (!verification.ok)
      throw new IntakeAuthenticationError(`X-PagerDuty-Signature: ${verification.message}`);
    const event = parsePagerDutyWebhook(body);
    if (event.kind === 'alert') return { alerts: [event.alert] };
    return {
      alerts: [],
      ignored: event.kind === 'ignored' ? event.reason : `${event.event.type} does not start a triage`,
    };
  };
  const generic: AlertIntake = ({ body }) => ({ alerts: [parseGenericAlert(body)] });
  return { alertmanager, pagerduty, generic };
}
