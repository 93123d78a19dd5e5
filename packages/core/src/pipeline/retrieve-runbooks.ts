import type { Alert } from '../schema/alert.js';
import type { AffectedServiceFinding, ErrorPatternFinding, Finding } from '../schema/finding.js';
import type { RunbookMatch, TriageReport } from '../schema/triage-report.js';
import type { MetadataFilterV1, VectorStoreV1 } from '../spec/vector-store-v1.js';

/** Where the pipeline looks for runbooks and past post-mortems. */
export interface KnowledgeBaseOptions {
  readonly store: VectorStoreV1;
  /** How many matches to list. Default 3. */
  readonly topK?: number;
  /** Restrict matches, e.g. `{ kind: 'runbook' }`. */
  readonly filter?: MetadataFilterV1;
  /** Timeout for the query, in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
}

/** The query text: the alert, its summary, the affected services and the leading error patterns. */
export function buildRetrievalQuery(alert: Alert, findings: readonly Finding[]): string {
  const services = findings
    .filter((finding): finding is AffectedServiceFinding => finding.type === 'affected-service')
    .slice(0, 3)
    .map((finding) => finding.service);
  const patterns = findings
    .filter((finding): finding is ErrorPatternFinding => finding.type === 'error-pattern')
    .slice(0, 3)
    .map((finding) => finding.template.slice(0, 160));
  const parts = [
    alert.title,
    alert.labels.alertname ?? '',
    alert.annotations.summary ?? '',
    alert.annotations.description ?? '',
    services.length > 0 ? `services: ${services.join(', ')}` : '',
    ...patterns,
  ];
  return parts
    .filter((part) => part.trim() !== '')
    .join('\n')
    .slice(0, 2000);
}

function tokens(text: string): Set<string> {
  return new Set(
    text
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((token) => token.length > 2),
  );
}

/** Maps a store result into the report's runbook section, explaining each match by the terms it shares. */
export function toRetrievalResult(
  query: string,
  result: Awaited<ReturnType<VectorStoreV1['doQuery']>>,
): NonNullable<TriageReport['runbooks']> {
  const queryTokens = tokens(query);
  const matches: RunbookMatch[] = result.matches.map((match) => {
    const shared = [...tokens(`${match.document.title} ${match.document.text}`)].filter((token) =>
      queryTokens.has(token),
    );
    const metadata = match.document.metadata;
    return {
      id: match.document.id,
      title: match.document.title,
      kind: typeof metadata.kind === 'string' ? metadata.kind : 'runbook',
      relevance: Math.min(1, Math.max(0, match.relevance)),
      score: match.score,
      why: shared.length > 0 ? `shares ${shared.slice(0, 6).join(', ')}` : 'semantic similarity',
      excerpt: match.document.text.slice(0, 280),
      url: typeof metadata.url === 'string' ? metadata.url : null,
    };
  });
  return { confident: result.confident, query, matches };
}
