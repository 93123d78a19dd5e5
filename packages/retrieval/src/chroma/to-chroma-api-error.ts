import { ApiCallError, TriageError } from '@triagekit/core';

/** What was being done when a Chroma call failed, for the message. */
export interface ChromaCallContext {
  /** The server, as shown to the user, e.g. `http://localhost:8000`. */
  readonly url: string;
  /** The operation, e.g. `Chroma upsert into collection "runbooks-…"`. */
  readonly operation: string;
}

interface Mapping {
  readonly statusCode?: number;
  readonly isRetryable: boolean;
  readonly explain: (context: ChromaCallContext, detail: string) => string;
}

/** How to start a server where the store looks for one (the port of `url`, else Chroma's default 8000). */
function startHint(url: string): string {
  let port = '8000';
  try {
    port = new URL(url).port || port;
  } catch {
    // Not a URL: a supplied client, described in words.
  }
  return `Start a server with \`npx chroma run --path ./chroma-data --port ${port}\` (the \`chroma\` CLI ships with the chromadb package), or set \`url\` to where yours runs.`;
}

// Keyed by `error.name` rather than by class, so errors from a second copy of chromadb map the same way.
const mappings: Readonly<Record<string, Mapping>> = {
  ChromaConnectionError: {
    isRetryable: true,
    explain: ({ url }) => `could not connect to Chroma at ${url}: is the server running? ${startHint(url)}`,
  },
  ChromaServerError: {
    isRetryable: true,
    explain: ({ url }, detail) => `the Chroma server at ${url} failed: ${detail}`,
  },
  ChromaRateLimitError: {
    statusCode: 429,
    isRetryable: true,
    explain: ({ url }) => `the Chroma server at ${url} is rate limiting requests; try again later.`,
  },
  ChromaClientError: {
    statusCode: 400,
    isRetryable: false,
    explain: (_context, detail) => `Chroma rejected the request: ${detail}`,
  },
  ChromaAuthError: {
    statusCode: 401,
    isRetryable: false,
    explain: ({ url }) =>
      `Chroma at ${url} requires authentication: pass its token in \`headers\` (e.g. \`x-chroma-token\` or \`Authorization\`).`,
  },
  ChromaForbiddenError: {
    statusCode: 403,
    isRetryable: false,
    explain: ({ url }) =>
      `Chroma at ${url} refused access: check that the token may use this tenant, database and collection.`,
  },
  ChromaNotFoundError: {
    statusCode: 404,
    isRetryable: false,
    explain: ({ url }) =>
      `Chroma at ${url} answered 404: the tenant, database or collection does not exist. A deleted collection is created again by the next call; a missing tenant or database must be created first.`,
  },
  ChromaUniqueError: {
    statusCode: 409,
    isRetryable: false,
    explain: (_context, detail) => `Chroma reported a conflict: ${detail}`,
  },
  ChromaQuotaExceededError: {
    isRetryable: false,
    explain: (_context, detail) => `Chroma refused the request over a quota: ${detail}`,
  },
};

/**
 * Turns an error thrown by the chromadb client into an `ApiCallError` whose message names the operation, the
 * server and what to do, with `statusCode` (when the client's error class implies one), `isRetryable`, and
 * the original as `cause`. Triage errors (a `TimeoutError` from the deadline) pass through unchanged.
 */
export function toChromaApiError(error: unknown, context: ChromaCallContext): Error {
  if (TriageError.isInstance(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  const mapping = mappings[name];
  const explanation = mapping
    ? mapping.explain(context, detail)
    : `the chromadb client failed: ${name ? `${name}: ` : ''}${detail}`;
  return new ApiCallError({
    message: `${context.operation} failed: ${explanation}`,
    url: context.url,
    statusCode: mapping?.statusCode,
    isRetryable: mapping?.isRetryable ?? false,
    cause: error,
  });
}
