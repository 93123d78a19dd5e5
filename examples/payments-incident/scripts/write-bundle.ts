import { resolve } from 'node:path';
import { writeIncidentBundle } from '@triagekit/core';
import { createPaymentsIncidentBundle } from '../src/index.js';

// pnpm runs scripts from the package directory; resolve against the directory the command was typed in.
const baseDirectory = process.env.INIT_CWD ?? process.cwd();
const positional = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const directory = resolve(baseDirectory, positional[0] ?? './payments-incident-bundle');
const gzip = process.argv.includes('--gzip');

const bundle = createPaymentsIncidentBundle();
await writeIncidentBundle(directory, bundle, { gzip });
process.stdout.write(`Wrote ${bundle.evidence.length} evidence items to ${directory}\n`);
