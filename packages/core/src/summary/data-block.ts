/** The tag that frames untrusted data in summary prompts: `<data …>` … `</data>`. */
export const DATA_TAG = 'data';

// Anything that would read as an opening or closing data tag, with or without spaces: `</data>`,
// `< / DATA id="…">`. Its `<` becomes `&lt;`, so the block can only end where the prompt builder ends it.
const TAG_START = /<(?=\s*\/?\s*data\b)/gi;

/** Makes text safe to place inside a data block: forged data tags are neutralised, nothing else changes. */
export function escapeDataContent(text: string): string {
  return text.replace(TAG_START, '&lt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One delimited block of quoted data: `<data id="ev_1" kind="log">` + content + `</data>`. Attributes with
 * an `undefined` value are left out; attribute values are escaped, and so is the content.
 */
export function dataBlock(attributes: Readonly<Record<string, string | undefined>>, content: string): string {
  const rendered = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${DATA_TAG}${rendered}>\n${escapeDataContent(content)}\n</${DATA_TAG}>`;
}
