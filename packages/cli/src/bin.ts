#!/usr/bin/env node
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('interrupted')));
// `triagekit serve` shuts down gracefully on SIGTERM (Kubernetes, systemd); other commands stop as on Ctrl-C.
process.once('SIGTERM', () => controller.abort(new Error('terminated')));
process.exitCode = await runCli(process.argv.slice(2), processIo(controller.signal));
