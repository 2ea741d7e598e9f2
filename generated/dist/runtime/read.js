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
 * The body as a Blob typed with the response's Content-Type, or null when it exceeds `limit` bytes
 * and `truncate` is not set; with `truncate` its first `limit` bytes. The stream is cancelled as
 * soon as the limit is passed. A Blob, because it joins the chunks and decodes text (leniently,
 * `blob.text()`) without code of ours.
 */
export async function readBody(response, limit, truncate) {
    const stream = response.body;
    const chunks = [];
    if (stream) {
        // Content-Length is only the size on the wire; with Content-Encoding the decoded body may be
        // bigger, so it can reject early but never vouch for a body.
        if (!truncate && Number(response.headers.get('content-length')) > limit)
            return (await discard(response), null);
        const reader = stream.getReader();
        let size = 0;
        try {
            for (let chunk; !(chunk = await reader.read()).done;) {
                chunks.push(chunk.value);
                if ((size += chunk.value.byteLength) > limit) {
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
    }
    return new Blob(chunks).slice(0, limit, response.headers.get('content-type') ?? '');
}
/** Drops a body unread: frees the connection and never buffers a byte of it. */
export function discard(response) {
    return response.body?.cancel().catch(ignore);
}
// `fatal` turns malformed UTF-8 into an exception instead of silently inserting U+FFFD.
// decode() without `stream` keeps no state between calls, so one shared instance is safe; created
// on first use, so that importing this module does nothing.
let strict;
/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export async function decodeUtf8(blob) {
    try {
        return (strict ??= new TextDecoder('utf-8', { fatal: true })).decode(await blob.arrayBuffer());
    }
    catch {
        return null;
    }
}
function ignore() { }
