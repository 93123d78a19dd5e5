import { type Severity, severityRank } from '@triagekit/core';
import type { PatternStatistics } from './pattern-statistics.js';

/** One record as the statistics see it. */
export interface PatternObservation {
  /** Cluster id from the miner. */
  readonly clusterId: number;
  readonly time: number | null;
  readonly level: Severity | null;
  readonly service: string | null;
  /** 1-based line number of the record. */
  readonly line: number;
  readonly text: string;
}

interface Accumulator {
  count: number;
  firstSeen: number | null;
  lastSeen: number | null;
  levels: Partial<Record<Severity, number>>;
  services: Set<string>;
  times: number[];
  baselineCount: number;
  exampleLine: number;
  exampleText: string;
  sampleLines: number[];
}

/** How statistics are bucketed and where the baseline ends. */
export interface PatternStatisticsOptions {
  /** Bucket width in milliseconds. Default: the observed time range divided into 48 buckets (at least 1 s). */
  readonly bucketMs?: number;
  /**
   * The onset (ms since epoch): records before it form the baseline that decides novelty. Default: the
   * middle of the observed time range.
   */
  readonly onset?: number;
  /** Sample line numbers kept per pattern (first, last, and evenly spread). Default 5. */
  readonly maxSamples?: number;
  /** Times kept per pattern for bucketing; beyond it times are sampled evenly. Default 4,096. */
  readonly maxTimesPerPattern?: number;
}

/**
 * Accumulates per-pattern statistics record by record, in bounded memory per pattern, and resolves them
 * against the miner's final templates. Patterns whose clusters end with the same template are merged.
 */
export class PatternStatisticsCollector {
  readonly #byCluster = new Map<number, Accumulator>();
  readonly #options: PatternStatisticsOptions;
  #minTime = Number.POSITIVE_INFINITY;
  #maxTime = Number.NEGATIVE_INFINITY;

  constructor(options: PatternStatisticsOptions = {}) {
    this.#options = options;
  }

  /** Records one observation. */
  observe(observation: PatternObservation): void {
    let accumulator = this.#byCluster.get(observation.clusterId);
    if (!accumulator) {
      accumulator = {
        count: 0,
        firstSeen: null,
        lastSeen: null,
        levels: {},
        services: new Set(),
        times: [],
        baselineCount: 0,
        exampleLine: observation.line,
        exampleText: observation.text,
        sampleLines: [],
      };
      this.#byCluster.set(observation.clusterId, accumulator);
    }
    accumulator.count += 1;
    const level = observation.level ?? 'unknown';
    accumulator.levels[level] = (accumulator.levels[level] ?? 0) + 1;
    if (observation.service) accumulator.services.add(observation.service);
    if (accumulator.sampleLines.length < (this.#options.maxSamples ?? 5))
      accumulator.sampleLines.push(observation.line);
    else accumulator.sampleLines[accumulator.sampleLines.length - 1] = observation.line;
    const time = observation.time;
    if (time !== null) {
      if (accumulator.firstSeen === null || time < accumulator.firstSeen) accumulator.firstSeen = time;
      if (accumulator.lastSeen === null || time > accumulator.lastSeen) accumulator.lastSeen = time;
      if (time < this.#minTime) this.#minTime = time;
      if (time > this.#maxTime) this.#maxTime = time;
      const cap = this.#options.maxTimesPerPattern ?? 4096;
      if (accumulator.times.length < cap) accumulator.times.push(time);
      else accumulator.times[accumulator.count % cap] = time;
    }
  }

  /**
   * Final statistics, one entry per distinct template, most severe first, then most frequent, then by id.
   * @param templateOf - the miner's final template and pattern id for a cluster id.
   */
  finish(templateOf: (clusterId: number) => { template: string; patternId: string }): PatternStatistics[] {
    const hasTimes = this.#minTime <= this.#maxTime;
    const range = hasTimes ? this.#maxTime - this.#minTime : 0;
    const bucketMs = this.#options.bucketMs ?? Math.max(1000, Math.ceil((range + 1) / 48));
    const bucketCount = hasTimes ? Math.floor(range / bucketMs) + 1 : 0;
    const onset = this.#options.onset ?? (hasTimes ? this.#minTime + range / 2 : Number.POSITIVE_INFINITY);
    const merged = new Map<string, { template: string; parts: Accumulator[] }>();
    for (const [clusterId, accumulator] of this.#byCluster) {
      const { template, patternId } = templateOf(clusterId);
      const entry = merged.get(patternId) ?? { template, parts: [] };
      entry.parts.push(accumulator);
      merged.set(patternId, entry);
    }
    const results: PatternStatistics[] = [];
    for (const [patternId, { template, parts }] of merged) {
      const levels: Partial<Record<Severity, number>> = {};
      const services = new Set<string>();
      const buckets = new Array<number>(bucketCount).fill(0);
      let count = 0;
      let firstSeen: number | null = null;
      let lastSeen: number | null = null;
      let baseline = 0;
      let example = parts[0] as Accumulator;
      const samples: number[] = [];
      for (const part of parts) {
        count += part.count;
        for (const [level, value] of Object.entries(part.levels)) {
          levels[level as Severity] = (levels[level as Severity] ?? 0) + (value ?? 0);
        }
        for (const service of part.services) services.add(service);
        if (part.firstSeen !== null && (firstSeen === null || part.firstSeen < firstSeen))
          firstSeen = part.firstSeen;
        if (part.lastSeen !== null && (lastSeen === null || part.lastSeen > lastSeen))
          lastSeen = part.lastSeen;
        // Sampled times stand for all the part's records: scale them back to its count.
        const weight = part.times.length > 0 ? part.count / part.times.length : 0;
        for (const time of part.times) {
          const index = Math.floor((time - this.#minTime) / bucketMs);
          buckets[index] = (buckets[index] ?? 0) + weight;
          if (time < onset) baseline += weight;
        }
        if (part.exampleLine < example.exampleLine) example = part;
        samples.push(...part.sampleLines);
      }
      const roundedBuckets = buckets.map((value) => Math.round(value));
      const peak = Math.max(0, ...roundedBuckets);
      const othersMean =
        roundedBuckets.length > 1
          ? (roundedBuckets.reduce((sum, value) => sum + value, 0) - peak) / (roundedBuckets.length - 1)
          : 0;
      // `unknown` ranks last, so any known level wins over it.
      const severity =
        (Object.keys(levels) as Severity[]).sort((a, b) => severityRank(a) - severityRank(b))[0] ?? 'unknown';
      results.push({
        patternId,
        template,
        count,
        firstSeen,
        lastSeen,
        levels,
        severity,
        services: [...services].sort(),
        buckets: roundedBuckets,
        novel: hasTimes && firstSeen !== null && baseline === 0 && firstSeen >= onset,
        burstScore: Math.round((peak / (1 + othersMean)) * 100) / 100,
        exampleLine: example.exampleLine,
        exampleText: example.exampleText,
        sampleLines: [...new Set(samples)].sort((a, b) => a - b).slice(0, this.#options.maxSamples ?? 5),
      });
    }
    return results.sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        b.count - a.count ||
        (a.patternId < b.patternId ? -1 : 1),
    );
  }
}
