import { describeError } from '../internal/describe-error.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';

/** One page of a Kubernetes list answer. */
export interface ListPage<Item> {
  readonly items: readonly Item[];
  /** `metadata.continue`; absent or empty on the last page. */
  readonly continueToken: string | undefined;
}

/** What {@link listAllPages} needs. */
export interface ListAllPagesRequest<Item> {
  /** Fetches one page: the first without a token, the next ones with the previous page's token. */
  readonly fetchPage: (continueToken: string | undefined) => Promise<ListPage<Item>>;
  /** The most items kept; reading stops there with a warning. */
  readonly maxItems: number;
  /** A stable key (the uid) to drop items seen twice when a list restarts or goes on inconsistently. */
  readonly keyOf: (item: Item) => string | undefined;
  /** What is listed, for warnings: `events in namespace "prod"`. */
  readonly what: string;
}

/** The items read and what went wrong on the way. */
export interface ListAllPagesResult<Item> {
  readonly items: Item[];
  readonly warnings: string[];
}

// An API server that keeps expiring tokens would otherwise be asked forever.
const maxExpiredRecoveries = 3;

function isExpired(error: unknown): error is KubernetesRequestError {
  return error instanceof KubernetesRequestError && error.statusCode === 410;
}

/**
 * Reads a list page by page (`limit` + `continue`). When a continue token has expired (HTTP 410), goes on
 * with the token the API server offers in its answer (an inconsistent but complete-as-possible list), or,
 * when it offers none, restarts the list; either way with a warning, and at most three times. Stops at
 * `maxItems` with a warning. Rejects when the first page fails (callers turn that into their own warning);
 * a later failure keeps what was read, with a warning.
 */
export async function listAllPages<Item>(
  request: ListAllPagesRequest<Item>,
): Promise<ListAllPagesResult<Item>> {
  const items: Item[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  let recoveries = 0;
  for (;;) {
    let page: ListPage<Item>;
    try {
      page = await request.fetchPage(token);
    } catch (error) {
      if (isExpired(error) && token !== undefined && recoveries < maxExpiredRecoveries) {
        recoveries += 1;
        if (error.continueToken) {
          warnings.push(
            `listing ${request.what}: the continue token expired (HTTP 410) after ${items.length} items; went on with ` +
              'the token the API server offered, so the rest comes from a newer snapshot (objects changed meanwhile may be missing)',
          );
          token = error.continueToken;
        } else {
          warnings.push(
            `listing ${request.what}: the continue token expired (HTTP 410) after ${items.length} items; restarted the list`,
          );
          token = undefined;
        }
        continue;
      }
      if (token === undefined && items.length === 0) throw error;
      warnings.push(`listing ${request.what}: stopped after ${items.length} items: ${describeError(error)}`);
      return { items, warnings };
    }
    for (const item of page.items) {
      const key = request.keyOf(item);
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      if (items.length >= request.maxItems) {
        warnings.push(
          `listing ${request.what}: stopped at ${request.maxItems} items (maxListItems); the rest was not read`,
        );
        return { items, warnings };
      }
      items.push(item);
    }
    token = page.continueToken || undefined;
    if (token === undefined) return { items, warnings };
  }
}
