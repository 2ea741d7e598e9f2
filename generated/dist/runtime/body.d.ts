/**
 * The body's bytes, or null when it exceeds `limit` bytes and `truncate` is false; with `truncate`
 * the first `limit` bytes. The stream is cancelled as soon as the limit is passed.
 */
export declare function readBytes(
  response: Response,
  limit: number,
  truncate: boolean,
): Promise<Uint8Array | null>;
/** Strict UTF-8, or null if the bytes are not valid UTF-8. */
export declare function decodeUtf8(bytes: Uint8Array): string | null;
/** For error bodies, where a few replacement characters do no harm. */
export declare function decodeLenient(bytes: Uint8Array): string;
/** A short, single-line excerpt for error messages. The caller redacts credentials. */
export declare function excerpt(text: string, max?: number): string;
