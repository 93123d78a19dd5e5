import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMrkdwn } from './escape-mrkdwn.js';
import { fitLines } from './fit-lines.js';
import { safeSlackUrl, slackLink } from './slack-link.js';

describe('escapeMrkdwn', () => {
  it('escapes the three characters Slack reserves, and only those', () => {
    expect(escapeMrkdwn('<!channel> & <@U024BE7LH> *bold* _x_')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U024BE7LH&gt; *bold* _x_',
    );
  });

  it('cuts to the limit with an ellipsis, never inside an entity or a surrogate pair', () => {
    expect(escapeMrkdwn('a&b', 4)).toBe('a…');
    expect(escapeMrkdwn('ab&', 7)).toBe('ab&amp;');
    expect(escapeMrkdwn('😀😀😀', 4)).toBe('😀…');
    expect(escapeMrkdwn('short', 10)).toBe('short');
  });

  it('makes a one-line code span that a backtick cannot end', () => {
    expect(codeSpan('GET /a`b`\n  <id>', 100)).toBe("`GET /a'b' &lt;id&gt;`");
    expect(codeSpan('x'.repeat(50), 12)).toBe(`\`${'x'.repeat(9)}…\``);
  });
});

describe('slackLink', () => {
  it('links only http(s) URLs, encoding what would break the <url|label> syntax', () => {
    expect(slackLink('https://runbooks.example.com/a?x=1&y=2', 'Runbook <1>')).toBe(
      '<https://runbooks.example.com/a?x=1&amp;y=2|Runbook &lt;1&gt;>',
    );
    expect(safeSlackUrl('https://example.com/a|b>c')).toBe('https://example.com/a%7Cb%3Ec');
    expect(slackLink('javascript:alert(1)', 'click')).toBe('click');
    expect(slackLink(undefined, 'plain')).toBe('plain');
    expect(safeSlackUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('fitLines', () => {
  it('keeps whole lines within the limit and says how many items are left out', () => {
    const lines = Array.from({ length: 10 }, (_, index) => `line ${index} ${'x'.repeat(20)}`);
    const text = fitLines('*Heading*', lines, 10, 120);
    expect(text.length).toBeLessThanOrEqual(120);
    const shown = text.split('\n').filter((line) => line.startsWith('line '));
    expect(shown.length).toBeGreaterThan(0);
    expect(text.endsWith(`_…and ${10 - shown.length} more in the full report_`)).toBe(true);
  });

  it('counts items beyond the lines given', () => {
    expect(fitLines('*H*', ['a', 'b'], 5)).toBe('*H*\na\nb\n_…and 3 more in the full report_');
    expect(fitLines('*H*', ['a', 'b'])).toBe('*H*\na\nb');
  });
});
