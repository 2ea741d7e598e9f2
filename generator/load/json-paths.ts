import { joinPointer } from '../util/pointer.js';
import { readJsonKey } from './json-keys.js';
import { scanJson, type JsonScanLimits, type JsonScanSink } from './json-scan.js';

/**
 * Scans that follow the path to every value, for the error paths only: the pointer of the value
 * where a bound was hit, and every duplicate key. They build a string per key, which the checking
 * scan avoids.
 */

export interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
  readonly firstOffset: number;
  /** The member the duplicate key starts. */
  readonly pointer: string;
}

interface Frame {
  readonly keys: Map<string, number> | undefined;
  count: number;
  token: string | undefined;
}

class PathTracker implements JsonScanSink {
  readonly #frames: Frame[] = [];
  readonly duplicates: DuplicateKey[] = [];

  constructor(readonly text: string) {}

  value(offset: number, keyOffset: number): void {
    const parent = this.#frames.at(-1);
    if (parent !== undefined) this.#enter(parent, keyOffset);
    const char = this.text.charCodeAt(offset);
    if (char === 123 || char === 91)
      this.#frames.push({ keys: char === 123 ? new Map() : undefined, count: 0, token: undefined });
  }

  close(): void {
    this.#frames.pop();
  }

  /** The value being scanned: the innermost container, or its current member or item. */
  get pointer(): string {
    const tokens = this.#frames.flatMap((frame) => (frame.token === undefined ? [] : [frame.token]));
    return joinPointer('', ...tokens);
  }

  #enter(parent: Frame, keyOffset: number): void {
    const token = keyOffset >= 0 ? readJsonKey(this.text, keyOffset) : String(parent.count);
    parent.count++;
    parent.token = token;
    if (parent.keys === undefined) return;
    const first = parent.keys.get(token);
    if (first === undefined) parent.keys.set(token, keyOffset);
    else this.duplicates.push({ key: token, offset: keyOffset, firstOffset: first, pointer: this.pointer });
  }
}

export function findDuplicateKeys(text: string, limits: JsonScanLimits): DuplicateKey[] {
  const tracker = new PathTracker(text);
  scanJson(text, limits, tracker);
  return tracker.duplicates;
}

/** The pointer of the value the scan stopped at, for a scan that fails (a bound). */
export function pointerWhereScanStops(text: string, limits: JsonScanLimits): string {
  const tracker = new PathTracker(text);
  scanJson(text, limits, tracker);
  return tracker.pointer;
}
