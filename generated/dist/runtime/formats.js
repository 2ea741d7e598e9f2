/**
 * String and number formats exactly as ajv-formats 3 checks them in "full" mode: its regular
 * expressions and functions, copied (MIT licence, Copyright (c) 2020 Evgeny Poberezkin), so that
 * the generated validators agree with ajv on every input. Each format is its own export so that a
 * bundler keeps only those a package uses.
 *
 * ajv applies a format only to values of its type: int32, int64, float and double to numbers,
 * every other format to strings. A generated check calls these only after its type test.
 * `password` and `binary` accept any string (ajv: `true`).
 */
// ---- date and time: ajv-formats' date(), getTime(true|false), getDateTime(true|false) ----
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
// ajv splits at /t|\s/i and wants two parts; neither part can hold a `t` or white space, so one
// expression with one separator accepts the same strings, in one exec instead of a split and two.
const DATE_TIME = /^(\d\d\d\d)-(\d\d)-(\d\d)[t\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
/** The year, month and day at `at` of `matches` make a calendar day. */
function isDay(matches, at) {
    const year = +matches[at];
    const month = +matches[at + 1];
    const day = +matches[at + 2];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}
/** The time at `at` of `matches` (hour, minute, second, zone, sign, zone hour, zone minute) is one. */
function isTime(matches, at, strictTimeZone) {
    if (!matches)
        return false;
    const hr = +matches[at];
    const min = +matches[at + 1];
    const sec = +matches[at + 2];
    const tzSign = matches[at + 4] === '-' ? -1 : 1;
    const tzH = +(matches[at + 5] || 0);
    const tzM = +(matches[at + 6] || 0);
    if (tzH > 23 || tzM > 59 || (strictTimeZone && !matches[at + 3]))
        return false;
    if (hr <= 23 && min <= 59 && sec < 60)
        return true;
    // leap second
    const utcMin = min - tzM * tzSign;
    const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function dateTime(str, strictTimeZone) {
    const matches = DATE_TIME.exec(str);
    return isTime(matches, 4, strictTimeZone) && isDay(matches, 1);
}
/** RFC 3339 full-date: `2024-02-29`. */
export function matchesDate(str) {
    const matches = DATE.exec(str);
    return !!matches && isDay(matches, 1);
}
/** RFC 3339 full-time, time zone required: `23:59:60Z`, `10:00:00+02:00`. */
export function matchesTime(str) {
    return isTime(TIME.exec(str), 1, true);
}
/**
 * An accept-only fast path, several times quicker than the expression with its captures, and
 * allocation-free (`test`, not `exec`): the common shape with every field in range and a day of
 * at most 28 is what ajv accepts (its leap-second rule only matters for second 60). At most 14
 * digits of fraction: ajv reads the seconds as a float, and `59.` with 15 nines is already 60,
 * which it refuses. Anything else, valid or not, goes to ajv's rules. Response validation checks
 * a date-time per item of a page: this path is most of its speed.
 */
const CANONICAL_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,14})?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** RFC 3339 date-time; ajv accepts any white space or `t` between date and time. */
export function matchesDateTime(str) {
    return CANONICAL_DATE_TIME.test(str) || dateTime(str, true);
}
/** `time` with the time zone optional. */
export function matchesIsoTime(str) {
    return isTime(TIME.exec(str), 1, false);
}
/** `date-time` with the time zone optional. */
export function matchesIsoDateTime(str) {
    return dateTime(str, false);
}
// ---- regular-expression formats ----
const DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
/** `format: duration` */
export function matchesDuration(str) {
    return DURATION.test(str);
}
const URI_REFERENCE = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
/** `format: uri-reference` */
export function matchesUriReference(str) {
    return URI_REFERENCE.test(str);
}
const URI_TEMPLATE = /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
/** `format: uri-template` */
export function matchesUriTemplate(str) {
    return URI_TEMPLATE.test(str);
}
const URL = /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu;
/** `format: url` */
export function matchesUrl(str) {
    return URL.test(str);
}
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/** `format: email` */
export function matchesEmail(str) {
    return EMAIL.test(str);
}
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
/** `format: hostname` */
export function matchesHostname(str) {
    return HOSTNAME.test(str);
}
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** `format: ipv4` */
export function matchesIpv4(str) {
    return IPV4.test(str);
}
const IPV6 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
/** `format: ipv6` */
export function matchesIpv6(str) {
    return IPV6.test(str);
}
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
/** `format: uuid` */
export function matchesUuid(str) {
    return UUID.test(str);
}
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
/** `format: json-pointer` */
export function matchesJsonPointer(str) {
    return JSON_POINTER.test(str);
}
const JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i;
/** `format: json-pointer-uri-fragment` */
export function matchesJsonPointerUriFragment(str) {
    return JSON_POINTER_URI_FRAGMENT.test(str);
}
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
/** `format: relative-json-pointer` */
export function matchesRelativeJsonPointer(str) {
    return RELATIVE_JSON_POINTER.test(str);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
/** `format: uri`: an absolute URI (ajv also requires a "/" or ":" in it). */
export function matchesUri(str) {
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
// ajv's BYTE has the g and m flags: lastIndex is reset before each test, and with m a base64 run
// on any line (even an empty last line) passes. Kept as is, for agreement.
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
/** `format: byte` (base64). */
export function matchesByte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const Z_ANCHOR = /[^\\]\\Z/;
/** `format: regex`: compiles as a JavaScript RegExp (without the u flag) and has no `\Z` anchor. */
export function matchesRegex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch {
        return false;
    }
}
// ---- number formats (ajv applies them to numbers only) ----
// Literals, not `2 ** 31`: bundlers keep an unused constant whose initialiser is an expression.
const MIN_INT32 = -2_147_483_648;
const MAX_INT32 = 2_147_483_647;
/** `format: int32` on a number. */
export function matchesInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
/** `format: int64` on a number: any integer (JSON cannot carry more precision anyway). */
export function matchesInt64(value) {
    return Number.isInteger(value);
}
/** `format: float` on a number: always true. */
export function matchesFloat(_value) {
    return true;
}
/** `format: double` on a number: always true. */
export function matchesDouble(_value) {
    return true;
}
/** `format: password`: any string. */
export function matchesPassword(_str) {
    return true;
}
/** `format: binary`: any string. */
export function matchesBinary(_str) {
    return true;
}
