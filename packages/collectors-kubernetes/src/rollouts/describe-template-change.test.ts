import { describe, expect, it } from 'vitest';
import { describeTemplateChange } from './describe-template-change.js';
import { snapshotPodTemplate, templateImages } from './pod-template-snapshot.js';

function template(
  containers: unknown[],
  options: { annotations?: Record<string, string>; volumes?: unknown[]; initContainers?: unknown[] } = {},
) {
  return snapshotPodTemplate({
    metadata: { annotations: options.annotations ?? {} },
    spec: { containers, volumes: options.volumes ?? [], initContainers: options.initContainers },
  });
}

describe('describeTemplateChange', () => {
  it('names changed environment variables but never their values', () => {
    const before = template([
      {
        name: 'api',
        image: 'a:1',
        env: [
          { name: 'POOL', value: '20' },
          { name: 'TOKEN', value: 's3cret' },
        ],
      },
    ]);
    const after = template([
      {
        name: 'api',
        image: 'a:1',
        env: [
          { name: 'TOKEN', value: 'n3w-s3cret' },
          { name: 'POOL', value: '20' },
          { name: 'DEBUG', value: '1' },
        ],
      },
    ]);
    const change = describeTemplateChange(before, after);
    expect(change).toEqual({
      descriptions: ['env of api changed: DEBUG, TOKEN'],
      imageChanged: false,
      configChanged: true,
    });
    expect(change.descriptions.join(' ')).not.toContain('s3cret');
  });

  it('reports containers added and removed, init containers, command, resources, volumes and annotations', () => {
    const before = template(
      [
        { name: 'api', image: 'a:1', args: ['--port=80'], resources: { limits: { memory: '256Mi' } } },
        { name: 'old-sidecar', image: 's:1' },
      ],
      { annotations: { 'checksum/config': 'aaa' }, initContainers: [{ name: 'migrate', image: 'm:1' }] },
    );
    const after = template(
      [
        { name: 'api', image: 'a:1', args: ['--port=8080'], resources: { limits: { memory: '512Mi' } } },
        { name: 'proxy', image: 'p:2' },
      ],
      {
        annotations: { 'checksum/config': 'bbb' },
        volumes: [{ name: 'config', configMap: { name: 'api-config' } }],
        initContainers: [{ name: 'migrate', image: 'm:2' }],
      },
    );
    expect(describeTemplateChange(before, after).descriptions).toEqual([
      'image init container migrate: m:1 → m:2',
      'proxy added (image p:2)',
      'old-sidecar removed',
      'command/args of api changed',
      'resources of api changed',
      'pod template annotations changed: checksum/config',
      'volumes changed',
    ]);
    expect(templateImages(after)).toEqual(['a:1', 'p:2']);
  });

  it('says something even when no compared field differs', () => {
    const same = template([{ name: 'api', image: 'a:1' }]);
    expect(describeTemplateChange(same, template([{ name: 'api', image: 'a:1' }]))).toEqual({
      descriptions: ['pod template changed (no difference in the compared fields)'],
      imageChanged: false,
      configChanged: false,
    });
  });

  it('reads a template of any shape without throwing', () => {
    expect(snapshotPodTemplate(undefined).containers).toEqual([]);
    expect(snapshotPodTemplate({ spec: { containers: 'nonsense' } }).containers).toEqual([]);
  });
});
