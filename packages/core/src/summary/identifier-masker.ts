/** What a masked identifier was; its placeholder starts with the kind's prefix (`host-3`, `ns-4`). */
export type IdentifierKind = 'email' | 'ip' | 'host' | 'pod' | 'namespace';

/** An identifier known by name, e.g. from a `namespace` label, masked wherever it stands as a whole token. */
export interface KnownIdentifier {
  readonly value: string;
  readonly kind: IdentifierKind;
}

/**
 * Replaces identifiers in texts with placeholders and back. The map lives only in this object: nothing is
 * persisted, and a new masker starts from `1` again, so identical inputs masked in the same order give
 * identical texts (and identical prompts, which keeps provider-side prompt caching useful).
 */
export interface IdentifierMasker {
  /** Masks every identifier in `text`, reusing the placeholder of one seen before. */
  mask(text: string): string;
  /** Puts the originals back for every placeholder this masker issued; other text is left as is. */
  unmask(text: string): string;
  /** Distinct identifiers masked so far. */
  readonly size: number;
  /** `[placeholder, original]` pairs in order of first appearance. */
  entries(): [string, string][];
}

const PREFIX: Record<IdentifierKind, string> = {
  email: 'email',
  ip: 'ip',
  host: 'host',
  pod: 'pod',
  namespace: 'ns',
};

const PLACEHOLDER = '(?:host|pod|ip|email|ns)-\\d+';
const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`;
const HEXTET = '[0-9A-Fa-f]{1,4}';
const IPV6 = `(?<![\\w:])(?:(?:${HEXTET}:){7}${HEXTET}|(?:${HEXTET}:){1,6}:(?:${HEXTET}(?::${HEXTET}){0,5})?|::${HEXTET}(?::${HEXTET}){0,6})(?![\\w:])`;
// Deployment pods: <name>-<pod-template hash, 8-10 characters with a digit>-<5-character suffix>.
const POD =
  '(?<![\\w.-])[a-z0-9](?:[a-z0-9-]{0,200}[a-z0-9])?-(?=[a-z]{0,9}[0-9])[a-z0-9]{8,10}-[a-z0-9]{5}(?![\\w-])';
const TOP_LEVEL =
  '(?:com|net|org|io|dev|app|cloud|ai|co|us|uk|de|eu|fr|nl|jp|au|ca|ch|se|info|biz|internal|local|localdomain|lan|corp|intra|intranet|home|svc|example|test|invalid|localhost)';
const HOST = `(?<![\\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+${TOP_LEVEL}(?![\\w-]|\\.[A-Za-z0-9])`;

function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Creates an {@link IdentifierMasker} for emails, IPv4 and IPv6 addresses, host names with a known top-level
 * or internal suffix (`.com`, `.internal`, `.svc`, `.cluster.local`, ...), Deployment pod names, and the
 * `known` identifiers (namespaces, pods, nodes by name). Placeholders are `<prefix>-<n>` with one counter
 * for all kinds, in order of first appearance. Text that already looks like a placeholder is masked too, so
 * unmasking never touches words the masker did not write.
 */
export function createIdentifierMasker(
  options: { known?: readonly KnownIdentifier[] } = {},
): IdentifierMasker {
  const knownKinds = new Map<string, IdentifierKind>();
  for (const identifier of options.known ?? []) {
    if (!knownKinds.has(identifier.value)) knownKinds.set(identifier.value, identifier.kind);
  }
  const knownSource = [...knownKinds.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeForPattern)
    .join('|');
  const alternatives = [
    `(?<placeholder>(?<![\\w.-])${PLACEHOLDER}(?![\\w-]))`,
    ...(knownSource === '' ? [] : [`(?<known>(?<![\\w.-])(?:${knownSource})(?![\\w-]|\\.[A-Za-z0-9]))`]),
    `(?<email>${EMAIL})`,
    `(?<ip>${IPV4}|${IPV6})`,
    `(?<pod>${POD})`,
    `(?<host>${HOST})`,
  ];
  const pattern = new RegExp(alternatives.join('|'), 'g');
  const placeholderPattern = new RegExp(`(?<![\\w.-])${PLACEHOLDER}(?![\\w-])`, 'g');
  const placeholderByOriginal = new Map<string, string>();
  const originalByPlaceholder = new Map<string, string>();

  const kindOf = (match: string, groups: Record<string, string | undefined>): IdentifierKind => {
    if (groups.placeholder !== undefined) {
      const prefix = match.slice(0, match.indexOf('-'));
      return prefix === 'ns' ? 'namespace' : (prefix as IdentifierKind);
    }
    if (groups.known !== undefined) return knownKinds.get(match) ?? 'host';
    if (groups.email !== undefined) return 'email';
    if (groups.ip !== undefined) return 'ip';
    if (groups.pod !== undefined) return 'pod';
    return 'host';
  };

  return {
    mask(text) {
      return text.replace(pattern, (match: string, ...rest: unknown[]) => {
        const existing = placeholderByOriginal.get(match);
        if (existing !== undefined) return existing;
        const groups = rest[rest.length - 1] as Record<string, string | undefined>;
        const placeholder = `${PREFIX[kindOf(match, groups)]}-${placeholderByOriginal.size + 1}`;
        placeholderByOriginal.set(match, placeholder);
        originalByPlaceholder.set(placeholder, match);
        return placeholder;
      });
    },
    unmask(text) {
      return text.replace(
        placeholderPattern,
        (placeholder) => originalByPlaceholder.get(placeholder) ?? placeholder,
      );
    },
    get size() {
      return placeholderByOriginal.size;
    },
    entries() {
      return [...originalByPlaceholder.entries()];
    },
  };
}
