import { call, not, str } from '../../emit/build.js';
import { CHECKED_FORMATS, KNOWN_FORMATS } from '../helpers.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';

/**
 * `format`, checked exactly as ajv-formats 3 (full mode) checks it, by the runtime's function for
 * it: int32 and int64 apply to numbers, every other format to strings. `password`, `binary`,
 * `float` and `double` accept every value there, so they are known and need no code. An unknown
 * format is ignored, with one warning per format name.
 */
export const formatKeyword: KeywordDefinition<'format'> = {
  keyword: 'format',
  applies: (name) => CHECKED_FORMATS[name]?.applies ?? 'string',
  read(raw, cx) {
    const name = raw.format;
    if (name === undefined) return undefined;
    if (typeof name !== 'string') {
      cx.warn('invalid_schema', 'format must be a string: ignored', 'format');
      return undefined;
    }
    if (!KNOWN_FORMATS.has(name) && cx.firstTime(`format:${name}`))
      cx.warn(
        'unknown_format',
        `unknown format ${JSON.stringify(name)}: not checked (known: those of ajv-formats)`,
        'format',
      );
    return Object.hasOwn(CHECKED_FORMATS, name) ? name : undefined;
  },
  check(name, cx) {
    const format = CHECKED_FORMATS[name];
    if (format === undefined) return;
    cx.fail(not(call(cx.helper(format.helper), [cx.data])), {
      keyword: 'format',
      message: MESSAGES.format(name),
      param: str(name),
    });
  },
  test(name, data, cx) {
    const format = CHECKED_FORMATS[name];
    if (format === undefined || (format.test as (value: unknown) => boolean)(data)) return undefined;
    return cx.issue('format', MESSAGES.format(name));
  },
  doc: (name) => FORMAT_PHRASES[name] ?? `format ${name}`,
};

const FORMAT_PHRASES: Readonly<Record<string, string>> = {
  'date-time': 'RFC 3339 date-time',
  date: 'RFC 3339 date',
  time: 'RFC 3339 time',
  email: 'email address',
  uuid: 'UUID',
  uri: 'absolute URI',
  ipv4: 'IPv4 address',
  ipv6: 'IPv6 address',
  int32: '32-bit integer',
};
