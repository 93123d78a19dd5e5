// Template coverage of a 4,000-token pack: the share of ground-truth templates with at least one line shown,
// per Loghub-2k system, against the "first lines that fit" approach.
import { countTokens } from 'gpt-tokenizer';
import { LogPatternMiner, packPatterns } from '../dist/index.js';
import { loghubDirectory, readSystem, SYSTEMS } from './read-ground-truth.mjs';

const budget = Number(process.env.TRIAGEKIT_PACK_BUDGET ?? 4000);
const directory = loghubDirectory();
if (!directory) {
  console.log('pack coverage: Loghub-2k not found (set TRIAGEKIT_LOGHUB_DIR); skipped.');
  process.exit(0);
}

function coverage(shownLines, eventIds) {
  const all = new Set(eventIds);
  const shown = new Set(shownLines.map((line) => eventIds[line - 1]));
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
for (const system of SYSTEMS) {
  const { raw, eventIds } = readSystem(directory, system);
  const miner = new LogPatternMiner();
  for (const line of raw) miner.push(line);
  const mined = miner.finish();
  const packed = packPatterns(mined.patterns, { budgetTokens: budget });
  rows.push({
    system,
    templates: new Set(eventIds).size,
    patterns: mined.patterns.length,
    'pack tokens': packed.tokens,
    'pack coverage': Number(coverage(packed.shownLines, eventIds).toFixed(3)),
    'first-lines coverage': Number(coverage(firstLinesThatFit(raw), eventIds).toFixed(3)),
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
