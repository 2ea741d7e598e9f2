/**
 * Printed text by what it was printed from, kept by `--watch` between runs. The printers ask it
 * only for pieces whose text depends on nothing but their key (a module's top-level statement and
 * the mode, print.ts; a JSON value and its depth, json.ts), so an equal key gives the same bytes:
 * the cache can only save time, never change the output. What a run does not ask for again is
 * dropped after it, so the cache holds about one generation's text.
 */
export class PrintCache {
  private current = new Map<string, string>();
  private previous = new Map<string, string>();

  /** The text printed for `key`, printed by `print` only when this cache has not seen the key. */
  text(key: string, print: () => string): string {
    let text = this.current.get(key) ?? this.previous.get(key);
    if (text === undefined) text = print();
    this.current.set(key, text);
    return text;
  }

  /** Ends a run: what it did not ask for is forgotten. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Prints with this cache for the duration of `work` (rendering is synchronous). */
  use<T>(work: () => T): T {
    const outer = active;
    active = this;
    try {
      return work();
    } finally {
      active = outer;
    }
  }
}

let active: PrintCache | undefined;

/** The cache of the `use` in progress, if any. */
export function activePrintCache(): PrintCache | undefined {
  return active;
}

/**
 * `print()`, or the text the cache in use holds for `key`. For a whole module: `key` must name
 * everything its text is made from.
 */
export function cachedText(key: string, print: () => string): string {
  return active === undefined ? print() : active.text(key, print);
}
