import { CO_OCCURRING_LABEL } from '../schema/finding.js';

/** The outcome of {@link hedgeCausalLanguage}. */
export interface HedgedText {
  readonly text: string;
  /** Whether any causal phrase was rewritten. */
  readonly rewritten: boolean;
}

// Auxiliaries and hedges absorbed in front of a causal phrase: "is most likely caused by" becomes one unit.
const LEAD =
  '(?:(?:is|are|was|were|be|been|being|has|have|had|seems?|appears?|to|probably|likely|most|possibly|apparently|clearly|directly|almost|certainly|definitely|largely|mainly|primarily|entirely|ultimately|indeed)\\s+)*';
const ADJECTIVES =
  '(?:(?:likely|probable|possible|most|real|actual|main|primary|underlying|direct|obvious|clear)\\s+)*';

interface Rewrite {
  readonly pattern: RegExp;
  readonly replace: (match: string, lead: string | undefined) => string;
}

// "the deploy is the root cause of the errors" → "the deploy is a change co-occurring with the errors".
const NOUN_PHRASES: Rewrite = {
  pattern: new RegExp(
    `\\b(?:(?:the|a|an|its|their)\\s+)?${ADJECTIVES}(?:root[\\s-]+causes?|culprits?|(?<=(?:the|a|an|its|their)\\s+${ADJECTIVES})causes?)(\\s+(?:of|for|behind))?\\b`,
    'gi',
  ),
  replace: (_match, of) => (of ? 'a change co-occurring with' : 'a co-occurring change'),
};

// "errors caused by the deploy" / "errors are due to the deploy": the cause is the object.
const CAUSE_AS_OBJECT: Rewrite = {
  pattern: new RegExp(
    `\\b(${LEAD})(?:(?:caused|triggered|driven|induced|brought\\s+on|introduced|created|produced)\\s+by|due\\s+to|because\\s+of|owing\\s+to|attributable\\s+to|(?:as\\s+)?(?:a|the)\\s+(?:direct\\s+)?(?:result|consequence)\\s+of|resulting\\s+from|stemming\\s+from|stems?\\s+from|traced\\s+(?:back\\s+)?to)\\b`,
    'gi',
  ),
  replace: (_match, lead) =>
    lead && /\b(?:is|are|was|were|seems?|appears?)\b/i.test(lead) ? 'co-occurred with' : 'co-occurring with',
};

// "the deploy caused the errors" / "which led to timeouts": the cause is the subject.
const CAUSE_AS_SUBJECT: Rewrite = {
  pattern: new RegExp(
    `\\b(${LEAD})(?:caus(?:ed|es|e|ing)|trigger(?:ed|s|ing)|(?:led|leads|lead|leading)\\s+to|(?:resulted|results|result|resulting)\\s+in|broke|breaks|brought\\s+down|took\\s+down|responsible\\s+for)\\b`,
    'gi',
  ),
  replace: (match) =>
    /ing\b/i.test(match.trim().split(/\s+/)[0] ?? '') ? 'co-occurring with' : 'co-occurred with',
};

// "checkout fails because the pool shrank": a conjunction.
const BECAUSE: Rewrite = { pattern: /\bbecause\b(?!\s+of)/gi, replace: () => 'while' };

const REWRITES: readonly Rewrite[] = [NOUN_PHRASES, CAUSE_AS_OBJECT, CAUSE_AS_SUBJECT, BECAUSE];

/**
 * Rewrites causal wording ("caused by", "due to", "because of", "root cause", "triggered", "led to",
 * "resulted in", "because") into co-occurrence ("co-occurred with", "a co-occurring change") and appends
 * `(co-occurring — not proven causal)`. Meant for claims about changes, where time proximity is all the
 * evidence shows. The grammar of the result is not always perfect; its meaning is never stronger than the
 * evidence. Text without causal wording comes back unchanged.
 */
export function hedgeCausalLanguage(text: string): HedgedText {
  let result = text;
  for (const rewrite of REWRITES) {
    result = result.replace(rewrite.pattern, (match: string, lead: unknown) =>
      rewrite.replace(match, typeof lead === 'string' ? lead : undefined),
    );
  }
  if (result === text) return { text, rewritten: false };
  result = result.replace(/\s{2,}/g, ' ').trim();
  if (/^[A-Z]/.test(text.trim())) result = result.charAt(0).toUpperCase() + result.slice(1);
  const label = `(${CO_OCCURRING_LABEL})`;
  if (!result.includes(label))
    result = /[.!?]$/.test(result)
      ? `${result.slice(0, -1)} ${label}${result.slice(-1)}`
      : `${result} ${label}`;
  return { text: result, rewritten: true };
}

const CHANGE_WORDS =
  /\b(?:deploy\w*|roll(?:out|outs|ed\s+out|back|backs|ed\s+back)|release[sd]?|commit\w*|merge[sd]?|change[sd]?|config\w*|upgrade[sd]?|downgrade[sd]?|migrat\w*|scal(?:e|ed|ing)\b|restart\w*|patch\w*|terraform|helm|manifest\w*|feature\s+flags?|version)\b/i;

/** Whether a text talks about a change (a deploy, rollout, commit, config or scaling change, ...). */
export function mentionsChange(text: string): boolean {
  return CHANGE_WORDS.test(text);
}
