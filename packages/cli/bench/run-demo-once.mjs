// One demo triage in a fresh process; prints timings and peak memory as JSON on stdout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../dist/index.js';

const out = await mkdtemp(join(tmpdir(), 'triagekit-bench-'));
const started = performance.now();
let stdout = '';
const code = await runCli(['demo', '--out', out, '--json', '--quiet'], {
  stdout: (text) => {
    stdout += text;
  },
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  abortSignal: new AbortController().signal,
  stdin: process.stdin,
});
const triageMs = performance.now() - started;
await rm(out, { recursive: true, force: true });
const summary = JSON.parse(stdout);
process.stdout.write(
  `${JSON.stringify({ code, triageMs, peakRssMb: process.resourceUsage().maxRSS / 1024, topAffectedService: summary.topAffectedService })}\n`,
);
