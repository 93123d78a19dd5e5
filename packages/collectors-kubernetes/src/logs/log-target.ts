/** One container log to read: the current instance, or the previous (terminated) one. */
export interface LogTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  /** Read the previous instance (`previous=true`): what a crash-looping container printed before dying. */
  readonly previous: boolean;
  readonly service: string | null;
  /** How often the container restarted, for the evidence attributes. */
  readonly restartCount: number;
}
