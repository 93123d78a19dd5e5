import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureAlert, fixtureChanges, fixtureLogs } from '../__fixtures__/incident-fixture.js';
import {
  BUNDLE_FORMAT,
  type BundleManifestInput,
  createBundleCollectors,
  createTriagePipeline,
  InvalidInputError,
  normalizeAlert,
  readIncidentBundle,
  writeIncidentBundle,
} from '../index.js';
import { MockCollectorV1 } from '../testing/index.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-bundle-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function recordFixture(gzip = false) {
  const collectors = [
    new MockCollectorV1({ collectorId: 'logs', evidence: fixtureLogs() }),
    new MockCollectorV1({
      collectorId: 'changes',
      evidence: fixtureChanges(),
      warnings: ['page 3 was cut short'],
    }),
    new MockCollectorV1({ collectorId: 'cloud', error: new Error('AccessDenied') }),
  ];
  const original = await createTriagePipeline({ collectors, clock: () => new Date(0) }).run(fixtureAlert);
  const manifest: BundleManifestInput = {
    format: BUNDLE_FORMAT,
    createdAt: '2026-03-04T11:00:00.000Z',
    title: 'fixture',
    alert: normalizeAlert(fixtureAlert),
    window: original.report.window,
    collectors: [
      { collectorId: 'logs' },
      { collectorId: 'changes', warnings: ['page 3 was cut short'] },
      { collectorId: 'cloud', error: { name: 'Error', message: 'AccessDenied' } },
    ],
  };
  await writeIncidentBundle(
    directory,
    { manifest, evidence: original.evidence.filter((item) => item.kind !== 'alert') },
    { gzip },
  );
  return original;
}

describe('incident bundles', () => {
  it.each([false, true])('round-trips and replays to the same findings (gzip: %s)', async (gzip) => {
    const original = await recordFixture(gzip);
    const bundle = await readIncidentBundle(directory);
    expect(bundle.warnings).toEqual([]);
    expect(bundle.evidence).toEqual(original.evidence.filter((item) => item.kind !== 'alert'));
    const replayed = await createTriagePipeline({
      collectors: createBundleCollectors(bundle),
      clock: () => new Date(0),
    }).run(bundle.manifest.alert);
    const strip = (report: typeof original.report) => ({
      ...report,
      budget: null,
      degradedSources: report.degradedSources.map((source) => ({ ...source, durationMs: 0 })),
    });
    expect(strip(replayed.report)).toEqual(strip(original.report));
    expect(replayed.report.degradedSources.map((source) => [source.source, source.status])).toEqual([
      ['changes', 'partial'],
      ['cloud', 'failed'],
    ]);
  });

  it('skips corrupt evidence lines, naming each line, and keeps the rest', async () => {
    await recordFixture();
    const path = join(directory, 'evidence.jsonl');
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    lines.splice(2, 0, '{"id": "truncated', '{"id":"ev_x","kind":"log"}');
    await writeFile(path, `${lines.join('\n')}\n`);
    const bundle = await readIncidentBundle(directory);
    expect(bundle.evidence).toHaveLength(lines.length - 2);
    expect(bundle.warnings).toHaveLength(2);
    expect(bundle.warnings[0]).toMatch(/^evidence\.jsonl:3: skipped, not valid JSON/);
    expect(bundle.warnings[1]).toMatch(
      /^evidence\.jsonl:4: skipped, not a valid evidence item \(collectorId/,
    );
    const { report } = await createTriagePipeline({ collectors: createBundleCollectors(bundle) }).run(
      bundle.manifest.alert,
    );
    expect(report.degradedSources.find((source) => source.source === 'logs')?.message).toContain(
      'evidence.jsonl:3',
    );
  });

  it('rejects a missing or invalid manifest with a message naming the problem', async () => {
    await expect(readIncidentBundle(directory)).rejects.toThrow(/bundle\.json: cannot be read/);
    await writeFile(join(directory, 'bundle.json'), '{"format": "triagekit.bundle/v1"');
    await expect(readIncidentBundle(directory)).rejects.toThrow(/not valid JSON/);
    await writeFile(
      join(directory, 'bundle.json'),
      JSON.stringify({ format: BUNDLE_FORMAT, createdAt: 'now', collectors: [] }),
    );
    const error = await readIncidentBundle(directory).catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual(['createdAt', 'alert']);
  });

  it('refuses to write invalid evidence', async () => {
    const manifest: BundleManifestInput = {
      format: BUNDLE_FORMAT,
      createdAt: '2026-03-04T11:00:00.000Z',
      alert: normalizeAlert(fixtureAlert),
      collectors: [],
    };
    await expect(
      writeIncidentBundle(directory, { manifest, evidence: [{ id: '' } as never] }),
    ).rejects.toThrow(/evidence\.0\.id/);
  });
});
