import { rm } from 'node:fs/promises';
import { InvalidInputError } from '@triagekit/core';
import { ScriptedLlmProviderV1 } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPaymentsIncident } from '../__fixtures__/payments-incident-timeline.js';
import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import { draftPostmortem } from './draft-postmortem.js';

let directory: string;
let timeline: IncidentTimeline;
beforeAll(async () => {
  ({ directory, timeline } = await recordPaymentsIncident());
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const companyTemplate = `---
title: "{{title}}"
incident: {{incident}}
---

## TL;DR <!-- section: summary -->

{{section:summary}}

## Follow-ups

{{section:action-items}}

Reviewed by: _name_
`;

describe('draftPostmortem with a custom template', () => {
  it('renders only the sections the template places, under its own headings, and keeps its prose', async () => {
    const draft = await draftPostmortem({
      timeline,
      template: companyTemplate,
      title: 'Payments latency, 4 March',
    });
    expect(
      draft.markdown.startsWith('---\ntitle: "Payments latency, 4 March"\nincident: INC-2026-0304\n---\n'),
    ).toBe(true);
    expect(draft.markdown).toContain(
      '## TL;DR <!-- section: summary -->\n\n- Alert "PaymentsLatencyHigh: p99 > 2s" (critical)',
    );
    expect(draft.markdown).toContain(
      '## Follow-ups\n\n- [ ] **Proposed:** Alert on connection-pool wait time',
    );
    expect(draft.markdown.endsWith('Reviewed by: _name_\n')).toBe(true);
    expect(draft.markdown).not.toContain('## Timeline');
    // The structured draft still has every section, for checking and indexing.
    expect(draft.sections).toHaveLength(9);
  });

  it('rejects a template with an unknown section before calling any model', async () => {
    const llm = new ScriptedLlmProviderV1({ script: [] });
    await expect(
      draftPostmortem({ timeline, llm, template: '## Lessons\n{{section:lessons-learned}}\n' }),
    ).rejects.toThrow(InvalidInputError);
    await expect(draftPostmortem({ timeline, template: '{{section:lessons-learned}}' })).rejects.toThrow(
      /line 1, column 1: unknown section "lessons-learned"/,
    );
    expect(llm.calls).toHaveLength(0);
  });
});
