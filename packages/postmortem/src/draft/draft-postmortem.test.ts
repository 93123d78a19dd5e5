import { rm } from 'node:fs/promises';
import { CO_OCCURRING_LABEL } from '@triagekit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPaymentsIncident } from '../__fixtures__/payments-incident-timeline.js';
import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import { draftPostmortem } from './draft-postmortem.js';
import type { PostmortemDraft, PostmortemSectionName } from './postmortem-draft.js';
import { verifyPostmortemCitations } from './verify-postmortem-citations.js';

let directory: string;
let timeline: IncidentTimeline;
let draft: PostmortemDraft;
beforeAll(async () => {
  ({ directory, timeline } = await recordPaymentsIncident());
  draft = await draftPostmortem({ timeline, now: () => new Date('2026-03-05T09:00:00.000Z') });
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function texts(name: PostmortemSectionName): string[] {
  return (
    draft.sections.find((section) => section.name === name)?.statements.map((statement) => statement.text) ??
    []
  );
}

function idOf(predicate: (entry: IncidentTimeline['entries'][number]) => boolean): string {
  const entry = timeline.entries.find(predicate);
  if (!entry) throw new Error('fixture entry missing');
  return entry.id;
}

describe('draftPostmortem on a recorded incident (deterministic)', () => {
  it('cites only recorded entries and evidence, and lists every entry in the timeline section', () => {
    expect(timeline.entries).toHaveLength(11);
    const check = verifyPostmortemCitations(draft, timeline);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.citedStatements).toBeGreaterThan(20);
    const timelineSection = draft.sections.find((section) => section.name === 'timeline');
    expect(timelineSection?.statements.map((statement) => statement.entryIds[0])).toEqual(
      [...timeline.entries]
        .sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.sequence - b.sequence)
        .map((entry) => entry.id),
    );
    expect(draft.sections.map((section) => section.origin)).not.toContain('llm');
  });

  it('measures impact from the first errors to the resolution, and detection from the alert to the acknowledgement', () => {
    // Onset 09:52:10 (the report's error onset) to resolution 10:45:00 = 52 min 50 s.
    expect(texts('impact')[0]).toBe(
      'Impact lasted 52m 50s, from the first errors found by triage at 2026-03-04 09:52:10 UTC to the resolution at 2026-03-04 10:45:00 UTC.',
    );
    // Mitigated 10:21:00, 28 min 50 s after the onset.
    expect(texts('impact')[1]).toBe(
      'Mitigated at 2026-03-04 10:21:00 UTC, 28m 50s after the first errors found by triage.',
    );
    expect(texts('impact')).toContain('Affected: payments: 2 errors, alert firing');
    // The alert at 10:00:00 is earlier than the triggered status (10:00:05); acknowledged 10:07:40: 7 min 40 s.
    expect(texts('detection')).toContain(
      'Acknowledged at 2026-03-04 10:07:40 UTC by ana: time to acknowledge 7m 40s.',
    );
    // Errors from 09:52:10, alert at 10:00:00: 7 min 50 s.
    expect(texts('detection')).toContain(
      'The first errors came at 2026-03-04 09:52:10 UTC, 7m 50s before the alert fired.',
    );
  });

  it('offers the ranked changes as hypotheses only, labelled co-occurring and citing their evidence', () => {
    const section = draft.sections.find((candidate) => candidate.name === 'root-cause');
    const hypotheses = section?.statements.filter((statement) => statement.kind === 'hypothesis') ?? [];
    expect(hypotheses).toHaveLength(1);
    expect(hypotheses[0]?.text).toContain(
      'Deployed payments-api v2.14.0 (db pool size 50 -> 10) on payments',
    );
    expect(hypotheses[0]?.text).toContain(
      `12 min before the onset, touching an affected service (${CO_OCCURRING_LABEL})`,
    );
    expect(hypotheses[0]?.evidenceIds).toEqual(['ev_deploy_payments_api']);
    expect(hypotheses[0]?.entryIds).toEqual([idOf((entry) => entry.kind === 'triage-report')]);
    expect(draft.markdown).toContain('- **Hypothesis:** Deployed payments-api v2.14.0');
  });

  it('judges what went well and badly from the timeline, with the data behind each judgement', () => {
    expect(texts('went-well')).toEqual([
      'The alert fired 7m 50s after the first errors, within the 10 min target.',
      'The first triage report was ready 2m 31s after the alert.',
      'A matching runbook was found during triage: "High request latency".',
    ]);
    expect(texts('went-badly')).toEqual([
      'Acknowledgement took 7m 40s, over the 5 min target.',
      'Evidence source git:infra-repo was degraded (timed-out): collector "git:infra-repo" did not finish within 10000 ms.',
    ]);
  });

  it('proposes action items from follow-ups, triage suggestions and failed sources, marked proposed', () => {
    const section = draft.sections.find((candidate) => candidate.name === 'action-items');
    expect(section?.statements.every((statement) => statement.kind === 'action-item')).toBe(true);
    expect(texts('action-items')).toEqual([
      'Alert on connection-pool wait time, not only exhaustion. (raised by ben)',
      'Check (triage suggestion): Compare the payments-api connection pool size before and after v2.14.0',
      'Check (triage suggestion): Read the previous logs of the restarting checkout container',
      'Restore evidence source git:infra-repo (it timed out during triage).',
    ]);
    expect(draft.markdown).toContain('- [ ] **Proposed:** Alert on connection-pool wait time');
  });

  it('fills the metadata retrieval needs and renders every section under its heading', () => {
    expect(draft).toMatchObject({
      incidentId: 'INC-2026-0304',
      title: 'Post-mortem: PaymentsLatencyHigh: p99 > 2s',
      generatedAt: '2026-03-05T09:00:00.000Z',
      services: ['payments', 'checkout'],
      alerts: ['PaymentsLatencyHigh'],
      resolution: 'Rolled back payments-api v2.14.0; pool size back to 50.',
      startedAt: '2026-03-04T09:52:10.000Z',
      resolvedAt: '2026-03-04T10:45:00.000Z',
      llm: null,
      warnings: [],
    });
    expect(draft.markdown.startsWith('# Post-mortem: PaymentsLatencyHigh: p99 > 2s\n')).toBe(true);
    for (const heading of [
      '## Summary',
      '## Impact',
      '## Detection',
      '## Timeline',
      '## Resolution',
      '## Action items',
    ]) {
      expect(draft.markdown).toContain(`\n${heading}\n`);
    }
    const decision = idOf((entry) => entry.kind === 'decision');
    expect(draft.markdown).toContain(
      `- Decision at 2026-03-04 10:14:00 UTC by ana: Roll back payments-api to v2.13.2 rather than raise the pool size. [${decision}]`,
    );
  });
});
