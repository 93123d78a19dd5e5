import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUNDLE_FORMAT,
  normalizeAlert,
  normalizeEvidence,
  type TriageReport,
  triageReportSchema,
  writeIncidentBundle,
} from '@triagekit/core';
import { PAYMENTS_INCIDENT_EXPECTED, PLANTED_SECRETS } from '@triagekit/example-payments-incident';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInMemory } from './__fixtures__/run-cli-in-memory.js';
import { EXIT_CODES } from './exit-codes.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-cli-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function cli(...argv: string[]) {
  return runCliInMemory(argv, { cwd: directory });
}

async function readReport(out: string): Promise<TriageReport> {
  return JSON.parse(await readFile(join(directory, out, 'report.json'), 'utf8')) as TriageReport;
}

describe('triagekit demo', () => {
  it('points at the right service and the right change, with evidence ids that resolve', async () => {
    const { code, stdout, stderr } = await cli('demo', '--out', 'demo');
    expect(code).toBe(EXIT_CODES.ok);
    expect(stderr).toContain('kubernetes-logs');
    expect(stdout).toContain('Most affected service: payments');
    const report = await readReport('demo');
    expect(triageReportSchema.safeParse(report).success).toBe(true);
    expect(report.affectedServices[0]?.service).toBe(PAYMENTS_INCIDENT_EXPECTED.topService);
    expect(report.changes[0]?.evidenceIds[0]).toBe(PAYMENTS_INCIDENT_EXPECTED.topChangeEvidenceId);
    const ids = new Set(report.evidence.map((item) => item.id));
    for (const finding of [
      ...report.affectedServices,
      ...report.changes,
      ...report.timeline,
      ...report.suggestions,
    ]) {
      for (const id of finding.evidenceIds) expect(ids.has(id)).toBe(true);
    }
    // Error patterns are mined templates (headers stripped, variables masked), not raw lines.
    expect(report.errorPatterns.every((pattern) => pattern.analyzerId === 'log-patterns')).toBe(true);
    const hikari = report.errorPatterns.find((pattern) =>
      pattern.template.includes('Connection is not available'),
    );
    expect(hikari).toMatchObject({ services: ['payments'], novel: true });
    expect(hikari?.template).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const markdown = await readFile(join(directory, 'demo', 'report.md'), 'utf8');
    expect(markdown).toContain('## Affected services');
    expect(markdown).toContain(PAYMENTS_INCIDENT_EXPECTED.topChangeEvidenceId);
  });

  it('removes every planted secret from every report file', async () => {
    await cli('demo', '--out', 'demo', '--quiet');
    const json = await readFile(join(directory, 'demo', 'report.json'), 'utf8');
    const markdown = await readFile(join(directory, 'demo', 'report.md'), 'utf8');
    const html = await readFile(join(directory, 'demo', 'report.html'), 'utf8');
    for (const secret of PLANTED_SECRETS) {
      expect(json).not.toContain(secret);
      expect(markdown).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect((JSON.parse(json) as TriageReport).redaction.total).toBeGreaterThan(0);
  });

  it('prints a machine-readable summary with --json and nothing on stderr with --quiet', async () => {
    const { code, stdout, stderr } = await cli('demo', '--out', 'demo', '--json', '--quiet');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout);
    expect(summary.topAffectedService).toBe('payments');
    expect(summary.topChange.causality).toBe('co-occurring — not proven causal');
    expect(summary.files.map((file: string) => file.split(/[\\/]/).pop())).toEqual([
      'report.json',
      'report.md',
      'report.html',
      expect.stringMatching(/^20260304-paymentshighlatency-[0-9a-f]{8}\.jsonl$/),
      'postmortem.md',
    ]);
  });

  it('finds the right runbook, says "no runbook found" for an alert without one, and drafts a cited post-mortem', async () => {
    const { code, stdout } = await cli('demo', '--out', 'demo', '--quiet');
    expect(code).toBe(0);
    const report = await readReport('demo');
    expect(report.runbooks?.confident).toBe(true);
    expect(report.runbooks?.matches[0]?.id).toBe('runbooks/payments-high-latency');
    expect(stdout).toContain('Runbook: Payments high latency (p99 above SLO)');
    expect(stdout).toMatch(/unrelated alert "RedisEvictionsHigh[^"]*": no runbook found/);
    expect(stdout).toMatch(/Post-mortem draft: .*every citation resolves/);
    const postmortem = await readFile(join(directory, 'demo', 'postmortem.md'), 'utf8');
    expect(postmortem).toContain('## Trigger and root cause (hypotheses to confirm)');
    expect(postmortem).toContain('Roll back payments-config');
    // Every evidence id the draft cites is in the report.
    const evidenceIds = new Set(report.evidence.map((item) => item.id));
    for (const id of postmortem.match(/ev_[0-9a-f]{16}/g) ?? []) expect(evidenceIds.has(id)).toBe(true);
  });
});

