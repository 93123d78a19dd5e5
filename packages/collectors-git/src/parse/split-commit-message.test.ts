import { describe, expect, it } from 'vitest';
import { splitCommitMessage } from './split-commit-message.js';

describe('splitCommitMessage', () => {
  it('takes the first paragraph as the subject and the rest as the body', () => {
    expect(splitCommitMessage('Bump payments replicas\n\nPeak traffic.\n\nRefs: OPS-12\n')).toEqual({
      subject: 'Bump payments replicas',
      body: 'Peak traffic.\n\nRefs: OPS-12',
    });
  });

  it('joins a subject spread over several lines with spaces, as git does', () => {
    expect(splitCommitMessage('Scale payments\nto six replicas\n\nbody').subject).toBe(
      'Scale payments to six replicas',
    );
  });

  it('keeps the indentation of the body and reads Windows line ends', () => {
    expect(splitCommitMessage('Subject\r\n\r\n    indented\r\n\tand tabbed\r\n')).toEqual({
      subject: 'Subject',
      body: '    indented\n\tand tabbed',
    });
  });

  it('handles messages without a body, and empty ones', () => {
    expect(splitCommitMessage('Only a subject\n')).toEqual({ subject: 'Only a subject', body: '' });
    expect(splitCommitMessage('\n\n')).toEqual({ subject: '', body: '' });
  });
});
