import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { parsePostmortemTemplate } from './parse-postmortem-template.js';

describe('parsePostmortemTemplate', () => {
  it('splits text, sections and fields, tolerating spaces inside the braces', () => {
    expect(
      parsePostmortemTemplate('# {{ title }}\n\n{{section:summary}}\nBy {{incident}} at {{generated-at}}'),
    ).toEqual([
      { type: 'text', text: '# ' },
      { type: 'field', name: 'title' },
      { type: 'text', text: '\n\n' },
      { type: 'section', name: 'summary' },
      { type: 'text', text: '\nBy ' },
      { type: 'field', name: 'incident' },
      { type: 'text', text: ' at ' },
      { type: 'field', name: 'generated-at' },
    ]);
  });

  it('keeps escaped braces literal', () => {
    expect(parsePostmortemTemplate('Use \\{{section:summary}} to place it.')).toEqual([
      { type: 'text', text: 'Use {{section:summary}} to place it.' },
    ]);
  });

  it('names every unknown section and placeholder with its line and column', () => {
    let caught: unknown;
    try {
      parsePostmortemTemplate(
        '# T\n\n{{section:summary}}\n{{section:lessons}}\n\n  {{author}}',
        'template.md',
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as InvalidInputError;
    expect(error.source).toBe('template.md');
    expect(error.issues).toEqual([
      {
        path: 'line 4, column 1',
        message: expect.stringContaining(
          'unknown section "lessons" in {{section:lessons}}; known sections: summary, impact',
        ),
      },
      { path: 'line 6, column 3', message: expect.stringContaining('unknown placeholder {{author}}') },
    ]);
  });
});
