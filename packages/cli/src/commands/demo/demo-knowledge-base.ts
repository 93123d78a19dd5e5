import type { KnowledgeBaseOptions } from '@triagekit/core';
import { ALERT_WITHOUT_RUNBOOK, PAYMENTS_KNOWLEDGE_BASE } from '@triagekit/example-payments-incident';
import { createEmbeddedVectorStore, parseMarkdownDocument } from '@triagekit/retrieval';

/**
 * The demo's knowledge base — the example shop's runbooks and post-mortems — in an in-memory embedded
 * store (offline, no embedding model), plus a check that an alert with no runbook gets "no runbook found".
 */
export async function createDemoKnowledgeBase(): Promise<{
  readonly knowledgeBase: KnowledgeBaseOptions;
  /** One line for the demo's output: what the knowledge base says about an alert it has no runbook for. */
  checkAlertWithoutRunbook(): Promise<string>;
}> {
  const store = createEmbeddedVectorStore();
  const documents = PAYMENTS_KNOWLEDGE_BASE.map((entry) =>
    parseMarkdownDocument(entry.markdown, {
      defaultId: entry.path.replace(/\.md$/, ''),
      displayPath: entry.path,
    }),
  );
  await store.doUpsert({ documents });
  return {
    knowledgeBase: { store, topK: 3 },
    async checkAlertWithoutRunbook() {
      const result = await store.doQuery({
        text: `${ALERT_WITHOUT_RUNBOOK.title}\n${ALERT_WITHOUT_RUNBOOK.description}`,
        topK: 3,
      });
      const best = result.matches[0];
      return result.confident
        ? `Knowledge base, unrelated alert "${ALERT_WITHOUT_RUNBOOK.title}": matched ${best?.document.title ?? '?'} (unexpected)`
        : `Knowledge base, unrelated alert "${ALERT_WITHOUT_RUNBOOK.title}": no runbook found${best === undefined ? '' : ` (best candidate "${best.document.title}" at relevance ${best.relevance.toFixed(2)} is below the threshold)`}`;
    },
  };
}
