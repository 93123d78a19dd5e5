import { analyzeText, phrasesOf, type TermKind } from '../text/analyze-text.js';
import type { AnalyzedChunk, AnalyzedField } from './analyze-chunk-fields.js';
import { buildPostings, type Postings } from './build-postings.js';
import type { ResolvedLexicalRankingOptions } from './lexical-ranking-options.js';
import type {
  IndexedDocument,
  LexicalDocumentScore,
  LexicalQueryTerm,
  LexicalSearchResult,
} from './lexical-search-result.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { selectTop } from './select-top.js';

// Re-ranking by title coverage looks this deep; below, the lexical order stands.
const rerankDepth = 20;

function bm25Idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * An immutable BM25F inverted index over chunks. Each chunk's term frequency combines its fields, each
 * normalised by its own length against the field's average and weighted; the name fields (title, tags)
 * saturate apart from the content and carry their own idf (see {@link ResolvedLexicalRankingOptions}).
 * Inverse document frequency counts documents, not chunks, so a long document does not make its own words
 * look common. A document scores as its best chunk; the head of the ranking is re-ranked by title coverage.
 */
export class LexicalIndex {
  /** The documents indexed, in input order; `documentIndex` values point into it. */
  readonly documents: readonly IndexedDocument[];
  readonly #options: ResolvedLexicalRankingOptions;
  readonly #postings: ReadonlyMap<string, Postings>;
  readonly #documentFrequency: ReadonlyMap<string, number>;
  readonly #nameDocumentFrequency: ReadonlyMap<string, number>;
  readonly #chunkDocument: Int32Array;
  readonly #chunkIndexInDocument: Int32Array;
  readonly #phrases: PhraseMatcher;

  /** Builds the index; O(total terms). */
  constructor(documents: readonly IndexedDocument[], options: ResolvedLexicalRankingOptions) {
    this.documents = documents;
    this.#options = options;
    const built = buildPostings(documents, options);
    this.#postings = built.postings;
    this.#documentFrequency = built.documentFrequency;
    this.#nameDocumentFrequency = built.nameDocumentFrequency;
    this.#chunkDocument = built.chunkDocument;
    this.#chunkIndexInDocument = built.chunkIndexInDocument;
    this.#phrases = new PhraseMatcher(documents.map((entry) => phraseFields(entry.analyzed)));
  }

  /** Number of chunks indexed. */
  get chunkCount(): number {
    return this.#chunkDocument.length;
  }

