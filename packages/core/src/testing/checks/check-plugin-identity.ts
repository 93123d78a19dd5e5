import { assertSpecificationVersion } from '../../spec/assert-specification-version.js';
import { assertConformance } from './assert-conformance.js';

/** One identifying property of a plugin, e.g. `collectorId`. */
export interface PluginIdentifierRule {
  /** The property holding the identifier. */
  readonly key: string;
  /** Model names may contain spaces; ids used in evidence ids and config may not. Default `false`. */
  readonly allowWhitespace?: boolean;
}

/**
 * Checks that `plugin` declares a `specificationVersion` this core supports and that every identifier is
 * a non-empty string (without whitespace unless allowed). The first identifier names the plugin in
 * messages.
 * @throws UnsupportedSpecificationVersionError for a wrong version; ConformanceError for a bad identifier.
 */
export function checkPluginIdentity(
  plugin: unknown,
  pluginKind: string,
  identifiers: readonly [PluginIdentifierRule, ...PluginIdentifierRule[]],
): void {
  assertConformance(
    typeof plugin === 'object' && plugin !== null,
    `${pluginKind} must be an object, got ${plugin === null ? 'null' : typeof plugin}.`,
  );
  assertSpecificationVersion(plugin, pluginKind, identifiers[0].key);
  const record = plugin as Record<string, unknown>;
  for (const { key, allowWhitespace = false } of identifiers) {
    const value = record[key];
    assertConformance(
      typeof value === 'string' && value.trim() !== '',
      `${pluginKind} ${key} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}.`,
    );
    assertConformance(
      allowWhitespace || !/\s/.test(value),
      `${pluginKind} ${key} must not contain whitespace, got ${JSON.stringify(value)}.`,
    );
  }
}
