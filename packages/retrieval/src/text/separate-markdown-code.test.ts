import { describe, expect, it } from 'vitest';
import { separateMarkdownCode } from './separate-markdown-code.js';

describe('separateMarkdownCode', () => {
  it('moves fenced code, link targets and URLs out of the prose, keeping link texts', () => {
    const { prose, code } = separateMarkdownCode(
      [
        'Check the [disk runbook](./disk-full.md) and <details>the summary</details>.',
        '```shell',
        'kubectl get pods -n payments',
        '```',
        'See https://kubernetes.io/docs/concepts for more.',
        '[1]: https://example.com/reference',
      ].join('\n'),
    );
    expect(prose).toContain('Check the disk runbook');
    expect(prose).toContain('the summary');
    expect(prose).not.toContain('kubectl');
    expect(prose).not.toContain('disk-full.md');
    expect(prose).not.toContain('https://');
    expect(prose).not.toContain('<details>');
    expect(code).toContain('kubectl get pods -n payments');
    expect(code).toContain('./disk-full.md');
    expect(code).toContain('https://kubernetes.io/docs/concepts');
    expect(code).toContain('[1]: https://example.com/reference');
  });

  it('treats an unclosed fence as code to the end, and ~~~ fences like backticks', () => {
    expect(separateMarkdownCode('text\n~~~\ncode line').code).toBe('code line');
    expect(separateMarkdownCode('text\n```\nstill code').prose).toBe('text');
  });
});
