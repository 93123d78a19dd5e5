// Template-miner benchmark on Loghub-2k (8 systems): grouping and parsing accuracy on the Content column
// and on raw lines through parseLogLine, throughput on 1,000,000 lines, and memory on a 10,000,000-line
// stream. Run `pnpm build` first; the dataset is read from ../shared (see read-benchmark-logs.mjs), never copied.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { groupingAccuracy, parsingAccuracy } from './accuracy-metrics.mjs';
import { findLoghubDirectory, LOGHUB_SYSTEMS, readLoghubSystem } from './read-benchmark-logs.mjs';

const THROUGHPUT_LINES = 1_000_000;
const THROUGHPUT_RUNS = 3;
const STREAM_LINES = 10_000_000;
const STREAM_CHECKPOINT = 1_000_000;
// Share of stream lines made of random words: each is a new template, so eviction has to keep memory flat.
const STREAM_NOVEL_EVERY = 50;

const directory = findLoghubDirectory();
if (!directory) {
  console.log(
    'template-accuracy: skipped — Loghub-2k not found (set TRIAGEKIT_LOGHUB_DIR or add ../shared/datasets/loghub2k).',
  );
  process.exit(0);
}
const distribution = new URL('../dist/index.js', import.meta.url);
if (!existsSync(distribution)) {
  console.error('template-accuracy: dist/index.js is missing — run `pnpm build` in packages/logs first.');
  process.exit(1);
}
const logs = await import(distribution.href);
const { TemplateMiner } = logs;
if (typeof TemplateMiner !== 'function') {
  console.error('template-accuracy: dist/index.js does not export TemplateMiner.');
  process.exit(1);
}
const parseLogLine = typeof logs.parseLogLine === 'function' ? logs.parseLogLine : undefined;
if (!parseLogLine)
  console.log('template-accuracy: parseLogLine is not exported yet — raw-line runs are skipped.\n');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

function round(value, digits = 3) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Mines `messages` with a fresh miner; a line's group is the live cluster its id resolves to. */
function evaluate(messages, truth) {
  const miner = new TemplateMiner();
  const ids = messages.map((message) => miner.add(message));
  const groups = ids.map((id) => miner.resolve(id));
  const templates = ids.map((id) => miner.template(id));
  return {
    ga: round(groupingAccuracy(groups, truth)),
    pa: round(parsingAccuracy(templates, truth, true)),
    paStrict: round(parsingAccuracy(templates, truth, false)),
    clusters: miner.stateSize().clusters,
  };
}

const systems = LOGHUB_SYSTEMS.map((system) => readLoghubSystem(directory, system));
const accuracy = [];
for (const { system, content, raw, truth } of systems) {
  const row = { system, content: evaluate(content, truth) };
  if (parseLogLine)
    row.raw = evaluate(
      raw.map((line) => parseLogLine(line).message),
      truth,
    );
  accuracy.push(row);
}
const average = (pick) => round(accuracy.reduce((sum, row) => sum + pick(row), 0) / accuracy.length);
const averages = {
  content: {
    ga: average((row) => row.content.ga),
    pa: average((row) => row.content.pa),
    paStrict: average((row) => row.content.paStrict),
  },
};
if (parseLogLine) {
  averages.raw = {
    ga: average((row) => row.raw.ga),
    pa: average((row) => row.raw.pa),
    paStrict: average((row) => row.raw.paStrict),
  };
}

const cell = (result) =>
  result
    ? `${result.ga.toFixed(3)}  ${result.pa.toFixed(3)}  ${result.paStrict.toFixed(3)}`
    : '   —      —      —  ';
console.log(
  'Loghub-2k, corrected ground truth (Loghub-2.0). GA = grouping accuracy, PA = parsing accuracy after',
);
console.log(
  'collapsing whitespace and runs of whitespace-separated <*> (applied to both sides), PA* = whitespace only.\n',
);
console.log('system       content: GA     PA     PA*  |  raw via parseLogLine: GA     PA     PA*');
for (const row of accuracy)
  console.log(
    `${row.system.padEnd(12)}          ${cell(row.content)}  |                       ${cell(row.raw)}`,
  );
console.log(
  `${'average'.padEnd(12)}          ${cell(averages.content)}  |                       ${cell(averages.raw)}\n`,
);

