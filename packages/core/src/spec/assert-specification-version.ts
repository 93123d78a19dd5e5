import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';

const SUPPORTED = ['v1'] as const;

/**
 * Throws {@link UnsupportedSpecificationVersionError} unless `plugin.specificationVersion` is one this
 * core implements. Called by the pipeline for every plugin before a run starts.
 */
export function assertSpecificationVersion(plugin: unknown, pluginKind: string, idKey: string): void {
  const record = (plugin ?? {}) as Record<string, unknown>;
  const version = record.specificationVersion;
  if (!SUPPORTED.includes(version as (typeof SUPPORTED)[number])) {
    throw new UnsupportedSpecificationVersionError({
      pluginKind,
      pluginId: String(record[idKey] ?? '(no id)'),
      version,
      supported: SUPPORTED,
    });
  }
}
