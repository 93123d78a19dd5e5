// Template coverage of a 4,000-token pack: the share of ground-truth templates with at least one line shown,
// per Loghub-2k system, against the "first lines that fit" approach.
import { countTokens } from 'gpt-tokenizer';
import { LogPatternMiner, packPatterns } from '../dist/index.js';
import { findLoghubDirectory, LOGHUB_SYSTEMS, readLoghubSystem } from './read-benchmark-logs.mjs';

const budget = Number(process.env.TRIAGEKIT_PACK_BUDGET ?? 4000);
const directory = findLoghubDirectory();
if (!directory) {
  console.log('pack coverage: Loghub-2k not found (set TRIAGEKIT_LOGHUB_DIR); skipped.');
  process.exit(0);
}

// Ground-truth templates identify the groups: two lines share a template exactly when they share an event.
function coverage(shownLines, templates) {
  const all = new Set(templates);
  const shown = new Set(shownLines.map((line) => templates[line - 1]));
  return shown.size / all.size;
}

function firstLinesThatFit(raw) {
  const shown = [];
  let used = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const tokens = countTokens(`${raw[index]}\n`);
    if (used + tokens > budget) break;
    used += tokens;
    shown.push(index + 1);
  }
  return shown;
}

const rows = [];
for (const system of LOGHUB_SYSTEMS) {
  const { raw, truth } = readLoghubSystem(directory, system);
  const miner = new LogPatternMiner();
  for (const line of raw) miner.push(line);
  const mined = miner.finish();
  const packed = packPatterns(mined.patterns, { budgetTokens: budget });
  rows.push({
    system,
    templates: new Set(truth).size,
    patterns: mined.patterns.length,
    'pack tokens': packed.tokens,
    'pack coverage': Number(coverage(packed.shownLines, truth).toFixed(3)),
    'first-lines coverage': Number(coverage(firstLinesThatFit(raw), truth).toFixed(3)),
  });
}
const average = (key) => Number((rows.reduce((sum, row) => sum + row[key], 0) / rows.length).toFixed(3));
console.table(rows);
const summary = {
  benchmark: 'pack-coverage',
  budget,
  packCoverage: average('pack coverage'),
  firstLinesCoverage: average('first-lines coverage'),
};
console.log(JSON.stringify(summary));
