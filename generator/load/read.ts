import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { SpecProblems } from '../util/issue-list.js';
import { tooLargeIssue } from './limits.js';

/**
 * Everything the loader takes from Node: reading the one spec file, and hashing bytes. No other
 * file of the loader imports `node:`; nothing here reads anything but the file it is given.
 */

/** The spec file cannot be read: a usage error (exit 1, no stack trace), not a spec problem. */
export class SpecFileError extends Error {
  /** The system error code, such as `ENOENT` or `EISDIR`. */
  readonly code: string;

  constructor(displayName: string, code: string) {
    super(`${displayName}: cannot read the spec (${code})`);
    this.name = 'SpecFileError';
    this.code = code;
  }
}

/**
 * The bytes of the spec. The size is checked before reading, and again while reading, for files
 * whose size the system does not know in advance (a pipe).
 */
export async function readSpecFile(file: string, displayName: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(displayName, size, maxBytes);
    return await readAtMost(handle, size, displayName, maxBytes);
  } catch (error) {
    if (error instanceof SpecProblems) throw error;
    throw new SpecFileError(displayName, (error as NodeJS.ErrnoException).code ?? 'unknown error');
  } finally {
    await handle?.close();
  }
}

async function readAtMost(
  handle: FileHandle,
  size: number,
  displayName: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.max(size + 1 - total, 64 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(displayName, total, maxBytes);
    chunks.push(buffer.subarray(0, bytesRead));
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
}

function tooLarge(displayName: string, size: number, maxBytes: number): SpecProblems {
  return new SpecProblems([tooLargeIssue(displayName, size, maxBytes)]);
}

/** Hex SHA-256, for the manifest's record of which spec a package came from. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
