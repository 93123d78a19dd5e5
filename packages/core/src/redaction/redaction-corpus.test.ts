import { describe, expect, it } from 'vitest';
import { CLEAN_LOG_CORPUS } from './__fixtures__/clean-log-corpus.js';
import { SECRET_CORPUS } from './__fixtures__/secret-corpus.js';
import { createRedactor } from './create-redactor.js';
import { DEFAULT_REDACTION_RULES } from './default-redaction-rules.js';

const redactor = createRedactor();
const defaultRuleIds = new Set(DEFAULT_REDACTION_RULES.map((rule) => rule.id));

describe('secret corpus', () => {
  it('is big and varied enough to mean something', () => {
    const secretCount = SECRET_CORPUS.reduce((sum, entry) => sum + entry.secrets.length, 0);
    expect(SECRET_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(secretCount).toBeGreaterThanOrEqual(40);
    expect(new Set(SECRET_CORPUS.map((entry) => entry.format)).size).toBeGreaterThanOrEqual(9);
  });

  it('exercises every default rule', () => {
    const expected = new Set(SECRET_CORPUS.flatMap((entry) => entry.ruleIds));
    expect([...defaultRuleIds].filter((id) => !expected.has(id))).toEqual([]);
  });

  it('holds each secret verbatim in its text, with survivors that do not overlap it', () => {
    for (const entry of SECRET_CORPUS) {
      for (const secret of entry.secrets) {
        if (secret.length >= 12) expect(entry.text, entry.name).toContain(secret);
      }
      for (const survivor of entry.survivors) expect(entry.text, entry.name).toContain(survivor);
    }
  });

  describe.each(SECRET_CORPUS.map((entry) => [`${entry.format}: ${entry.name}`, entry] as const))(
    '%s',
    (_, entry) => {
      const outcome = redactor.redact(entry.text);

      it('removes every secret value', () => {
        for (const secret of entry.secrets) expect(outcome.text).not.toContain(secret);
      });

      it('names the expected rules in the counts', () => {
        for (const ruleId of entry.ruleIds) expect(outcome.counts[ruleId] ?? 0).toBeGreaterThan(0);
        expect(outcome.total).toBe(Object.values(outcome.counts).reduce((sum, count) => sum + count, 0));
      });

      it('keeps the surrounding text', () => {
        for (const survivor of entry.survivors) expect(outcome.text).toContain(survivor);
        for (const ruleId of entry.ruleIds) expect(outcome.text).toContain(`[REDACTED:${ruleId}]`);
      });

      it('changes nothing when redacted again', () => {
        const again = redactor.redact(outcome.text);
        expect(again.text).toBe(outcome.text);
        expect(again.total).toBe(0);
      });
    },
  );
});

describe('clean corpus', () => {
  it('has enough ordinary lines', () => {
    expect(CLEAN_LOG_CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  // No exceptions: every line, including the already-masked and empty values, must come out unchanged.
  it.each(CLEAN_LOG_CORPUS.map((entry) => [entry.name, entry.text] as const))(
    'leaves %s unchanged',
    (_, text) => {
      const outcome = redactor.redact(text);
      expect(outcome.text).toBe(text);
      expect(outcome.counts).toEqual({});
      expect(outcome.total).toBe(0);
    },
  );
});
