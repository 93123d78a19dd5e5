const nanosecondsPerMillisecond = 1_000_000n;

/** Milliseconds since the epoch (a `Date` or a number) as nanoseconds, exactly, as a `bigint`. */
export function toNanoseconds(time: Date | number): bigint {
  const milliseconds = typeof time === 'number' ? time : time.getTime();
  return BigInt(Math.trunc(milliseconds)) * nanosecondsPerMillisecond;
}

/** Nanoseconds since the epoch as whole milliseconds, rounded down (a `Date` holds no finer precision). */
export function toMilliseconds(nanoseconds: bigint): number {
  const milliseconds = nanoseconds / nanosecondsPerMillisecond;
  // bigint division truncates toward zero; before 1970 that would round up.
  return Number(
    nanoseconds < 0n && nanoseconds % nanosecondsPerMillisecond !== 0n ? milliseconds - 1n : milliseconds,
  );
}
