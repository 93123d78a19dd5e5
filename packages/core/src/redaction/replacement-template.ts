/**
 * The arguments `String.prototype.replace` passes to a callback: the match, one entry per capture group
 * (`undefined` when the group did not take part), the offset, the whole string and, when the pattern has
 * named groups, the groups object.
 */
export type ReplaceCallbackArguments = readonly unknown[];

type TemplatePart = string | ((callbackArguments: ReplaceCallbackArguments) => string);

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Compiles a replacement string with the `$` patterns of `String.prototype.replace` (`$$`, `$&`, `` $` ``,
 * `$'`, `$1`..`$99`, `$<name>`) into a function of the callback arguments. The redactor always replaces
 * through a callback so it can count matches, which means it cannot hand the string to `replace` itself.
 *
 * Unknown or out-of-range references stay literal, as they do in `String.prototype.replace`.
 *
 * @param template - the replacement string.
 * @param captureCount - how many capture groups the pattern has.
 * @param hasNamedGroups - whether the pattern has named groups (otherwise `$<` is literal).
 */
export function compileReplacementTemplate(
  template: string,
  captureCount: number,
  hasNamedGroups: boolean,
): (callbackArguments: ReplaceCallbackArguments) => string {
  if (!template.includes('$')) return () => template;

  const parts: TemplatePart[] = [];
  let literal = '';
  const pushReference = (part: TemplatePart): void => {
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push(part);
  };

  let index = 0;
  while (index < template.length) {
    const character = template[index] as string;
    const next = template[index + 1];
    if (character !== '$' || next === undefined) {
      literal += character;
      index += 1;
      continue;
    }
    if (next === '$') {
      literal += '$';
      index += 2;
    } else if (next === '&') {
      pushReference((callbackArguments) => asText(callbackArguments[0]));
      index += 2;
    } else if (next === '`') {
      pushReference((callbackArguments) => {
        const offset = callbackArguments[captureCount + 1] as number;
        return asText(callbackArguments[captureCount + 2]).slice(0, offset);
      });
      index += 2;
    } else if (next === "'") {
      pushReference((callbackArguments) => {
        const offset = callbackArguments[captureCount + 1] as number;
        const end = offset + asText(callbackArguments[0]).length;
        return asText(callbackArguments[captureCount + 2]).slice(end);
      });
      index += 2;
    } else if (next >= '0' && next <= '9') {
      const following = template[index + 2];
      const twoDigits = following !== undefined && following >= '0' && following <= '9';
      const twoDigitGroup = twoDigits ? Number(next + following) : 0;
      const oneDigitGroup = Number(next);
      if (twoDigitGroup >= 1 && twoDigitGroup <= captureCount) {
        pushReference((callbackArguments) => asText(callbackArguments[twoDigitGroup]));
        index += 3;
      } else if (oneDigitGroup >= 1 && oneDigitGroup <= captureCount) {
        pushReference((callbackArguments) => asText(callbackArguments[oneDigitGroup]));
        index += 2;
      } else {
        literal += '$';
        index += 1;
      }
    } else if (next === '<' && hasNamedGroups && template.indexOf('>', index + 2) !== -1) {
      const close = template.indexOf('>', index + 2);
      const name = template.slice(index + 2, close);
      pushReference((callbackArguments) => {
        const groups = callbackArguments[captureCount + 3] as Record<string, string | undefined> | undefined;
        return asText(groups?.[name]);
      });
      index = close + 1;
    } else {
      literal += '$';
      index += 1;
    }
  }
  if (literal !== '') parts.push(literal);

  return (callbackArguments) => {
    let result = '';
    for (const part of parts) result += typeof part === 'string' ? part : part(callbackArguments);
    return result;
  };
}
