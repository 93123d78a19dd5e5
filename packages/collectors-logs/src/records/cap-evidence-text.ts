/**
 * Longest evidence text a log collector returns, in characters. The pipeline cuts texts further (16,384 by
 * default); this bound only keeps a collector's memory in check when a source has huge lines or records.
 */
export const MAX_EVIDENCE_TEXT_LENGTH = 65_536;

/** `text`, cut to {@link MAX_EVIDENCE_TEXT_LENGTH} characters with a marker saying how much was removed. */
export function capEvidenceText(text: string): string {
  if (text.length <= MAX_EVIDENCE_TEXT_LENGTH) return text;
  const removed = text.length - MAX_EVIDENCE_TEXT_LENGTH;
  return `${text.slice(0, MAX_EVIDENCE_TEXT_LENGTH)}\n… [${removed} more characters not kept]`;
}
