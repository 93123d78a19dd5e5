// Grouping and parsing accuracy as defined by logparser (Zhu et al., ICSE-SEIP 2019) and used by the
// Loghub-2.0 evaluation.

/**
 * The template normalisation applied, identically, to predicted and ground-truth templates before they are
 * compared: whitespace runs become one space and the ends are trimmed; with `collapseVariables`, variables
 * separated only by whitespace (`<*> <*>`, `<*><*>`) become one `<*>`, because the corrected ground truth
 * writes consecutive variables sometimes as one `<*>` and sometimes as several.
 */
export function normaliseTemplate(template, collapseVariables) {
  let text = template.replace(/\s+/g, ' ').trim();
  if (collapseVariables) {
    let previous;
    do {
      previous = text;
      text = text.replace(/<\*>\s*<\*>/g, '<*>');
    } while (text !== previous);
  }
  return text;
}

/**
 * Grouping accuracy: the share of lines whose ground-truth group (lines with the same truth template) is
 * predicted exactly, i.e. all its lines share one predicted cluster and that cluster holds no other line.
 */
export function groupingAccuracy(predictedGroups, truthGroups) {
  const predictedSizes = new Map();
  for (const group of predictedGroups) predictedSizes.set(group, (predictedSizes.get(group) ?? 0) + 1);
  const truthMembers = new Map();
  truthGroups.forEach((group, line) => {
    const members = truthMembers.get(group);
    if (members) members.push(line);
    else truthMembers.set(group, [line]);
  });
  let correct = 0;
  for (const members of truthMembers.values()) {
    const predicted = predictedGroups[members[0]];
    if (
      members.every((line) => predictedGroups[line] === predicted) &&
      predictedSizes.get(predicted) === members.length
    ) {
      correct += members.length;
    }
  }
  return correct / truthGroups.length;
}

/** Parsing accuracy: the share of lines whose predicted template equals the truth after normalisation. */
export function parsingAccuracy(predictedTemplates, truthTemplates, collapseVariables) {
  let correct = 0;
  for (let line = 0; line < truthTemplates.length; line++) {
    const predicted = normaliseTemplate(predictedTemplates[line], collapseVariables);
    if (predicted === normaliseTemplate(truthTemplates[line], collapseVariables)) correct++;
  }
  return correct / truthTemplates.length;
}
