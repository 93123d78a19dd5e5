/**
 * Thrown inside the collector when its time budget (`collectTimeoutMs`) ran out before or during a
 * LookupEvents call; the region keeps what it read, with a warning.
 */
export class BudgetExhausted extends Error {
  constructor() {
    super('the time budget (collectTimeoutMs) ran out');
    this.name = 'BudgetExhausted';
  }
}
