/** Placeholders a `webUrl` template may use. */
export const COMMIT_URL_PLACEHOLDERS = ['{sha}', '{shortSha}'] as const;

/**
 * The commit page URL from a template such as `https://github.com/acme/infra/commit/{sha}`: `{sha}` becomes
 * the full object name, `{shortSha}` its first 12 characters. Never throws.
 */
export function renderCommitUrl(template: string, sha: string): string {
  return template.replaceAll('{sha}', sha).replaceAll('{shortSha}', sha.slice(0, 12));
}

/**
 * Why `template` is not a usable commit URL template, or `null` when it is: it must name `{sha}` or
 * `{shortSha}` and give an absolute http(s) URL once they are filled in.
 */
export function describeInvalidCommitUrlTemplate(template: unknown): string | null {
  if (typeof template !== 'string') return `must be a string, got ${JSON.stringify(template)}`;
  if (!COMMIT_URL_PLACEHOLDERS.some((placeholder) => template.includes(placeholder))) {
    return `must contain {sha} or {shortSha}, e.g. "https://github.com/acme/infra/commit/{sha}", got ${JSON.stringify(template)}`;
  }
  try {
    const url = new URL(renderCommitUrl(template, '0'.repeat(40)));
    if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  } catch {
    // Reported below with the template.
  }
  return `must be an absolute http(s) URL template, got ${JSON.stringify(template)}`;
}
