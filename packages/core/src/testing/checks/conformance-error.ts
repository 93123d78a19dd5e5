/**
 * A plugin broke its specification in a way a conformance check detected. The message names the plugin,
 * what it did and what the specification asks for.
 */
export class ConformanceError extends Error {
  /**
   * @param message - the plugin, what it did and what it should do.
   * @param options.cause - the plugin's own error, when the check failed because it threw.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConformanceError';
  }
}
