/** One `<data>` block of a recorded prompt. */
export interface PromptBlock {
  readonly attributes: Readonly<Record<string, string>>;
  readonly content: string;
}

// The exact shape the prompt builder writes; content can never contain `\n</data>` because the builder
// escapes every `<` that starts a data tag.
const BLOCK = /<data((?: [a-z-]+="[^"]*")*)>\n([\s\S]*?)\n<\/data>/g;

/**
 * Splits a prompt message into its data blocks and the text outside them (the frame the prompt builder
 * writes itself), so tests can assert where quoted evidence ended up.
 */
export function splitPrompt(message: string): { blocks: PromptBlock[]; outside: string } {
  const blocks: PromptBlock[] = [];
  const outside = message.replace(BLOCK, (_match, attributes: string, content: string) => {
    blocks.push({
      attributes: Object.fromEntries(
        [...attributes.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      ),
      content,
    });
    return '\u0000';
  });
  return { blocks, outside };
}
