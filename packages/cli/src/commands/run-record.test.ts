import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIncidentBundle, type TriageReport } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-record-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function readReport(out: string): Promise<TriageReport> {
  return JSON.parse(await readFile(join(directory, out, 'report.json'), 'utf8')) as TriageReport;
}

/** The parts of a report that a replay must reproduce. */
function findingsOf(report: TriageReport) {
  return {
    onset: report.onset,
    affectedServices: report.affectedServices,
    timeline: report.timeline,
    errorPatterns: report.errorPatterns,
    changes: report.changes,
    suggestions: report.suggestions,
    degradedSources: report.degradedSources.map(({ durationMs: _durationMs, ...rest }) => rest),
    evidence: report.evidence,
  };
}

describe('triagekit run --record', () => {
  it('writes a redacted bundle that replays to the same findings and the same warnings', async () => {
    const lines = Array.from({ length: 40 }, (_unused, index) => {
      const second = String(index % 60).padStart(2, '0');
      return index % 4 === 0
        ? `2026-03-04T09:58:${second}Z INFO checkout request ok in ${index} ms`
        : `2026-03-04T09:58:${second}Z ERROR checkout payment declined for order ${1000 + index} token=sk_live_${'a'.repeat(24)}`;
    });
    await writeFile(join(directory, 'checkout.log'), `${lines.join('\n')}\n`);
    await writeFile(
      join(directory, 'alert.json'),
      JSON.stringify({
        title: 'Checkout errors',
        startsAt: '2026-03-04T10:00:00Z',
        labels: { service: 'checkout' },
      }),
    );
    await writeFile(
      join(directory, 'config.json'),
      JSON.stringify({
        collectors: [
          { type: 'files', id: 'app-logs', paths: ['checkout.log', 'missing-*.log'], service: 'checkout' },
        ],
      }),
    );
    const first = await runCliInMemory(
      [
        'run',
        '--alert',
        'alert.json',
        '--config',
        'config.json',
        '--out',
        'out',
        '--record',
        'bundle',
        '--quiet',
      ],
      { cwd: directory },
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    const bundle = await readIncidentBundle(join(directory, 'bundle'));
    expect(bundle.manifest.alert.title).toBe('Checkout errors');
    expect(bundle.manifest.collectors.map((entry) => entry.collectorId)).toEqual(['app-logs']);
    expect(bundle.evidence.some((item) => item.collectorId === 'alert')).toBe(false);
    expect(JSON.stringify(bundle.evidence)).not.toContain('sk_live_');

    await writeFile(
      join(directory, 'replay.json'),
      JSON.stringify({ collectors: [{ type: 'bundle', path: 'bundle' }] }),
    );
    const replay = await runCliInMemory(
      ['run', '--alert', 'alert.json', '--config', 'replay.json', '--out', 'replayed', '--quiet'],
      { cwd: directory },
    );
    expect(replay.code).toBe(0);
    const original = await readReport('out');
    const replayed = await readReport('replayed');
    expect(original.errorPatterns.length).toBeGreaterThan(0);
    expect(findingsOf(replayed)).toEqual(findingsOf(original));
  });

  it('records a failing collector so the replay reports the same failure', async () => {
    await writeFile(
      join(directory, 'alert.json'),
      JSON.stringify({ title: 'Orders down', startsAt: '2026-03-04T10:00:00Z' }),
    );
    await writeFile(
      join(directory, 'config.json'),
      JSON.stringify({
        collectors: [
          { type: 'loki', id: 'loki', url: 'http://127.0.0.1:9/', query: '{app="x"}', timeoutMs: 2000 },
        ],
      }),
    );
    const first = await runCliInMemory(
      [
        'run',
        '--alert',
        'alert.json',
        '--config',
        'config.json',
        '--out',
        'out',
        '--record',
        'bundle',
        '--quiet',
      ],
      { cwd: directory },
    );
    expect(first.code).toBe(0);
    const original = await readReport('out');
    expect(original.degradedSources.map((source) => [source.source, source.status])).toEqual([
      ['loki', 'failed'],
    ]);
    const bundle = await readIncidentBundle(join(directory, 'bundle'));
    const recordedError = bundle.manifest.collectors[0]?.error;
    expect(recordedError?.message).toContain('unreachable');
    expect(original.degradedSources[0]?.message.startsWith(recordedError?.message ?? '∅')).toBe(true);

    await writeFile(
      join(directory, 'replay.json'),
      JSON.stringify({ collectors: [{ type: 'bundle', path: 'bundle' }] }),
    );
    await runCliInMemory(
      ['run', '--alert', 'alert.json', '--config', 'replay.json', '--out', 'replayed', '--quiet'],
      {
        cwd: directory,
      },
    );
    const replayed = await readReport('replayed');
    expect(findingsOf(replayed)).toEqual(findingsOf(original));
  });
});
