/** Decides, from rule keywords, which rules need to run on a text. */
export interface KeywordGate {
  /**
   * Whether `lowerText` (already lowercased by the caller) contains any keyword of any rule: one regular
   * expression pass, which is what keeps secret-free log lines fast.
   */
  containsAny(lowerText: string): boolean;
  /**
   * For each keyword list the gate was built from (same order), whether the rule should run on `lowerText`:
   * 1 when one of its keywords occurs or it has no keywords, 0 otherwise.
   */
  selectRules(lowerText: string): Uint8Array;
}

/** One rule keyword reached through a searched keyword it contains. */
interface KeywordUse {
  readonly listIndex: number;
  readonly keyword: string;
  /** Whether `keyword` is the searched keyword itself, so finding it needs no further check. */
  readonly exact: boolean;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  terminal: boolean;
}

function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Nested alternation of the keywords sharing prefixes (`gh(?:p_|o_|u_)`): the regular expression engine then
 * decides at each position from the first character instead of trying every keyword in turn. Matched
 * case-sensitively against lowercased text, which measured about twice as fast as the `i` flag.
 */
function alternationSource(keywords: readonly string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const keyword of keywords) {
    let node = root;
    for (let index = 0; index < keyword.length; index += 1) {
      const unit = keyword.charAt(index);
      let child = node.children.get(unit);
      if (child === undefined) {
        child = { children: new Map(), terminal: false };
        node.children.set(unit, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([unit, child]) => escapeForPattern(unit) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return node.terminal ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Builds a {@link KeywordGate} from one keyword list per rule (lowercase, non-empty keywords; `undefined` for
 * a rule that always runs).
 *
 * Only keywords that contain no other keyword are searched for: if `sk-ant-` occurs then `sk-` does too, so
 * `sk-` alone decides whether any deeper check is needed. With that reduction no two searched keywords can
 * match at the same position, so one left-to-right scan finds every occurrence.
 */
export function createKeywordGate(keywordLists: readonly (readonly string[] | undefined)[]): KeywordGate {
  const unique = [...new Set(keywordLists.flatMap((keywords) => keywords ?? []))];
  const searched = unique.filter(
    (keyword) => !unique.some((other) => other !== keyword && keyword.includes(other)),
  );
  // One-character keywords are looked up separately: in the pattern they would stop the engine from
  // skipping ahead over positions where no longer keyword can start, halving its speed.
  const longer = searched.filter((keyword) => keyword.length > 1);
  const longerSource = longer.length === 0 ? null : alternationSource(longer);
  const anyPattern = longerSource === null ? null : new RegExp(longerSource);
  const everyOccurrencePattern = longerSource === null ? null : new RegExp(longerSource, 'g');
  const singleCharacters = searched.filter((keyword) => keyword.length === 1);

  // Indexed by searched keyword so that a text containing one or two keywords touches only the rules
  // that mention them, not every rule.
  const usesBySearched = new Map<string, KeywordUse[]>(searched.map((keyword) => [keyword, []]));
  const alwaysRun = new Uint8Array(keywordLists.length);
  keywordLists.forEach((keywords, listIndex) => {
    if (keywords === undefined) {
      alwaysRun[listIndex] = 1;
      return;
    }
    for (const keyword of keywords) {
      for (const candidate of searched) {
        if (keyword.includes(candidate)) {
          usesBySearched.get(candidate)?.push({ listIndex, keyword, exact: keyword === candidate });
        }
      }
    }
  });

  return {
    containsAny(lowerText) {
      if (anyPattern?.test(lowerText)) return true;
      for (const character of singleCharacters) if (lowerText.includes(character)) return true;
      return false;
    },
    selectRules(lowerText) {
      const selected = alwaysRun.slice();
      const select = (found: string): void => {
        for (const use of usesBySearched.get(found) ?? []) {
          if (selected[use.listIndex] === 1) continue;
          if (use.exact || lowerText.includes(use.keyword)) selected[use.listIndex] = 1;
        }
      };
      for (const character of singleCharacters) if (lowerText.includes(character)) select(character);
      if (everyOccurrencePattern === null) return selected;
      const seen = new Set<string>();
      everyOccurrencePattern.lastIndex = 0;
      for (;;) {
        const match = everyOccurrencePattern.exec(lowerText);
        if (match === null) break;
        // Restart one position later, not after the match, so overlapping keywords are found too.
        everyOccurrencePattern.lastIndex = match.index + 1;
        if (seen.has(match[0])) continue;
        seen.add(match[0]);
        select(match[0]);
      }
      return selected;
    },
  };
}
