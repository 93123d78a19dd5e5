// Header and query parameter names that carry credentials: `Authorization`, `api-key`, `X-Api-Key`,
// `x-goog-api-key`, `Cookie`, `X-Auth-Token`, `sig`, ... Other values (`api-version: 2024-10-21`,
// `x-team: platform`) are not secrets and must stay readable in messages.
const secretName = /auth|key|token|secret|cookie|signature|^sig$|password|credential/i;

/** The values of the entries of `record` whose names say they carry a credential. */
export function secretValues(record: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(record ?? {})
    .filter(([name]) => secretName.test(name))
    .map(([, value]) => value);
}
