/** Markdown split into the prose a reader reads and the code and addresses around it. */
export interface SeparatedMarkdown {
  /** Text with fenced code, link targets, bare URLs and HTML tags taken out. */
  readonly prose: string;
  /** Contents of fenced code blocks, link targets and bare URLs, one per line. */
  readonly code: string;
}

const fencePattern = /^ {0,3}(`{3,}|~{3,})/;
const linkPattern = /(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;
const referenceDefinitionPattern = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const urlPattern = /\bhttps?:\/\/[^\s)>\]]+/g;
const htmlTagPattern = /<\/?[A-Za-z][^>]*>/g;

/**
 * Separates the prose of Markdown from its code: commands and output in fenced blocks, link targets and
 * bare URLs describe how to act rather than what a document is about, so the ranking weighs them less.
 * Link texts and image descriptions stay in the prose. Never throws.
 */
export function separateMarkdownCode(markdown: string): SeparatedMarkdown {
  const prose: string[] = [];
  const code: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) {
      code.push(line);
      continue;
    }
    if (referenceDefinitionPattern.test(line)) {
      code.push(line);
      continue;
    }
    const withoutLinks = line.replace(linkPattern, (_match, _image, text: string, target: string) => {
      code.push(target);
      return text;
    });
    const withoutUrls = withoutLinks.replace(urlPattern, (url) => {
      code.push(url);
      return ' ';
    });
    prose.push(withoutUrls.replace(htmlTagPattern, ' '));
  }
  return { prose: prose.join('\n'), code: code.join('\n') };
}
