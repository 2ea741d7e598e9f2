import type { Doc } from '../emit/ast.js';
import type { ApiModel, Json, Operation, Param, Schema } from '../model/index.js';
import type { RenderContext } from './context.js';
import type { OperationShape } from './operation-shapes.js';
import { label } from './operation-shapes.js';
import { takesNothing } from './descriptor.js';

/**
 * JSDoc for a generated method, as a careful person would write it: the spec's words first, then
 * the call, authentication, parameters with their rules, what it resolves to, errors, deprecation
 * and a runnable example. Plain lines: the printer escapes them.
 */
export function methodDoc(shape: OperationShape, ctx: RenderContext): Doc {
  const { operation } = shape;
  const lines = [
    ...paragraphs(operation.summary, operation.description),
    '',
    `\`${label(operation)}\``,
    ...authLines(operation, ctx.model),
    '',
    ...(takesNothing(operation)
      ? []
      : [
          `@param params - ${shape.paramsOptional ? 'Optional; t' : 'T'}he parameters, documented on \`${operation.inputs[0]?.typeName ?? 'params'}\`.`,
        ]),
    `@param options - Per-call \`signal\`, \`timeoutMs\`, \`maxRetries\` and \`headers\`${operation.inputs.length > 1 ? ', and `contentType` to send another media type' : ''}.`,
    `@returns ${returnsLine(operation)}`,
    '@throws {RequestValidationError} when `params` break the spec, before any request is sent.',
    '@throws {CloudflareAPIError} (or a subclass per status) when the API answers with an error.',
    ...(operation.deprecated
      ? [`@deprecated ${label(operation)} is deprecated by the API. It still answers, but may be removed.`]
      : []),
    '@example',
    '```ts',
    ...exampleLines(operation, ctx),
    '```',
  ];
  return lines.filter((line, position) => !(line === '' && lines[position - 1] === ''));
}

function paragraphs(...texts: (string | undefined)[]): string[] {
  const lines = texts
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .flatMap((text) => ['', ...text.trim().split(/\r?\n/)]);
  return lines.slice(1);
}

function authLines(operation: Operation, model: ApiModel): string[] {
  const lines: string[] = [];
  const option = (scheme: string): string => {
    const found = model.securitySchemes.find((candidate) => candidate.name === scheme);
    return found === undefined ? scheme : `\`${found.option}\``;
  };
  if (operation.security.length > 0)
    lines.push(
      '',
      `Authentication: ${operation.security.map((names) => names.map(option).join(' + ')).join(', or ')}.`,
    );
  // Say the permissions unless the spec's own words already did.
  const described = operation.permissions.every((permission) => operation.description?.includes(permission));
  if (operation.permissions.length > 0 && !described)
    lines.push(`Accepted permissions (at least one): ${operation.permissions.join(', ')}.`);
  return lines;
}

export function returnsLine(operation: Operation): string {
  const { success } = operation;
  const resolves =
    success.kind === 'empty'
      ? 'nothing (`undefined`) once the API has answered'
      : success.kind === 'binary'
        ? 'the body as a `Blob`'
        : success.kind === 'text'
          ? 'the body as a string'
          : {
              page: 'the first page (`result` and `result_info`)',
              result: 'the unwrapped `result`',
              none: 'the response body',
            }[success.unwrap];
  const also = '`.withResponse()` adds the `Response`; `.asResponse()` gives it unread.';
  if (operation.pagination === undefined) return `A promise of ${resolves}. ${also}`;
  return `A promise of ${resolves}; also async-iterable over every item of every page (\`for await\`). ${also}`;
}

/** A parameter's doc: its description, then its rules. */
export function paramDoc(param: Param, ctx: RenderContext): string[] {
  const text = [param.deprecated ? 'Deprecated.' : '', param.description?.trim() ?? '']
    .filter((part) => part !== '')
    .join(' ');
  return withRules(text, param.schema, ctx);
}

