/**
 * Maps resource names to the service they belong to: glob patterns (`*` any run of characters, `?` one
 * character, case-insensitive, matching the whole name) to a service name, e.g.
 * `{ 'payments-*': 'payments', 'checkout-api*': 'checkout' }`. Rules are tried in insertion order.
 */
export type ServiceRules = Readonly<Record<string, string>>;

function toRegExp(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((character) => {
      if (character === '*') return '.*';
      if (character === '?') return '.';
      return character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

// An ARN or path names its resource last: arn:aws:iam::123456789012:role/payments-api-role → payments-api-role.
function lastSegment(name: string): string {
  const parts = name.split(/[/:]/);
  return parts[parts.length - 1] ?? name;
}

/**
 * Compiles `rules` into a function that returns the service of the first rule (in insertion order)
 * matching any of the given resource names, or `null` when none does. Each name is tried whole and, for
 * ARNs and paths, by its last segment. Resource tags cannot be used: LookupEvents does not return them.
 */
export function createServiceResolver(rules: ServiceRules): (names: readonly string[]) => string | null {
  const compiled = Object.entries(rules).map(([pattern, service]) => ({
    pattern: toRegExp(pattern),
    service,
  }));
  return (names) => {
    if (compiled.length === 0) return null;
    const candidates = names.flatMap((name) => {
      const last = lastSegment(name);
      return last !== name && last.length > 0 ? [name, last] : [name];
    });
    for (const rule of compiled) {
      if (candidates.some((candidate) => rule.pattern.test(candidate))) return rule.service;
    }
    return null;
  };
}
