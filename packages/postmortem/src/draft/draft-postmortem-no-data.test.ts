import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleAlert } from '@triagekit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openIncidentTimeline } from '../timeline/open-incident-timeline.js';
import { draftPostmortem } from './draft-postmortem.js';
import { verifyPostmortemCitations } from './verify-postmortem-citations.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-no-data-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('draftPostmortem when the timeline is thin', () => {
  it('says what it cannot support instead of inventing: an empty timeline', async () => {
    const timeline = await openIncidentTimeline(directory, 'INC-EMPTY').read();
    const draft = await draftPostmortem({ timeline });
    expect(draft.sections.every((section) => section.status === 'no-data')).toBe(true);
    expect(draft.title).toBe('Post-mortem: incident INC-EMPTY');
    expect(draft.markdown).toContain(
      '- _The timeline is empty: nothing has been recorded for this incident yet._',
    );
    expect(draft.markdown).toContain('- _Nothing has been recorded in the timeline yet._');
    expect(verifyPostmortemCitations(draft, timeline).ok).toBe(true);
  });

  it('an alert and an acknowledgement only: no resolution, no triage, no hypotheses', async () => {
    const store = openIncidentTimeline(directory, 'INC-OPEN');
    await store.append({ kind: 'alert', alert: createSampleAlert() });
    await store.append({
      kind: 'status-change',
      status: 'acknowledged',
      time: '2026-03-04T10:03:00Z',
      author: 'ana',
    });
    const timeline = await store.read();
    const draft = await draftPostmortem({ timeline });
    const section = (name: string) => draft.sections.find((candidate) => candidate.name === name);
    expect(section('summary')?.statements.at(-1)).toMatchObject({
      kind: 'no-data',
      text: 'No resolution recorded yet.',
    });
    expect(section('impact')?.statements.map((statement) => statement.text)).toContain(
      'No resolution recorded yet, so the duration of the impact is unknown.',
    );
    expect(section('root-cause')).toMatchObject({ status: 'no-data' });
    expect(section('root-cause')?.statements[0]?.text).toMatch(/^No triage report recorded/);
    expect(section('resolution')).toMatchObject({ status: 'no-data' });
    expect(section('went-well')?.statements.map((statement) => statement.text)).toEqual([
      'Acknowledged 3m 00s after the alert, within the 5 min target.',
      'Not enough data to judge everything (no error onset found by a triage report; no triage report recorded; no runbook search recorded).',
    ]);
    expect(section('went-badly')?.statements.map((statement) => statement.text)).toEqual([
      'No data to judge what went badly: no error onset found by a triage report; no triage report recorded; no runbook search recorded.',
    ]);
    expect(section('action-items')).toMatchObject({ status: 'no-data' });
    expect(draft.resolution).toBeNull();
    expect(verifyPostmortemCitations(draft, timeline).ok).toBe(true);
  });

  it('a reopened incident is not resolved, and the reopening is reported as something that went badly', async () => {
    const store = openIncidentTimeline(directory, 'INC-REOPENED');
    await store.append({ kind: 'alert', alert: createSampleAlert() });
    await store.append({ kind: 'resolution', summary: 'Restarted the pods.', time: '2026-03-04T10:20:00Z' });
    const reopened = await store.append({
      kind: 'status-change',
      status: 'triggered',
      time: '2026-03-04T10:30:00Z',
    });
    let draft = await draftPostmortem({ timeline: await store.read() });
    expect(draft.resolvedAt).toBeNull();
    expect(draft.sections.find((section) => section.name === 'went-badly')?.statements[0]).toMatchObject({
      text: 'The incident was re-triggered after it had been resolved.',
      entryIds: [reopened.id],
    });
    await store.append({ kind: 'status-change', status: 'resolved', time: '2026-03-04T11:00:00Z' });
    draft = await draftPostmortem({ timeline: await store.read() });
    // The final resolution is the one after the re-trigger; its summary is unknown (the earlier one was wrong).
    expect(draft.resolvedAt).toBe('2026-03-04T11:00:00.000Z');
    expect(draft.resolution).toBeNull();
  });

  it('reports skipped timeline lines as warnings', async () => {
    const draft = await draftPostmortem({
      timeline: {
        incidentId: 'INC-X',
        path: 'x.jsonl',
        entries: [],
        problems: [{ file: 'x.jsonl', line: 3, reason: 'not valid JSON: oops' }],
      },
    });
    expect(draft.warnings).toEqual(['Skipped timeline line x.jsonl:3: not valid JSON: oops']);
  });
});
