import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { createRedactor } from './create-redactor.js';
import { DEFAULT_REDACTION_RULES } from './default-redaction-rules.js';
import type { RedactionRule } from './redaction-rule.js';

function captureInvalidInput(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

/** Lets tests hand deliberately malformed rules to the validator. */
function malformed(rule: Record<string, unknown>): RedactionRule {
  return rule as unknown as RedactionRule;
}

const githubToken = `ghp_${'a1B2c3D4e5'.repeat(3)}f6G7h8`;

describe('createRedactor with the default rules', () => {
  const redactor = createRedactor();

  it('runs the default rules in order', () => {
    expect(redactor.ruleIds).toEqual(DEFAULT_REDACTION_RULES.map((rule) => rule.id));
  });

  it('gives every default rule an id, a description and keywords', () => {
    for (const rule of DEFAULT_REDACTION_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(rule.description, rule.id).toBeTruthy();
      expect(rule.keywords?.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('returns clean text as is, with no counts', () => {
    const text = 'GET /api/v1/orders/48213 200 35ms request_id=5f1c2a9e-8b7d-4c3e-9a1f-2b6d8e0c4a7f';
    const outcome = redactor.redact(text);
    expect(outcome.text).toBe(text);
    expect(outcome.counts).toEqual({});
    expect(outcome.total).toBe(0);
  });

  it('handles the empty string', () => {
    expect(redactor.redact('')).toEqual({ text: '', counts: {}, total: 0 });
  });

  it('counts every replacement per rule', () => {
    const outcome = redactor.redact(
      `password=a1b2c3 token=x9y8z7\nretry password=q1w2e3 with ${githubToken} and ${githubToken}`,
    );
    expect(outcome.counts).toEqual({ 'github-token': 2, 'secret-assignment': 3 });
    expect(outcome.total).toBe(5);
    expect(outcome.text).toBe(
      'password=[REDACTED:secret-assignment] token=[REDACTED:secret-assignment]\n' +
        'retry password=[REDACTED:secret-assignment] with [REDACTED:github-token] and ' +
        '[REDACTED:github-token]',
    );
  });

  it('credits the most specific rule when a generic one would also match', () => {
    const outcome = redactor.redact(`GITHUB_TOKEN=${githubToken}`);
    expect(outcome.text).toBe('GITHUB_TOKEN=[REDACTED:github-token]');
    expect(outcome.counts).toEqual({ 'github-token': 1 });
  });

  it('keeps keys, separators and quotes of assignments', () => {
    expect(redactor.redact('{"db_password": "two words", "user": "app"}').text).toBe(
      '{"db_password": "[REDACTED:secret-assignment]", "user": "app"}',
    );
    expect(redactor.redact("api_key: 'k-77-abc'").text).toBe("api_key: '[REDACTED:secret-assignment]'");
    expect(redactor.redact('client_secret := s3cr3t;next=1').text).toBe(
      'client_secret := [REDACTED:secret-assignment];next=1',
    );
    expect(redactor.redact('$config = ["password" => "p4ss"]').text).toBe(
      '$config = ["password" => "[REDACTED:secret-assignment]"]',
    );
  });

  it('redacts a quoted value cut off before its closing quote', () => {
    expect(redactor.redact('password="abc12 3').text).toBe('password="[REDACTED:secret-assignment]');
  });

  it('keeps user and host of URLs with passwords', () => {
    expect(redactor.redact('postgres://app:p@ss:w0rd@db.internal:5432/orders').text).toBe(
      'postgres://app:[REDACTED:url-credentials]@db.internal:5432/orders',
    );
  });

  it('keeps the scheme of Authorization headers', () => {
    expect(redactor.redact('Authorization: Bearer abc.def-123').text).toBe(
      'Authorization: Bearer [REDACTED:authorization-header]',
    );
  });

  it('only treats auth as a key when it is assigned', () => {
    expect(redactor.redact('auth failed for user alice').text).toBe('auth failed for user alice');
    expect(redactor.redact('auth=c2VjcmV0 user=alice').text).toBe(
      'auth=[REDACTED:secret-assignment] user=alice',
    );
    expect(redactor.redact('auth: c2VjcmV0').text).toBe('auth: [REDACTED:secret-assignment]');
  });

  it('does not redact token counters (documented choice)', () => {
    const text = 'token_count=5 prompt_tokens=12 max_tokens=4096';
    expect(redactor.redact(text).text).toBe(text);
  });

  it('does not redact empty, placeholder or already redacted values', () => {
    const text = `password= secret="" token=[REDACTED:json-web-token] api_key=true pwd=\${PASSWORD}`;
    expect(redactor.redact(text)).toEqual({ text, counts: {}, total: 0 });
  });

  it('is idempotent', () => {
    const first = redactor.redact(`password=a1b2c3 Authorization: Basic dXNlcjpwYXNz ${githubToken}`);
    const second = redactor.redact(first.text);
    expect(second.text).toBe(first.text);
    expect(second.total).toBe(0);
    expect(second.counts).toEqual({});
  });

  it('handles text with non-ASCII characters', () => {
    expect(redactor.redact('Anmeldung fehlgeschlagen für Jürgen ☃ password=Grüße123').text).toBe(
      'Anmeldung fehlgeschlagen für Jürgen ☃ password=[REDACTED:secret-assignment]',
    );
  });

  it('finds keywords regardless of case', () => {
    expect(redactor.redact('PASSWORD=Hunter22').text).toBe('PASSWORD=[REDACTED:secret-assignment]');
  });

  it('can be reused across many texts', () => {
    const texts = ['password=one1', 'clean line', 'token=two2', 'clean line'];
    expect(texts.map((text) => redactor.redact(text).total)).toEqual([1, 0, 1, 0]);
    expect(texts.map((text) => redactor.redact(text).total)).toEqual([1, 0, 1, 0]);
  });
});

describe('user rules', () => {
  const ticketRule: RedactionRule = {
    id: 'ticket-signing-key',
    pattern: /tsk_[a-z0-9]{8}/,
    keywords: ['tsk_'],
  };

  it('applies a custom rule after the defaults and counts it', () => {
    const redactor = createRedactor({ rules: [ticketRule] });
    expect(redactor.ruleIds.at(-1)).toBe('ticket-signing-key');
    const outcome = redactor.redact('signed with tsk_ab12cd34 and tsk_ef56gh78, password=x1y2');
    expect(outcome.text).toBe(
      'signed with [REDACTED:ticket-signing-key] and [REDACTED:ticket-signing-key], ' +
        'password=[REDACTED:secret-assignment]',
    );
    expect(outcome.counts).toEqual({ 'ticket-signing-key': 2, 'secret-assignment': 1 });
    expect(outcome.total).toBe(3);
  });

  it('adds the global flag without touching the caller pattern', () => {
    const pattern = /tsk_[a-z0-9]{8}/i;
    pattern.lastIndex = 3;
    const redactor = createRedactor({ includeDefaultRules: false, rules: [{ id: 'ticket', pattern }] });
    expect(redactor.redact('TSK_AB12CD34 tsk_ef56gh78').total).toBe(2);
    expect(pattern.flags).toBe('i');
    expect(pattern.lastIndex).toBe(3);
  });

  it('supports $ patterns in string replacements', () => {
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [
        { id: 'card', pattern: /\b(\d{4})\d{8}(?<last>\d{4})\b/, replacement: '$1********$<last> ($$)' },
      ],
    });
    expect(redactor.redact('card 4111111111111111 declined').text).toBe('card 4111********1111 ($) declined');
  });

  it('passes replace callback arguments to replacement functions', () => {
    const seen: unknown[][] = [];
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [
        {
          id: 'session',
          pattern: /session=(\w+)/,
          replacement: (...callbackArguments) => {
            seen.push(callbackArguments);
            return `session=<${callbackArguments[1]?.length} chars>`;
          },
        },
      ],
    });
    expect(redactor.redact('ok session=abc123 done').text).toBe('ok session=<6 chars> done');
    expect(seen).toEqual([['session=abc123', 'abc123', 3, 'ok session=abc123 done']]);
  });

  it('does not count a match the replacement function leaves unchanged', () => {
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [
        { id: 'even', pattern: /\d+/, replacement: (match) => (Number(match) % 2 === 0 ? '<even>' : match) },
      ],
    });
    expect(redactor.redact('1 2 3 4')).toEqual({ text: '1 <even> 3 <even>', counts: { even: 2 }, total: 2 });
  });

  it('skips a rule whose keywords are absent, comparing case-insensitively', () => {
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [{ id: 'internal-id', pattern: /\bX-\d{4}\b/, keywords: ['TICKET'] }],
    });
    expect(redactor.redact('X-1234 closed').total).toBe(0);
    expect(redactor.redact('Ticket X-1234 closed').text).toBe('Ticket [REDACTED:internal-id] closed');
  });

  it('runs a rule without keywords on every text, next to keyword-gated defaults', () => {
    const redactor = createRedactor({ rules: [{ id: 'employee-id', pattern: /\bE\d{6}\b/ }] });
    expect(redactor.redact('shift swap E123456 -> E654321').counts).toEqual({ 'employee-id': 2 });
    expect(redactor.redact('password=abc12 by E123456').counts).toEqual({
      'secret-assignment': 1,
      'employee-id': 1,
    });
    expect(redactor.redact('nothing to see').total).toBe(0);
  });

  it('never re-redacts an existing marker', () => {
    const redactor = createRedactor({ rules: [{ id: 'shout', pattern: /REDACTED|secret-assignment/ }] });
    const outcome = redactor.redact('password=abc12 REDACTED');
    expect(outcome.text).toBe('password=[REDACTED:secret-assignment] [REDACTED:shout]');
    expect(outcome.counts).toEqual({ 'secret-assignment': 1, shout: 1 });
    expect(redactor.redact(outcome.text).total).toBe(0);
  });

  it('ignores empty matches of lookaround-only patterns', () => {
    const redactor = createRedactor({ includeDefaultRules: false, rules: [{ id: 'gap', pattern: /(?=x)/ }] });
    expect(redactor.redact('axbx')).toEqual({ text: 'axbx', counts: {}, total: 0 });
  });

  it('lets errors from replacement functions propagate', () => {
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [
        {
          id: 'boom',
          pattern: /x/,
          replacement: () => {
            throw new RangeError('boom');
          },
        },
      ],
    });
    expect(() => redactor.redact('x')).toThrow(RangeError);
  });
});