describe('triagekit run', () => {
  it('triages an alert with a bundle from the config file', async () => {
    const alert = normalizeAlert({
      title: 'Orders failing',
      startsAt: '2026-03-04T10:00:00Z',
      labels: { service: 'orders' },
    });
    const evidence = [
      normalizeEvidence(
        {
          kind: 'change',
          time: '2026-03-04T09:40:00Z',
          service: 'orders',
          text: 'orders: enable new tax engine',
        },
        'git',
      ),
      ...Array.from({ length: 5 }, (_unused, index) =>
        normalizeEvidence(
          {
            kind: 'log',
            time: `2026-03-04T09:5${index}:00Z`,
            service: 'orders',
            severity: 'error',
            text: `tax engine error code=${index}`,
          },
          'logs',
        ),
      ),
    ];
    await writeIncidentBundle(join(directory, 'bundle'), {
      manifest: {
        format: BUNDLE_FORMAT,
        createdAt: '2026-03-04T10:05:00Z',
        alert,
        collectors: [{ collectorId: 'git' }, { collectorId: 'logs' }],
      },
      evidence,
    });
    await writeFile(
      join(directory, 'alert.json'),
      JSON.stringify({
        title: 'Orders failing',
        startsAt: '2026-03-04T10:00:00Z',
        labels: { service: 'orders' },
      }),
    );
    await writeFile(
      join(directory, 'config.json'),
      JSON.stringify({ collectors: [{ type: 'bundle', path: 'bundle' }], window: { beforeMinutes: 60 } }),
    );
    const { code, stderr } = await cli(
      'run',
      '--alert',
      'alert.json',
      '--config',
      'config.json',
      '--out',
      'out',
    );
    expect(stderr).toContain('✓ git: 1 items');
    expect(code).toBe(0);
    const report = await readReport('out');
    expect(report.changes[0]?.title).toContain('enable new tax engine');
    expect(report.errorPatterns[0]?.count).toBe(5);
  });

  it('names the missing field of a bad alert file and exits 2', async () => {
    await writeFile(join(directory, 'alert.json'), JSON.stringify({ title: 'No start time' }));
    const { code, stderr } = await cli('run', '--alert', 'alert.json', '--out', 'out');
    expect(code).toBe(EXIT_CODES.invalidInput);
    expect(stderr).toContain('alert.json');
    expect(stderr).toMatch(/startsAt: .*\(missing\)/);
  });

  it('reports where an alert file stops being JSON', async () => {
    await writeFile(join(directory, 'alert.json'), '{\n  "title": "x",\n  "startsAt": \n}');
    const { code, stderr } = await cli('run', '--alert', 'alert.json', '--out', 'out');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not valid JSON at line 4, column 1/);
  });

  it('rejects a missing alert file and unknown config keys', async () => {
    expect((await cli('run', '--alert', 'nope.json', '--out', 'out')).stderr).toContain('does not exist');
    await writeFile(
      join(directory, 'alert.json'),
      JSON.stringify({ title: 'x', startsAt: '2026-03-04T10:00:00Z' }),
    );
    await writeFile(join(directory, 'config.json'), JSON.stringify({ windw: {} }));
    const { code, stderr } = await cli(
      'run',
      '--alert',
      'alert.json',
      '--config',
      'config.json',
      '--out',
      'out',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unrecognized key.*windw/);
  });

  it('exits 2 on bad usage and documents examples in --help', async () => {
    const missing = await cli('run', '--out', 'out');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--alert <file>' not specified");
    const help = await cli('run', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const top = await cli('--help');
    expect(top.stdout).toContain('Exit codes');
  });
});
