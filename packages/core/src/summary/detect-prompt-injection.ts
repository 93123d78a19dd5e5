import { ALERT_EVIDENCE_COLLECTOR_ID } from '../analysis/alert-evidence.js';
import { createFindingId } from '../analysis/create-finding-id.js';
import type { Evidence } from '../schema/evidence.js';
import type { PromptInjectionFinding } from '../schema/finding.js';
import { matchPromptInjection, type PromptInjectionMatcher } from './match-prompt-injection.js';
import { PROMPT_INJECTION_RULES } from './prompt-injection-rules.js';

/** The `analyzerId` of prompt-injection findings; the pipeline runs the detection itself, always. */
export const PROMPT_INJECTION_ANALYZER_ID = 'prompt-injection';

/** Most evidence ids a prompt-injection finding cites; `count` has the full number. */
const MAX_CITED = 20;

interface RuleHits {
  ids: string[];
  count: number;
  excerpt: string;
}

/** The texts of an item that may reach a prompt: its text, and for the alert its labels and annotations. */
function textsOf(item: Evidence): string[] {
  if (item.collectorId !== ALERT_EVIDENCE_COLLECTOR_ID) return [item.text];
  const values = Object.values(item.attributes).filter((value): value is string => typeof value === 'string');
  return [item.text, ...values];
}

/**
 * Flags evidence that reads like instructions to a language model or like a command to run (see
 * {@link PROMPT_INJECTION_RULES}): one `prompt-injection` finding per matched rule, citing the first 20
 * matching items in evidence order and counting all of them. Pure and deterministic; never throws.
 */
export function detectPromptInjection(
  evidence: readonly Evidence[],
  matcher: PromptInjectionMatcher = matchPromptInjection,
): PromptInjectionFinding[] {
  const hits = new Map<string, RuleHits>();
  for (const item of evidence) {
    const seen = new Set<string>();
    for (const text of textsOf(item)) {
      for (const match of matcher(text)) {
        if (seen.has(match.ruleId)) continue;
        seen.add(match.ruleId);
        const entry = hits.get(match.ruleId);
        if (entry === undefined) {
          hits.set(match.ruleId, { ids: [item.id], count: 1, excerpt: match.excerpt });
        } else {
          entry.count += 1;
          if (entry.ids.length < MAX_CITED) entry.ids.push(item.id);
        }
      }
    }
  }
  const descriptions = new Map(PROMPT_INJECTION_RULES.map((rule) => [rule.id, rule.description]));
  const order = [...descriptions.keys()];
  return [...hits.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([ruleId, entry]) => ({
      id: createFindingId(PROMPT_INJECTION_ANALYZER_ID, [ruleId]),
      analyzerId: PROMPT_INJECTION_ANALYZER_ID,
      type: 'prompt-injection',
      title: `${entry.count} evidence item${entry.count === 1 ? '' : 's'} read${entry.count === 1 ? 's' : ''} like instructions to a model: ${descriptions.get(ruleId) ?? ruleId}`,
      evidenceIds: entry.ids,
      ruleId,
      count: entry.count,
      excerpt: entry.excerpt,
    }));
}
