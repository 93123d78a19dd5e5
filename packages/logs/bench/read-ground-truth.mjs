// Reads Loghub-2k ground truth from ../shared (never copied into this repository).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The 8 systems available locally. */
export const SYSTEMS = ['Apache', 'BGL', 'HDFS', 'Hadoop', 'HealthApp', 'Linux', 'OpenSSH', 'Spark'];

/** The dataset directory, or null when it is not present (benchmarks then skip with a message). */
export function loghubDirectory() {
  const fromEnvironment = process.env.TRIAGEKIT_LOGHUB_DIR;
  const directory =
    fromEnvironment ?? fileURLToPath(new URL('../../../../shared/datasets/loghub2k/', import.meta.url));
  return existsSync(directory) ? directory : null;
}

/** Splits one CSV record, honouring quotes and doubled quotes. */
export function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else field += character;
  }
  fields.push(field);
  return fields;
}

/** Raw lines and, per line, the ground-truth event id, template and content. */
export function readSystem(directory, system) {
  const raw = readFileSync(`${directory}/${system}/${system}_2k.log`, 'utf8').split('\n');
  if (raw.at(-1) === '') raw.pop();
  const csv = readFileSync(`${directory}/${system}/${system}_2k.log_structured_loghub2.csv`, 'utf8').split(
    '\n',
  );
  const header = parseCsvLine(csv[0]);
  const content = header.indexOf('Content');
  const eventId = header.indexOf('EventId');
  const template = header.indexOf('EventTemplate');
  const rows = csv
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map(parseCsvLine);
  return {
    raw,
    contents: rows.map((row) => row[content]),
    eventIds: rows.map((row) => row[eventId]),
    templates: rows.map((row) => row[template]),
  };
}
