import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleTriageReport } from '@triagekit/core/testing';
import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import { openIncidentTimeline } from '../timeline/open-incident-timeline.js';
import { recordTriageReport } from '../timeline/record-triage-report.js';

/**
 * Records a realistic incident in a fresh temporary directory and reads it back. Times (UTC, 2026-03-04):
 * - 09:52:10 first pool errors (the report's onset); 09:40 deploy of payments-api v2.14.0 (a change)
 * - 10:00:00 alert PaymentsLatencyHigh; 10:00:05 status triggered (PagerDuty)
 * - 10:02:31 triage report (runbook found, git:infra-repo timed out)
 * - 10:07:40 acknowledged by ana; 10:09 note; 10:14 decision; 10:16 action (rollback)
 * - 10:21:00 mitigated; 10:40 follow-up action by ben; 10:45:00 resolution + status resolved
 */
export async function recordPaymentsIncident(): Promise<{ directory: string; timeline: IncidentTimeline }> {
  const directory = await mkdtemp(join(tmpdir(), 'triagekit-payments-'));
  const store = openIncidentTimeline(directory, 'INC-2026-0304', {
    now: () => new Date('2026-03-04T11:00:00.000Z'),
  });
  await store.append({
    kind: 'status-change',
    status: 'triggered',
    time: '2026-03-04T10:00:05Z',
    author: 'PagerDuty',
  });
  await recordTriageReport(store, createSampleTriageReport(), { reportPath: 'triage-out/report.json' });
  const at = (time: string) => `2026-03-04T${time}Z`;
  await store.appendMany([
    { kind: 'status-change', status: 'acknowledged', time: at('10:07:40'), author: 'ana' },
    {
      kind: 'note',
      text: 'Checkout pods restarting too; probably waiting on payments.',
      time: at('10:09:00'),
      author: 'ana',
    },
    {
      kind: 'decision',
      text: 'Roll back payments-api to v2.13.2 rather than raise the pool size.',
      time: at('10:14:00'),
      author: 'ana',
    },
    { kind: 'action', text: 'Rolled back payments-api to v2.13.2.', time: at('10:16:00'), author: 'ana' },
    {
      kind: 'status-change',
      status: 'mitigated',
      note: 'p99 back under 400 ms',
      time: at('10:21:00'),
      author: 'ana',
    },
    {
      kind: 'action',
      text: 'Alert on connection-pool wait time, not only exhaustion.',
      followUp: true,
      time: at('10:40:00'),
      author: 'ben',
    },
    {
      kind: 'resolution',
      summary: 'Rolled back payments-api v2.14.0; pool size back to 50.',
      time: at('10:45:00'),
      author: 'ana',
    },
    { kind: 'status-change', status: 'resolved', time: at('10:45:00'), author: 'ana' },
  ]);
  return { directory, timeline: await store.read() };
}
