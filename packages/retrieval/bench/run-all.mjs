// `pnpm bench` for @triagekit/retrieval: quality (and offline latency), then the store latency comparison
// when its script is present.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const script of ['quality-bench.mjs', 'latency-bench.mjs']) {
  const path = fileURLToPath(new URL(script, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n== ${script}`);
  execFileSync(process.execPath, [path], { stdio: 'inherit' });
}
