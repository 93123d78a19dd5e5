import { TemplateMiner, type TemplateMinerOptions } from '../mining/template-miner.js';
import { LogRecordReader } from '../parsing/log-record-reader.js';
import type { LogRecord } from '../parsing/parsed-line.js';
import type { PatternStatistics } from '../stats/pattern-statistics.js';
import {
  PatternStatisticsCollector,
  type PatternStatisticsOptions,
} from '../stats/pattern-statistics-collector.js';

/** Options of {@link LogPatternMiner}. */
export interface LogPatternMinerOptions extends TemplateMinerOptions, PatternStatisticsOptions {
  /** Year for timestamps that have none (syslog). Default: the current UTC year. */
  readonly referenceYear?: number;
  /** Service for records that do not name one. */
  readonly defaultService?: string;
}

/** The outcome of mining a stream of raw lines. */
export interface MinedLogLines {
  /** One entry per distinct template; see {@link PatternStatistics}. */
  readonly patterns: readonly PatternStatistics[];
  /** Lines read. */
  readonly lineCount: number;
  /** The pattern of a 1-based line number (continuation lines share their record's pattern). */
  patternOfLine(line: number): { readonly patternId: string; readonly template: string } | undefined;
  /** Miner state size, for memory reporting. */
  readonly stateSize: { readonly clusters: number; readonly approximateBytes: number };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Raw log lines in, patterns out: detects each line's format, joins multi-line records, strips headers,
 * mines templates online and gathers per-pattern statistics. Streaming: push lines as they arrive, then
 * call {@link LogPatternMiner.finish}. Memory: the miner's bounded state plus 4 bytes per line (to answer
 * {@link MinedLogLines.patternOfLine}).
 */
export class LogPatternMiner {
  readonly #reader: LogRecordReader;
  readonly #miner: TemplateMiner;
  readonly #statistics: PatternStatisticsCollector;
  readonly #defaultService: string | null;
  #lineClusters = new Int32Array(1024);
  #lines = 0;

  constructor(options: LogPatternMinerOptions = {}) {
    this.#reader = new LogRecordReader({ referenceYear: options.referenceYear });
    this.#miner = new TemplateMiner({ maxClusters: options.maxClusters });
    this.#statistics = new PatternStatisticsCollector(options);
    this.#defaultService = options.defaultService ?? null;
  }

  /** Adds one raw line (without its line break). */
  push(line: string): void {
    this.#lines += 1;
    for (const record of this.#reader.push(line)) this.#add(record);
  }

  /** Flushes the last record and returns the patterns. The miner cannot be used afterwards. */
  finish(): MinedLogLines {
    for (const record of this.#reader.flush()) this.#add(record);
    const miner = this.#miner;
    const cache = new Map<number, { template: string; patternId: string }>();
    const templateOf = (clusterId: number) => {
      let entry = cache.get(clusterId);
      if (!entry) {
        entry = { template: miner.template(clusterId), patternId: miner.patternId(clusterId) };
        cache.set(clusterId, entry);
      }
      return entry;
    };
    const patterns = this.#statistics.finish(templateOf);
    const lineClusters = this.#lineClusters;
    const lineCount = this.#lines;
    return {
      patterns,
      lineCount,
      stateSize: miner.stateSize(),
      patternOfLine(line) {
        if (line < 1 || line > lineCount) return undefined;
        return templateOf(lineClusters[line - 1] as number);
      },
    };
  }

  #add(record: LogRecord): void {
    const clusterId = this.#miner.add(firstLine(record.message));
    const end = record.line - 1 + record.lineCount;
    if (end > this.#lineClusters.length) {
      const grown = new Int32Array(Math.max(end, this.#lineClusters.length * 2));
      grown.set(this.#lineClusters);
      this.#lineClusters = grown;
    }
    this.#lineClusters.fill(clusterId, record.line - 1, end);
    this.#statistics.observe({
      clusterId,
      time: record.time,
      level: record.level,
      service: record.service ?? this.#defaultService,
      line: record.line,
      text: record.text,
    });
  }
}
