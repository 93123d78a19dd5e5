// `pnpm bench` for @triagekit/logs: accuracy and throughput on Loghub-2k, then pack coverage.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const script of ['template-accuracy.mjs', 'pack-coverage.mjs']) {
  console.log(`\n== ${script}`);
  execFileSync(process.execPath, ['--expose-gc', fileURLToPath(new URL(script, import.meta.url))], {
    stdio: 'inherit',
  });
}
