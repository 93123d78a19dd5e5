/**
 * What to tell a human when PagerDuty refused a note with HTTP `status`, given the API's own words
 * (`detail`) and the incident. Says what to check for the statuses a misconfiguration causes.
 */
export function describeNoteFailure(
  status: number,
  detail: string,
  incidentId: string,
  baseUrl: string,
): string {
  const prefix = `PagerDuty refused the note on incident ${incidentId} (HTTP ${status}: ${detail})`;
  switch (status) {
    case 400:
      return `${prefix}. If it names the requester or From, fromEmail must be the email of a user of the account.`;
    case 401:
      return `${prefix}. Check apiToken: a REST API key or user token, not an Events API integration (routing) key.`;
    case 402:
      return `${prefix}. The account's plan does not allow this API call.`;
    case 403:
      return `${prefix}. A read-only API key cannot write notes; use a full-access key or a user token whose user can see the incident.`;
    case 404:
      return `${prefix}. Check the incident id, and baseUrl (${baseUrl}; EU accounts use https://api.eu.pagerduty.com).`;
    default:
      return `${prefix}.`;
  }
}
