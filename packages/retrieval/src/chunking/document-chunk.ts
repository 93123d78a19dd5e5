/** A part of a stored document that is indexed and ranked on its own. */
export interface DocumentChunk {
  /** `<document id>#<index>`, e.g. `runbooks/disk-full#0`. */
  readonly id: string;
  readonly documentId: string;
  /** The document's title: every chunk keeps it, so a chunk read alone still says what it belongs to. */
  readonly title: string;
  /** 0-based position in the document. */
  readonly index: number;
  /** The headings of the sections it holds, outermost first, e.g. `Mitigation › Data retention`; may be empty. */
  readonly heading: string;
  /** The Markdown of those sections, headings included. */
  readonly text: string;
}
