/** The key whose opening quote is at `offset`, decoded; only escaped keys go through JSON.parse. */
export function readJsonKey(text: string, offset: number): string {
  let escaped = false;
  for (let index = offset + 1; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 34) {
      const raw = text.slice(offset + 1, index);
      return escaped ? (JSON.parse(text.slice(offset, index + 1)) as string) : raw;
    }
    if (char === 92) {
      escaped = true;
      index++;
    }
  }
  return text.slice(offset + 1);
}
