import type { EvidenceInput, TimeWindow } from '@triagekit/core';
import type { KubernetesApi } from '../connection/kubernetes-api.js';
import { callKubernetes } from '../request/call-kubernetes.js';
import { describeReadFailure } from '../request/describe-read-failure.js';
import { KubernetesRequestError } from '../request/kubernetes-request-error.js';
import type { RequestSettings } from '../request/request-settings.js';
import { capLogText } from './cap-log-text.js';
import { logLinesToEvidence } from './log-lines-to-evidence.js';
import type { LogTarget } from './log-target.js';

/** The caps of one log collection. */
export interface PodLogLimits {
  readonly tailLines: number;
  readonly limitBytes: number;
  readonly maxTotalBytes: number;
}

/** Log evidence, warnings, and how many log requests succeeded and failed. */
export interface PodLogOutcome {
  readonly evidence: EvidenceInput[];
  readonly warnings: string[];
  readonly succeeded: number;
  readonly failed: number;
}

function label(target: LogTarget): string {
  return `${target.previous ? 'previous ' : ''}logs of container ${target.container} in pod ${target.namespace}/${target.pod}`;
}

// RFC 3339 without fractions: the API server parses it into whole seconds anyway.
function sinceTime(window: TimeWindow): string {
  return new Date(Math.floor(window.start.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Reads container logs one after the other, in the targets' order (so that the total budget always goes to
 * the same containers): `GET …/pods/{pod}/log?container=…&timestamps=true&tailLines=…&limitBytes=…&sinceTime=…`
 * (`previous=true` for previous instances). Each request asks for at most what is left of `maxTotalBytes`;
 * once it is spent, the remaining targets are skipped with one warning. A failed request becomes a warning
 * (a 400 on a previous instance means the cluster kept no previous logs). Rejects only when the signal aborts.
 */
export async function collectPodLogs(
  api: KubernetesApi,
  targets: readonly LogTarget[],
  options: { readonly settings: RequestSettings; readonly limits: PodLogLimits; readonly window: TimeWindow },
): Promise<PodLogOutcome> {
  const { settings, limits, window } = options;
  const evidence: EvidenceInput[] = [];
  const warnings: string[] = [];
  const capped: string[] = [];
  let succeeded = 0;
  let failed = 0;
  let usedBytes = 0;
  for (const [index, target] of targets.entries()) {
    const remaining = limits.maxTotalBytes - usedBytes;
    if (remaining <= 0) {
      warnings.push(
        `pod logs: read ${usedBytes} bytes (logs.maxTotalBytes); skipped ${targets.length - index} more container logs, from the ${label(target)} on`,
      );
      break;
    }
    const limitBytes = Math.min(limits.limitBytes, remaining);
    let text: string;
    try {
      text = await callKubernetes(
        settings,
        (requestOptions) =>
          api.core.readNamespacedPodLog(
            {
              name: target.pod,
              namespace: target.namespace,
              container: target.container,
              timestamps: true,
              tailLines: limits.tailLines,
              limitBytes,
              ...(target.previous ? { previous: true } : {}),
            },
            requestOptions,
          ),
        // The generated method has no sinceTime argument; the API has it.
        { sinceTime: sinceTime(window) },
      );
    } catch (error) {
      settings.signal.throwIfAborted();
      failed += 1;
      warnings.push(
        target.previous && error instanceof KubernetesRequestError && error.statusCode === 400
          ? `no ${label(target)} are kept by the cluster (HTTP 400${error.serverMessage ? `: ${error.serverMessage}` : ''})`
          : describeReadFailure(
              {
                verb: 'get',
                resource: 'pods/log',
                apiGroup: '',
                namespace: target.namespace,
                what: `read the ${label(target)}`,
              },
              error,
              api.server,
            ),
      );
      continue;
    }
    succeeded += 1;
    const log = capLogText(typeof text === 'string' ? text : '', { limitBytes, tailLines: limits.tailLines });
    usedBytes += log.bytes;
    if (log.reachedByteLimit) capped.push(label(target));
    const mapped = logLinesToEvidence(log.lines, target, window);
    evidence.push(...mapped.evidence);
    if (mapped.untimedLines > 0) {
      warnings.push(`${label(target)}: ${mapped.untimedLines} lines had no timestamp and were skipped`);
    }
  }
  if (capped.length > 0) {
    warnings.push(
      `pod logs cut at the byte limit (logs.limitBytes / logs.maxTotalBytes), later lines missing: ${capped.join('; ')}`,
    );
  }
  return { evidence, warnings, succeeded, failed };
}
