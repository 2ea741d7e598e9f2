/**
 * Reading a response body with a byte limit. `response.text()` would read any size, so bodies are
 * read here as a stream: Content-Length is checked first, then the bytes are counted as they
 * arrive, because a compressed or chunked body has no useful length (a gzip bomb is stopped
 * after `limit` decoded bytes, whatever its size on the wire).
 */
/** What fetch or a body stream threw: an I/O failure (retryable), as opposed to a bug of ours. */
export class IoFailure {
    cause;
    constructor(cause) {
        this.cause = cause;
    }
}
/**
 * The body's bytes, or null when it exceeds `limit` bytes and `truncate` is false; with `truncate`
 * the first `limit` bytes. The stream is cancelled as soon as the limit is passed.
 */
export async function readBytes(response, limit, truncate) {
    const stream = response.body;
    if (!stream)
        return new Uint8Array(0);
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
                if (!truncate)
                    return null;
                break;
            }
        }
    }
    catch (thrown) {
        throw new IoFailure(thrown); // a reset connection or an abort mid-body
    }
    finally {
        reader.releaseLock();
    }
    return join(chunks, Math.min(size, limit));
}
/** The chunks as one array of `size` bytes; most API responses arrive in one chunk, kept as is. */
function join(chunks, size) {
    if (chunks.length === 1 && chunks[0].byteLength === size)
        return chunks[0];
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        if (offset >= size)
            break;
        bytes.set(chunk.subarray(0, size - offset), offset);
        offset += chunk.byteLength;
    }
    return bytes;
}
/** Drops a body unread: frees the connection and never buffers a byte of it. */
export function discard(response) {
    response.body?.cancel().catch(ignore);
}
// `fatal` turns malformed UTF-8 into an exception instead of silently inserting U+FFFD.
// decode() without `stream` keeps no state between calls, so one shared instance is safe; created
// on first use, so that importing this module does nothing.
let strict;
let lenient;
/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export function decodeUtf8(bytes) {
    try {
        return (strict ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
    }
    catch {
        return null;
    }
}
/** For error bodies, where a few replacement characters do no harm. */
export function decodeLenient(bytes) {
    return (lenient ??= new TextDecoder()).decode(bytes);
}
function ignore() { }
