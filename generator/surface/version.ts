import type { SurfaceChange } from './diff.js';

/**
 * The next package version, semantic versioning from the change report: a breaking change raises
 * the major version, an addition the minor one, anything else that changes a file the patch one.
 * Below 1.0.0, where npm's caret ranges treat the minor version as major, each moves one place
 * right: breaking raises the minor, everything else the patch. Never below `floor`, the version
 * the spec declares (a maintainer who wrote 2.0.0 there means it).
 */
export function nextVersion(
  previous: string,
  changes: readonly SurfaceChange[],
  filesChanged: boolean,
  floor: string,
): string {
  const current = parse(previous) ?? parse(floor) ?? [0, 1, 0];
  const breaking = changes.some((change) => change.breaking);
  const added = changes.some((change) => !change.breaking);
  const [major, minor, patch] = current;
  let next: Version = current;
  if (major === 0) {
    if (breaking) next = [0, minor + 1, 0];
    else if (added || filesChanged) next = [0, minor, patch + 1];
  } else if (breaking) next = [major + 1, 0, 0];
  else if (added) next = [major, minor + 1, 0];
  else if (filesChanged) next = [major, minor, patch + 1];
  const declared = parse(floor);
  return format(declared !== undefined && compare(declared, next) > 0 ? declared : next);
}

type Version = readonly [major: number, minor: number, patch: number];

function parse(version: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function format(version: Version): string {
  return version.join('.');
}
