import type { AttributeValue } from '../schema/evidence.js';
import type { IdentifierKind, KnownIdentifier } from './identifier-masker.js';

// Label and attribute keys whose values name a namespace, a pod or a machine, as Kubernetes, Prometheus,
// OpenTelemetry and common log shippers spell them.
const KIND_BY_KEY: readonly [RegExp, IdentifierKind][] = [
  [
    /^(?:k8s\.)?namespace(?:[._]name)?$|^kubernetes[._]namespace(?:[._]name)?$|^exported_namespace$/i,
    'namespace',
  ],
  [/^(?:k8s\.)?pod(?:[._]?name)?$|^kubernetes[._]pod[._]name$|^exported_pod$/i, 'pod'],
  [
    /^(?:host(?:[._]?name)?|node(?:[._]?name)?|k8s\.node\.name|kubernetes[._]host|instance|server|machine)$/i,
    'host',
  ],
];

// A value worth masking by name: a DNS-label-like token that is not a bare number.
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,252}$/;

/**
 * Identifiers named by labels and attributes (`namespace: shop`, `k8s.pod.name: checkout-0`,
 * `node: ip-10-0-3-17`), so the masker also catches the ones no pattern recognises. Deterministic: in order
 * of the records given.
 */
export function harvestIdentifiers(
  records: readonly Readonly<Record<string, AttributeValue | string>>[],
): KnownIdentifier[] {
  const found: KnownIdentifier[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string' || !NAME.test(value) || /^\d+$/.test(value) || seen.has(value)) continue;
      const kind = KIND_BY_KEY.find(([pattern]) => pattern.test(key))?.[1];
      if (kind === undefined) continue;
      seen.add(value);
      found.push({ value, kind });
    }
  }
  return found;
}
