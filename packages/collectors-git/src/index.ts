export { commitEvidenceId } from './evidence/commit-to-evidence.js';
export { MAX_BODY_LENGTH } from './evidence/format-commit-text.js';
export type { GitHistoryMode } from './git/git-history-mode.js';
export { OLDER_COMMITS_BEFORE_STOP } from './git/list-window-commits.js';
export { createGitCollector } from './git-collector.js';
export {
  DEFAULT_GIT_CONCURRENCY,
  DEFAULT_GIT_FETCH_TIMEOUT_MS,
  DEFAULT_GIT_MAX_COMMITS,
  DEFAULT_GIT_MAX_FILES_PER_COMMIT,
  DEFAULT_GIT_MAX_OUTPUT_BYTES,
  DEFAULT_GIT_TIMEOUT_MS,
  type GitCollectorOptions,
  type GitRepositoryOptions,
} from './git-collector-options.js';
export { compileGlob } from './paths/compile-glob.js';
export { DEFAULT_CHANGE_PATHS } from './paths/default-change-paths.js';
export { choosePrimaryService } from './services/choose-primary-service.js';
export {
  GENERIC_DIRECTORY_NAMES,
  inferServiceFromPath,
  SERVICE_DIRECTORY_ROOTS,
} from './services/infer-service-from-path.js';