describe('invalid user rules', () => {
  it('rejects a pattern that matches the empty string', () => {
    const error = captureInvalidInput(() => createRedactor({ rules: [{ id: 'stars', pattern: /a*/ }] }));
    expect(error.source).toBe('redaction rules');
    expect(error.issues).toEqual([
      { path: 'rules.0.pattern', message: expect.stringContaining('empty string') },
    ]);
  });

  it('rejects duplicate ids, naming both rules', () => {
    const error = captureInvalidInput(() =>
      createRedactor({
        rules: [
          { id: 'ticket', pattern: /t/ },
          { id: 'ticket', pattern: /u/ },
        ],
      }),
    );
    expect(error.issues).toEqual([{ path: 'rules.1.id', message: expect.stringContaining('rules.0') }]);
  });

  it('rejects an id taken by a default rule unless the defaults are excluded', () => {
    const rules = [{ id: 'github-token', pattern: /gh_\w+/ }];
    const error = captureInvalidInput(() => createRedactor({ rules }));
    expect(error.issues).toEqual([
      { path: 'rules.0.id', message: expect.stringContaining('a default rule') },
    ]);
    expect(createRedactor({ includeDefaultRules: false, rules }).ruleIds).toEqual(['github-token']);
  });

  it('rejects a pattern that is not a RegExp, naming the rule index', () => {
    const error = captureInvalidInput(() =>
      createRedactor({
        rules: [
          { id: 'one', pattern: /1/ },
          { id: 'two', pattern: /2/ },
          malformed({ id: 'three', pattern: 'sk_[a-z]+' }),
        ],
      }),
    );
    expect(error.issues).toEqual([
      { path: 'rules.2.pattern', message: 'expected a RegExp, got "sk_[a-z]+"' },
    ]);
    expect(error.message).toContain('rules.2.pattern');
  });

  it('rejects empty and malformed ids', () => {
    const error = captureInvalidInput(() =>
      createRedactor({
        rules: [
          { id: '', pattern: /a/ },
          { id: 'has space', pattern: /b/ },
          { id: 'x]', pattern: /c/ },
          malformed({ pattern: /d/ }),
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'rules.0.id',
      'rules.1.id',
      'rules.2.id',
      'rules.3.id',
    ]);
  });

  it('rejects malformed keywords, replacements and descriptions', () => {
    const error = captureInvalidInput(() =>
      createRedactor({
        rules: [
          { id: 'a', pattern: /a/, keywords: [] },
          malformed({ id: 'b', pattern: /b/, keywords: ['ok', ''] }),
          malformed({ id: 'c', pattern: /c/, keywords: 'c' }),
          malformed({ id: 'd', pattern: /d/, replacement: 42 }),
          malformed({ id: 'e', pattern: /e/, description: ['e'] }),
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'rules.0.keywords',
      'rules.1.keywords.1',
      'rules.2.keywords',
      'rules.3.replacement',
      'rules.4.description',
    ]);
  });

  it('reports every problem at once', () => {
    const error = captureInvalidInput(() =>
      createRedactor({
        rules: [malformed({ id: '', pattern: null }), malformed({ id: 'ok', pattern: /x?/ })],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'rules.0.id',
      'rules.0.pattern',
      'rules.1.pattern',
    ]);
  });

  it('rejects malformed options', () => {
    const notArray = captureInvalidInput(() =>
      createRedactor({ rules: { id: 'a', pattern: /a/ } as unknown as RedactionRule[] }),
    );
    expect(notArray.issues.map((issue) => issue.path)).toEqual(['rules']);
    const notBoolean = captureInvalidInput(() =>
      createRedactor({ includeDefaultRules: 'no' as unknown as boolean }),
    );
    expect(notBoolean.issues.map((issue) => issue.path)).toEqual(['includeDefaultRules']);
    const notObject = captureInvalidInput(() => createRedactor({ rules: [malformed(null as never)] }));
    expect(notObject.issues).toEqual([{ path: 'rules.0', message: 'expected a rule object, got null' }]);
  });
});

describe('includeDefaultRules: false', () => {
  it('runs only the given rules', () => {
    const redactor = createRedactor({
      includeDefaultRules: false,
      rules: [{ id: 'ticket', pattern: /tsk_\w+/, keywords: ['tsk_'] }],
    });
    expect(redactor.ruleIds).toEqual(['ticket']);
    const outcome = redactor.redact(`password=abc12 ${githubToken} tsk_1`);
    expect(outcome.text).toBe(`password=abc12 ${githubToken} [REDACTED:ticket]`);
    expect(outcome.counts).toEqual({ ticket: 1 });
  });

  it('returns text unchanged when there are no rules at all', () => {
    const redactor = createRedactor({ includeDefaultRules: false });
    expect(redactor.ruleIds).toEqual([]);
    expect(redactor.redact('password=abc12')).toEqual({ text: 'password=abc12', counts: {}, total: 0 });
  });
});
