import { fixtureChanges, fixtureLogs } from '../__fixtures__/incident-fixture.js';
import { BUNDLE_FORMAT, createBundleCollectors, normalizeEvidence } from '../index.js';
import { createSampleAlert, describeCollectorV1Conformance } from '../testing/index.js';

const alert = createSampleAlert();
const evidence = [...fixtureLogs(), ...fixtureChanges()].map((item) => normalizeEvidence(item, 'recorded'));

describeCollectorV1Conformance({
  name: 'bundle replay collector',
  create: () =>
    createBundleCollectors({
      manifest: {
        format: BUNDLE_FORMAT,
        createdAt: alert.startsAt,
        alert,
        collectors: [{ collectorId: 'recorded', warnings: [], error: null }],
        metadata: {},
      },
      evidence,
    })[0] as NonNullable<ReturnType<typeof createBundleCollectors>[number]>,
});
