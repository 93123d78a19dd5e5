// Writes dist/report.schema.json from the built package, so non-TypeScript consumers get the schema.
import { writeFile } from 'node:fs/promises';
import { getTriageReportJsonSchema } from '../dist/index.js';

const schema = getTriageReportJsonSchema();
await writeFile(
  new URL('../dist/report.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
