import type { DocumentChunk } from './document-chunk.js';
import { type MarkdownSection, splitMarkdownSections } from './split-markdown-sections.js';

/** How documents are cut into chunks; see {@link chunkDocument}. */
export interface ChunkingOptions {
  /**
   * Largest chunk, in characters (UTF-16 code units). Consecutive small sections share a chunk up to this
   * size; a longer section is split at blank lines, then at line breaks, then at spaces. At least 200.
   * Default 2,000.
   */
  readonly maxChunkCharacters?: number;
}

/** Default {@link ChunkingOptions.maxChunkCharacters}. */
export const DEFAULT_MAX_CHUNK_CHARACTERS = 2000;

interface Piece {
  readonly path: readonly string[];
  readonly text: string;
  readonly hasBody: boolean;
}

/**
 * Cuts a Markdown document into chunks by heading: sections (see {@link splitMarkdownSections}) are packed
 * in order into chunks of at most `maxChunkCharacters`; a heading with nothing under it joins the next
 * section, so no chunk is a bare heading. Each chunk keeps the document's title; chunk ids are
 * `<document id>#<n>`, from 0. A document of only blank text has no chunks.
 * @throws RangeError when `maxChunkCharacters` is not an integer of at least 200.
 */
export function chunkDocument(
  document: { readonly id: string; readonly title: string; readonly text: string },
  options: ChunkingOptions = {},
): DocumentChunk[] {
  const maximum = options.maxChunkCharacters ?? DEFAULT_MAX_CHUNK_CHARACTERS;
  if (!Number.isInteger(maximum) || maximum < 200) {
    throw new RangeError(`maxChunkCharacters must be an integer of at least 200, got ${maximum}.`);
  }
  if (document.text.trim() === '') return [];
  const pieces = splitMarkdownSections(document.text).flatMap((section) => toPieces(section, maximum));
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let length = 0;
  // A heading with nothing under it waits for the next piece and moves with it.
  let pending: Piece[] = [];
  const place = (unit: Piece[]) => {
    const unitLength = unit.reduce((total, piece) => total + piece.text.length + 1, 0);
    if (current.length > 0 && length + unitLength > maximum) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(...unit);
    length += unitLength;
  };
  for (const piece of pieces) {
    if (!piece.hasBody) {
      pending.push(piece);
      continue;
    }
    place([...pending, piece]);
    pending = [];
  }
  if (pending.length > 0) place(pending);
  if (current.length > 0) groups.push(current);
  return groups.map((group, index) => ({
    id: `${document.id}#${index}`,
    documentId: document.id,
    title: document.title,
    index,
    heading: describeHeadings(group),
    text: group.map((piece) => piece.text).join('\n'),
  }));
}

function describeHeadings(group: readonly Piece[]): string {
  const labels: string[] = [];
  // Headings with text under them name the chunk; bare ones only when there is nothing else.
  const withBody = group.filter((piece) => piece.hasBody);
  for (const piece of withBody.length > 0 ? withBody : group) {
    const label = piece.path.join(' › ');
    if (label !== '' && !labels.includes(label)) labels.push(label);
  }
  return labels.join(' · ');
}

function toPieces(section: MarkdownSection, maximum: number): Piece[] {
  if (section.text.length <= maximum) {
    return [{ path: section.headings, text: section.text, hasBody: section.hasBody }];
  }
  return splitLongText(section.text, maximum).map((text) => ({
    path: section.headings,
    text,
    hasBody: true,
  }));
}

/** Splits at the coarsest boundary that works: blank lines, then line breaks, then spaces, then anywhere. */
function splitLongText(text: string, maximum: number): string[] {
  const parts: string[] = [];
  for (const separator of ['\n\n', '\n', ' ']) {
    if (!text.includes(separator)) continue;
    let current = '';
    for (const unit of text.split(separator)) {
      const candidate = current === '' ? unit : current + separator + unit;
      if (candidate.length <= maximum) {
        current = candidate;
        continue;
      }
      if (current !== '') parts.push(current);
      if (unit.length <= maximum) current = unit;
      else {
        parts.push(...splitLongText(unit, maximum));
        current = '';
      }
    }
    if (current !== '') parts.push(current);
    return parts.filter((part) => part.trim() !== '');
  }
  for (let start = 0; start < text.length; start += maximum) parts.push(text.slice(start, start + maximum));
  return parts.filter((part) => part.trim() !== '');
}
