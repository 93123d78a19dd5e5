// Reads the Loghub-2k systems (raw lines and corrected ground truth) from the shared dataset directory.
// The files are never copied into this repository: the directory lives next to it, or is named by
// TRIAGEKIT_LOGHUB_DIR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The 8 Loghub-2k systems of the accuracy benchmark. */
export const LOGHUB_SYSTEMS = ['Apache', 'BGL', 'HDFS', 'Hadoop', 'HealthApp', 'Linux', 'OpenSSH', 'Spark'];

/**
 * The Loghub-2k directory: `TRIAGEKIT_LOGHUB_DIR` when set, else `shared/datasets/loghub2k` beside the
 * repository. Returns null when the directory does not exist.
 */
export function findLoghubDirectory() {
  const directory =
    process.env.TRIAGEKIT_LOGHUB_DIR ??
    fileURLToPath(new URL('../../../../shared/datasets/loghub2k/', import.meta.url));
  return existsSync(directory) ? directory : null;
}

/**
 * Parses CSV text (RFC 4180): fields separated by commas, records by CRLF or LF, quoted fields may hold
 * commas, line breaks and doubled quotes. Returns the records as arrays of strings.
 */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let index = 0;
  if (text === '') return records;
  // Fields are sliced from the text (not built character by character) to keep memory low.
  while (index <= text.length) {
    let field;
    if (text[index] === '"') {
      let value = '';
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          value += text.slice(from);
          index = text.length;
          break;
        }
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
      field = value;
    } else {
      let stop = index;
      while (stop < text.length && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      field = text.slice(index, stop);
      index = stop;
    }
    record.push(field);
    const separator = text[index];
    if (separator === ',') {
      index++;
      continue;
    }
    records.push(record);
    record = [];
    if (separator === '\r' && text[index + 1] === '\n') index++;
    index++;
    // A final line break ends the last record; nothing follows it.
    if (index >= text.length) break;
  }
  return records;
}

/**
 * One system's data: `content` (the Content column), `truth` (EventTemplate per line) and `raw` (the
 * original log lines, same order as the ground truth: one per LineId).
 */
export function readLoghubSystem(directory, system) {
  const base = join(directory, system, `${system}_2k.log`);
  const [header, ...rows] = parseCsv(readFileSync(`${base}_structured_loghub2.csv`, 'utf8'));
  const column = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${system}: ground truth has no ${name} column`);
    return index;
  };
  const lineIdColumn = column('LineId');
  const contentColumn = column('Content');
  const templateColumn = column('EventTemplate');
  const rawLines = readFileSync(base, 'utf8').split(/\r?\n/);
  const content = [];
  const truth = [];
  const raw = [];
  for (const row of rows) {
    if (row.length < header.length) continue;
    content.push(row[contentColumn]);
    truth.push(row[templateColumn]);
    raw.push(rawLines[Number(row[lineIdColumn]) - 1] ?? '');
  }
  return { system, content, truth, raw };
}
