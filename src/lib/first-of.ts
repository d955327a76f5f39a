/** A filter keeping the first item of each key, in linear time (for `xs.filter(firstOf(key))`). */
export function firstOf<T>(key: (x: T) => string): (x: T) => boolean {
  const seen = new Set<string>();
  return (x) => {
    const k = key(x);
    return !seen.has(k) && Boolean(seen.add(k));
  };
}
