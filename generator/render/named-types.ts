import type { Stmt } from '../emit/ast.js';
import type { NamedSchema } from '../model/index.js';
import type { RenderContext } from './context.js';

/**
 * A named schema's declaration: an interface when its type is an object type (what a reader
 * expects, and cheaper for the type checker), else a type alias; with its description.
 */
export function namedTypeDeclaration(named: NamedSchema, ctx: RenderContext): Stmt {
  const type = ctx.namedType(named);
  const doc = schemaDoc(named, ctx);
  if (type.kind === 'objectType')
    return { kind: 'interface', name: named.typeName, members: type.members, exported: true, doc };
  return { kind: 'typeAlias', name: named.typeName, type, exported: true, doc };
}

function schemaDoc(named: NamedSchema, ctx: RenderContext): string[] {
  const own = named.schema.kind === 'schema' ? named.schema.annotations : {};
  const label = schemaLabel(named);
  const lines = [`${label.charAt(0).toUpperCase()}${label.slice(1)}.`];
  const text = own.description ?? own.title;
  if (text !== undefined && text.trim() !== '') lines.push('', ...text.trim().split(/\r?\n/));
  if (own.deprecated === true) lines.push('', '@deprecated The spec marks this schema deprecated.');
  const rules = named.schema.kind === 'schema' ? ctx.describe(named.schema) : [];
  if (rules.length > 0) lines.push('', `${rules.join('; ')}.`);
  return lines;
}

/** `the \`Thing\` schema`, or `the \`Thing\` schema as a request sends it (readOnly properties optional)`. */
export function schemaLabel(named: NamedSchema): string {
  if (named.variant === undefined) return `the \`${named.id}\` schema`;
  return named.variant.side === 'request'
    ? `the \`${named.variant.of}\` schema as a request sends it (readOnly properties optional)`
    : `the \`${named.variant.of}\` schema as a response carries it (writeOnly properties optional)`;
}
