import type { CST } from 'yaml';
import { formatCount, type Limits, raiseLimit } from './limits.js';
import type { TextProblem } from './issues.js';

/**
 * Checks on yaml's token tree (CST), which its parser builds without recursion: nesting is
 * measured here, before the composer, which recurses once per level and would overflow the
 * stack (or, in V8, die compiling a regular expression at the edge of it) on a deep document.
 */

/** Every value token with its depth in collections, in document order; `visit` returns false to stop. */
function eachValue(tokens: readonly CST.Token[], visit: (token: CST.Token, depth: number) => boolean): void {
  const stack: [CST.Token, number][] = [];
  for (const token of [...tokens].reverse()) if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [token, depth] = next;
    if (!visit(token, depth)) return;
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (let index = token.items.length - 1; index >= 0; index--) {
        const value = token.items[index]?.value;
        if (value) stack.push([value, depth + 1]);
      }
    }
  }
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/**
 * yaml's composer overflows the stack a little under 800 levels of flow collections: past this,
 * whatever maxDepth says, a YAML spec is refused (JSON has no such ceiling).
 */
export const YAML_MAX_DEPTH = 600;

/** Nesting deeper than maxDepth, or more values than maxNodes: the first one found. */
export function measureTokens(tokens: readonly CST.Token[], limits: Limits): TextProblem | undefined {
  const maxDepth = Math.min(limits.maxDepth, YAML_MAX_DEPTH);
  let nodes = 0;
  let problem: TextProblem | undefined;
  eachValue(tokens, (token, depth) => {
    if (isCollection(token) && depth > maxDepth) {
      const nesting = `mappings and sequences nest more than ${maxDepth} deep here`;
      const remedy =
        maxDepth < limits.maxDepth
          ? ', more than the YAML parser can follow: convert the spec to JSON'
          : `: ${raiseLimit('maxDepth')}`;
      problem = { code: 'nesting_limit', offset: token.offset, message: `${nesting}${remedy}` };
    } else if (++nodes > limits.maxNodes) {
      const count = `the spec has more than ${formatCount(limits.maxNodes)} values`;
      problem = { code: 'spec_too_large', offset: token.offset, message: `${count}: ${raiseLimit('maxNodes')}` };
    }
    return problem === undefined;
  });
  return problem;
}

/** The offset of the first quoted scalar that has no closing quote: yaml reports it at the end of the file. */
export function unclosedQuoteOffset(tokens: readonly CST.Token[]): number | undefined {
  let found: number | undefined;
  const check = (token: CST.Token | null | undefined): void => {
    if (token && isQuoted(token) && !isClosed(token.source) && (found === undefined || token.offset < found)) {
      found = token.offset;
    }
  };
  eachValue(tokens, (token) => {
    check(token);
    if (token.type === 'block-map' || token.type === 'flow-collection') for (const item of token.items) check(item.key);
    return true;
  });
  return found;
}

function isQuoted(token: CST.Token): token is CST.FlowScalar {
  return token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar';
}

function isClosed(source: string): boolean {
  const quote = source[0] ?? '';
  const rest = source.slice(1);
  if (!rest.endsWith(quote)) return false;
  // '' is an escaped quote inside single quotes; \" one inside double quotes.
  if (quote === "'") return (/'*$/.exec(rest)?.[0].length ?? 0) % 2 === 1;
  return (/\\*"$/.exec(rest)?.[0].length ?? 1) % 2 === 1;
}
