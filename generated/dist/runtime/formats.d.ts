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
/** RFC 3339 full-date: `2024-02-29`. */
export declare function matchesDate(str: string): boolean;
/** RFC 3339 full-time, time zone required: `23:59:60Z`, `10:00:00+02:00`. */
export declare function matchesTime(str: string): boolean;
/** RFC 3339 date-time; ajv accepts any white space or `t` between date and time. */
export declare function matchesDateTime(str: string): boolean;
/** `time` with the time zone optional. */
export declare function matchesIsoTime(str: string): boolean;
/** `date-time` with the time zone optional. */
export declare function matchesIsoDateTime(str: string): boolean;
/** `format: duration` */
export declare function matchesDuration(str: string): boolean;
/** `format: uri-reference` */
export declare function matchesUriReference(str: string): boolean;
/** `format: uri-template` */
export declare function matchesUriTemplate(str: string): boolean;
/** `format: url` */
export declare function matchesUrl(str: string): boolean;
/** `format: email` */
export declare function matchesEmail(str: string): boolean;
/** `format: hostname` */
export declare function matchesHostname(str: string): boolean;
/** `format: ipv4` */
export declare function matchesIpv4(str: string): boolean;
/** `format: ipv6` */
export declare function matchesIpv6(str: string): boolean;
/** `format: uuid` */
export declare function matchesUuid(str: string): boolean;
/** `format: json-pointer` */
export declare function matchesJsonPointer(str: string): boolean;
/** `format: json-pointer-uri-fragment` */
export declare function matchesJsonPointerUriFragment(str: string): boolean;
/** `format: relative-json-pointer` */
export declare function matchesRelativeJsonPointer(str: string): boolean;
/** `format: uri`: an absolute URI (ajv also requires a "/" or ":" in it). */
export declare function matchesUri(str: string): boolean;
/** `format: byte` (base64). */
export declare function matchesByte(str: string): boolean;
/** `format: regex`: compiles as a JavaScript RegExp (without the u flag) and has no `\Z` anchor. */
export declare function matchesRegex(str: string): boolean;
/** `format: int32` on a number. */
export declare function matchesInt32(value: number): boolean;
/** `format: int64` on a number: any integer (JSON cannot carry more precision anyway). */
export declare function matchesInt64(value: number): boolean;
/** `format: float` on a number: always true. */
export declare function matchesFloat(_value: number): boolean;
/** `format: double` on a number: always true. */
export declare function matchesDouble(_value: number): boolean;
/** `format: password`: any string. */
export declare function matchesPassword(_str: string): boolean;
/** `format: binary`: any string. */
export declare function matchesBinary(_str: string): boolean;
