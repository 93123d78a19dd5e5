/** A closed time interval `[start, end]`. */
export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}
