/**
 * A bounded queue of jobs run at most `concurrency` at a time. `offer` refuses work past `capacity`
 * (waiting plus running) so memory stays bounded and the caller can answer 503 before accepting.
 */
export class WorkQueue<Job> {
  readonly #waiting: Job[] = [];
  readonly #running = new Set<Promise<void>>();
  readonly #concurrency: number;
  readonly #capacity: number;
  readonly #run: (job: Job) => Promise<void>;
  #idleWaiters: (() => void)[] = [];

  constructor(options: { concurrency: number; capacity: number; run: (job: Job) => Promise<void> }) {
    this.#concurrency = options.concurrency;
    this.#capacity = options.capacity;
    this.#run = options.run;
  }

  /** Jobs waiting plus running. */
  get size(): number {
    return this.#waiting.length + this.#running.size;
  }

  /** True when one more job fits. */
  hasRoom(): boolean {
    return this.size < this.#capacity;
  }

  /** Adds a job; returns false (and drops nothing already queued) when the queue is full. */
  offer(job: Job): boolean {
    if (!this.hasRoom()) return false;
    this.#waiting.push(job);
    this.#pump();
    return true;
  }

  /** Adds a job even past capacity: for work recorded before this process started. */
  force(job: Job): void {
    this.#waiting.push(job);
    this.#pump();
  }

  /** Drops the waiting jobs (they stay recorded elsewhere) and returns them. */
  drainWaiting(): Job[] {
    return this.#waiting.splice(0, this.#waiting.length);
  }

  /** Resolves when nothing runs and nothing waits. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #pump(): void {
    while (this.#running.size < this.#concurrency && this.#waiting.length > 0) {
      const job = this.#waiting.shift() as Job;
      const running: Promise<void> = this.#run(job)
        .catch(() => {
          // The runner reports its own failures; the queue only keeps going.
        })
        .finally(() => {
          this.#running.delete(running);
          this.#pump();
          if (this.size === 0) {
            const waiters = this.#idleWaiters;
            this.#idleWaiters = [];
            for (const resolve of waiters) resolve();
          }
        });
      this.#running.add(running);
    }
  }
}
