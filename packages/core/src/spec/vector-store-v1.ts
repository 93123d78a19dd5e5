/** Metadata values stores must support; arrays hold e.g. several services or alert names. */
export type DocumentMetadataValue = string | number | boolean | readonly string[];

/** A runbook, post-mortem or chunk of one. */
export interface StoredDocumentV1 {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Conventional keys: `kind` (`runbook` | `post-mortem`), `services`, `alerts`, `url`, `resolution`. */
  readonly metadata: Readonly<Record<string, DocumentMetadataValue>>;
}

/** Equality on scalar metadata, membership on array metadata; all keys must match. */
export type MetadataFilterV1 = Readonly<Record<string, string | number | boolean>>;

export interface VectorStoreV1QueryOptions {
  readonly text: string;
  readonly topK: number;
  readonly filter?: MetadataFilterV1;
  readonly abortSignal?: AbortSignal;
}

export interface VectorStoreV1Match {
  readonly document: StoredDocumentV1;
  /** Store-specific score, higher is better; not comparable across queries or stores. */
  readonly score: number;
  /** Calibrated to [0, 1] and comparable across queries. */
  readonly relevance: number;
}

export interface VectorStoreV1QueryResult {
  /** Best first, at most `topK`. */
  readonly matches: readonly VectorStoreV1Match[];
  /** False when nothing fits well enough to show. */
  readonly confident: boolean;
  readonly warnings?: readonly string[];
}

/** A searchable knowledge base of runbooks and post-mortems. Upserting an existing id replaces it. */
export interface VectorStoreV1 {
  readonly specificationVersion: 'v1';
  readonly storeId: string;
  doUpsert(options: {
    readonly documents: readonly StoredDocumentV1[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly upserted: number }>;
  doDelete(options: {
    readonly ids: readonly string[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly deleted: number }>;
  doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult>;
}
