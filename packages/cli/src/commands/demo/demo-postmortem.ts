import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TriageReport } from '@triagekit/core';
import { createPaymentsIncidentResponse } from '@triagekit/example-payments-incident';
import {
  draftPostmortem,
  formatTimelineProblem,
  openIncidentTimeline,
  verifyPostmortemCitations,
} from '@triagekit/postmortem';
import { recordInTimeline } from '../../output/record-in-timeline.js';

/**
 * After the demo's triage: records the alert, the report and the on-call engineer's (scripted) response in
 * the incident timeline under `<out>/incidents/`, drafts the post-mortem from it into `<out>/postmortem.md`,
 * and checks that every statement of the draft cites entries that exist. Throws if one does not.
 */
export async function writeDemoPostmortem(outDirectory: string, report: TriageReport) {
  const timelineDirectory = join(outDirectory, 'incidents');
  const { incidentId, path } = await recordInTimeline(
    timelineDirectory,
    report,
    join(outDirectory, 'report.json'),
  );
  const store = openIncidentTimeline(timelineDirectory, incidentId);
  const existing = await store.read();
  const recordedResponse = existing.entries.some((entry) => entry.kind === 'resolution');
  if (!recordedResponse) await store.appendMany(createPaymentsIncidentResponse());
  const timeline = await store.read();
  if (timeline.problems.length > 0) throw new Error(timeline.problems.map(formatTimelineProblem).join('\n'));
  const draft = await draftPostmortem({ timeline, now: () => new Date(report.generatedAt) });
  const check = verifyPostmortemCitations(draft, timeline);
  if (!check.ok) {
    throw new Error(
      `the post-mortem draft cites entries that were not recorded: ${JSON.stringify(check.problems)}`,
    );
  }
  const postmortemPath = join(outDirectory, 'postmortem.md');
  await writeFile(postmortemPath, draft.markdown);
  return {
    files: [path, postmortemPath],
    lines: [
      `Post-mortem draft: ${postmortemPath} (${check.citedStatements} of ${check.statements} statements cite the ${timeline.entries.length} timeline entries; every citation resolves)`,
      `  add notes: triagekit note ${incidentId} "..." --dir ${timelineDirectory}`,
    ],
  };
}
