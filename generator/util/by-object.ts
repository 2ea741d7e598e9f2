/**
 * `compute`, remembered per object. For what is derived from model nodes, which are never changed
 * once built: `--watch` keeps the nodes an edit did not touch from one run to the next, so what
 * is derived from them is computed once, not once per run.
 */
export function byObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
