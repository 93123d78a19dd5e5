import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.unsupported-specification-version';
const symbol = Symbol.for(marker);

/** A plugin declares a `specificationVersion` this version of `@triagekit/core` does not implement. */
export class UnsupportedSpecificationVersionError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  readonly pluginKind: string;
  readonly pluginId: string;
  readonly version: unknown;

  constructor(options: {
    pluginKind: string;
    pluginId: string;
    version: unknown;
    supported: readonly string[];
  }) {
    super({
      name: 'TriageUnsupportedSpecificationVersionError',
      message: `${options.pluginKind} "${options.pluginId}" declares specificationVersion ${JSON.stringify(options.version)}, but this @triagekit/core supports ${options.supported.map((v) => `"${v}"`).join(', ')}. Upgrade @triagekit/core or use a plugin version built for it.`,
    });
    this.pluginKind = options.pluginKind;
    this.pluginId = options.pluginId;
    this.version = options.version;
  }

  static override isInstance(error: unknown): error is UnsupportedSpecificationVersionError {
    return TriageError.hasMarker(error, marker);
  }
}
