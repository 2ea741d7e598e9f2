import type { ApiModel, Json, Operation, Pagination, Param, RenderedFile } from '../model.js';
import { camelCase } from '../names.js';
import { splitPointer } from '../pointer.js';
import { deref, indexSchemas, type SchemaIndex } from '../schema-query.js';
import {
  constraints,
  credentialExample,
  credentialOption,
  deprecationText,
  exampleArgs,
  exampleLines,
  propertyKey,
} from './docs.js';
import type { OperationTypes } from './operation-types.js';
import { jsLiteral, type Template } from './template-engine.js';

/**
 * README.md of the generated package: what a newcomer needs, in the order they need it (install,
 * authenticate, one example per method, pagination, errors, retries, validation, deprecations).
 * Every example is assembled here from the model; the template only places them.
 */
export function renderReadme(model: ApiModel, types: readonly OperationTypes[], template: Template): RenderedFile {
  const index = indexSchemas(model.schemas);
  const first = types[0];
  const paged = types.find((entry) => entry.operation.pagination !== undefined);
  const view = {
    packageName: model.sdk.packageName,
    title: model.title,
    version: model.version,
    sourceName: model.sourceName,
    factory: model.sdk.clientFactory,
    liteFactory: model.sdk.liteClientFactory,
    tarball: `${model.sdk.packageName.replace(/^@/, '').replace(/\//g, '-')}-${model.sdk.packageVersion}.tgz`,
    quickStart: quickStart(model, paged ?? first, index).join('\n'),
    credentialExamples: credentialExamples(model),
    credentials: model.securitySchemes.map((scheme) => ({
      option: camelCase(scheme.name),
      summary: cell(scheme.description ?? (scheme.kind === 'bearer' ? 'Bearer token.' : `Sent as ${scheme.header}.`)),
      env: scheme.env ?? '',
    })),
    methods: types.map((entry) => ({
      sdkPath: entry.operation.sdkPath.join('.'),
      label: `${entry.operation.method.toUpperCase()} ${entry.operation.path}`,
      summary: entry.operation.summary ?? '',
      deprecated: entry.operation.deprecated,
      deprecationText: deprecationText(entry.operation),
      returns: returnsText(entry),
      permissions: entry.operation.permissions.join(', '),
      params: allParams(entry.operation).map((param) => paramRow(param, index)),
      example: exampleLines(entry, model, index),
    })),
    pagedMethods: types.flatMap((entry) => {
      const pagination = entry.operation.pagination;
      return pagination
        ? [{ sdkPath: entry.operation.sdkPath.join('.'), item: entry.item ?? 'unknown', stop: stopRule(pagination) }]
        : [];
    }),
    pagesExample: pagesExample(paged ?? first, index).join('\n'),
    firstCall: first ? call(first.operation, exampleArgs(first.operation, index)) : 'client.raw.GET("/")',
    retryExample: retryExample(model, first, index).join('\n'),
    validationExample: validationExample(model, types, index).join('\n'),
    deprecatedMethods: types
      .filter((entry) => entry.operation.deprecated)
      .map((entry) => ({ sdkPath: entry.operation.sdkPath.join('.'), text: deprecationText(entry.operation) })),
  };
  return { path: 'README.md', contents: template(view) };
}

function allParams(operation: Operation): Param[] {
  return [...operation.params.path, ...operation.params.query, ...operation.params.header];
}

function call(operation: Operation, args: string): string {
  return `client.${operation.sdkPath.join('.')}(${args})`;
}

/** The shortest useful program: a client from the environment, then every item of a list. */
function quickStart(model: ApiModel, entry: OperationTypes | undefined, index: SchemaIndex): string[] {
  const variables = model.securitySchemes.flatMap((scheme) => (scheme.env ? [scheme.env] : []));
  const lines = [`import { ${model.sdk.clientFactory} } from ${jsLiteral(model.sdk.packageName)};`, ''];
  if (variables.length > 0)
    lines.push(
      `// Credentials from the environment: ${variables.join(', ')}.`,
      `const client = ${model.sdk.clientFactory}();`,
    );
  else lines.push(`const client = ${model.sdk.clientFactory}({ ${credentialExample(model)} });`);
  if (entry === undefined) return lines;
  const target = call(entry.operation, exampleArgs(entry.operation, index));
  if (entry.operation.pagination) lines.push(`for await (const item of ${target}) {`, '  console.log(item);', '}');
  else lines.push(`console.log(await ${target});`);
  return lines;
}

function returnsText(entry: OperationTypes): string {
  const awaited = {
    page: `\`await\` gives \`${entry.value}\`: the \`result\` and \`result_info\` of one page.`,
    result: `\`await\` gives \`${entry.value}\`, the \`result\` of the response.`,
    body: `\`await\` gives \`${entry.value}\`, the response body.`,
  }[entry.unwrap];
  if (!entry.operation.pagination || entry.item === undefined) return awaited;
  return `${awaited} \`for await\` gives every \`${entry.item}\` of every page.`;
}