/** A body field's doc, from its schema. */
export function propertyDoc(schema: Schema, ctx: RenderContext): string[] {
  const own = schema.kind === 'schema' ? schema : ctx.named(schema.target)?.schema;
  const text = own?.kind === 'schema' ? (own.annotations.description ?? own.annotations.title ?? '') : '';
  return withRules(text.trim(), schema, ctx);
}

function withRules(text: string, schema: Schema, ctx: RenderContext): string[] {
  const rules = ctx.describe(schema);
  const lines = text === '' ? [] : text.split(/\r?\n/);
  if (rules.length > 0) lines.push(...(lines.length > 0 ? [''] : []), `${capitalise(rules.join('; '))}.`);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `const client = ...; const value = await client.x.y({ ... });` */
export function exampleLines(operation: Operation, ctx: RenderContext): string[] {
  const call = `client.${operation.sdkPath.join('.')}(${exampleArgs(operation, ctx)})`;
  const setup = `const client = ${ctx.model.sdk.clientFactory}(${credentialExample(ctx.model)});`;
  if (operation.pagination !== undefined)
    return [setup, `const first = await ${call};`, `for await (const item of ${call}) {`, '  console.log(item);', '}'];
  return [setup, operation.success.kind === 'empty' ? `await ${call};` : `const value = await ${call};`];
}

/** `{ apiToken: process.env.CLOUDFLARE_API_TOKEN }` for the first scheme, as examples show it. */
export function credentialExample(model: ApiModel): string {
  const first = model.securitySchemes[0];
  if (first === undefined) return '';
  const variable = first.env ?? first.name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  const value =
    first.kind === 'basic'
      ? `{ username: process.env.${variable}_USERNAME, password: process.env.${variable}_PASSWORD }`
      : `process.env.${variable}`;
  return `{ ${first.option}: ${value} }`;
}

/** Required parameters and body fields with plausible values, plus the page size of paged lists. */
export function exampleArgs(operation: Operation, ctx: RenderContext): string {
  const input = operation.inputs[0];
  if (input === undefined) return '';
  const required = new Set(input.schema.keywords.required ?? []);
  const perPage = operation.pagination?.style === 'page' ? operation.pagination.perPageParam : undefined;
  const shown = (input.schema.keywords.properties ?? []).filter(
    (property) => required.has(property.name) || property.name === perPage,
  );
  if (shown.length === 0) return '';
  const params = new Map(operation.params.map((param) => [param.key, param]));
  const entries = shown.map((property) => {
    const param = params.get(property.name);
    const value = exampleValue(property.name, param?.example?.value, property.schema, property.name === perPage, ctx);
    return `${propertyKey(property.name)}: ${exampleLiteral(value)}`;
  });
  return `{ ${entries.join(', ')} }`;
}

/** A property name as written in an object literal: bare when it can be. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : exampleLiteral(name);
}

/** A value as a literal in the house style (single quotes), for examples in comments and the README. */
export function exampleLiteral(value: Json): string {
  if (typeof value !== 'string') return JSON.stringify(value) ?? 'null';
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A page size shows its maximum: the fewest requests is what a user walking everything wants. */
function exampleValue(
  name: string,
  declared: Json | undefined,
  schema: Schema,
  isPageSize: boolean,
  ctx: RenderContext,
): Json {
  if (declared !== undefined) return declared;
  const node = schema.kind === 'ref' ? ctx.named(schema.target)?.schema : schema;
  if (node === undefined || node.kind === 'ref') return name;
  const { keywords, annotations } = node;
  if (keywords.maximum !== undefined && isPageSize) return keywords.maximum;
  if (annotations.examples?.[0] !== undefined) return annotations.examples[0];
  if (annotations.default !== undefined) return annotations.default.value;
  if (keywords.enum?.[0] !== undefined) return keywords.enum[0];
  if (keywords.const !== undefined) return keywords.const.value;
  if (keywords.type?.includes('integer') || keywords.type?.includes('number')) return keywords.minimum ?? 1;
  if (keywords.type?.includes('boolean')) return true;
  return name;
}