  /** BM25's inverse document frequency of `term` (always positive; highest for unknown terms). */
  idf(term: string): number {
    return bm25Idf(this.documents.length, this.#documentFrequency.get(term) ?? 0);
  }

  /**
   * Scores every chunk against `text` and returns the documents best first.
   * @param options.allowDocument - documents for which it returns false are skipped (metadata filters).
   * @param options.explain - how many of the best documents get matched words and phrases. Default 10.
   * @param options.limit - most documents returned. Default: all that match.
   */
  search(
    text: string,
    options: {
      readonly allowDocument?: (documentIndex: number) => boolean;
      readonly explain?: number;
      readonly limit?: number;
    } = {},
  ): LexicalSearchResult {
    const { k1, nameWeight, titleCoverageWeight, valueWeight } = this.#options;
    const analyzed = analyzeText(text, this.#options.analysis);
    const queryTerms = this.#queryTerms(analyzed, valueWeight);
    const allowed = this.#allowedDocuments(options.allowDocument);
    const scores = new Float64Array(this.chunkCount);
    const touched: number[] = [];
    const documentCount = this.documents.length;
    for (const queryTerm of queryTerms) {
      const postings = this.#postings.get(queryTerm.term);
      if (postings === undefined) continue;
      const contentIdf = queryTerm.weight * queryTerm.idf;
      const nameIdf =
        queryTerm.weight *
        nameWeight *
        bm25Idf(documentCount, this.#nameDocumentFrequency.get(queryTerm.term) ?? 0);
      const { chunks, content, name } = postings;
      for (let index = 0; index < chunks.length; index += 1) {
        const chunk = chunks[index] as number;
        if (allowed !== undefined && allowed[this.#chunkDocument[chunk] as number] === 0) continue;
        const inContent = content[index] as number;
        const inName = name[index] as number;
        const gain =
          (contentIdf * inContent * (k1 + 1)) / (k1 + inContent) +
          (nameIdf * inName * (k1 + 1)) / (k1 + inName);
        if (gain <= 0) continue;
        if (scores[chunk] === 0) touched.push(chunk);
        scores[chunk] = (scores[chunk] as number) + gain;
      }
    }
    const documentScore = new Float64Array(documentCount);
    const documentBestChunk = new Int32Array(documentCount).fill(-1);
    const matchedDocuments: number[] = [];
    for (const chunk of touched) {
      const score = scores[chunk] as number;
      const documentIndex = this.#chunkDocument[chunk] as number;
      if (documentBestChunk[documentIndex] === -1) matchedDocuments.push(documentIndex);
      if (documentBestChunk[documentIndex] === -1 || score > (documentScore[documentIndex] as number)) {
        documentScore[documentIndex] = score;
        documentBestChunk[documentIndex] = chunk;
      }
    }
    const limit = Math.min(matchedDocuments.length, options.limit ?? matchedDocuments.length);
    // Only the head needs an order: the results, and the documents re-ranking may lift into them.
    const head = selectTop(
      matchedDocuments,
      (documentIndex) => documentScore[documentIndex] as number,
      Math.max(limit, titleCoverageWeight > 0 ? rerankDepth : 0),
      (left, right) => this.#compareIds(left, right),
    );
    const explainCount = Math.min(limit, options.explain ?? 10);
    // Re-rank the head: the score relative to the best, plus how much of each title the query covers.
    const topScore = head.length > 0 ? (documentScore[head[0] as number] as number) : 1;
    const depth = Math.max(titleCoverageWeight > 0 ? rerankDepth : 0, limit);
    const queryWords = new Set(queryTerms.filter((term) => term.kind === 'word').map((term) => term.term));
    const ranked = head.slice(0, depth).map((documentIndex, position) => {
      const titleCoverage = this.#titleCoverage(documentIndex, queryWords);
      const bonus = position < rerankDepth ? titleCoverageWeight * titleCoverage : 0;
      return {
        documentIndex,
        titleCoverage,
        score: (documentScore[documentIndex] as number) / topScore + bonus,
      };
    });
    ranked.sort(
      (left, right) => right.score - left.score || this.#compareIds(left.documentIndex, right.documentIndex),
    );
    const phrases = this.#options.analysis.phrases === false ? [] : this.#queryPhrases(analyzed);
    const documents = ranked.slice(0, limit).map((item, position): LexicalDocumentScore => {
      const chunk = documentBestChunk[item.documentIndex] as number;
      const explained =
        position < explainCount
          ? this.#explain(item.documentIndex, chunk, queryTerms, phrases)
          : { matchedWords: [], matchedWordWeight: 0, matchedPhraseWeight: 0 };
      return {
        documentIndex: item.documentIndex,
        score: item.score,
        lexicalScore: documentScore[item.documentIndex] as number,
        bestChunk: this.#chunkIndexInDocument[chunk] as number,
        titleCoverage: item.titleCoverage,
        matchedWords: explained.matchedWords,
        matchedWordWeight: explained.matchedWordWeight,
        matchedPhraseWeight: explained.matchedPhraseWeight,
      };
    });
    let totalWordWeight = 0;
    for (const term of queryTerms) if (term.kind === 'word') totalWordWeight += term.weight * term.idf;
    const totalPhraseWeight = phrases.reduce((total, phrase) => total + phrase.weight, 0);
    return { queryTerms, totalWordWeight, totalPhraseWeight, documents };
  }

  #queryTerms(analyzed: ReturnType<typeof analyzeText>, valueWeight: number): LexicalQueryTerm[] {
    const weights = new Map<string, { kind: TermKind; weight: number }>();
    for (const term of analyzed) {
      const weight = term.value ? valueWeight : 1;
      const current = weights.get(term.term);
      if (current === undefined || weight > current.weight)
        weights.set(term.term, { kind: term.kind, weight });
    }
    return [...weights.entries()].map(([term, { kind, weight }]) => ({
      term,
      kind,
      weight,
      idf: this.idf(term),
      documentFrequency: this.#documentFrequency.get(term) ?? 0,
    }));
  }

  #queryPhrases(analyzed: ReturnType<typeof analyzeText>): { phrase: string; weight: number }[] {
    return [...new Set(phrasesOf(analyzed))].map((phrase) => {
      const [left = '', right = ''] = phrase.split(' ');
      return { phrase, weight: (this.idf(left) + this.idf(right)) / 2 };
    });
  }

  #allowedDocuments(allowDocument?: (documentIndex: number) => boolean): Uint8Array | undefined {
    if (allowDocument === undefined) return undefined;
    const allowed = new Uint8Array(this.documents.length);
    for (let index = 0; index < allowed.length; index += 1) allowed[index] = allowDocument(index) ? 1 : 0;
    return allowed;
  }

  /** Which query words and phrases the document holds (anywhere, not only in its best chunk). */
  #explain(
    documentIndex: number,
    firstChunk: number,
    queryTerms: readonly LexicalQueryTerm[],
    phrases: readonly { phrase: string; weight: number }[],
  ): Pick<LexicalDocumentScore, 'matchedWords' | 'matchedWordWeight' | 'matchedPhraseWeight'> {
    const start = firstChunk - (this.#chunkIndexInDocument[firstChunk] as number);
    const end = start + (this.documents[documentIndex]?.chunks.length ?? 0);
    const matched: LexicalQueryTerm[] = [];
    for (const term of queryTerms) {
      if (term.kind !== 'word') continue;
      const chunks = this.#postings.get(term.term)?.chunks;
      if (chunks !== undefined && containsInRange(chunks, start, end)) matched.push(term);
    }
    matched.sort((left, right) => right.weight * right.idf - left.weight * left.idf);
    const found = this.#phrases.find(
      documentIndex,
      phrases.map((phrase) => phrase.phrase),
    );
    return {
      matchedWords: matched.map((term) => term.term),
      matchedWordWeight: matched.reduce((total, term) => total + term.weight * term.idf, 0),
      matchedPhraseWeight: phrases.reduce(
        (total, phrase) => total + (found.has(phrase.phrase) ? phrase.weight : 0),
        0,
      ),
    };
  }

  #titleCoverage(documentIndex: number, queryWords: ReadonlySet<string>): number {
    const words = this.documents[documentIndex]?.analyzed[0]?.title.words ?? [];
    let total = 0;
    let covered = 0;
    for (const word of words) {
      const idf = this.idf(word);
      total += idf;
      if (queryWords.has(word)) covered += idf;
    }
    return total === 0 ? 0 : covered / total;
  }

  #compareIds(left: number, right: number): number {
    const leftId = this.documents[left]?.document.id ?? '';
    const rightId = this.documents[right]?.document.id ?? '';
    return leftId < rightId ? -1 : leftId > rightId ? 1 : 0;
  }
}

/** Whether the sorted `chunks` hold a value in [start, end); binary search. */
function containsInRange(chunks: Int32Array, start: number, end: number): boolean {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((chunks[middle] as number) < start) low = middle + 1;
    else high = middle;
  }
  return low < chunks.length && (chunks[low] as number) < end;
}

/** The word sequences phrases are looked for in: the document-level fields once, then every chunk's own. */
function phraseFields(chunks: readonly AnalyzedChunk[]): (readonly string[])[] {
  const sequences: (readonly string[])[] = [];
  const first = chunks[0];
  if (first === undefined) return sequences;
  const add = (field: AnalyzedField) => {
    if (field.sequence !== undefined && field.sequence.length > 1) sequences.push(field.sequence);
  };
  add(first.title);
  add(first.tags);
  add(first.lead);
  for (const chunk of chunks) {
    add(chunk.heading);
    add(chunk.prose);
  }
  return sequences;
}
