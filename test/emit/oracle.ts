/** Prettier as the oracle: what it prints for a text in a mode, with the project's settings. */
import { format } from 'prettier';
import type { PrintMode } from '../../generator/emit/ast.js';

export const PRETTIER_OPTIONS = { singleQuote: true, printWidth: 120 } as const;

export function prettierFormat(text: string, mode: PrintMode): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser: mode === 'js' ? 'babel' : 'typescript' });
}
