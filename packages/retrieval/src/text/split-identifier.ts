const plainWordPattern = /^[A-Za-z0-9][a-z0-9]*$/;

/**
 * Splits one identifier into its words: at separators (`_`, `.`, `-`, `/`, `:`, `@`) and at case changes
 * (`KubePodCrashLooping` → Kube, Pod, Crash, Looping; `etcdGRPCRequestsSlow` → etcd, GRPC, Requests,
 * Slow; `APIServer` → API, Server). Letters and digits stay together (`eth0`, `v1beta1`, `k8s`). Returns
 * the words in order, case preserved; empty pieces are dropped.
 */
export function splitIdentifier(identifier: string): string[] {
  // Most words have no separator and no capital after the first letter: nothing to split.
  if (plainWordPattern.test(identifier)) return [identifier];
  const words: string[] = [];
  for (const part of identifier.split(/[_.\-/:@]+/)) {
    if (part === '') continue;
    const spaced = part
      // lower or digit followed by upper: "podCrash" → "pod Crash", "k8sPod" → "k8s Pod"
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // a run of capitals followed by a capitalised word: "GRPCRequests" → "GRPC Requests"
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
    for (const word of spaced.split(' ')) if (word !== '') words.push(word);
  }
  return words;
}
