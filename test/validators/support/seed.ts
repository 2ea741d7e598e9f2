/**
 * The fast-check seed of a run: FC_SEED when set (to replay a failure), else a new one each run,
 * so that every run tests other values.
 */
export function fuzzSeed(): number {
  const given = process.env['FC_SEED'];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${given}`);
    return seed;
  }
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

/** The line a failure ends with: how to run the same values again. */
export function replayHint(seed: number, command: string): string {
  return `seed ${seed}: replay with FC_SEED=${seed} ${command.includes(' ') ? command : `npx vitest run ${command}`}`;
}
