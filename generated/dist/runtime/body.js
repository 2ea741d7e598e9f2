import { CloudflareError } from './errors.js';
import { isBinary } from './keywords.js';
import { nesting, PATH_PARAM, Unsendable } from './serialize.js';
/** The index of the media type named by `contentType` (case-insensitive), else 0; -1 for one not offered. */
export function mediaIndex(spec, contentType) {
    const wanted = contentType?.toLowerCase();
    return spec.media.findIndex((media) => wanted === undefined || media.type.toLowerCase() === wanted);
}
/** The media type named by `contentType` (case-insensitive), else the first; CloudflareError for one not offered. */
export function chooseMedia(spec, contentType, what) {
    const found = spec.media[mediaIndex(spec, contentType)];
    if (found)
        return found;
    throw new CloudflareError(`${what} does not send ${contentType}: use one of ${spec.media.map((media) => media.type).join(', ')}`);
}
/** The body in the params object: the value under `media.key`, or every key that is no parameter. */
export function bodyValue(op, spec, media, input) {
    if (media.key !== undefined)
        return input[media.key];
    const skip = new Set();
    for (const [, key] of op.path.matchAll(PATH_PARAM))
        skip.add(key);
    for (const param of [...(op.query ?? []), ...(op.header ?? []), ...(op.cookie ?? [])])
        skip.add(typeof param === 'string' ? param : (param.key ?? param.name));
    let body;
    for (const key in input)
        if (!skip.has(key) && input[key] !== undefined)
            (body ??= {})[key] = input[key];
    return body ?? (spec.required ? {} : undefined);
}
/** JSON text; a cyclic or too deep value (TypeError, RangeError) cannot be sent. */
function json(value) {
    try {
        return JSON.stringify(value);
    }
    catch {
        throw new Unsendable('json', 'cannot be serialised as JSON: it is cyclic or nested too deeply');
    }
}
/** Each field of an object body with each of its values (arrays are repeated fields), nullish ones left out. */
function fields(value, add) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw nesting();
    for (const [key, field] of Object.entries(value))
        for (const item of Array.isArray(field) ? field : [field])
            if (item != null)
                add(key, item);
}
/** `application/json` and `+json`: JSON.stringify. */
export const jsonBody = (value, media) => ({ body: json(value), type: media.type });
/** `text/*`: the string. */
export const textBody = (value, media) => ({ body: String(value), type: media.type });
/** application/x-www-form-urlencoded: arrays as repeated fields, objects as JSON text. */
export const formBody = (value, media) => {
    const form = new URLSearchParams();
    fields(value, (key, item) => form.append(key, typeof item === 'object' ? json(item) : String(item)));
    return { body: form, type: media.type };
};
/**
 * multipart/form-data: Blob/File as files, bytes as files, arrays as repeated fields, objects as
 * JSON parts. Written here, not by FormData: FormData makes any part with a type a file named
 * "blob" (WHATWG "create an entry"), and a JSON part (per the spec's `encoding`) is a field with
 * its Content-Type, no filename (RFC 7578 4.4). Everything else as FormData writes it (the HTML
 * standard's escapes and line breaks). The body is a Blob: files are not read into memory, and a
 * retry sends it again.
 */
export const multipartBody = (value, media) => {
    const random = crypto.getRandomValues(new Uint8Array(12));
    const boundary = `----formdata-${Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
    const parts = [];
    const part = (key, head, content) => {
        parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(lines(key))}"${head}\r\n\r\n`, content, '\r\n');
    };
    fields(value, (key, item) => {
        if (isBinary(item)) {
            // A stream's length is unknown until read, and the body is one Blob: bytes and Blobs only.
            if (!(item instanceof Blob) && !(item instanceof ArrayBuffer) && !ArrayBuffer.isView(item))
                throw new Unsendable('part', 'cannot be a multipart part as a ReadableStream: pass a Blob, ArrayBuffer or typed array');
            const file = item instanceof Blob ? item : new Blob([item]);
            const name = escapeName(typeof file.name === 'string' ? file.name : 'blob');
            const type = file.type || media.parts?.[key] || 'application/octet-stream';
            part(key, `; filename="${name}"\r\nContent-Type: ${type}`, file);
        }
        else if (typeof item === 'object')
            part(key, `\r\nContent-Type: ${media.parts?.[key] ?? 'application/json'}`, json(item));
        else
            part(key, '', lines(String(item)));
    });
    parts.push(`--${boundary}--\r\n`);
    return { body: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
};
/** Every line break as CRLF, as FormData writes names and string values. */
function lines(text) {
    return text.replace(/\r?\n|\r/g, '\r\n');
}
/** A part's name or filename in its quoted header parameter, as FormData escapes them. */
function escapeName(name) {
    return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}
/** Bytes as they are; a wildcard type sends the Blob's own, else application/octet-stream. */
export const binaryBody = (value, media) => {
    if (!isBinary(value))
        throw new Unsendable('binary', 'must be a Blob, ArrayBuffer, typed array or ReadableStream');
    const type = media.type.includes('*')
        ? (value instanceof Blob && value.type) || 'application/octet-stream'
        : media.type;
    return value instanceof ReadableStream ? { body: value, type, stream: true } : { body: value, type };
};
