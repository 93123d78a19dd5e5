import { describe, expect, it } from 'vitest';
import { splitIdentifier } from './split-identifier.js';

describe('splitIdentifier', () => {
  it('splits camel case, acronyms and separators, keeping letters and digits together', () => {
    expect(splitIdentifier('KubePodCrashLooping')).toEqual(['Kube', 'Pod', 'Crash', 'Looping']);
    expect(splitIdentifier('etcdGRPCRequestsSlow')).toEqual(['etcd', 'GRPC', 'Requests', 'Slow']);
    expect(splitIdentifier('APIServerDown')).toEqual(['API', 'Server', 'Down']);
    expect(splitIdentifier('node_filesystem_avail_bytes')).toEqual(['node', 'filesystem', 'avail', 'bytes']);
    expect(splitIdentifier('payments.api')).toEqual(['payments', 'api']);
    expect(splitIdentifier('/var/lib/containerd')).toEqual(['var', 'lib', 'containerd']);
    expect(splitIdentifier('v1beta1.metrics.k8s.io')).toEqual(['v1beta1', 'metrics', 'k8s', 'io']);
    expect(splitIdentifier('k8sPodName')).toEqual(['k8s', 'Pod', 'Name']);
  });

  it('returns a plain word as it is', () => {
    expect(splitIdentifier('Filesystem')).toEqual(['Filesystem']);
    expect(splitIdentifier('disk')).toEqual(['disk']);
  });
});
