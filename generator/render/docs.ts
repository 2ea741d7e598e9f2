import type { ApiModel, Json, Operation, Param, Schema, SecurityScheme } from '../model.js';
import { camelCase } from '../names.js';
import { deref, type SchemaIndex } from '../schema-query.js';
import type { OperationTypes } from './operation-types.js';
import { jsLiteral } from './template-engine.js';

/**
 * JSDoc for generated methods, as a careful person would write it: the spec's words first, then
 * parameters with their rules, authentication, errors, deprecation and a runnable example.
 * Lines are plain text; the template escapes them with {{jsdoc}}.
 */
export function methodDoc(types: OperationTypes, model: ApiModel, index: SchemaIndex): string[] {
  const operation = types.operation;
  return [
    ...paragraphs(operation.summary, operation.description),
    '',
    `\`${operation.method.toUpperCase()} ${operation.path}\``,
    ...authLines(operation, model.securitySchemes),
    ...paramLines(operation, index),
    '@param options - Per-call `signal`, `timeoutMs`, `maxRetries` and `headers`.',
    `@returns ${returnsLine(types)}`,
    '@throws {RequestValidationError} when `params` break the spec, before any request is sent.',
    '@throws {CloudflareAPIError} (or a subclass per status) when the API answers with an error.',
    ...(operation.deprecated ? [`@deprecated ${deprecationText(operation)}`] : []),
    '@example',
    '```ts',
    ...exampleLines(types, model, index),
    '```',
  ].filter((line, position, lines) => !(line === '' && lines[position - 1] === ''));
}

function paragraphs(...texts: (string | undefined)[]): string[] {
  const lines = texts
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .flatMap((text) => ['', ...text.trim().split('\n')]);
  return lines.slice(1);
}

export function deprecationText(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path} is deprecated by the API. It still answers, but may be removed.`;
}

function authLines(operation: Operation, schemes: readonly SecurityScheme[]): string[] {
  const lines: string[] = [];
  if (operation.security.length > 0) {
    const alternatives = operation.security.map((requirement) =>
      requirement.map((name) => optionName(name, schemes)).join(' + '),
    );
    lines.push('', `Authentication: ${alternatives.join(', or ')}.`);
  }
  // Say the permissions unless the spec's own words already did.
  const described = operation.permissions.every((permission) => operation.description?.includes(permission));
  if (operation.permissions.length > 0 && !described)
    lines.push(`Accepted permissions (at least one): ${operation.permissions.join(', ')}.`);
  return lines;
}

function optionName(scheme: string, schemes: readonly SecurityScheme[]): string {
  return schemes.some((candidate) => candidate.name === scheme) ? `\`${camelCase(scheme)}\`` : scheme;
}

function paramLines(operation: Operation, index: SchemaIndex): string[] {
  const params = [...operation.params.path, ...operation.params.query, ...operation.params.header];
  if (params.length === 0) return [''];
  return [
    '',
    '@param params - The request parameters:',
    ...params.map(
      (param) => `- \`${param.name}\`${param.required ? '' : ' (optional)'}: ${paramSummary(param, index)}`,
    ),
    '',
  ];
}

function paramSummary(param: Param, index: SchemaIndex): string {
  const rules = constraints(param.schema, index);
  const description = param.description?.trim().replace(/\s*\n\s*/g, ' ') ?? '';
  const text = [description, rules.length > 0 ? `(${rules.join('; ')})` : ''].filter((part) => part !== '').join(' ');
  return (param.deprecated ? 'Deprecated. ' : '') + (text === '' ? 'No description.' : text);
}

