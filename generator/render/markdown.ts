/**
 * The only door through which spec text enters the README. A spec is input, not trusted Markdown:
 * its titles, summaries and descriptions are shown as the plain text they are, so that
 * `</script><script>` stays text, a ``` in a description cannot close a code block or start a
 * heading, and a `|` cannot split a table cell. (Spec prose loses its own Markdown formatting
 * here; the JSDoc of each method keeps it.)
 */

/**
 * Characters with a meaning anywhere in CommonMark/GFM inline text; each is escaped with a backslash.
 * (`>` only means something at the start of a line: LINE_START.)
 */
const INLINE = /[\\`*_[\]<&|~]/g;
/** What makes a line a heading, quote, list item, setext underline or thematic break. */
const LINE_START = /^([#>+=-]|\d{1,9}(?=[.)]))/;

/**
 * One line of plain text: runs of white space (line breaks included) become one space, and every
 * character Markdown could read as syntax is backslash-escaped: emphasis, links, code, raw HTML,
 * entities and table pipes anywhere, and headings, quotes and list markers at the start (being
 * one line, nothing else can start a line). CommonMark renders `\x` as `x` for any ASCII
 * punctuation, so the text reads the same, literally.
 */
export function text(value: string): string {
  const line = value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, (char) => `\\${char}`);
  // `1.` keeps its digits and escapes the dot; `#` and the like are escaped themselves.
  return line.replace(LINE_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/**
 * Paragraphs of plain text: blank lines separate them; each line is escaped on its own as `text`
 * (so no line can start a heading, list, quote, fence, table or HTML block, nor underline the one
 * before), and keeps its line break for the README's readers.
 */
export function paragraphs(value: string): string {
  return value
    .split(/\r?\n\s*\r?\n|\r\r/)
    .map((paragraph) =>
      paragraph
        .split(/\r\n?|\n/)
        .map(text)
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A table cell: one line of escaped text (`text` already escapes `|`). */
export function cell(value: string): string {
  return text(value);
}

/**
 * Inline code: delimited by one backtick more than the longest run inside, padded with a space
 * when it starts or ends with a backtick (CommonMark strips one such space). Line breaks become
 * spaces, and `|` is escaped because GFM splits table cells before it sees code spans (the
 * backslash is removed there, and shown nowhere else we use this: all our code spans in prose
 * are identifiers and paths).
 */
export function code(value: string, inTable = false): string {
  const flat = value.replace(/\r?\n|\r/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so no line of the
 * content (an example value holding ``` for instance) can close it early.
 */
export function codeBlock(language: string, lines: readonly string[]): string {
  const body = lines.join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

function longestRun(value: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of value) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
