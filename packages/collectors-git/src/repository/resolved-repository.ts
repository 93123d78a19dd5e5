import type { ServiceResolver } from '../services/create-service-resolver.js';

/** A repository's options, checked and completed with defaults. */
export interface ResolvedRepository {
  readonly id: string;
  readonly label: string;
  /** Absolute, as configured (symbolic links are resolved when reading). */
  readonly path: string;
  readonly ref: string;
  /** Normalised path patterns (what `paths`/`additionalPaths` or the defaults say). */
  readonly pathPatterns: readonly string[];
  /** The same patterns as git pathspecs. */
  readonly pathspecs: readonly string[];
  readonly serviceOf: ServiceResolver;
  readonly webUrl: string | undefined;
  readonly fetch: boolean;
  readonly remote: string;
}
