// Measures createGitCollector on a generated repository: 10,000 commits, about 200 of them inside a
// four-hour window. Builds the repository with `git fast-import` in a temporary directory (removed at the
// end), then times doCollect for a window at the tip of the history and for one in the middle of it.
// Run `pnpm build` first: it imports the built package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitCollector } from '../dist/index.js';

const COMMITS = 10_000;
// 72 seconds apart: 50 commits an hour, so a four-hour window holds 200.
const SPACING_SECONDS = 72;
const RUNS = 10;
const SERVICES = ['payments', 'checkout', 'search', 'ledger', 'gateway'];
const FIRST_COMMIT = Date.parse('2026-02-23T00:00:00Z') / 1000;

const environment = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: devNull,
  LC_ALL: 'C',
};

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

// Deterministic pseudo-random numbers, so every run builds the same repository.
let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

function buildStream() {
  const parts = [];
  for (let index = 0; index < COMMITS; index += 1) {
    const when = `${FIRST_COMMIT + index * SPACING_SECONDS} +0000`;
    const service = SERVICES[Math.floor(random() * SERVICES.length)];
    parts.push(
      'commit refs/heads/main\n',
      `author Dev ${index % 17} <dev${index % 17}@example.com> ${when}\n`,
      `committer Dev ${index % 17} <dev${index % 17}@example.com> ${when}\n`,
      data(`Change ${index} in ${service}\n\nGenerated for the benchmark.\n`),
      `M 100644 inline src/${service}/handler-${index % 40}.go\n`,
      data(`package ${service}\n// revision ${index}\n`),
    );
    // About half of the commits also touch configuration: Kubernetes manifests or Terraform.
    if (random() < 0.5) {
      const path = random() < 0.7 ? `k8s/${service}/deploy.yaml` : `terraform/${service}/main.tf`;
      parts.push(`M 100644 inline ${path}\n`, data(`# revision ${index}\nreplicas: ${1 + (index % 9)}\n`));
    }
    parts.push('\n');
  }
  return parts.join('');
}

async function time(collector, window) {
  const started = performance.now();
  const result = await collector.doCollect({
    alert: {
      id: 'bench',
      title: 'bench',
      severity: 'critical',
      source: 'bench',
      labels: {},
      annotations: {},
      startsAt: window.end.toISOString(),
    },
    window,
    abortSignal: new AbortController().signal,
    maxItems: 10_000,
  });
  return {
    milliseconds: performance.now() - started,
    evidence: result.evidence.length,
    warnings: result.warnings,
  };
}

function summarize(samples) {
  const sorted = samples.map((sample) => sample.milliseconds).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

const root = mkdtempSync(join(tmpdir(), 'collectors-git-bench-'));
try {
  const path = join(root, 'repository');
  const buildStarted = performance.now();
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', path], { env: environment });
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: path,
    env: environment,
    input: buildStream(),
    maxBuffer: 1 << 28,
  });
  const buildMilliseconds = performance.now() - buildStarted;
  const lastCommit = FIRST_COMMIT + (COMMITS - 1) * SPACING_SECONDS;
  const windows = {
    'window at the tip (the last 4 hours)': {
      start: new Date((lastCommit - 4 * 3600) * 1000),
      end: new Date(lastCommit * 1000),
    },
    'window in the middle (4 hours, 5,000 commits back)': {
      start: new Date((FIRST_COMMIT + 5000 * SPACING_SECONDS - 4 * 3600) * 1000),
      end: new Date((FIRST_COMMIT + 5000 * SPACING_SECONDS) * 1000),
    },
  };
  const collector = createGitCollector({ repositories: [{ path }] });
  console.log(
    `git ${execFileSync('git', ['--version'], { encoding: 'utf8' })
      .trim()
      .replace(/^git version /, '')}, Node ${process.version}`,
  );
  console.log(`built ${COMMITS} commits with git fast-import in ${buildMilliseconds.toFixed(0)} ms`);
  for (const [name, window] of Object.entries(windows)) {
    const inWindow = Math.floor((window.end.getTime() - window.start.getTime()) / 1000 / SPACING_SECONDS) + 1;
    await time(collector, window); // warm-up: file system cache, module loading
    const samples = [];
    for (let run = 0; run < RUNS; run += 1) samples.push(await time(collector, window));
    console.log(
      `${name}: ${inWindow} commits in the window, ${samples[0].evidence} touch the configured paths; ${RUNS} runs: ${summarize(samples)}` +
        (samples[0].warnings.length > 0 ? `; warnings: ${samples[0].warnings.join(' | ')}` : ''),
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
