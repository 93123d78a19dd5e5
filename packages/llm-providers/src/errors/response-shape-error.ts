/**
 * A server answered 2xx, but not with the shape the API defines (no `choices`, no `content`, an HTML page):
 * usually a wrong `baseURL` or a proxy in between. Internal; it ends up as the `cause` of an `ApiCallError`.
 */
export class ResponseShapeError extends Error {
  /** @param detail - what was wrong, e.g. `no choices[0].message`. */
  constructor(detail: string) {
    super(detail);
    this.name = 'ResponseShapeError';
  }
}
