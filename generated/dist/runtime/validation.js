/**
 * The contract between generated validators and the client runtime. Copied verbatim into every
 * generated package (`src/runtime/validation.ts`); it must not import anything.
 */
/** Every problem of a value, from the error-recording pass of a generated `checkX`. */
export function issuesOf(check, value) {
  const errors = [];
  check(value, errors);
  return errors;
}
/**
 * Called by generated code where a rule is broken. Without `errors` the caller only asks yes or
 * no: returns true, stop now. With them, records the problem and returns false: go on.
 */
export function reject(errors, path, keyword, message) {
  if (errors === undefined) return true;
  errors.push({ path, keyword, message });
  return false;
}
/** Thrown by the generated `assertX` functions; `issues` holds every problem found. */
export class ValidationError extends Error {
  issues;
  constructor(what, issues) {
    super(`${what} is invalid: ${describeValidationIssues(issues)}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
/** `/result/3/id must be at most 32 characters; (root) must have required property 'success'` */
export function describeValidationIssues(issues) {
  return issues
    .map((issue) => `${issue.path === '' ? '(root)' : issue.path} ${issue.message}`)
    .join('; ');
}
/** An object key as one RFC 6901 pointer token. */
export function pointerToken(key) {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Length in Unicode code points, as JSON Schema counts it: a surrogate pair is one character. */
export function codePointLength(text) {
  const units = text.length;
  let length = 0;
  for (let pos = 0; pos < units; length++) {
    const unit = text.charCodeAt(pos++);
    if (
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      pos < units &&
      (text.charCodeAt(pos) & 0xfc00) === 0xdc00
    )
      pos++;
  }
  return length;
}
/** JSON equality: same type, same members; key order does not matter and 0 equals -0. */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && arraysEqual(a, b);
  if (Array.isArray(b)) return false;
  return objectsEqual(a, b);
}
function arraysEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
  return true;
}
function objectsEqual(a, b) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key])) return false;
  return true;
}
/** Whether `value` deep-equals one of `members` (an enum with objects or arrays in it). */
export function enumIncludes(members, value) {
  for (const member of members) if (deepEqual(member, value)) return true;
  return false;
}
/** The indices `[earlier, later]` of the last pair of equal items, or undefined when all differ. */
export function duplicateItems(items) {
  for (let later = items.length - 1; later > 0; later--) {
    for (let earlier = later - 1; earlier >= 0; earlier--) {
      if (deepEqual(items[earlier], items[later])) return [earlier, later];
    }
  }
  return undefined;
}
/**
 * ajv's test, kept for agreement: the quotient must print as an integer, so float noise counts
 * (0.3 is not a multiple of 0.1) and quotients of 1e21 or more fail.
 */
export function matchesMultipleOf(value, divisor) {
  const quotient = value / divisor;
  return Number.isInteger(quotient) && Math.abs(quotient) < 1e21;
}
// Formats. Each matches ajv-formats' full mode exactly, including what RFC 3339 would not
// allow but ajv-formats does (a space or any other whitespace character between date and time).
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
/** The value of the two ASCII digits at `at`, or -1. */
function twoDigits(text, at) {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
function isDigit(text, at) {
  const unit = text.charCodeAt(at);
  return unit >= 48 && unit <= 57;
}
/** `full-date` (`2024-02-29`) at `text[at..at+10)`; the caller checks what follows. */
function dateAt(text, at) {
  const century = twoDigits(text, at);
  const yearInCentury = twoDigits(text, at + 2);
  const month = twoDigits(text, at + 5);
  const day = twoDigits(text, at + 8);
  if (
    century < 0 ||
    yearInCentury < 0 ||
    text.charCodeAt(at + 4) !== 45 ||
    text.charCodeAt(at + 7) !== 45
  )
    return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century * 100 + yearInCentury;
  return day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] ?? 0));
}
export function matchesDate(text) {
  return text.length === 10 && dateAt(text, 0);
}
/**
 * `full-time` from `at` to the end: `hh:mm:ss[.frac](Z|±hh[[:]mm])`, with ajv-formats' rules:
 * hours and minutes of the offset at most 23 and 59, and second 60 only when the time is
 * 23:59 in UTC.
 */
function timeAt(text, at) {
  const hour = twoDigits(text, at);
  const minute = twoDigits(text, at + 3);
  const wholeSecond = twoDigits(text, at + 6);
  if (
    hour < 0 ||
    minute < 0 ||
    wholeSecond < 0 ||
    text.charCodeAt(at + 2) !== 58 ||
    text.charCodeAt(at + 5) !== 58
  )
    return false;
  let pos = at + 8;
  if (text.charCodeAt(pos) === 46) {
    if (!isDigit(text, ++pos)) return false;
    while (isDigit(text, pos)) pos++;
  }
  // Only 59.999... can round up to 60 (and 60.999... to 61), so only then is the exact value needed.
  const second = wholeSecond >= 59 && pos > at + 8 ? Number(text.slice(at + 6, pos)) : wholeSecond;
  const offset = offsetAt(text, pos);
  if (offset === undefined) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - offset.minutes * offset.sign;
  const utcHour = hour - offset.hours * offset.sign - (utcMinute < 0 ? 1 : 0);
  return (
    (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61
  );
}
const UTC = { sign: 1, hours: 0, minutes: 0 };
/** `Z`, `z`, `±hh`, `±hhmm` or `±hh:mm` running to the end of `text`. */
function offsetAt(text, at) {
  const unit = text.charCodeAt(at);
  if (unit === 90 || unit === 122) return at + 1 === text.length ? UTC : undefined;
  if (unit !== 43 && unit !== 45) return undefined;
  const hours = twoDigits(text, at + 1);
  const rest = text.length - (at + 3);
  const minutesAt = rest === 3 && text.charCodeAt(at + 3) === 58 ? at + 4 : at + 3;
  const minutes = rest === 0 ? 0 : twoDigits(text, minutesAt);
  if (hours < 0 || minutes < 0 || (rest !== 0 && minutesAt + 2 !== text.length)) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return { sign: unit === 45 ? -1 : 1, hours, minutes };
}
export function matchesTime(text) {
  return timeAt(text, 0);
}
/** ajv-formats splits on /t|\s/i and wants exactly two parts, so the separator may be any space. */
const SPACE = /^\s$/;
function isDateTimeSeparator(text, at) {
  const unit = text.charCodeAt(at);
  return unit === 84 || unit === 116 || SPACE.test(text.charAt(at));
}
export function matchesDateTime(text) {
  return text.length > 11 && isDateTimeSeparator(text, 10) && dateAt(text, 0) && timeAt(text, 11);
}
// The three regular-expression formats are ajv-formats' own (MIT licence), unchanged.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const NOT_URI_FRAGMENT = /\/|:/;
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
export function matchesEmail(text) {
  return EMAIL.test(text);
}
export function matchesUuid(text) {
  return UUID.test(text);
}
export function matchesUri(text) {
  return NOT_URI_FRAGMENT.test(text) && URI.test(text);
}
