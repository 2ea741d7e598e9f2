/**
 * Reading a response body with a byte limit. `response.text()` would read any size, so bodies are
 * read here as a stream: Content-Length is checked first, then the bytes are counted as they
 * arrive, because a compressed or chunked body has no useful length (a gzip bomb is stopped
 * after `limit` decoded bytes, whatever its size on the wire).
 */
/** What fetch or a body stream threw: an I/O failure (retryable), as opposed to a bug of ours. */
export declare class IoFailure {
    readonly cause: unknown;
    constructor(cause: unknown);
}
/**
 * The body's bytes, or null when it exceeds `limit` bytes and `truncate` is not set; with
 * `truncate` its first `limit` bytes. The stream is cancelled as soon as the limit is passed.
 * (Not a Blob: joining and decoding through one costs tens of microseconds per call on Node.)
 */
export declare function readBytes(response: Response, limit: number, truncate?: boolean): Promise<Uint8Array | null>;
/** Drops a body unread: frees the connection and never buffers a byte of it. */
export declare function discard(response: Response): Promise<void> | undefined;
/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export declare function decodeUtf8(bytes: Uint8Array): string | null;
