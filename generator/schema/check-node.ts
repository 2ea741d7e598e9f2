import type { Expr } from '../emit/ast.js';
import { as, chain, kw, not, str, typeRef } from '../emit/build.js';
import type { JsonType, KeywordName, SchemaNode } from '../model/schema.js';
import { isFalseSchema, isType, notType } from './code.js';
import type { NodeContext } from './check-context.js';
import type { Applies } from './keyword.js';
import { definitionOf, KEYWORD_NAMES } from './keywords/index.js';
import { binaryAllowed } from './keywords/type.js';
import { MESSAGES } from './messages.js';

type Kind = Exclude<Applies, 'any'>;

const KINDS: readonly Kind[] = ['string', 'number', 'object', 'array'];

/** The keywords of a node that need code, split as JSON Schema applies them. */
interface Plan {
  /** `enum`, `const`: before the type, on any value. */
  readonly first: KeywordName[];
  readonly byKind: Map<Kind, KeywordName[]>;
  /** Composition, after the type. */
  readonly last: KeywordName[];
}

/**
 * One schema node -> statements that check `cx.data`, in ajv's order: the value keywords, the
 * type with the groups of keywords it guards, then composition. When the type allows one kind of
 * value its groups follow it in its `else` (TypeScript has narrowed the value there); otherwise
 * each group is guarded by its kind, as `maxLength` applies only to strings.
 */
export function emitNode(node: SchemaNode, cx: NodeContext): void {
  if (isFalseSchema(node)) return cx.failNow({ keyword: 'false schema', message: MESSAGES.falseSchema() });
  const plan = planOf(node, cx);
  for (const name of plan.first) checkKeyword(name, node, cx);
  emitTyped(node, plan.byKind, cx);
  for (const name of plan.last) checkKeyword(name, node, cx);
}

function planOf(node: SchemaNode, cx: NodeContext): Plan {
  const plan: Plan = { first: [], byKind: new Map(), last: [] };
  for (const name of KEYWORD_NAMES) {
    const value = node.keywords[name];
    const definition = definitionOf(name);
    if (value === undefined || definition.check === undefined) continue;
    if (definition.trivial?.(value as never, node, cx) === true) continue;
    const applies = typeof definition.applies === 'function' ? definition.applies(value as never) : definition.applies;
    if (applies !== 'any') plan.byKind.set(applies, [...(plan.byKind.get(applies) ?? []), name]);
    else if (name === 'enum' || name === 'const') plan.first.push(name);
    else plan.last.push(name);
  }
  return plan;
}

function checkKeyword(name: KeywordName, node: SchemaNode, cx: NodeContext): void {
  definitionOf(name).check?.(node.keywords[name] as never, cx);
}

function emitTyped(node: SchemaNode, byKind: Map<Kind, KeywordName[]>, cx: NodeContext): void {
  const types = node.keywords.type;
  const present = KINDS.filter((kind) => byKind.has(kind));
  if (types === undefined) return emitGuarded(present, byKind, node, cx, true);
  const binary = binaryAllowed(types, cx.direction, node.annotations.format);
  const kinds = new Set(types.map((type) => (type === 'integer' ? 'number' : type)));
  const groups = present.filter((kind) => kinds.has(kind));
  // Keywords of kinds the type rules out (`maxLength` on an array) can only add to a type error.
  const foreign = present.filter((kind) => !kinds.has(kind));
  const broken = typeBroken(types, cx, binary);
  const failure = { keyword: 'type', message: MESSAGES.type(types), param: str(types.join(',')) };
  const onBroken = (): void => {
    cx.failNow(failure);
    emitGuarded(foreign, byKind, node, cx, true);
  };
  if (types.includes('integer') && !types.includes('number') && groups.includes('number')) {
    // JSON Schema applies `minimum` to every number: 1.5 against {integer, minimum: 2} breaks both.
    cx.emit({ kind: 'if', test: broken, then: cx.collect(onBroken) });
    return emitGuarded(groups, byKind, node, cx, true);
  }
  const otherwise = cx.collect(() => {
    const [only] = groups;
    if (kinds.size === 1 && !binary && only !== undefined) emitGroup(only, byKind, node, cx);
    else emitGuarded(groups, byKind, node, cx, false);
  });
  if (foreign.length === 0 && otherwise.length === 0) return cx.fail(broken, failure);
  if (foreign.length === 0) return cx.failElse(broken, failure, () => cx.emit(...otherwise));
  cx.emit({
    kind: 'if',
    test: broken,
    then: cx.collect(onBroken),
    ...(otherwise.length > 0 ? { else: otherwise } : {}),
  });
}

/** The condition that the value has none of `types`, written so that TypeScript narrows on it. */
function typeBroken(types: readonly JsonType[], cx: NodeContext, binary: boolean): Expr {
  const effective = types.includes('number') ? types.filter((type) => type !== 'integer') : types;
  const [only] = effective;
  const broken =
    effective.length === 1 && only !== undefined
      ? notType(only, cx.data)
      : not(
          chain(
            '||',
            effective.map((type) => isType(type, cx.data)),
          ),
        );
  return binary ? chain('&&', [broken, not(callIsBinary(cx))]) : broken;
}

function callIsBinary(cx: NodeContext): Expr {
  return { kind: 'call', callee: cx.helper('isBinary'), args: [cx.data] };
}

/**
 * Each group under its kind's test. With no type declared (or after an integer test) the guard is
 * the whole test (ajv skips `minimum` for what is not a finite number too); after a type test it
 * only has to narrow.
 */
function emitGuarded(
  groups: readonly Kind[],
  byKind: Map<Kind, KeywordName[]>,
  node: SchemaNode,
  cx: NodeContext,
  untyped: boolean,
): void {
  for (const kind of groups) {
    const guard = kind === 'number' && !untyped ? narrowToNumber(cx.data) : isType(kind, cx.data);
    cx.emit({ kind: 'if', test: guard, then: cx.collect(() => emitGroup(kind, byKind, node, cx)) });
  }
}

function narrowToNumber(data: Expr): Expr {
  return {
    kind: 'binary',
    operator: '===',
    left: { kind: 'typeof', operand: data },
    right: { kind: 'string', value: 'number' },
  };
}

/** An object's keywords read it through one alias typed as a record of unknowns. */
function emitGroup(kind: Kind, byKind: Map<Kind, KeywordName[]>, node: SchemaNode, cx: NodeContext): void {
  const data =
    kind === 'object' ? cx.local('obj', as(cx.data, typeRef('Record', [kw('string'), kw('unknown')]))) : cx.data;
  const inner = cx.withData(data);
  for (const name of byKind.get(kind) ?? []) checkKeyword(name, node, inner);
}
