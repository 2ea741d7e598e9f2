import { format, type Options } from 'prettier';
import type { RenderedFile } from './model.js';

/**
 * One fixed Prettier style for everything generated, independent of any configuration file near
 * the output: the same input gives the same bytes wherever the generator runs.
 */
const STYLE: Options = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  proseWrap: 'preserve',
  endOfLine: 'lf',
};

const PARSERS: readonly (readonly [suffix: string, parser: string])[] = [
  ['.ts', 'typescript'],
  ['.js', 'babel'],
  ['.json', 'json-stringify'],
  ['.md', 'markdown'],
];

export async function formatFiles(files: readonly RenderedFile[]): Promise<RenderedFile[]> {
  return Promise.all(files.map(formatFile));
}

async function formatFile(file: RenderedFile): Promise<RenderedFile> {
  const parser = PARSERS.find(([suffix]) => file.path.endsWith(suffix))?.[1];
  if (parser === undefined) return file;
  try {
    return { path: file.path, contents: await format(file.contents, { ...STYLE, parser }) };
  } catch (error) {
    // Unparseable output is the generator's bug, never the user's: say which file.
    throw new Error(`formatting ${file.path} failed: ${(error as Error).message}`, { cause: error });
  }
}
