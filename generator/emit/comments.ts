/**
 * JSDoc blocks. One line prints as `/** text *\/`, more as `/**`, ` * line`, ` *\/`: the shape
 * Prettier re-indents ("indentable" block comments) and otherwise leaves alone, once trailing
 * spaces are gone, as Prettier trims them.
 */
import type { Doc as JsDoc } from './ast.js';
import { hardline, type Doc } from './doc.js';

const LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/;

/** The lines of a JSDoc block: entries split at line breaks, trailing spaces gone, `*\/` defused. */
function docLines(doc: JsDoc): string[] {
  return doc.flatMap((entry) => entry.split(LINE_TERMINATOR)).map((text) => text.replaceAll('*/', '*\\/').trimEnd());
}

/** The comment text for a JSDoc block, lines separated by hard lines so they follow indentation. */
export function printDocComment(doc: JsDoc): Doc {
  const lines = docLines(doc);
  if (lines.length === 1) return `/** ${lines[0]!.trim()} */`;
  const parts: Doc[] = ['/**'];
  for (const text of lines) parts.push(hardline, text === '' ? ' *' : ` * ${text}`);
  parts.push(hardline, ' */');
  return parts;
}

/** A node's JSDoc on the lines above it; nothing when it has none. */
export function withDoc(doc: JsDoc | undefined, printed: Doc): Doc {
  return doc === undefined ? printed : [printDocComment(doc), hardline, printed];
}
