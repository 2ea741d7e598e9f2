/**
 * What an operation sends besides its path, query and credentials: header and cookie parameters
 * (`requestHeaders`), and the body (`requestBody`). Descriptors list those they need (`extras`,
 * which generated code imports), so that an app whose calls take none bundles none of this code,
 * and one that sends bodies but no header parameters none of theirs.
 */
import { bodyValue, chooseMedia } from './body.js';
import { issue, param } from './operation.js';
import { isHeaderValue } from './options.js';
import { encode, joined, jsonContent, plain, Unsendable } from './serialize.js';
/** The header parameters (style simple) and the cookie parameters (style form). */
export const requestHeaders = (op, input, _options, init, issues, cookies) => {
    for (const spec of op.header ?? []) {
        const text = param(spec, input, issues, headerOf);
        if (text)
            init.headers[(typeof spec === 'string' ? spec : spec.name).toLowerCase()] = text;
    }
    for (const spec of op.cookie ?? [])
        cookies.push(param(spec, input, issues, cookieOf));
};
/** The body, in the media type the call's `contentType` names (default: the first). */
export const requestBody = (op, input, options, init, issues) => {
    const media = chooseMedia(op.body, options?.contentType, `${op.method} ${op.path}`);
    try {
        const value = bodyValue(op, op.body, media, input);
        const encoded = value === undefined ? undefined : media.encode(value, media);
        if (encoded) {
            init.body = encoded.body;
            if (encoded.type)
                init.headers['content-type'] = encoded.type;
            if (encoded.stream)
                init.duplex = 'half';
        }
    }
    catch (thrown) {
        issues.push(issue(media.key, thrown));
    }
};
/** A header parameter, style simple: arrays and objects comma-separated, nothing encoded. */
function headerOf(_name, value, spec) {
    if (value == null)
        return '';
    const text = joined(jsonContent(value, spec), typeof spec !== 'string' && spec.explode === true, plain);
    if (!isHeaderValue(text))
        throw new Unsendable('headerValue', 'must be Latin-1 text without control characters');
    return text;
}
/** A cookie parameter, style form: `name=value`, arrays and objects comma-separated, encoded. */
function cookieOf(name, value, spec) {
    return value == null ? '' : `${name}=${joined(jsonContent(value, spec), false, encode)}`;
}
