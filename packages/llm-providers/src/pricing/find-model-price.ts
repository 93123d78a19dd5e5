import type { ModelPrice, PriceTable } from './model-price.js';

// Dated snapshots: `-2024-08-06` (OpenAI) or `-20250929` (Anthropic).
const snapshotSuffix = /^-(\d{4}-\d{2}-\d{2}|\d{8})$/;

/**
 * The price of `model` in `table`: an exact entry, else the entry the name is a dated snapshot of
 * (`gpt-4o-2024-08-06` → `gpt-4o`). `undefined` when neither exists; a different model that merely shares a
 * prefix (`gpt-4o-mini`, `gpt-4o-audio-preview`) never borrows another's price.
 */
export function findModelPrice(table: PriceTable, model: string): ModelPrice | undefined {
  if (Object.hasOwn(table, model)) return table[model];
  for (const [name, price] of Object.entries(table)) {
    if (model.startsWith(name) && snapshotSuffix.test(model.slice(name.length))) return price;
  }
  return undefined;
}
