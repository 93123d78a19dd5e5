/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Shortens `text` to `limit` characters with an ellipsis, then escapes it. */
export function escapeShortened(text: string, limit: number): string {
  return escapeHtml(text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
}

/** The anchor id of an evidence item in the report's evidence appendix. */
export function evidenceAnchor(id: string): string {
  return `evidence-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Links to cited evidence items, shortened past `limit` ids. */
export function citeEvidenceHtml(ids: readonly string[], limit = 3): string {
  const links = ids
    .slice(0, limit)
    .map((id) => `<a class="cite" href="#${evidenceAnchor(id)}">${escapeHtml(id)}</a>`);
  const more = ids.length > limit ? ` <span class="more">+${ids.length - limit}</span>` : '';
  return `<span class="cites">${links.join(' ')}${more}</span>`;
}

/** `2026-03-04 14:05:12 UTC` */
export function formatUtc(time: string): string {
  return `${time.slice(0, 10)} ${time.slice(11, 19)} UTC`;
}
