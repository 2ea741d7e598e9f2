import { Composer, isScalar, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import { SpecProblems } from '../util/issue-list.js';
import { lazyAt } from './at.js';
import { type ParsedText, type TextProblem, textIssue } from './issues.js';
import type { Limits } from './limits.js';
import { LineIndex } from './lines.js';
import { measureAliases } from './yaml-aliases.js';
import { yamlToJson } from './yaml-convert.js';
import { measureTokens } from './yaml-cst.js';
import { yamlSyntaxProblems } from './yaml-errors.js';
import { YamlPositions } from './yaml-positions.js';

/**
 * `strict` and `uniqueKeys` make yaml report what other tools would silently accept;
 * `stringKeys` keeps `200:` and `1.0:` the strings the spec means, not numbers.
 */
const OPTIONS = { strict: true, uniqueKeys: true, stringKeys: true } as const;

/**
 * A YAML spec, in the steps that keep it bounded: tokens (yaml's parser does not recurse), their
 * depth and count, the composed document and its syntax errors, the aliases' expanded size, and
 * only then the values.
 */
export function parseYaml(text: string, file: string, limits: Limits): ParsedText {
  const lines = new LineIndex(text);
  const refuse = (problems: readonly TextProblem[]): SpecProblems =>
    new SpecProblems(problems.map((problem) => textIssue(file, lines, problem)));
  const tokens = Array.from(new Parser().parse(text));
  const bound = measureTokens(tokens, limits);
  if (bound !== undefined) throw refuse([bound]);
  const doc = compose(tokens, text);
  if (doc.errors.length > 0) {
    const context = { lines, tokens, root: doc.contents };
    throw refuse(
      yamlSyntaxProblems(
        doc.errors,
        context,
        (changed) => compose(Array.from(new Parser().parse(changed)), changed).errors,
      ),
    );
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value ?? '') === '')) {
    throw refuse([
      { code: 'empty_document', offset: 0, message: 'the spec is empty: expected an OpenAPI document', bare: true },
    ]);
  }
  const aliases = measureAliases(doc.contents, limits);
  if (aliases.problems.length > 0) throw refuse(aliases.problems);
  const document = yamlToJson(doc.contents, aliases.targets);
  const positions = new YamlPositions(doc.contents, aliases.targets);
  const locate = (pointer: string) => lazyAt(file, pointer, () => lines.position(positions.offsetOf(pointer)));
  const warnings = doc.warnings.map((warning) =>
    textIssue(file, lines, { code: 'yaml_syntax', offset: warning.pos[0], message: warning.message }, 'warning'),
  );
  return { document, locate, warnings };
}

/** One document, as yaml's parseDocument makes it; a second document is an error, at its `---`. */
function compose(tokens: readonly CST.Token[], text: string): Document.Parsed {
  const [doc, second] = Array.from(new Composer(OPTIONS).compose(tokens, true, text.length));
  if (doc === undefined) throw new Error('yaml composed no document');
  if (second !== undefined) {
    const offset = tokens.filter((token) => token.type === 'document')[1]?.offset ?? second.range[0];
    const message = 'the file holds more than one YAML document (a --- line): a spec is one document';
    doc.errors.push(new YAMLParseError([offset, offset + 1], 'MULTIPLE_DOCS', message));
  }
  return doc;
}
