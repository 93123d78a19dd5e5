import { describe, expect, it } from 'vitest';
import { harvestIdentifiers } from './harvest-identifiers.js';
import { createIdentifierMasker } from './identifier-masker.js';

const IDENTIFIERS = {
  email: 'bob@example.com',
  ipv4: '10.0.3.17',
  ipv6: 'fe80::1ff:fe23:4567:890a',
  fqdn: 'ip-10-0-3-17.eu-west-1.compute.internal',
  serviceDns: 'checkout.shop.svc.cluster.local',
  pod: 'payments-7d9f8c6b5-x2x7k',
  namespace: 'shop',
};

const LOG = [
  `Successfully assigned ${IDENTIFIERS.namespace}/${IDENTIFIERS.pod} to ${IDENTIFIERS.fqdn}`,
  `conn ${IDENTIFIERS.ipv4}:41822 -> ${IDENTIFIERS.serviceDns}:5432 established`,
  `invite sent to ${IDENTIFIERS.email} from ${IDENTIFIERS.ipv6}`,
  `pod ${IDENTIFIERS.pod} restarted in namespace ${IDENTIFIERS.namespace}`,
].join('\n');

describe('createIdentifierMasker', () => {
  it('masks every kind of identifier and restores the text exactly', () => {
    const masker = createIdentifierMasker({ known: [{ value: 'shop', kind: 'namespace' }] });
    const masked = masker.mask(LOG);
    for (const original of Object.values(IDENTIFIERS)) expect(masked).not.toContain(original);
    expect(masker.unmask(masked)).toBe(LOG);
    expect(masker.size).toBe(Object.keys(IDENTIFIERS).length);
  });

  it('numbers placeholders in order of first appearance, by kind', () => {
    const masker = createIdentifierMasker({ known: [{ value: 'shop', kind: 'namespace' }] });
    expect(masker.mask(LOG.split('\n')[0] as string)).toBe('Successfully assigned ns-1/pod-2 to host-3');
    expect(masker.mask(`ping ${IDENTIFIERS.ipv4} and ${IDENTIFIERS.fqdn}`)).toBe('ping ip-4 and host-3');
    expect(masker.entries()[0]).toEqual(['ns-1', 'shop']);
  });

  it('gives identical texts for identical inputs', () => {
    const first = createIdentifierMasker().mask(LOG);
    expect(createIdentifierMasker().mask(LOG)).toBe(first);
  });

  it('masks text that already looks like a placeholder, so unmasking cannot touch it wrongly', () => {
    const masker = createIdentifierMasker();
    // The literal host-2 is itself masked (to host-1), so the host-2 the masker issues next is unambiguous.
    const text = `host-2 is a real machine; so is ${IDENTIFIERS.fqdn}`;
    const masked = masker.mask(text);
    expect(masked).toBe('host-1 is a real machine; so is host-2');
    expect(masker.unmask(masked)).toBe(text);
    expect(masker.unmask('pod-99 was never issued')).toBe('pod-99 was never issued');
  });

  it('leaves ordinary words, versions, Java packages, file names and ids alone', () => {
    const text =
      'at java.io.FileInputStream.open(FileInputStream.java:195) app.js v2.3.1 ev_3f2a9c1d4e5b6a79 fd_1456306bf95c822c read-timeout-error 10:20:30';
    expect(createIdentifierMasker().mask(text)).toBe(text);
  });

  it('masks a known namespace only as a whole token', () => {
    const masker = createIdentifierMasker({ known: [{ value: 'shop', kind: 'namespace' }] });
    expect(masker.mask('namespace=shop shopping-cart shop.example.com')).toBe(
      'namespace=ns-1 shopping-cart host-2',
    );
  });
});

describe('harvestIdentifiers', () => {
  it('takes namespaces, pods and hosts from label and attribute keys', () => {
    expect(
      harvestIdentifiers([
        { namespace: 'shop', service: 'checkout', instance: '10.0.0.1:9100' },
        { 'k8s.pod.name': 'redis-0', 'k8s.namespace.name': 'shop', node: 'worker-7', count: 3 },
      ]),
    ).toEqual([
      { value: 'shop', kind: 'namespace' },
      { value: 'redis-0', kind: 'pod' },
      { value: 'worker-7', kind: 'host' },
    ]);
  });
});
