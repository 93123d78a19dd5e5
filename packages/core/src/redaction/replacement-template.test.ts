import { describe, expect, it } from 'vitest';
import { compileReplacementTemplate } from './replacement-template.js';

/** Expands `template` through the compiled function, the way the redactor does, for comparison. */
function expand(text: string, pattern: RegExp, template: string): string {
  const probe = new RegExp(`${pattern.source}|`, pattern.flags.replace('g', '')).exec('');
  const captureCount = probe === null ? 0 : probe.length - 1;
  const compiled = compileReplacementTemplate(template, captureCount, probe?.groups !== undefined);
  return text.replace(pattern, (...callbackArguments: unknown[]) => compiled(callbackArguments));
}

describe('compileReplacementTemplate', () => {
  const cases: [string, RegExp, string][] = [
    ['key=abc and key=def', /key=(\w+)/g, '[$1]'],
    ['key=abc', /key=(\w+)/g, '$$1 $& $0 $9 $'],
    ['a1b2', /(\w)(\d)/g, '$2$1$12$01'],
    ['abcdefghijklmnop', /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/g, '$12$11$10$1$01'],
    ['<x=1>', /x=(?<value>\d)/g, '[$<value>][$<missing>][$<unclosed'],
    ['<x=1>', /x=(\d)/g, '[$<value>]'],
    ['one two three', /two/g, "[$`|$']"],
    ['maybe', /(x)?maybe/g, '<$1>'],
    ['plain', /plain/g, 'no dollars'],
  ];

  it.each(cases)('expands like String.prototype.replace on %j with %s and %j', (text, pattern, template) => {
    expect(expand(text, pattern, template)).toBe(text.replace(pattern, template));
  });
});
