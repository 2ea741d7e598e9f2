import * as formats from '../runtime/formats.js';
import * as keywords from '../runtime/keywords.js';

/**
 * The runtime functions generated checks import, by the names the runtime exports them under,
 * and the same functions for the generation-time interpreter (value-check.ts), so that both
 * apply one implementation. A rename in the runtime is a change here and nowhere else.
 */
export const HELPERS = {
  reject: 'reject',
  fail: 'fail',
  failType: 'failType',
  failRequired: 'failRequired',
  failMinimum: 'failMinimum',
  failMaximum: 'failMaximum',
  failExclusiveMinimum: 'failExclusiveMinimum',
  failExclusiveMaximum: 'failExclusiveMaximum',
  failMultipleOf: 'failMultipleOf',
  failMinLength: 'failMinLength',
  failMaxLength: 'failMaxLength',
  failMinItems: 'failMinItems',
  failMaxItems: 'failMaxItems',
  failMinProperties: 'failMinProperties',
  failMaxProperties: 'failMaxProperties',
  failPattern: 'failPattern',
  failFormat: 'failFormat',
  failEnum: 'failEnum',
  failConst: 'failConst',
  failAdditionalProperties: 'failAdditionalProperties',
  failUniqueItems: 'failUniqueItems',
  failAnyOf: 'failAnyOf',
  failOneOf: 'failOneOf',
  failNot: 'failNot',
  codePointLength: 'codePointLength',
  deepEqual: 'deepEqual',
  duplicateItems: 'duplicateItems',
  pointerToken: 'pointerToken',
  matchesMultipleOf: 'matchesMultipleOf',
  isBinary: 'isBinary',
  matchesBounded: 'matchesBounded',
  matchesDate: 'matchesDate',
  matchesTime: 'matchesTime',
  matchesDateTime: 'matchesDateTime',
  matchesIsoTime: 'matchesIsoTime',
  matchesIsoDateTime: 'matchesIsoDateTime',
  matchesDuration: 'matchesDuration',
  matchesUri: 'matchesUri',
  matchesUriReference: 'matchesUriReference',
  matchesUriTemplate: 'matchesUriTemplate',
  matchesUrl: 'matchesUrl',
  matchesEmail: 'matchesEmail',
  matchesHostname: 'matchesHostname',
  matchesIpv4: 'matchesIpv4',
  matchesIpv6: 'matchesIpv6',
  matchesRegex: 'matchesRegex',
  matchesUuid: 'matchesUuid',
  matchesJsonPointer: 'matchesJsonPointer',
  matchesJsonPointerUriFragment: 'matchesJsonPointerUriFragment',
  matchesRelativeJsonPointer: 'matchesRelativeJsonPointer',
  matchesByte: 'matchesByte',
  matchesInt32: 'matchesInt32',
  matchesInt64: 'matchesInt64',
} as const;

export type HelperName = keyof typeof HELPERS;

/**
 * Keywords whose ajv message the runtime's `fail(sink, path, keyword, param)` builds from one
 * value (a limit, a name, the pattern's RegExp): generated code then carries the value, not the
 * sentence. Others are spelled out through `reject`.
 */
export const FAIL_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'required',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'pattern',
  'format',
  'uniqueItems',
  'enum',
  'const',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'not',
]);

/** The runtime's `fail` of one keyword (`failMaximum`): generated code imports only those it calls. */
export function failHelper(keyword: string): HelperName {
  return `fail${keyword[0]!.toUpperCase()}${keyword.slice(1)}` as HelperName;
}

/** Of those, the ones whose message needs no value. */
export const PARAMLESS_KEYWORDS: ReadonlySet<string> = new Set([
  'enum',
  'const',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'not',
]);

/** The type of a check's second parameter, imported with the helpers. */
export const ISSUE_SINK = 'IssueSink';

/** Every name a generated check module may import: no local or constant may take one. */
export const HELPER_NAMES: readonly string[] = [...Object.values(HELPERS), ISSUE_SINK];

/** A format the generated code checks: the runtime function, and the values it applies to. */
export interface CheckedFormat {
  readonly helper: HelperName;
  readonly applies: 'string' | 'number';
  readonly test: (value: never) => boolean;
}

const string = (helper: HelperName, test: (value: string) => boolean): CheckedFormat => ({
  helper,
  applies: 'string',
  test,
});

/**
 * ajv-formats 3's full mode, format by format. `password`, `binary`, `float` and `double` accept
 * every value of their type there, so they are known but need no check (KNOWN_FORMATS).
 */
export const CHECKED_FORMATS: Readonly<Record<string, CheckedFormat>> = {
  date: string('matchesDate', formats.matchesDate),
  time: string('matchesTime', formats.matchesTime),
  'date-time': string('matchesDateTime', formats.matchesDateTime),
  'iso-time': string('matchesIsoTime', formats.matchesIsoTime),
  'iso-date-time': string('matchesIsoDateTime', formats.matchesIsoDateTime),
  duration: string('matchesDuration', formats.matchesDuration),
  uri: string('matchesUri', formats.matchesUri),
  'uri-reference': string('matchesUriReference', formats.matchesUriReference),
  'uri-template': string('matchesUriTemplate', formats.matchesUriTemplate),
  url: string('matchesUrl', formats.matchesUrl),
  email: string('matchesEmail', formats.matchesEmail),
  hostname: string('matchesHostname', formats.matchesHostname),
  ipv4: string('matchesIpv4', formats.matchesIpv4),
  ipv6: string('matchesIpv6', formats.matchesIpv6),
  regex: string('matchesRegex', formats.matchesRegex),
  uuid: string('matchesUuid', formats.matchesUuid),
  'json-pointer': string('matchesJsonPointer', formats.matchesJsonPointer),
  'json-pointer-uri-fragment': string('matchesJsonPointerUriFragment', formats.matchesJsonPointerUriFragment),
  'relative-json-pointer': string('matchesRelativeJsonPointer', formats.matchesRelativeJsonPointer),
  byte: string('matchesByte', formats.matchesByte),
  int32: { helper: 'matchesInt32', applies: 'number', test: formats.matchesInt32 },
  int64: { helper: 'matchesInt64', applies: 'number', test: formats.matchesInt64 },
};

export const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  ...Object.keys(CHECKED_FORMATS),
  'password',
  'binary',
  'float',
  'double',
]);

/** The runtime's keyword helpers, for the interpreter. */
export const RUNTIME = {
  codePointLength: keywords.codePointLength,
  deepEqual: keywords.deepEqual,
  duplicateItems: keywords.duplicateItems,
  matchesMultipleOf: keywords.matchesMultipleOf,
  isBinary: keywords.isBinary,
};
