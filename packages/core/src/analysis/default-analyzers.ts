import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { createAffectedServicesAnalyzer } from './affected-services-analyzer.js';
import { createChangeCorrelationAnalyzer } from './change-correlation-analyzer.js';
import { createErrorGroupingAnalyzer } from './error-grouping-analyzer.js';
import { createOnsetAnalyzer } from './onset-analyzer.js';
import { createSuggestionsAnalyzer } from './suggestions-analyzer.js';
import { createTimelineAnalyzer } from './timeline-analyzer.js';

/**
 * The deterministic analyzers core ships, in the order they run: error grouping, onset, affected
 * services, timeline, change correlation, suggestions. Later analyzers read earlier findings.
 */
export function createDefaultAnalyzers(): AnalyzerV1[] {
  return [
    createErrorGroupingAnalyzer(),
    createOnsetAnalyzer(),
    createAffectedServicesAnalyzer(),
    createTimelineAnalyzer(),
    createChangeCorrelationAnalyzer(),
    createSuggestionsAnalyzer(),
  ];
}
