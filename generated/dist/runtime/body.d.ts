/**
 * Request bodies: which media type a call sends, which part of the params object is the body,
 * and the encoders descriptors reference (each its own export: an app bundles only those of the
 * operations it calls). Every encoding but a ReadableStream can be sent again, so only a stream
 * turns retries off.
 */
import type { BodyEncoder, BodyMediaSpec, BodySpec, OperationSpec } from './descriptor.js';
/** The index of the media type named by `contentType` (case-insensitive), else 0; -1 for one not offered. */
export declare function mediaIndex(spec: BodySpec, contentType: string | undefined): number;
/** The media type named by `contentType` (case-insensitive), else the first; CloudflareError for one not offered. */
export declare function chooseMedia(spec: BodySpec, contentType: string | undefined, what: string): BodyMediaSpec;
/** The body in the params object: the value under `media.key`, or every key that is no parameter. */
export declare function bodyValue(op: OperationSpec, spec: BodySpec, media: BodyMediaSpec, input: Readonly<Record<string, unknown>>): unknown;
/** `application/json` and `+json`: JSON.stringify. */
export declare const jsonBody: BodyEncoder;
/** `text/*`: the string. */
export declare const textBody: BodyEncoder;
/** application/x-www-form-urlencoded: arrays as repeated fields, objects as JSON text. */
export declare const formBody: BodyEncoder;
/**
 * multipart/form-data: Blob/File as files, bytes as files, arrays as repeated fields, objects as
 * JSON parts. Written here, not by FormData: FormData makes any part with a type a file named
 * "blob" (WHATWG "create an entry"), and a JSON part (per the spec's `encoding`) is a field with
 * its Content-Type, no filename (RFC 7578 4.4). Everything else as FormData writes it (the HTML
 * standard's escapes and line breaks). The body is a Blob: files are not read into memory, and a
 * retry sends it again.
 */
export declare const multipartBody: BodyEncoder;
/** Bytes as they are; a wildcard type sends the Blob's own, else application/octet-stream. */
export declare const binaryBody: BodyEncoder;