/** When the client asks for another page, in the words of the response body. */
function stopRule(pagination: Pagination): string {
  const field = (pointer: string): string => `\`${splitPointer(pointer).join('.')}\``;
  if (pagination.hasMorePointer) return `${field(pagination.hasMorePointer)} is \`true\``;
  if (pagination.totalCountPointer)
    return `fewer than ${field(pagination.totalCountPointer)} items were read and the page was not empty`;
  return `the page was full (\`${pagination.perPageParam}\` items)`;
}

function pagesExample(entry: OperationTypes | undefined, index: SchemaIndex): string[] {
  if (entry === undefined || !entry.operation.pagination) return ['// No operation of this API is paged.'];
  return [
    `const list = ${call(entry.operation, exampleArgs(entry.operation, index))}; // nothing sent yet`,
    'const first = await list; // the first page: one request',
    'for await (const item of list) {',
    '  // every item of every page, each page requested as the loop reaches it',
    '}',
    'for await (const page of list.pages()) {',
    '  // page by page, each the same shape as `first`',
    '}',
  ];
}

function retryExample(model: ApiModel, entry: OperationTypes | undefined, index: SchemaIndex): string[] {
  const setup = `const client = ${model.sdk.clientFactory}({ maxRetries: 5, timeoutMs: 10_000 });`;
  if (entry === undefined) return [setup];
  const args = exampleArgs(entry.operation, index) || '{}';
  return [
    setup,
    '',
    '// For one call: no retries, 2 s per attempt, and give up after 5 s whatever happens.',
    `await ${call(entry.operation, `${args}, { maxRetries: 0, timeoutMs: 2_000, signal: AbortSignal.timeout(5_000) }`)};`,
  ];
}

/** A call that breaks a rule of its parameters, and a validator of a schema users will hold. */
function validationExample(model: ApiModel, types: readonly OperationTypes[], index: SchemaIndex): string[] {
  const broken = brokenCall(types, index);
  const schema = types.find((entry) => entry.item !== undefined)?.item ?? model.schemas[0]?.typeName;
  const imports: string[] = [];
  const body: string[] = [];
  if (broken) {
    imports.push(`import { RequestValidationError } from ${jsLiteral(model.sdk.packageName)};`);
    body.push(
      'try {',
      `  await ${broken.call}; // ${broken.why}`,
      '} catch (error) {',
      '  // error.issues: [{ path, keyword, message }], one per broken rule',
      '  if (error instanceof RequestValidationError) console.log(error.issues);',
      '  else throw error;',
      '}',
    );
  }
  if (schema !== undefined) {
    imports.push(`import { is${schema}, validate${schema} } from ${jsLiteral(`${model.sdk.packageName}/validators`)};`);
    if (body.length > 0) body.push('');
    body.push(
      'const value: unknown = JSON.parse(stored); // data from elsewhere: a cache, a queue, a file',
      `const checked = validate${schema}(value); // { ok: true, value: ${schema} } or { ok: false, errors }`,
      'console.log(checked.ok ? checked.value : checked.errors);',
      `if (is${schema}(value)) console.log(value); // narrowed to ${schema}`,
    );
  }
  return imports.length > 0 ? [...imports, '', ...body] : ['// This API declares no schemas.'];
}

/** The first parameter with a maximum, given ten times more; else one with an enum, given a stranger. */
function brokenCall(types: readonly OperationTypes[], index: SchemaIndex): { call: string; why: string } | undefined {
  for (const rule of ['maximum', 'enum'] as const) {
    for (const entry of types) {
      for (const param of allParams(entry.operation)) {
        const schema = deref(param.schema, index);
        const bad: Json | undefined =
          rule === 'maximum'
            ? schema?.maximum === undefined
              ? undefined
              : schema.maximum * 10
            : schema?.enum
              ? 'not-one-of-them'
              : undefined;
        if (bad === undefined) continue;
        const args = allParams(entry.operation).filter((other) => other.required && other !== param);
        const entries = [
          ...args.map((other) => `${propertyKey(other.name)}: ${jsLiteral(sampleValue(other, index))}`),
          `${propertyKey(param.name)}: ${jsLiteral(bad)}`,
        ];
        return {
          call: call(entry.operation, `{ ${entries.join(', ')} }`),
          why: `${param.name}: ${constraints(param.schema, index).join('; ')}`,
        };
      }
    }
  }
  return undefined;
}

function sampleValue(param: Param, index: SchemaIndex): Json {
  return param.example?.value ?? deref(param.schema, index)?.examples?.[0] ?? param.name;
}

/** One example per way to authenticate: each alternative's options together. */
function credentialExamples(model: ApiModel): string[] {
  const alternatives = new Map<string, readonly string[]>();
  for (const operation of model.operations)
    for (const requirement of operation.security) alternatives.set(requirement.join('+'), requirement);
  return [...alternatives.values()].map((requirement, position) => {
    const options = requirement.map((name) => credentialOption(name, model));
    return `${position === 0 ? 'const client' : `const client${position + 1}`} = ${model.sdk.clientFactory}({ ${options.join(', ')} });`;
  });
}

function paramRow(param: Param, index: SchemaIndex) {
  return {
    name: param.name,
    required: param.required,
    rules: cell(constraints(param.schema, index).join('; ') || 'any'),
    description: cell(param.description ?? ''),
  };
}

/** Table cells hold one line and no column separators. */
function cell(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}
