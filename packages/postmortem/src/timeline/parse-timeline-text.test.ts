import { describe, expect, it } from 'vitest';
import { formatTimelineProblem } from './incident-timeline.js';
import { parseTimelineText } from './parse-timeline-text.js';

function note(sequence: number, text: string, incidentId = 'INC-7') {
  return JSON.stringify({
    id: `te_${String(sequence).padStart(16, '0')}`,
    sequence,
    incidentId,
    time: '2026-03-04T10:00:00.000Z',
    recordedAt: '2026-03-04T10:00:01.000Z',
    author: 'ana',
    kind: 'note',
    text,
  });
}

describe('parseTimelineText', () => {
  it('keeps valid entries in sequence order and reports every bad line with its number and reason', () => {
    const text = [
      note(2, 'second'),
      '{"id": "te_broken", ', // line 2: not JSON
      note(1, 'first'),
      '', // line 4: blank, ignored
      JSON.stringify({ kind: 'note', text: 'no id' }), // line 5: schema
      note(3, 'other incident', 'INC-8'), // line 6
      note(2, 'repeat'), // line 7: sequence 2 again
      note(4, 'cut off').slice(0, 40), // line 8: last line, no line break
    ].join('\n');
    const timeline = parseTimelineText(text, '/incidents/INC-7.jsonl', 'INC-7');
    expect(timeline.entries.map((entry) => entry.sequence)).toEqual([1, 2]);
    expect(timeline.entries.map((entry) => (entry.kind === 'note' ? entry.text : ''))).toEqual([
      'first',
      'second',
    ]);
    expect(timeline.problems.map((problem) => problem.line)).toEqual([2, 5, 6, 7, 8]);
    expect(timeline.problems[0]?.reason).toMatch(/^not valid JSON: /);
    expect(timeline.problems[1]?.reason).toMatch(/^not a valid timeline entry: id: /);
    expect(timeline.problems[2]?.reason).toBe('belongs to incident "INC-8", not "INC-7"');
    expect(timeline.problems[3]?.reason).toBe('repeats sequence 2; the first entry with it was kept');
    expect(timeline.problems[4]?.reason).toMatch(/^partial line \(no line break at the end/);
    expect(formatTimelineProblem(timeline.problems[2] as never)).toBe(
      '/incidents/INC-7.jsonl:6: belongs to incident "INC-8", not "INC-7"',
    );
  });

  it('reads Windows line endings and an empty file', () => {
    expect(parseTimelineText(`${note(1, 'a')}\r\n${note(2, 'b')}\r\n`, 'f', 'INC-7').entries).toHaveLength(2);
    expect(parseTimelineText('', 'f', 'INC-7')).toEqual({
      incidentId: 'INC-7',
      path: 'f',
      entries: [],
      problems: [],
    });
  });
});
