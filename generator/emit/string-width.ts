/**
 * Prettier's getStringWidth (utilities/get-string-width.js) with the same tables: how many
 * columns Prettier counts for a string it keeps verbatim, as JSON strings are.
 */
import { EMOJI, FULLWIDTH_RANGES, NARROW_EMOJI, WIDE_RANGES } from './string-width-data.js';

const NOT_ASCII = /[^\x20-\x7F]/;
const ZERO_WIDTH_MARK = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;

/** Whether `code` falls in one of the sorted inclusive [start, end] pairs. */
function isInRanges(ranges: readonly number[], code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (code < ranges[middle * 2]!) high = middle - 1;
    else if (code > ranges[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

export function stringWidth(text: string): number {
  if (!NOT_ASCII.test(text)) return text.length;
  let width = 0;
  const rest = text.replace(EMOJI, (emoji) => {
    width += NARROW_EMOJI.test(emoji) ? 1 : 2;
    return '';
  });
  for (const char of rest) {
    const code = char.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || ZERO_WIDTH_MARK.test(char)) continue;
    width += isInRanges(FULLWIDTH_RANGES, code) || isInRanges(WIDE_RANGES, code) ? 2 : 1;
  }
  return width;
}
