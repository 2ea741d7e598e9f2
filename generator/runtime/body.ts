/**
 * Reading a response body with a byte limit. openapi-fetch would read any size (`response.json()`),
 * so the core asks it for the stream and reads it here: Content-Length is checked first, then the
 * bytes are counted as they arrive, because a compressed or chunked body has no useful length.
 */

/** Bytes read, or null when the body exceeds `limit` (the stream is cancelled then). */
export async function readBytes(response: Response, limit: number, truncate: boolean): Promise<Uint8Array | null> {
  const stream = response.body;
  if (stream === null) return new Uint8Array(0);
  // Content-Length is only the size on the wire; with Content-Encoding the decoded body may be
  // bigger, so it can reject early but never vouch for a body.
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!truncate && declared > limit) {
    await stream.cancel().catch(ignore);
    return null;
  }
  const reader = stream.getReader();
  let first: Uint8Array | undefined;
  let rest: Uint8Array[] | undefined;
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(ignore);
        if (!truncate) return null;
        const keep = value.subarray(0, value.byteLength - (size - limit));
        if (first === undefined) first = keep;
        else (rest ??= []).push(keep);
        size = limit;
        break;
      }
      // Most API responses arrive in one chunk: keep it as is and only concatenate when needed.
      if (first === undefined) first = value;
      else (rest ??= []).push(value);
    }
  } finally {
    reader.releaseLock();
  }
  if (first === undefined) return new Uint8Array(0);
  if (rest === undefined) return first;
  const bytes = new Uint8Array(size);
  bytes.set(first, 0);
  let offset = first.byteLength;
  for (const chunk of rest) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// `fatal` turns malformed UTF-8 into an exception instead of silently inserting U+FFFD. decode()
// without `stream` keeps no state between calls, so one shared instance is safe.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** For error bodies, where a few replacement characters do no harm. */
export function decodeLenient(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes);
}

/** A short, single-line excerpt for error messages. The caller redacts credentials. */
export function excerpt(text: string, max = 100): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function ignore(): void {}
