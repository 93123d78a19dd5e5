export { type CliIo, processIo } from './cli-io.js';
export { type CliConfig, type CollectorConfig, cliConfigSchema } from './config/cli-config.js';
export { type LoadedCliConfig, loadCliConfig } from './config/load-cli-config.js';
export { EXIT_CODES } from './exit-codes.js';
export { type RunSummary, summarizeReport } from './output/summarize-report.js';
export { runCli } from './run-cli.js';
export { CLI_VERSION } from './version.js';
