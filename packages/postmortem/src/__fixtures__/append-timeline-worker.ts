// Child process for the concurrency test: appends `count` notes to one incident's timeline as fast as
// it can, all started at once, then exits. Arguments: directory, incident id, worker name, count.
import { openIncidentTimeline } from '../timeline/open-incident-timeline.js';

const [directory, incidentId, worker, count] = process.argv.slice(2);
if (directory === undefined || incidentId === undefined || worker === undefined || count === undefined) {
  throw new Error('usage: append-timeline-worker.ts <directory> <incident> <worker> <count>');
}
const store = openIncidentTimeline(directory, incidentId);
await Promise.all(
  Array.from({ length: Number(count) }, (_, index) =>
    store.append({ kind: 'note', text: `${worker} note ${index} ${'x'.repeat(index * 37)}`, author: worker }),
  ),
);
