import {
  createTriagePipeline,
  type TriageLifecycleListener,
  type TriagePipeline,
  type TriagePipelineOptions,
} from '@triagekit/core';
import { createLogPatternAnalyzer, LOGS_VERSION } from '@triagekit/logs';
import { CLI_VERSION } from '../version.js';

/**
 * The pipeline every CLI command runs: mined log templates replace core's simple masking-based error
 * grouping, the CLI's package versions go into provenance, and every listener hears every event.
 */
export function createCliPipeline(
  pipelineOptions: TriagePipelineOptions,
  listeners: readonly (TriageLifecycleListener | undefined)[] = [],
): TriagePipeline {
  const active = [...listeners, pipelineOptions.onEvent].filter(
    (listener): listener is TriageLifecycleListener => listener !== undefined,
  );
  return createTriagePipeline({
    analyzers: (defaults) =>
      defaults.map((analyzer) =>
        analyzer.analyzerId === 'error-grouping' ? createLogPatternAnalyzer() : analyzer,
      ),
    ...pipelineOptions,
    packages: { '@triagekit/cli': CLI_VERSION, '@triagekit/logs': LOGS_VERSION, ...pipelineOptions.packages },
    onEvent:
      active.length === 0
        ? undefined
        : (event) => {
            for (const listener of active) listener(event);
          },
  });
}
