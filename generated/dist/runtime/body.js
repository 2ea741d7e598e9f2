import { CloudflareError } from './errors.js';
import { isBinary } from './keywords.js';
import { Unsendable } from './serialize.js';
/** The media type named by `contentType` (case-insensitive), else the first; CloudflareError for one not offered. */
export function chooseMedia(spec, contentType, what) {
    const wanted = contentType?.toLowerCase();
    const found = spec.media.find((media) => wanted === undefined || media.type.toLowerCase() === wanted);
    if (found)
        return found;
    throw new CloudflareError(`${what} does not send ${contentType}: use one of ${spec.media.map((media) => media.type).join(', ')}`);
}
/** The body in the params object: the value under `media.key`, or every key that is no parameter. */
export function bodyValue(op, spec, media, input) {
    if (media.key !== undefined)
        return input[media.key];
    const skip = new Set(op.path.filter((_, i) => i % 2));
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
        throw new Unsendable('json');
    }
}
/** Each field of an object body with each of its values (arrays are repeated fields), nullish ones left out. */
function fields(value, add) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Unsendable('nesting');
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
/** multipart/form-data: Blob/File as files, bytes as files, arrays as repeated fields, objects as JSON parts. */
export const multipartBody = (value, media) => {
    const form = new FormData();
    fields(value, (key, item) => {
        if (item instanceof Blob)
            form.append(key, item);
        else if (isBinary(item))
            form.append(key, new Blob([item]));
        else if (typeof item === 'object')
            form.append(key, new Blob([json(item)], { type: media.parts?.[key] ?? 'application/json' }));
        else
            form.append(key, String(item));
    });
    return { body: form, type: undefined };
};
/** Bytes as they are; a wildcard type sends the Blob's own, else application/octet-stream. */
export const binaryBody = (value, media) => {
    if (!isBinary(value))
        throw new Unsendable('binary');
    const type = media.type.includes('*')
        ? (value instanceof Blob && value.type) || 'application/octet-stream'
        : media.type;
    return value instanceof ReadableStream ? { body: value, type, stream: true } : { body: value, type };
};
