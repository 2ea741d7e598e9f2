/**
 * The runtime's per-keyword \`fail\` functions (\`failMaximum\`...) as declarations, for the stub
 * runtimes the generated check modules are type-checked against.
 */
export const KEYWORD_FAILS = `
export type KeywordFail = (sink: IssueSink | undefined, path: string, param?: unknown) => boolean;
export declare const failType: KeywordFail;
export declare const failRequired: KeywordFail;
export declare const failMinimum: KeywordFail;
export declare const failMaximum: KeywordFail;
export declare const failExclusiveMinimum: KeywordFail;
export declare const failExclusiveMaximum: KeywordFail;
export declare const failMultipleOf: KeywordFail;
export declare const failMinLength: KeywordFail;
export declare const failMaxLength: KeywordFail;
export declare const failMinItems: KeywordFail;
export declare const failMaxItems: KeywordFail;
export declare const failMinProperties: KeywordFail;
export declare const failMaxProperties: KeywordFail;
export declare const failPattern: KeywordFail;
export declare const failFormat: KeywordFail;
export declare const failEnum: KeywordFail;
export declare const failConst: KeywordFail;
export declare const failAdditionalProperties: KeywordFail;
export declare const failUniqueItems: KeywordFail;
export declare const failAnyOf: KeywordFail;
export declare const failOneOf: KeywordFail;
export declare const failNot: KeywordFail;
`;
