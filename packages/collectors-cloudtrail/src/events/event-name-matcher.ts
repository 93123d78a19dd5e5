// Lambda (and a few other REST services) record the API version after the operation name.
const apiVersionSuffix = /\d{8}(?:v\d+)?$/;

/**
 * The operation name without the API version CloudTrail appends for some services:
 * `UpdateFunctionCode20150331v2` → `UpdateFunctionCode`; other names are returned unchanged.
 */
export function baseEventName(eventName: string): string {
  const base = eventName.replace(apiVersionSuffix, '');
  return base.length > 0 ? base : eventName;
}

/**
 * A test for membership in a list of event names that also accepts the other spelling of versioned
 * names: listing `UpdateFunctionCode` matches `UpdateFunctionCode20150331v2` and the other way round.
 */
export function createEventNameMatcher(names: readonly string[]): (eventName: string) => boolean {
  const wanted = new Set<string>();
  for (const name of names) {
    wanted.add(name);
    wanted.add(baseEventName(name));
  }
  return (eventName) => wanted.has(eventName) || wanted.has(baseEventName(eventName));
}
