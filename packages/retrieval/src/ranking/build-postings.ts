import type { AnalyzedChunk } from './analyze-chunk-fields.js';
import type { FieldName, ResolvedLexicalRankingOptions } from './lexical-ranking-options.js';

/** The chunks holding one term, with its weighted, length-normalised frequency in each. */
export interface Postings {
  /** Chunk numbers, ascending. */
  readonly chunks: Int32Array;
  /** Combined frequency in the content fields (all fields without `separateName`). */
  readonly content: Float32Array;
  /** The same in the name fields (`title`, `tags`); zeros without `separateName`. */
  readonly name: Float32Array;
}

/** What {@link buildPostings} builds. */
export interface BuiltPostings {
  readonly postings: ReadonlyMap<string, Postings>;
  /** Documents (not chunks) holding each term. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Documents holding each term in their name fields; terms in no name are absent. */
  readonly nameDocumentFrequency: ReadonlyMap<string, number>;
  /** Document position of each chunk number. */
  readonly chunkDocument: Int32Array;
  /** Position of each chunk number within its document. */
  readonly chunkIndexInDocument: Int32Array;
}

const fieldNames: readonly FieldName[] = ['title', 'tags', 'lead', 'heading', 'prose', 'code'];
const nameFields: ReadonlySet<FieldName> = new Set(['title', 'tags']);

/**
 * Builds the BM25F postings of analysed documents: per chunk and term, each field's count is divided by
 * `1 - b + b × field length / average field length`, weighted, and summed into the name or the content
 * group. Chunks are numbered in document order. O(total terms).
 */
export function buildPostings(
  documents: readonly { readonly analyzed: readonly AnalyzedChunk[] }[],
  options: ResolvedLexicalRankingOptions,
): BuiltPostings {
  const chunkCount = documents.reduce((total, entry) => total + entry.analyzed.length, 0);
  const chunkDocument = new Int32Array(chunkCount);
  const chunkIndexInDocument = new Int32Array(chunkCount);
  const postings = new Map<string, Postings>();
  const documentFrequencies = new Map<string, number>();
  const nameDocumentFrequencies = new Map<string, number>();
  const averageLength = {} as Record<FieldName, number>;
  for (const field of fieldNames) {
    let total = 0;
    for (const entry of documents) for (const chunk of entry.analyzed) total += chunk[field].length;
    averageLength[field] = Math.max(1, total / Math.max(1, chunkCount));
  }
  // Terms get dense ids while building, so per-chunk sums and document counts use plain arrays.
  const termIds = new Map<string, number>();
  const postingChunks: number[][] = [];
  const postingContent: number[][] = [];
  const postingName: number[][] = [];
  const documentFrequency: number[] = [];
  const nameDocumentFrequency: number[] = [];
  const lastDocument: number[] = [];
  const lastNameDocument: number[] = [];
  const content: number[] = [];
  const name: number[] = [];
  const { b, fieldWeights, separateName } = options;
  let chunkNumber = 0;
  documents.forEach((entry, documentIndex) => {
    entry.analyzed.forEach((chunk, chunkIndex) => {
      chunkDocument[chunkNumber] = documentIndex;
      chunkIndexInDocument[chunkNumber] = chunkIndex;
      const touched: number[] = [];
      for (const field of fieldNames) {
        const weight = fieldWeights[field];
        const analyzed = chunk[field];
        if (weight <= 0 || analyzed.counts.size === 0) continue;
        const inName = separateName && nameFields.has(field);
        const normalizer = 1 - b + (b * analyzed.length) / averageLength[field];
        for (const [term, count] of analyzed.counts) {
          let id = termIds.get(term);
          if (id === undefined) {
            id = termIds.size;
            termIds.set(term, id);
            postingChunks.push([]);
            postingContent.push([]);
            postingName.push([]);
            documentFrequency.push(0);
            nameDocumentFrequency.push(0);
            lastDocument.push(-1);
            lastNameDocument.push(-1);
            content.push(0);
            name.push(0);
          }
          if ((content[id] as number) === 0 && (name[id] as number) === 0) touched.push(id);
          const added = (weight * count) / normalizer;
          if (inName) name[id] = (name[id] as number) + added;
          else content[id] = (content[id] as number) + added;
        }
      }
      for (const id of touched) {
        (postingChunks[id] as number[]).push(chunkNumber);
        (postingContent[id] as number[]).push(content[id] as number);
        (postingName[id] as number[]).push(name[id] as number);
        if (lastDocument[id] !== documentIndex) {
          lastDocument[id] = documentIndex;
          documentFrequency[id] = (documentFrequency[id] as number) + 1;
        }
        if ((name[id] as number) > 0 && lastNameDocument[id] !== documentIndex) {
          lastNameDocument[id] = documentIndex;
          nameDocumentFrequency[id] = (nameDocumentFrequency[id] as number) + 1;
        }
        content[id] = 0;
        name[id] = 0;
      }
      chunkNumber += 1;
    });
  });
  for (const [term, id] of termIds) {
    postings.set(term, {
      chunks: Int32Array.from(postingChunks[id] as number[]),
      content: Float32Array.from(postingContent[id] as number[]),
      name: Float32Array.from(postingName[id] as number[]),
    });
    documentFrequencies.set(term, documentFrequency[id] as number);
    const inNames = nameDocumentFrequency[id] as number;
    if (inNames > 0) nameDocumentFrequencies.set(term, inNames);
  }
  return {
    postings,
    documentFrequency: documentFrequencies,
    nameDocumentFrequency: nameDocumentFrequencies,
    chunkDocument,
    chunkIndexInDocument,
  };
}
