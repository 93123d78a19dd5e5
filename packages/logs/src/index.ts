export { createLogPatternAnalyzer, type LogPatternAnalyzerOptions } from './analysis/log-pattern-analyzer.js';
export { maskVariables } from './mining/mask-variables.js';
export { patternIdOf } from './mining/pattern-id.js';
export { type MinedCluster, TemplateMiner, type TemplateMinerOptions } from './mining/template-miner.js';
export { type PackedPatterns, type PackPatternsOptions, packPatterns } from './packing/pack-patterns.js';
export { patternPriority, rankPatterns } from './packing/rank-patterns.js';
export { LOG_FORMATS, type LogFormat } from './parsing/log-format.js';
export { LogRecordReader, type LogRecordReaderOptions } from './parsing/log-record-reader.js';
export { type ParseLogLineOptions, parseLogLine } from './parsing/parse-log-line.js';
export type { LogRecord, ParsedLine } from './parsing/parsed-line.js';
export {
  LogPatternMiner,
  type LogPatternMinerOptions,
  type MinedLogLines,
} from './patterns/log-pattern-miner.js';
export type { PatternStatistics } from './stats/pattern-statistics.js';
export {
  type PatternObservation,
  PatternStatisticsCollector,
  type PatternStatisticsOptions,
} from './stats/pattern-statistics-collector.js';
export { LOGS_VERSION } from './version.js';
