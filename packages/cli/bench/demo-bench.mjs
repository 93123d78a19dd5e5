// `pnpm bench`: the demo's end-to-end time (process start to report written) and peak memory.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.TRIAGEKIT_BENCH_RUNS ?? 5);
const script = fileURLToPath(new URL('./run-cli-once.mjs', import.meta.url));
const results = [];
for (let index = 0; index < runs; index += 1) {
  const out = await mkdtemp(join(tmpdir(), 'triagekit-bench-'));
  const started = performance.now();
  const output = execFileSync(process.execPath, [script, 'demo', '--out', out, '--json', '--quiet'], {
    encoding: 'utf8',
  });
  const endToEndMs = performance.now() - started;
  await rm(out, { recursive: true, force: true });
  const result = JSON.parse(output.trim().split('\n').at(-1));
  if (result.code !== 0) throw new Error(`demo exited with ${result.code}`);
  const summary = JSON.parse(result.stdout);
  results.push({
    endToEndMs,
    triageMs: result.milliseconds,
    peakRssMb: result.peakRssMb,
    topAffectedService: summary.topAffectedService,
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = {
  runs,
  'end-to-end ms (median)': Math.round(median(results.map((result) => result.endToEndMs))),
  'in-process triage ms (median)': Math.round(median(results.map((result) => result.triageMs))),
  'peak RSS MB (max)': Math.round(Math.max(...results.map((result) => result.peakRssMb))),
  'top affected service': results[0].topAffectedService,
};
console.table(rows);
console.log(JSON.stringify({ benchmark: 'demo', node: process.version, ...rows }));