/** The rules a value must follow, in words: what a user needs to know before calling. */
export function constraints(schema: Schema, index: SchemaIndex): string[] {
  const object = deref(schema, index);
  if (object === undefined) return [];
  const rules: string[] = [];
  if (object.enum) rules.push(`one of ${object.enum.map((value) => jsLiteral(value)).join(', ')}`);
  if (object.const) rules.push(`always ${jsLiteral(object.const.value)}`);
  if (object.format) rules.push(object.format === 'date-time' ? 'RFC 3339 date-time' : `format ${object.format}`);
  if (object.minLength !== undefined) rules.push(`at least ${object.minLength} characters`);
  if (object.maxLength !== undefined) rules.push(`at most ${object.maxLength} characters`);
  if (object.pattern !== undefined) rules.push(`matches /${object.pattern}/`);
  if (object.minimum !== undefined) rules.push(`>= ${object.minimum}`);
  if (object.exclusiveMinimum !== undefined) rules.push(`> ${object.exclusiveMinimum}`);
  if (object.maximum !== undefined) rules.push(`<= ${object.maximum}`);
  if (object.exclusiveMaximum !== undefined) rules.push(`< ${object.exclusiveMaximum}`);
  if (object.types?.includes('integer')) rules.push('integer');
  if (object.default) rules.push(`default ${jsLiteral(object.default.value)}`);
  return rules;
}

function returnsLine(types: OperationTypes): string {
  const resolves = {
    page: 'the first page (`result` and `result_info`)',
    result: 'the unwrapped `result`',
    body: 'the response body',
  }[types.unwrap];
  if (!types.operation.pagination) return `A promise of ${resolves}.`;
  return `A promise of ${resolves}; also async-iterable over every item of every page (\`for await\`).`;
}

export function exampleLines(types: OperationTypes, model: ApiModel, index: SchemaIndex): string[] {
  const operation = types.operation;
  const call = `client.${operation.sdkPath.join('.')}(${exampleArgs(operation, index)})`;
  const setup = `const client = ${model.sdk.clientFactory}({ ${credentialExample(model)} });`;
  if (operation.pagination) {
    return [setup, `const first = await ${call};`, `for await (const item of ${call}) {`, '  console.log(item);', '}'];
  }
  return [setup, `const value = await ${call};`];
}

/** `apiToken: process.env.CLOUDFLARE_API_TOKEN` for the first scheme, as examples show it. */
export function credentialExample(model: ApiModel): string {
  const first = model.securitySchemes[0];
  return first === undefined ? '' : credentialOption(first.name, model);
}

/** One scheme's client option, read from its environment variable. */
export function credentialOption(scheme: string, model: ApiModel): string {
  const variable = model.securitySchemes.find((candidate) => candidate.name === scheme)?.env ?? scheme.toUpperCase();
  const read = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(variable)
    ? `process.env.${variable}`
    : `process.env[${exampleLiteral(variable)}]`;
  return `${camelCase(scheme)}: ${read}`;
}

/**
 * A value as a TypeScript literal in the house style (single quotes), for examples in comments,
 * where Prettier does not reach. Still built from JSON.stringify, so it is always a valid literal.
 */
export function exampleLiteral(value: Json): string {
  if (typeof value !== 'string') return jsLiteral(value);
  const inner = jsLiteral(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${inner}'`;
}

/** Required parameters with plausible values, plus the page size of paged lists. */
export function exampleArgs(operation: Operation, index: SchemaIndex): string {
  const params = [...operation.params.path, ...operation.params.query, ...operation.params.header];
  const shown = params.filter((param) => param.required || param.name === operation.pagination?.perPageParam);
  if (shown.length === 0) return '';
  const isPageSize = (param: Param): boolean => param.name === operation.pagination?.perPageParam;
  const entries = shown.map(
    (param) => `${propertyKey(param.name)}: ${exampleLiteral(exampleValue(param, isPageSize(param), index))}`,
  );
  return `{ ${entries.join(', ')} }`;
}

/** A property name as written in an object literal: bare when it can be. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : exampleLiteral(name);
}

/** A page size shows its maximum: the fewest requests is what a user iterating everything wants. */
function exampleValue(param: Param, isPageSize: boolean, index: SchemaIndex): Json {
  if (param.example) return param.example.value;
  const object = deref(param.schema, index);
  if (object?.maximum !== undefined && isPageSize) return object.maximum;
  if (object?.examples?.[0] !== undefined) return object.examples[0];
  if (object?.default) return object.default.value;
  if (object?.enum?.[0] !== undefined) return object.enum[0];
  if (object?.types?.includes('integer') || object?.types?.includes('number')) return object.minimum ?? 1;
  return param.name;
}