// Memory: a 10,000,000-line stream of content lines, every 50th replaced by a line of random words (a new
// template each time), so clusters keep appearing and eviction must hold the state flat. It runs before
// the throughput runs so that its heap figures hold nothing they leave behind.
let seed = 0x2545f491;
function randomWord() {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  let word = '';
  for (let bits = seed >>> 0, length = 3 + (bits % 6); length > 0; length--, bits = Math.floor(bits / 26)) {
    word += String.fromCharCode(97 + (bits % 26));
  }
  return word;
}
const streamSource = systems.flatMap((system) => system.content);
const megabytes = (bytes) => round(bytes / 1024 / 1024, 1);
collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const miner = new TemplateMiner();
const checkpoints = [];
const streamStarted = process.hrtime.bigint();
for (let line = 1; line <= STREAM_LINES; line++) {
  const message =
    line % STREAM_NOVEL_EVERY === 0
      ? `${randomWord()} ${randomWord()} ${randomWord()} event ${randomWord()}`
      : streamSource[line % streamSource.length];
  miner.add(message);
  if (line % STREAM_CHECKPOINT === 0) {
    collectGarbage();
    checkpoints.push({
      lines: line,
      heapUsedMB: megabytes(process.memoryUsage().heapUsed),
      ...miner.stateSize(),
    });
  }
}
const streamSeconds = Number(process.hrtime.bigint() - streamStarted) / 1e9;
collectGarbage();
const memory = {
  lines: STREAM_LINES,
  heapBeforeMB: megabytes(heapBefore),
  heapAfterMB: megabytes(process.memoryUsage().heapUsed),
  stateSize: miner.stateSize(),
  linesPerSecond: Math.round(STREAM_LINES / streamSeconds),
  checkpoints,
};
console.log(
  `stream of ${STREAM_LINES.toLocaleString('en')} lines (1 in ${STREAM_NOVEL_EVERY} a new template), default maxClusters:`,
);
console.log(
  `  heap before ${memory.heapBeforeMB} MB, after ${memory.heapAfterMB} MB; state ${JSON.stringify(memory.stateSize)}; ${memory.linesPerSecond.toLocaleString('en')} lines/s`,
);
for (const point of checkpoints) {
  console.log(
    `  ${point.lines.toLocaleString('en').padStart(10)} lines: heap ${point.heapUsedMB} MB, clusters ${point.clusters}, ~${megabytes(point.approximateBytes)} MB state`,
  );
}

// Throughput: the 8 systems concatenated and repeated to 1,000,000 lines, split from one text as a
// reader would produce them (each line its own string).
function repeatedLines(pick) {
  const lines = systems.flatMap(pick);
  const text = Array.from({ length: Math.ceil(THROUGHPUT_LINES / lines.length) }, () =>
    lines.join('\n'),
  ).join('\n');
  return text.split('\n').slice(0, THROUGHPUT_LINES);
}

function measure(lines, run) {
  const rates = [];
  for (let attempt = 0; attempt < THROUGHPUT_RUNS; attempt++) {
    collectGarbage();
    const started = process.hrtime.bigint();
    run(lines);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(Math.round(lines.length / seconds));
  }
  return { best: Math.max(...rates), runs: rates };
}

// Inside a function so that the million-line arrays are garbage once measured.
function measureThroughput() {
  const result = {
    contentLinesPerSecond: measure(
      repeatedLines((system) => system.content),
      (lines) => {
        const miner = new TemplateMiner();
        for (const line of lines) miner.add(line);
      },
    ),
  };
  if (parseLogLine) {
    result.rawWithParsingLinesPerSecond = measure(
      repeatedLines((system) => system.raw),
      (lines) => {
        const miner = new TemplateMiner();
        for (const line of lines) miner.add(parseLogLine(line).message);
      },
    );
  }
  return result;
}
const throughput = measureThroughput();
console.log(
  `\nthroughput (best of ${THROUGHPUT_RUNS}, wall clock, ${THROUGHPUT_LINES.toLocaleString('en')} lines):`,
);
console.log(
  `  content lines:            ${throughput.contentLinesPerSecond.best.toLocaleString('en')} lines/s  (runs: ${throughput.contentLinesPerSecond.runs.join(', ')})`,
);
if (throughput.rawWithParsingLinesPerSecond) {
  const raw = throughput.rawWithParsingLinesPerSecond;
  console.log(
    `  raw lines + parseLogLine: ${raw.best.toLocaleString('en')} lines/s  (runs: ${raw.runs.join(', ')})`,
  );
}

console.log(JSON.stringify({ benchmark: 'template-accuracy', accuracy, averages, throughput, memory }));
