export { createLogPatternAnalyzer, type LogPatternAnalyzerOptions } from './analysis/log-pattern-analyzer.js';
export { type PackedPatterns, type PackPatternsOptions, packPatterns } from './packing/pack-patterns.js';
export { patternPriority, rankPatterns } from './packing/rank-patterns.js';
export { LogPatternMiner, type LogPatternMinerOptions, type MinedLogLines } from './patterns/log-pattern-miner.js';
export type { PatternStatistics } from './stats/pattern-statistics.js';
export {
  type PatternObservation,
  PatternStatisticsCollector,
  type PatternStatisticsOptions,
} from './stats/pattern-statistics-collector.js';
export { LOGS_VERSION } from './version.js';
