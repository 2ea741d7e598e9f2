/** The lines bench/generator-child.ts prints and bench/generator.ts reads, one per stage start and end. */

/** `bench-stage {"event":"end","stage":"loadSpec","ms":12.3,"maxRssKb":123456}` */
export const STAGE_PREFIX = 'bench-stage ';

export interface StageEvent {
  readonly event: 'start' | 'end';
  readonly stage: string;
  /** For `end`: how long the stage took. */
  readonly ms?: number;
  /** The process's peak RSS so far, in KiB. */
  readonly maxRssKb: number;
}

export function stageLine(event: StageEvent): string {
  return `${STAGE_PREFIX}${JSON.stringify(event)}\n`;
}

/** The event a line carries, or undefined for any other output. */
export function parseStageLine(line: string): StageEvent | undefined {
  return line.startsWith(STAGE_PREFIX) ? (JSON.parse(line.slice(STAGE_PREFIX.length)) as StageEvent) : undefined;
}
