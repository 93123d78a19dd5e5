import { appendFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, TimeoutError } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openIncidentTimeline } from './open-incident-timeline.js';
import { recordTriageReport } from './record-triage-report.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-timeline-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const fixedClock = () => new Date('2026-03-04T10:30:00.000Z');

describe('openIncidentTimeline', () => {
  it('appends entries with increasing sequence numbers and stable te_ ids, and reads them back', async () => {
    const store = openIncidentTimeline(directory, 'INC-1', { now: fixedClock });
    expect(store.path).toBe(join(directory, 'INC-1.jsonl'));
    expect((await store.read()).entries).toEqual([]);
    const decision = await store.append({ kind: 'decision', text: 'Roll back payments-api', author: 'ana' });
    const status = await store.append({
      kind: 'status-change',
      status: 'acknowledged',
      time: '2026-03-04T11:03:00+01:00',
    });
    const action = await store.append({ kind: 'action', text: 'Alert on pool wait time', followUp: true });
    expect([decision.sequence, status.sequence, action.sequence]).toEqual([1, 2, 3]);
    expect(decision).toMatchObject({
      id: expect.stringMatching(/^te_[0-9a-f]{16}$/),
      time: fixedClock().toISOString(),
    });
    expect(status).toMatchObject({ time: '2026-03-04T10:03:00.000Z', author: null, note: null });
    const timeline = await store.read();
    expect(timeline.entries).toEqual([decision, status, action]);
    expect(timeline.problems).toEqual([]);
    const lines = (await readFile(store.path, 'utf8')).split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0] ?? '')).toEqual(decision);
  });

  it('rejects an invalid entry with the offending field and writes nothing', async () => {
    const store = openIncidentTimeline(directory, 'INC-1');
    await expect(store.append({ kind: 'note', text: '   ' })).rejects.toThrow(InvalidInputError);
    await expect(store.append({ kind: 'status-change', status: 'fixed' as 'resolved' })).rejects.toThrow(
      /status/,
    );
    await expect(store.append({ kind: 'note', text: 'x', time: 'yesterday' })).rejects.toThrow(/time/);
    await expect(readFile(store.path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses incident ids that are not file-safe', () => {
    expect(() => openIncidentTimeline(directory, '../escape')).toThrow(InvalidInputError);
  });

  it('closes off a partial line left by a crashed writer, reports it, and keeps counting after it', async () => {
    const store = openIncidentTimeline(directory, 'INC-2');
    await store.append({ kind: 'note', text: 'before the crash' });
    await appendFile(store.path, '{"id":"te_0000000000000009","sequence":2,"incid');
    const after = await store.append({ kind: 'note', text: 'after the crash' });
    expect(after.sequence).toBe(2);
    const timeline = await store.read();
    expect(timeline.entries.map((entry) => entry.sequence)).toEqual([1, 2]);
    expect(timeline.problems).toEqual([
      { file: store.path, line: 2, reason: expect.stringMatching(/^not valid JSON: /) },
    ]);
  });

  it('continues the numbering on long files, reading only their end, and looks further back past a huge corrupt line', async () => {
    const store = openIncidentTimeline(directory, 'INC-LONG');
    const long = 'x'.repeat(5_000);
    for (let index = 0; index < 20; index += 1)
      await store.append({ kind: 'note', text: `${index} ${long}` });
    expect((await store.append({ kind: 'note', text: 'after 100 KB' })).sequence).toBe(21);
    await appendFile(store.path, `${'y'.repeat(70_000)}\n`);
    expect((await store.append({ kind: 'note', text: 'after a 70 KB corrupt line' })).sequence).toBe(22);
    const timeline = await store.read();
    expect(timeline.entries.map((entry) => entry.sequence)).toEqual(
      Array.from({ length: 22 }, (_, index) => index + 1),
    );
    expect(timeline.problems).toEqual([
      { file: store.path, line: 22, reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it('skips inputs already recorded when asked, so recording a report twice adds nothing', async () => {
    const store = openIncidentTimeline(directory, 'INC-3');
    const report = createSampleTriageReport();
    const first = await recordTriageReport(store, report, { reportPath: 'triage-out/report.json' });
    expect(first.map((entry) => entry.kind)).toEqual(['alert', 'triage-report']);
    expect(first[0]?.time).toBe(report.alert.startsAt);
    expect(first[1]?.time).toBe(report.generatedAt);
    expect(await recordTriageReport(store, report)).toEqual([]);
    const second = await recordTriageReport(store, { ...report, id: 'tr_second_run' });
    expect(second.map((entry) => entry.kind)).toEqual(['triage-report']);
    expect((await store.read()).entries).toHaveLength(3);
  });

  it('waits for a lock another writer holds, removes an abandoned one, and times out on a live one', async () => {
    const store = openIncidentTimeline(directory, 'INC-4');
    await store.append({ kind: 'note', text: 'creates the directory' });
    const lockPath = `${store.path}.lock`;
    await writeFile(lockPath, 'another writer\n');
    // A live lock: the injected clock moves 1 s per wait, so the 5 s timeout is reached after a few waits.
    let clock = Date.now();
    const waits: number[] = [];
    const live = openIncidentTimeline(directory, 'INC-4', {
      lock: {
        timeoutMs: 5_000,
        now: () => clock,
        sleep: async (milliseconds) => {
          waits.push(milliseconds);
          clock += 1_000;
        },
      },
    });
    await expect(live.append({ kind: 'note', text: 'blocked' })).rejects.toThrow(TimeoutError);
    expect(waits.length).toBeGreaterThanOrEqual(5);
    // The same lock file, last touched an hour ago: abandoned, so it is removed and the append goes through.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lockPath, anHourAgo, anHourAgo);
    const appended = await openIncidentTimeline(directory, 'INC-4').append({
      kind: 'note',
      text: 'unblocked',
    });
    expect(appended.sequence).toBe(2);
    await expect(readFile(lockPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
