import { describe, expect, it } from 'vitest';
import { LlmOutputParseError } from '../errors/llm-output-parse-error.js';
import { parseSummaryAnswer } from './parse-summary-answer.js';

const ANSWER = {
  overview: { text: 'inventory exhausts its pool', evidenceIds: ['ev_1'] },
  affectedServices: [{ text: 'inventory', evidenceIds: ['ev_1'] }],
  sequenceOfEvents: [],
  errorPatterns: [],
  areasToInvestigate: [],
};

function parseError(text: string): LlmOutputParseError {
  try {
    parseSummaryAnswer(text, 'scripted');
  } catch (error) {
    if (LlmOutputParseError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseSummaryAnswer', () => {
  it('accepts the object alone, in a json fence, or inside a sentence', () => {
    const json = JSON.stringify(ANSWER);
    expect(parseSummaryAnswer(json, 'p')).toEqual(ANSWER);
    expect(parseSummaryAnswer(`\`\`\`json\n${json}\n\`\`\``, 'p')).toEqual(ANSWER);
    expect(parseSummaryAnswer(`Here is the summary: ${json} Hope it helps.`, 'p')).toEqual(ANSWER);
  });

  it('reads a missing evidenceIds or a bare string overview as uncited claims', () => {
    const parsed = parseSummaryAnswer(
      JSON.stringify({ ...ANSWER, overview: 'all fine', affectedServices: [{ text: 'inventory' }] }),
      'p',
    );
    expect(parsed.overview).toEqual({ text: 'all fine', evidenceIds: [] });
    expect(parsed.affectedServices[0]).toEqual({ text: 'inventory', evidenceIds: [] });
  });

  it('rejects text that is not JSON, keeping the raw text', () => {
    const error = parseError('The incident is caused by inventory.');
    expect(error.message).toContain('not valid JSON');
    expect(error.text).toBe('The incident is caused by inventory.');
    expect(error.providerId).toBe('scripted');
  });

  it('rejects JSON without a required field, naming it', () => {
    const { areasToInvestigate: _missing, ...partial } = ANSWER;
    const error = parseError(JSON.stringify({ ...partial, errorPatterns: 'none' }));
    expect(error.message).toContain('areasToInvestigate');
    expect(error.message).toContain('errorPatterns');
  });
});
