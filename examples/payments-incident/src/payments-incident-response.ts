import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** One thing the on-call engineer did or decided, as `triagekit note` would record it. */
export type PaymentsIncidentResponseEntry =
  | {
      readonly kind: 'status-change';
      readonly time: string;
      readonly author: string;
      readonly status: 'acknowledged' | 'mitigated' | 'resolved';
      readonly note: string | null;
    }
  | {
      readonly kind: 'note' | 'decision';
      readonly time: string;
      readonly author: string;
      readonly text: string;
    }
  | {
      readonly kind: 'action';
      readonly time: string;
      readonly author: string;
      readonly text: string;
      readonly followUp: boolean;
    }
  | { readonly kind: 'resolution'; readonly time: string; readonly author: string; readonly summary: string };

function minutesAfterAlert(minutes: number): string {
  return new Date(SCENARIO_TIMELINE.alertStart + minutes * 60_000).toISOString();
}

/**
 * How the (fictional) on-call engineer responded to the payments incident after reading the triage
 * report: acknowledged, decided to roll back the config, rolled it back, watched it recover, resolved it
 * and filed a follow-up. The demo records these in the incident timeline so the post-mortem draft has
 * human decisions to cite, as it would after a real incident.
 */
export function createPaymentsIncidentResponse(): PaymentsIncidentResponseEntry[] {
  const author = 'alice (on-call)';
  return [
    {
      kind: 'status-change',
      time: minutesAfterAlert(3),
      author,
      status: 'acknowledged',
      note: 'Paged by PaymentsHighLatency; reading the triage report.',
    },
    {
      kind: 'note',
      time: minutesAfterAlert(6),
      author,
      text: 'Triage report: payments pool timeouts began 2 minutes after the payments-config rollout; checkout errors follow payments.',
    },
    {
      kind: 'decision',
      time: minutesAfterAlert(9),
      author,
      text: 'Roll back payments-config to the previous revision (pool size 50) rather than scale payments.',
    },
    {
      kind: 'action',
      time: minutesAfterAlert(10),
      author,
      text: 'Ran kubectl -n shop rollout undo deployment/payments.',
      followUp: false,
    },
    {
      kind: 'status-change',
      time: minutesAfterAlert(16),
      author,
      status: 'mitigated',
      note: 'p99 latency back under 300 ms; no pool timeouts since the rollback.',
    },
    {
      kind: 'resolution',
      time: minutesAfterAlert(24),
      author,
      summary:
        'Rolled back the payments-config change that cut the HikariCP pool from 50 to 5; latency and checkout errors recovered.',
    },
    {
      kind: 'action',
      time: minutesAfterAlert(30),
      author,
      text: 'Alert on hikaricp_connections_pending before latency breaches the SLO.',
      followUp: true,
    },
    { kind: 'status-change', time: minutesAfterAlert(31), author, status: 'resolved', note: null },
  ];
}
