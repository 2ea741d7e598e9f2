import type { LoadedSpec } from '../model/spec.js';
import { SpecProblems } from '../util/issue-list.js';
import { parseJson } from './json.js';
import { type LoadLimits, tooLargeIssue, withDefaults } from './limits.js';
import { sha256Hex } from './read.js';
import { parseYaml } from './yaml.js';

/**
 * The pure half of loading: text (or bytes) in, the document and its locator out. JSON is told
 * by its first character, not by the file name: a `.yaml` file holding JSON still gets the fast
 * path, and JSON is valid YAML, so nothing is lost either way.
 */
export function parseSpec(source: string | Uint8Array, displayName: string, limits?: LoadLimits): LoadedSpec {
  const bounds = withDefaults(limits);
  // A string's UTF-8 form is at least as long as the string: its length is a sound first check.
  if (source.length > bounds.maxBytes)
    throw new SpecProblems([tooLargeIssue(displayName, source.length, bounds.maxBytes)]);
  const text = typeof source === 'string' ? source : decode(source, displayName);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = /^[ \t\r\n]*[{[]/.test(body) ? 'json' : 'yaml';
  const parsed = format === 'json' ? parseJson(body, displayName, bounds) : parseYaml(body, displayName, bounds);
  return {
    file: displayName,
    document: parsed.document,
    sourceHash: sha256Hex(source),
    format,
    locate: parsed.locate,
    warnings: parsed.warnings,
  };
}

/** UTF-8, or UTF-16 when a byte order mark says so (PowerShell's `>` writes UTF-16). */
function decode(bytes: Uint8Array, displayName: string): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new SpecProblems([
      {
        code: 'spec_not_text',
        severity: 'error',
        message: `the spec is not ${encoding.toUpperCase()} text: save it as UTF-8`,
        at: { file: displayName, pointer: '', line: 1, column: 1 },
      },
    ]);
  }
}
