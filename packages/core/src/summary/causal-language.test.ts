import { describe, expect, it } from 'vitest';
import { CO_OCCURRING_LABEL } from '../schema/finding.js';
import { hedgeCausalLanguage, mentionsChange } from './causal-language.js';

const CAUSAL =
  /\b(?:caus(?:ed|es|e|ing)|triggered|triggers|due to|because|led to|leads to|resulted in|results in|root cause|culprit|responsible for|as a result of)\b/i;

describe('hedgeCausalLanguage', () => {
  it.each([
    ['The errors were caused by the pool change.', 'The errors co-occurred with the pool change'],
    ['Errors are most likely due to the 09:33 deploy', 'Errors co-occurred with the 09:33 deploy'],
    ['Timeouts started because of the config change', 'Timeouts started co-occurring with the config change'],
    ['The deploy caused the 5xx errors', 'The deploy co-occurred with the 5xx errors'],
    ['The pool change likely triggered the errors', 'The pool change co-occurred with the errors'],
    ['The rollout led to connection timeouts', 'The rollout co-occurred with connection timeouts'],
    ['Scaling down resulted in pod evictions', 'Scaling down co-occurred with pod evictions'],
    [
      'The root cause of the outage is the DB pool change',
      'A change co-occurring with the outage is the DB pool change',
    ],
    ['The deploy is the likely root cause', 'The deploy is a co-occurring change'],
    ['Checkout fails because the pool was lowered', 'Checkout fails while the pool was lowered'],
    ['Errors rose as a result of the release', 'Errors rose co-occurring with the release'],
  ])('rewrites "%s"', (input, expected) => {
    const hedged = hedgeCausalLanguage(input);
    expect(hedged.rewritten).toBe(true);
    expect(hedged.text.startsWith(expected)).toBe(true);
    expect(hedged.text).toContain(`(${CO_OCCURRING_LABEL})`);
    expect(hedged.text).not.toMatch(CAUSAL);
  });

  it('leaves text without causal wording unchanged', () => {
    const text = 'The pool change at 09:33 came 15 minutes before the first error.';
    expect(hedgeCausalLanguage(text)).toEqual({ text, rewritten: false });
  });

  it('keeps the sentence end after the label and does not add it twice', () => {
    expect(hedgeCausalLanguage('It was caused by the deploy.').text).toBe(
      `It co-occurred with the deploy (${CO_OCCURRING_LABEL}).`,
    );
    const once = hedgeCausalLanguage(`The deploy caused errors (${CO_OCCURRING_LABEL})`).text;
    expect(once.split(CO_OCCURRING_LABEL)).toHaveLength(2);
  });
});

describe('mentionsChange', () => {
  it('recognises changes and ignores plain symptoms', () => {
    expect(mentionsChange('the 09:33 deploy of inventory')).toBe(true);
    expect(mentionsChange('a config change lowered the pool')).toBe(true);
    expect(mentionsChange('inventory was rolled back')).toBe(true);
    expect(mentionsChange('checkout returns 5xx when inventory times out')).toBe(false);
  });
});
