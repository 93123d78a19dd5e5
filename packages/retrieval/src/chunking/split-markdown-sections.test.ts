import { describe, expect, it } from 'vitest';
import { splitMarkdownSections } from './split-markdown-sections.js';

describe('splitMarkdownSections', () => {
  it('splits at headings, with each section knowing its heading path', () => {
    const sections = splitMarkdownSections(
      [
        'Preamble text',
        '# Disk full',
        '## Mitigation',
        'Delete logs.',
        '### Data retention',
        'Drop old data.',
        '## Impact',
        'Writes fail.',
      ].join('\n'),
    );
    expect(sections.map((section) => section.headings)).toEqual([
      [],
      ['Disk full'],
      ['Disk full', 'Mitigation'],
      ['Disk full', 'Mitigation', 'Data retention'],
      ['Disk full', 'Impact'],
    ]);
    expect(sections.map((section) => section.hasBody)).toEqual([true, false, true, true, true]);
  });

  it('ignores # lines inside fenced code blocks', () => {
    const sections = splitMarkdownSections(
      '## Diagnosis\n```shell\n# list the pods\nkubectl get pods\n```\nDone.',
    );
    expect(sections).toHaveLength(1);
    expect(sections[0]?.text).toContain('# list the pods');
  });
});
