import type { DocumentMetadataValue, StoredDocumentV1 } from '@triagekit/core';
import type { PostmortemDraft, PostmortemSectionName } from '../draft/postmortem-draft.js';

/** Options of {@link postmortemToDocuments}. */
export interface PostmortemDocumentOptions {
  /** The incident the post-mortem is about; default `draft.incidentId`. */
  readonly incidentId?: string;
  /** A link to the published post-mortem, stored as `url` metadata. */
  readonly url?: string;
  /** Longest document text; longer post-mortems are split at section boundaries. Default 8,000. */
  readonly maxDocumentCharacters?: number;
  /**
   * Sections indexed. Default all but `timeline`: its minute-by-minute lines dilute what a later incident
   * searches for (symptoms, services, causes, fixes).
   */
  readonly sections?: readonly PostmortemSectionName[];
}

const DEFAULT_SECTIONS: readonly PostmortemSectionName[] = [
  'summary',
  'impact',
  'detection',
  'root-cause',
  'resolution',
  'went-well',
  'went-badly',
  'action-items',
];

/** The id of the first (or only) document of an incident's post-mortem; further chunks add `#2`, `#3`, ... */
export function postmortemDocumentId(incidentId: string): string {
  return `post-mortem:${incidentId}`;
}

function sectionTexts(draft: PostmortemDraft, names: readonly PostmortemSectionName[]): string[] {
  return draft.sections.flatMap((section) => {
    if (!names.includes(section.name)) return [];
    const lines = section.statements
      .filter((statement) => statement.kind !== 'no-data')
      .map((statement) => `- ${statement.text}`);
    return lines.length > 0 ? [`${section.title}\n${lines.join('\n')}`] : [];
  });
}

/**
 * The post-mortem as knowledge-base documents: plain text of its sections (all but the timeline by default;
 * statements without citation ids, "no data" lines left out) under a header with services, alerts and resolution, split at section boundaries when
 * longer than `maxDocumentCharacters`. Metadata: `kind: 'post-mortem'`, `incidentId`, `services`, `alerts`,
 * `resolution` (when recorded), `startedAt` / `resolvedAt` (when known), `url` (when given), `chunk`.
 */
export function postmortemToDocuments(
  draft: PostmortemDraft,
  options: PostmortemDocumentOptions = {},
): StoredDocumentV1[] {
  const incidentId = options.incidentId ?? draft.incidentId;
  const limit = options.maxDocumentCharacters ?? 8_000;
  const header = [
    draft.title,
    draft.services.length > 0 ? `Services: ${draft.services.join(', ')}` : '',
    draft.alerts.length > 0 ? `Alerts: ${draft.alerts.join(', ')}` : '',
    draft.resolution ? `Resolution: ${draft.resolution}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const chunks: string[] = [];
  let current = header;
  for (const text of sectionTexts(draft, options.sections ?? DEFAULT_SECTIONS)) {
    if (current.length + text.length + 2 > limit && current !== header) {
      chunks.push(current);
      current = header;
    }
    current = `${current}\n\n${text}`.slice(0, limit);
  }
  chunks.push(current);
  const metadata: Record<string, DocumentMetadataValue> = {
    kind: 'post-mortem',
    incidentId,
    services: [...draft.services],
    alerts: [...draft.alerts],
  };
  if (draft.resolution) metadata.resolution = draft.resolution;
  if (draft.startedAt) metadata.startedAt = draft.startedAt;
  if (draft.resolvedAt) metadata.resolvedAt = draft.resolvedAt;
  if (options.url) metadata.url = options.url;
  const baseId = postmortemDocumentId(incidentId);
  return chunks.map((text, index) => ({
    id: index === 0 ? baseId : `${baseId}#${index + 1}`,
    title: chunks.length > 1 ? `${draft.title} (part ${index + 1} of ${chunks.length})` : draft.title,
    text,
    metadata: { ...metadata, chunk: index + 1 },
  }));
}
