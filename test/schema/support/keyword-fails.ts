import { FAIL_KEYWORDS, failHelper } from '../../../generator/schema/helpers.js';

/**
 * The runtime's per-keyword \`fail\` functions (\`failMaximum\`...) as declarations, for the stub
 * runtimes the generated check modules are type-checked against: one per keyword the generator
 * reports through them, so the stub cannot fall behind the list it mirrors.
 */
export const KEYWORD_FAILS = [
  '',
  'export type KeywordFail = (sink: IssueSink | undefined, path: string, param?: unknown) => boolean;',
  ...[...FAIL_KEYWORDS].map((keyword) => `export declare const ${failHelper(keyword)}: KeywordFail;`),
  '',
].join('\n');
