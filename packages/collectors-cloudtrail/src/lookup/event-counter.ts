/** Counts the events read by all regions of one `doCollect`, against `maxEvents`. */
export class EventCounter {
  readonly limit: number;
  /** Events read so far, in all regions. */
  read = 0;

  /** @param limit - the most events to read; checked between pages, so a page in flight may pass it. */
  constructor(limit: number) {
    this.limit = limit;
  }

  /** True once `limit` events were read: no region starts another request. */
  get exhausted(): boolean {
    return this.read >= this.limit;
  }
}
