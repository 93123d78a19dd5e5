/** The warning for items left out by the `maxItems` cap, or `null` when nothing was left out. */
export function describeCap(offered: number, capacity: number, what: string): string | null {
  if (offered <= capacity) return null;
  return (
    `${offered} ${what} in the window; kept the ${capacity} most severe, then newest (maxItems ${capacity}). ` +
    'Narrow the sources or the query to see the rest.'
  );
}
