import type { Evidence } from '../schema/evidence.js';
import type { Finding } from '../schema/finding.js';
import type { TriageReport } from '../schema/triage-report.js';
import { dataBlock } from './data-block.js';

/** How quoted values and ids are prepared before they enter the prompt. */
export interface SummaryQuoting {
  /** Redacts, masks (when on) and shortens a value quoted from evidence, findings or runbooks. */
  readonly text: (value: string, maxCharacters: number) => string;
  /** Masks (when on) an id shown in a tag attribute; ids are never redacted or shortened. */
  readonly id: (value: string) => string;
  /** Whether a value reads like instructions to a model; its block is then marked. */
  readonly isSuspicious: (value: string) => boolean;
}

/** A labelled value of a block; strings are quoted and shortened to `maxCharacters` (default: the writer's). */
export type SummaryField = readonly [
  label: string,
  value: string | number | boolean | null | undefined,
  maxCharacters?: number,
];

/** What the model may cite, collected while blocks are written. */
export interface SummaryCitations {
  /** Every id shown in an `id` or `cites` attribute (unmasked) → the evidence ids it stands for. */
  readonly citable: ReadonlyMap<string, readonly string[]>;
  /** Citable ids that are changes (change evidence, change findings, change timeline entries). */
  readonly changeIds: ReadonlySet<string>;
  /** Blocks marked `flag="possible-prompt-injection"`. */
  readonly flaggedBlocks: number;
}

/** Writes data blocks for one prompt and remembers which ids they made citable. */
export interface SummaryBlockWriter {
  /** A block of quoted fields; empty fields are left out. */
  block(attributes: Record<string, string | undefined>, fields: readonly SummaryField[]): string;
  /** A finding's block, labelled with its id and the evidence it cites (those in the report). */
  findingBlock(finding: Finding, fields: readonly SummaryField[], time?: string): string;
  /** An evidence item's block: service, severity and text. */
  evidenceBlock(item: Evidence, extra?: Record<string, string | undefined>): string;
  /** Makes evidence ids citable, keeping those that resolve in the report. */
  citeEvidence(ids: readonly string[]): string[];
  /** Marks a citable id as standing for a change. */
  markChange(id: string): void;
  citations(): SummaryCitations;
}

/**
 * Creates the block writer of one prompt. Only evidence in `report.evidence` becomes citable, so every id a
 * grounded claim keeps resolves in the report. Values longer than `valueCharacters` are shortened.
 */
export function createSummaryBlockWriter(
  report: TriageReport,
  quoting: SummaryQuoting,
  valueCharacters: number,
): SummaryBlockWriter {
  const evidenceById = new Map(report.evidence.map((item) => [item.id, item]));
  const citable = new Map<string, readonly string[]>();
  const changeIds = new Set<string>();
  let flaggedBlocks = 0;

  const writer: SummaryBlockWriter = {
    block(attributes, fields) {
      const present = fields.filter(([, value]) => value !== undefined && value !== null && value !== '');
      const suspicious = present.some(
        ([, value]) => typeof value === 'string' && quoting.isSuspicious(value),
      );
      if (suspicious) flaggedBlocks += 1;
      const content = present
        .map(
          ([label, value, maxCharacters]) =>
            `${label}: ${typeof value === 'string' ? quoting.text(value, maxCharacters ?? valueCharacters) : String(value)}`,
        )
        .join('\n');
      return dataBlock(
        { ...attributes, flag: suspicious ? 'possible-prompt-injection' : undefined },
        content,
      );
    },
    citeEvidence(ids) {
      const resolvable = ids.filter((id) => evidenceById.has(id));
      for (const id of resolvable) {
        citable.set(id, [id]);
        if (evidenceById.get(id)?.kind === 'change') changeIds.add(id);
      }
      return resolvable;
    },
    findingBlock(finding, fields, time) {
      const cited = writer.citeEvidence(finding.evidenceIds);
      if (cited.length > 0) citable.set(finding.id, cited);
      return writer.block(
        {
          id: quoting.id(finding.id),
          type: finding.type,
          time,
          cites: cited.length > 0 ? cited.map(quoting.id).join(' ') : undefined,
        },
        fields,
      );
    },
    evidenceBlock(item, extra = {}) {
      writer.citeEvidence([item.id]);
      return writer.block({ id: quoting.id(item.id), kind: item.kind, time: item.time, ...extra }, [
        ['service', item.service],
        ['severity', item.severity],
        ['text', item.text],
      ]);
    },
    markChange(id) {
      changeIds.add(id);
    },
    citations() {
      return { citable, changeIds, flaggedBlocks };
    },
  };
  return writer;
}
