// Runs one CLI command in this fresh process; prints exit code, time and peak memory as JSON on stdout.
import { runCli } from '../dist/index.js';

const started = performance.now();
let stdout = '';
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    stdout += text;
  },
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  abortSignal: new AbortController().signal,
  stdin: process.stdin,
});
const milliseconds = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ code, milliseconds, peakRssMb: process.resourceUsage().maxRSS / 1024, stdout: stdout.slice(0, 2000) })}\n`,
);
