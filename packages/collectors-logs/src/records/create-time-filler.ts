/**
 * Returns a function that gives each record of one source a time: its own when it has one, else the time of
 * the nearest preceding record that had one (a line without a timestamp usually continues what came just
 * before it), else `null` — such records, at the start of a source, cannot be placed and are dropped.
 */
export function createTimeFiller(): (time: number | null) => number | null {
  let last: number | null = null;
  return (time) => {
    if (time !== null && Number.isFinite(time)) last = time;
    return last;
  };
}
