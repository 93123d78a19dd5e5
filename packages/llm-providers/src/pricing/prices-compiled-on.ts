/**
 * The date (ISO 8601) on which the built-in price tables were compiled from the providers' published
 * standard-tier list prices. Prices change: check them against the providers' pricing pages and pass
 * `prices` to any provider to override or extend the table.
 */
export const PRICES_COMPILED_ON = '2026-11-27';
