import { type InputIssue, InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';

/**
 * Checks documents handed to `doUpsert`: a non-empty string `id`, a string `title`, a `text` that is not
 * blank, and metadata of strings, numbers, booleans or string arrays.
 * @throws InvalidInputError listing every offending field, before anything is written.
 */
export function validateDocuments(documents: readonly StoredDocumentV1[]): void {
  const issues: InputIssue[] = [];
  documents.forEach((document, index) => {
    const path = `documents[${index}]`;
    if (typeof document !== 'object' || document === null) {
      issues.push({ path, message: 'expected a document object' });
      return;
    }
    if (typeof document.id !== 'string' || document.id.trim() === '') {
      issues.push({ path: `${path}.id`, message: 'expected a non-empty string' });
    }
    if (typeof document.title !== 'string')
      issues.push({ path: `${path}.title`, message: 'expected a string' });
    if (typeof document.text !== 'string')
      issues.push({ path: `${path}.text`, message: 'expected a string' });
    else if (document.text.trim() === '') {
      issues.push({
        path: `${path}.text`,
        message: `document "${String(document.id)}" is empty; there is nothing to search`,
      });
    }
    if (typeof document.metadata !== 'object' || document.metadata === null) {
      issues.push({ path: `${path}.metadata`, message: 'expected an object' });
      return;
    }
    for (const [key, value] of Object.entries(document.metadata)) {
      const valid = Array.isArray(value)
        ? value.every((item) => typeof item === 'string')
        : ['string', 'number', 'boolean'].includes(typeof value);
      if (!valid) {
        issues.push({
          path: `${path}.metadata.${key}`,
          message: 'expected a string, number, boolean or array of strings',
        });
      }
    }
  });
  if (issues.length > 0) throw new InvalidInputError({ source: 'documents to upsert', issues });
}
