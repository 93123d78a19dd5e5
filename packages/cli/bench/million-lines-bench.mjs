// `triagekit run` over an incident with 1,000,000 log lines in files, offline, no LLM: time and peak memory.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const totalLines = Number(process.env.TRIAGEKIT_BENCH_LINES ?? 1_000_000);
const alertTime = Date.parse('2026-03-04T14:30:00Z');
const windowStart = alertTime - 4 * 3_600_000;
const directory = await mkdtemp(join(tmpdir(), 'triagekit-million-'));

// A small deterministic generator (xorshift) so every run writes the same files.
let state = 0x9e3779b9;
function random() {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4_294_967_296;
}
const pick = (values) => values[Math.floor(random() * values.length)];

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function nginxTime(time) {
  const date = new Date(time);
  const pad = (value) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

const writers = {
  checkout: (time, failing) =>
    JSON.stringify({
      time: new Date(time).toISOString(),
      level: failing ? 'error' : 'info',
      msg: failing
        ? 'upstream payments timed out'
        : pick(['request served', 'cart loaded', 'session refreshed']),
      route: pick(['/api/cart', '/api/checkout', '/api/items']),
      status: failing ? 504 : 200,
      duration_ms: Math.floor(random() * (failing ? 5000 : 120)),
      trace_id: Math.floor(random() * 2 ** 48).toString(16),
    }),
  payments: (time, failing) =>
    `${new Date(time).toISOString().replace('T', ' ').slice(0, 23)} ${failing ? 'ERROR' : ' INFO'} 1 --- [nio-8080-exec-${1 + Math.floor(random() * 40)}] c.e.payments.api.ChargeController : ${
      failing
        ? `HikariPool-1 - Connection is not available, request timed out after ${30000 + Math.floor(random() * 50)}ms.`
        : `charge accepted id=ch_${Math.floor(random() * 1e9).toString(36)} amount=${(random() * 200).toFixed(2)} currency=EUR`
    }`,
  orders: (time, failing) =>
    `ts=${new Date(time).toISOString()} level=${failing ? 'error' : 'info'} msg="${failing ? 'payment authorization failed' : pick(['order created', 'order shipped', 'inventory reserved'])}" order_id=${Math.floor(random() * 1e7)} duration=${Math.floor(random() * 90)}ms`,
  ingress: (time, failing) =>
    `10.0.${Math.floor(random() * 255)}.${Math.floor(random() * 255)} - - [${nginxTime(time)}] "${pick(['GET', 'POST'])} ${pick(['/api/cart', '/api/checkout/confirm', '/api/orders'])} HTTP/1.1" ${failing ? 504 : 200} ${Math.floor(random() * 5000)} "-" "Mozilla/5.0" ${(random() * (failing ? 5 : 0.2)).toFixed(3)}`,
};

const services = Object.keys(writers);
const paths = [];
for (const service of services) {
  const path = join(directory, `${service}.log`);
  paths.push(path);
  const stream = createWriteStream(path);
  const lines = Math.floor(totalLines / services.length);
  for (let index = 0; index < lines; index += 1) {
    const time = windowStart + Math.floor((index / lines) * 4 * 3_600_000);
    const failing = time > alertTime - 20 * 60_000 && random() < 0.3;
    if (!stream.write(`${writers[service](time, failing)}\n`))
      await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve) => stream.end(resolve));
}
await writeFile(
  join(directory, 'alert.json'),
  JSON.stringify({
    title: 'PaymentsHighLatency',
    startsAt: new Date(alertTime).toISOString(),
    labels: { service: 'payments' },
  }),
);
await writeFile(
  join(directory, 'config.json'),
  JSON.stringify({
    collectors: [{ type: 'files', paths: services.map((service) => `${service}.log`), maxLines: 2_000_000 }],
    limits: { maxItemsPerCollector: 2_000_000, maxItemsTotal: 2_000_000 },
  }),
);

const script = fileURLToPath(new URL('./run-cli-once.mjs', import.meta.url));
const started = performance.now();
const output = execFileSync(
  process.execPath,
  [
    script,
    'run',
    '--alert',
    join(directory, 'alert.json'),
    '--config',
    join(directory, 'config.json'),
    '--out',
    join(directory, 'out'),
    '--json',
    '--quiet',
  ],
  { encoding: 'utf8', maxBuffer: 1 << 26 },
);
const endToEndMs = performance.now() - started;
const result = JSON.parse(output.trim().split('\n').at(-1));
await rm(directory, { recursive: true, force: true });
if (result.code !== 0) throw new Error(`triagekit run exited with ${result.code}`);
const summary = JSON.parse(result.stdout);
const rows = {
  lines: totalLines,
  'end-to-end ms': Math.round(endToEndMs),
  'in-process ms': Math.round(result.milliseconds),
  'peak RSS MB': Math.round(result.peakRssMb),
  'top affected service': summary.topAffectedService,
};
console.table(rows);
console.log(JSON.stringify({ benchmark: 'run-million-lines', node: process.version, ...rows }));
