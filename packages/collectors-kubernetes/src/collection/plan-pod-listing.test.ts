import { createSampleAlert } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { planPodListing } from './plan-pod-listing.js';

const alert = (labels: Record<string, string>) => createSampleAlert({ labels });

describe('planPodListing', () => {
  it("lists the alert's namespace, by pod name when it names a pod", () => {
    expect(
      planPodListing(alert({ namespace: 'prod', pod: 'payments-api-7d9c8b7f6d-x2x9k' }), {
        namespaces: null,
        podSelector: undefined,
      }),
    ).toMatchObject({
      namespaces: ['prod'],
      fieldSelector: 'metadata.name=payments-api-7d9c8b7f6d-x2x9k',
      matchAll: false,
      warning: null,
    });
  });

  it('uses the configured namespaces, or all, when the alert names none', () => {
    expect(
      planPodListing(alert({ service: 'payments' }), {
        namespaces: ['prod', 'staging'],
        podSelector: undefined,
      }).namespaces,
    ).toEqual(['prod', 'staging']);
    expect(
      planPodListing(alert({ service: 'payments' }), { namespaces: null, podSelector: undefined }).namespaces,
    ).toEqual([null]);
  });

  it('lets a podSelector choose the pods', () => {
    expect(
      planPodListing(alert({ namespace: 'prod' }), { namespaces: null, podSelector: 'app=payments' }),
    ).toMatchObject({
      namespaces: ['prod'],
      labelSelector: 'app=payments',
      matchAll: true,
    });
  });

  it('reads no logs, saying why, outside the configured namespaces or without anything to match', () => {
    expect(
      planPodListing(alert({ namespace: 'payments', service: 'api' }), {
        namespaces: ['prod'],
        podSelector: undefined,
      }),
    ).toMatchObject({
      namespaces: [],
      warning:
        'pod logs: the alert\'s namespace "payments" is not among the configured namespaces (prod); no logs were read',
    });
    expect(
      planPodListing(alert({ namespace: 'prod', alertname: 'KubeNodeNotReady' }), {
        namespaces: null,
        podSelector: undefined,
      }).namespaces,
    ).toEqual([]);
  });
});
