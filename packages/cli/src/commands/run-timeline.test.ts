import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-timeline-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliInMemory(argv, { cwd: directory });

describe('run --timeline, then note and postmortem', () => {
  it('records the triage in the incident timeline that note and postmortem build on', async () => {
    const lines = Array.from(
      { length: 12 },
      (_unused, index) =>
        `2026-03-04T09:5${Math.floor(index / 6)}:${String((index % 6) * 10).padStart(2, '0')}Z ERROR orders tax engine unavailable code=${index}`,
    );
    await writeFile(join(directory, 'orders.log'), `${lines.join('\n')}\n`);
    await writeFile(
      join(directory, 'alert.json'),
      JSON.stringify({
        title: 'OrdersFailing',
        startsAt: '2026-03-04T10:00:00Z',
        labels: { service: 'orders' },
      }),
    );
    await writeFile(
      join(directory, 'config.json'),
      JSON.stringify({ collectors: [{ type: 'files', paths: ['orders.log'], service: 'orders' }] }),
    );
    const run = await cli(
      'run',
      '--alert',
      'alert.json',
      '--config',
      'config.json',
      '--out',
      'out',
      '--timeline',
      'incidents',
      '--quiet',
    );
    expect(run.code).toBe(0);
    const [file] = await readdir(join(directory, 'incidents'));
    const incidentId = (file ?? '').replace(/\.jsonl$/, '');
    expect(incidentId).toMatch(/^20260304-ordersfailing-[0-9a-f]{8}$/);
    expect(run.stdout).toContain(`triagekit note ${incidentId}`);

    const note = await cli(
      'note',
      incidentId,
      'Disabled the new tax engine flag',
      '--kind',
      'decision',
      '--author',
      'bob',
      '--dir',
      'incidents',
    );
    expect(note.code).toBe(0);
    const draft = await cli('postmortem', incidentId, '--dir', 'incidents', '--out', 'postmortem.md');
    expect(draft.code).toBe(0);
    const markdown = await readFile(join(directory, 'postmortem.md'), 'utf8');
    expect(markdown).toContain('OrdersFailing');
    expect(markdown).toContain('Disabled the new tax engine flag');
  });
});
