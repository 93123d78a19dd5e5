/** A heading and the Markdown under it, up to the next heading of any level. */
export interface MarkdownSection {
  /** Headings from the outermost to this one, e.g. `["Mitigation", "Data retention"]`; empty before the first heading. */
  readonly headings: readonly string[];
  /** The section's lines, its heading line included. */
  readonly text: string;
  /** Whether anything but the heading line is in it. */
  readonly hasBody: boolean;
}

const headingPattern = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const fencePattern = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits Markdown at ATX headings (`#` to `######`), ignoring `#` lines inside fenced code blocks. Each
 * section carries its heading path, so a `###` under `## Mitigation` knows it belongs there. Text before
 * the first heading is a section with an empty path. Sections keep their lines verbatim.
 */
export function splitMarkdownSections(markdown: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  const path: { level: number; title: string }[] = [];
  let lines: string[] = [];
  let hasBody = false;
  let fence: string | undefined;
  const flush = () => {
    if (lines.length > 0) {
      sections.push({ headings: path.map((entry) => entry.title), text: lines.join('\n'), hasBody });
    }
    lines = [];
    hasBody = false;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence === undefined && !fenceMatch ? headingPattern.exec(line) : null;
    if (heading) {
      flush();
      const level = (heading[1] as string).length;
      while (path.length > 0 && (path[path.length - 1] as { level: number }).level >= level) path.pop();
      path.push({ level, title: (heading[2] as string).trim() });
      lines.push(line);
      continue;
    }
    lines.push(line);
    if (line.trim() !== '') hasBody = true;
  }
  flush();
  return sections;
}
