import type { StoredDocumentV1 } from '@triagekit/core';
import type { DocumentChunk } from '../chunking/document-chunk.js';
import { splitMarkdownSections } from '../chunking/split-markdown-sections.js';
import { type TextAnalysisOptions, visitTerms } from '../text/analyze-text.js';
import { separateMarkdownCode } from '../text/separate-markdown-code.js';
import type { FieldName } from './lexical-ranking-options.js';

/** The terms of one field: how often each occurs, and how many words the field has. */
export interface AnalyzedField {
  /** Term → occurrences (words, identifiers and joined pairs). */
  readonly counts: ReadonlyMap<string, number>;
  /** Number of words (identifiers and joined pairs not counted). */
  readonly length: number;
  /** The distinct words (no identifiers or joined pairs); kept for the title field only. */
  readonly words?: readonly string[];
  /**
   * The words in order, with an empty string wherever a phrase cannot continue (punctuation, numbers,
   * values); kept for the fields phrases are matched in (all but `code`).
   */
  readonly sequence?: readonly string[];
}

/** A chunk as the lexical index sees it. */
export type AnalyzedChunk = Readonly<Record<FieldName, AnalyzedField>>;

// The opening section is what a runbook is about; beyond this many characters it is detail.
const maxLeadCharacters = 1200;

function analyzeField(
  text: string,
  options: TextAnalysisOptions,
  keep: { readonly words?: boolean; readonly sequence?: boolean } = {},
): AnalyzedField {
  const counts = new Map<string, number>();
  const words = new Set<string>();
  const sequence: string[] = [];
  let length = 0;
  visitTerms(text, options, (term, kind, _value, continuesPhrase) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (kind !== 'word') return;
    length += 1;
    if (keep.words) words.add(term);
    if (keep.sequence) {
      if (!continuesPhrase && sequence.length > 0 && sequence[sequence.length - 1] !== '') sequence.push('');
      sequence.push(term);
    }
  });
  return {
    counts,
    length,
    ...(keep.words ? { words: [...words] } : {}),
    ...(keep.sequence ? { sequence } : {}),
  };
}

function metadataText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join('\n');
  return '';
}

/**
 * Analyses the fields of every chunk of `document` (see {@link FieldName}). The document-level fields
 * (`title`, `tags`, `lead`) are analysed once and shared by its chunks.
 */
export function analyzeChunkFields(
  document: StoredDocumentV1,
  chunks: readonly DocumentChunk[],
  options: TextAnalysisOptions,
): AnalyzedChunk[] {
  const sections = splitMarkdownSections(document.text);
  const topHeading = sections.find((section) => section.headings.length > 0)?.headings[0] ?? '';
  const title = analyzeField(
    topHeading !== '' && topHeading !== document.title ? `${document.title}\n${topHeading}` : document.title,
    options,
    { words: true, sequence: true },
  );
  const tags = analyzeField(
    `${metadataText(document.metadata.alerts)}\n${metadataText(document.metadata.services)}`,
    options,
    { sequence: true },
  );
  const leadSection = sections.find(
    (section) => section.hasBody && separateMarkdownCode(section.text).prose.trim() !== '',
  );
  const leadProse = leadSection
    ? separateMarkdownCode(leadSection.text)
        .prose.split(/\r?\n/)
        .filter((line) => !/^\s{0,3}#/.test(line))
        .join('\n')
        .slice(0, maxLeadCharacters)
    : '';
  const lead = analyzeField(leadProse, options, { sequence: true });
  return chunks.map((chunk) => {
    const separated = separateMarkdownCode(chunk.text);
    return {
      title,
      tags,
      lead,
      heading: analyzeField(chunk.heading, options, { sequence: true }),
      prose: analyzeField(separated.prose, options, { sequence: true }),
      code: analyzeField(separated.code, options),
    };
  });
}
