/**
 * What `--watch` keeps of one run's work for the next, by key. Each run keeps what it used
 * (reused or made anew), and `endRun` forgets the rest, so keys that are gone do not pile up over
 * a long session. Whether a kept value still holds is for its user to check.
 */
export class RunMemory<K, V> {
  #previous = new Map<K, V>();
  #current = new Map<K, V>();

  get(key: K): V | undefined {
    return this.#current.get(key) ?? this.#previous.get(key);
  }

  keep(key: K, value: V): void {
    this.#current.set(key, value);
  }

  forget(key: K): void {
    this.#current.delete(key);
    this.#previous.delete(key);
  }

  endRun(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
