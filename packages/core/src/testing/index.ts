export {
  type AnalyzerV1ConformanceOptions,
  describeAnalyzerV1Conformance,
} from './describe-analyzer-v1-conformance.js';
export {
  type CollectorV1ConformanceOptions,
  describeCollectorV1Conformance,
} from './describe-collector-v1-conformance.js';
export {
  describeEmbeddingModelV1Conformance,
  type EmbeddingModelV1ConformanceOptions,
} from './describe-embedding-model-v1-conformance.js';
export {
  describeLlmProviderV1Conformance,
  type LlmProviderV1ConformanceOptions,
} from './describe-llm-provider-v1-conformance.js';
export { describeSinkV1Conformance, type SinkV1ConformanceOptions } from './describe-sink-v1-conformance.js';
export {
  describeVectorStoreV1Conformance,
  type VectorStoreV1ConformanceOptions,
} from './describe-vector-store-v1-conformance.js';
export { createSampleAlert } from './fixtures/sample-alert.js';
export { createSampleEvidence } from './fixtures/sample-evidence.js';
export { createSampleTriageReport } from './fixtures/sample-report.js';
export { createSampleRunbookDocuments } from './fixtures/sample-runbook-documents.js';
export { createSampleTimeWindow } from './fixtures/sample-time-window.js';
export { InMemorySinkV1, type InMemorySinkV1Options } from './in-memory-sink-v1.js';
export { InMemoryVectorStoreV1, type InMemoryVectorStoreV1Options } from './in-memory-vector-store-v1.js';
export { MockCollectorV1, type MockCollectorV1Options } from './mock-collector-v1.js';
export {
  ScriptedLlmProviderV1,
  type ScriptedLlmProviderV1Options,
  type ScriptedLlmStepV1,
} from './scripted-llm-provider-v1.js';
export {
  SyntheticEmbeddingModelV1,
  type SyntheticEmbeddingModelV1Options,
} from './synthetic-embedding-model-v1.js';
