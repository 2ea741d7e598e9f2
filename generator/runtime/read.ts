/**
 * Reading a response body with a byte limit. `response.text()` would read any size, so bodies are
 * read here as a stream: Content-Length is checked first, then the bytes are counted as they
 * arrive, because a compressed or chunked body has no useful length (a gzip bomb is stopped
 * after `limit` decoded bytes, whatever its size on the wire).
 */

/** What fetch or a body stream threw: an I/O failure (retryable), as opposed to a bug of ours. */
export class IoFailure {
  constructor(readonly cause: unknown) {}
}

/**
 * The body's bytes, or null when it exceeds `limit` bytes and `truncate` is not set; with
 * `truncate` its first `limit` bytes. The stream is cancelled as soon as the limit is passed.
 * (Not a Blob: joining and decoding through one costs tens of microseconds per call on Node.)
 */
export async function readBytes(response: Response, limit: number, truncate?: boolean): Promise<Uint8Array | null> {
  const stream = response.body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (stream) {
    // Content-Length is only the size on the wire; with Content-Encoding the decoded body may be
    // bigger, so it can reject early but never vouch for a body.
    if (!truncate && Number(response.headers.get('content-length')) > limit) return (await discard(response), null);
    const reader = stream.getReader();
    try {
      for (let chunk; !(chunk = await reader.read()).done;) {
        chunks.push(chunk.value);
        if ((size += chunk.value.byteLength) > limit) {
          await reader.cancel().catch(ignore);
          if (!truncate) return null;
          break;
        }
      }
    } catch (thrown) {
      throw new IoFailure(thrown); // a reset connection or an abort mid-body
    } finally {
      reader.releaseLock();
    }
  }
  // One chunk within the limit, the common case, is the body: no copy (a copy of a large page
  // costs several microseconds a call). Every chunk but the last starts within the limit (the
  // loop stops at the first one past it).
  if (chunks.length === 1 && size <= limit) return chunks[0]!;
  const bytes = new Uint8Array(Math.min(size, limit));
  size = 0;
  for (const chunk of chunks) (bytes.set(chunk.subarray(0, bytes.length - size), size), (size += chunk.byteLength));
  return bytes;
}

/** Drops a body unread: frees the connection and never buffers a byte of it. */
export function discard(response: Response): Promise<void> | undefined {
  return response.body?.cancel().catch(ignore);
}

// `fatal` turns malformed UTF-8 into an exception instead of silently inserting U+FFFD.
// decode() without `stream` keeps no state between calls, so one shared instance is safe; created
// on first use, so that importing this module does nothing.
let strict: TextDecoder | undefined;

/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return (strict ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    return null;
  }
}

function ignore(): void {}
