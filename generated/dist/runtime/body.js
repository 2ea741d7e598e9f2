/**
 * Reading a response body with a byte limit. openapi-fetch would read any size (`response.json()`),
 * so the core asks it for the stream and reads it here: Content-Length is checked first, then the
 * bytes are counted as they arrive, because a compressed or chunked body has no useful length.
 */
import { ioFailure } from './attempt.js';
/**
 * The body's bytes, or null when it exceeds `limit` bytes and `truncate` is false; with `truncate`
 * the first `limit` bytes. The stream is cancelled as soon as the limit is passed.
 */
export async function readBytes(response, limit, truncate) {
  const stream = response.body;
  if (!stream) return new Uint8Array(0);
  // Content-Length is only the size on the wire; with Content-Encoding the decoded body may be
  // bigger, so it can reject early but never vouch for a body.
  if (!truncate && Number(response.headers.get('content-length')) > limit) {
    await stream.cancel().catch(ignore);
    return null;
  }
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(ignore);
        if (!truncate) return null;
        break;
      }
    }
  } catch (thrown) {
    ioFailure(thrown); // a reset connection or an abort mid-body
  } finally {
    reader.releaseLock();
  }
  // Most API responses arrive in one chunk: hand it over without copying.
  if (chunks.length === 1 && size <= limit) return chunks[0];
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, bytes.length - offset), offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
// `fatal` turns malformed UTF-8 into an exception instead of silently inserting U+FFFD. decode()
// without `stream` keeps no state between calls, so one shared instance is safe.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');
/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export function decodeUtf8(bytes) {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}
/** For error bodies, where a few replacement characters do no harm. */
export function decodeLenient(bytes) {
  return lenientDecoder.decode(bytes);
}
/** A short, single-line excerpt for error messages. The caller redacts credentials. */
export function excerpt(text, max = 100) {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
function ignore() {}
