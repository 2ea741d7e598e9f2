/** How thorough a run is: `--quick` (a few minutes for everything) or the default, full. */
export interface RunMode {
  readonly quick: boolean;
}

/** `quick` in quick mode, else `full`. */
export function pick<T>(mode: RunMode, quick: T, full: T): T {
  return mode.quick ? quick : full;
}
