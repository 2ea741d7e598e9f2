import type { ApiModel, Operation, RenderedFile, Schema, SecurityScheme } from '../model/index.js';
import { CLIENT_OPTIONS, type OptionRow, REQUEST_OPTIONS } from './client-options.js';
import type { RenderContext } from './context.js';
import * as md from './markdown.js';
import {
  credentialExample,
  exampleArgs,
  exampleLines,
  exampleLiteral,
  propertyKey,
  returnsLine,
} from './method-doc.js';

/** The compiled `templates/README.md.hbs`: the README's shape; this file decides its content. */
export type ReadmeTemplate = (view: ReadmeView) => string;

/**
 * Up to this many operations, the README lists every method, grouped by top-level namespace
 * (call, HTTP request, summary). Beyond it (Cloudflare's whole API has 1,533), one row per
 * top-level namespace with its method counts: a README stays readable, and under the size npm
 * shows, while every method's full documentation lives in its JSDoc and api-surface.json.
 */
export const METHOD_INDEX_LIMIT = 150;

/**
 * Up to this many operations, each method also gets a section of its own: parameters and body
 * fields with their rules, what it resolves to, and an example (what its JSDoc says, for readers
 * without an editor). Beyond it, that would make the README a book.
 */
export const METHOD_REFERENCE_LIMIT = 30;

/** Likewise for the table of paged methods and the list of deprecated ones. */
const LIST_LIMIT = 150;

/**
 * README.md of the generated package, from the model only. Spec text goes through `md` (escaped
 * as plain text); code blocks are assembled here from identifiers the build stage checked and
 * literals `exampleLiteral` quoted, inside fences longer than any backtick run they hold.
 */
export function renderReadme(ctx: RenderContext, version: string, template: ReadmeTemplate): RenderedFile {
  return { path: 'README.md', contents: template(readmeView(ctx, version)) };
}

export type ReadmeView = ReturnType<typeof readmeView>;

function readmeView(ctx: RenderContext, version: string) {
  const { model } = ctx;
  const { sdk } = model;
  const first = model.operations[0];
  const paged = model.operations.filter((operation) => operation.pagination !== undefined);
  const prefix = sdk.envPrefix;
  return {
    title: md.text(model.title),
    description: model.description === undefined ? '' : md.paragraphs(model.description),
    packageName: md.code(sdk.packageName),
    validatorsEntry: md.code(`${sdk.packageName}/validators`),
    typesEntry: md.code(`${sdk.packageName}/types`),
    rawEntry: md.code(`${sdk.packageName}/raw`),
    responseValidatorsEntry: md.code(`${sdk.packageName}/response-validators`),
    version: md.code(version),
    specVersion: md.code(model.version),
    sourceName: md.code(model.sourceName),
    operationCount: String(model.operations.length),
    factory: sdk.clientFactory,
    liteFactory: sdk.liteClientFactory,
    envPrefix: prefix ?? '',
    quickStart: md.codeBlock('ts', quickStart(ctx, first)),
    schemes: model.securitySchemes.map((scheme) => ({
      option: md.code(scheme.option, true),
      name: md.cell(scheme.name),
      sentAs: sentAs(scheme),
      env: scheme.env === undefined ? '' : md.code(scheme.env, true),
    })),
    schemeNotes: model.securitySchemes.flatMap((scheme) =>
      scheme.description === undefined || scheme.description.trim() === ''
        ? []
        : [{ option: md.code(scheme.option), description: md.text(scheme.description) }],
    ),
    anyEnv: model.securitySchemes.some((scheme) => scheme.env !== undefined),
    pairs: [...model.security, ...model.operations.flatMap((operation) => operation.security)].some(
      (requirement) => requirement.length > 1,
    ),
    credentialExamples: md.codeBlock('ts', credentialExamples(model)),
    clientOptions: CLIENT_OPTIONS.map((row) =>
      optionView(row, prefix, row.name === 'baseUrl' ? baseUrlDefault(model) : undefined),
    ),
    requestOptions: REQUEST_OPTIONS.map((row) => optionView(row, prefix)),
    errorExample: md.codeBlock('ts', errorExample(ctx, first)),
    retryExample: md.codeBlock('ts', retryExample(ctx, first)),
    paged: {
      count: paged.length,
      summary: pagedSummary(paged),
      rows:
        paged.length > LIST_LIMIT
          ? []
          : paged.map((operation) => ({
              method: sdkCall(operation),
              source: operation.pagination?.source === 'detected' ? 'detected (`result_info`)' : '`x-sdk-pagination`',
              items: md.code((operation.pagination?.items ?? []).join('.') || '(the body)', true),
            })),
      example: paged[0] === undefined ? '' : md.codeBlock('ts', pagesExample(ctx, paged[0])),
    },
    responseExample: md.codeBlock('ts', responseExample(ctx, first)),
    bodies: bodyRows(model),
    validatorExample: validatorExample(model),
    browserExample: md.codeBlock('ts', [
      `import { ${sdk.clientFactory} } from ${exampleLiteral(sdk.packageName)};`,
      '',
      '// Your server (or a Worker) forwards /api/* to the API and adds the credentials.',
      `const client = ${sdk.clientFactory}({ baseUrl: '/api', auth: 'none' });`,
    ]),
    rawExample: md.codeBlock('ts', rawExample(ctx, first)),
    treeShakableEntry: md.code(`${sdk.packageName}/tree-shakable`),
    resourcesEntry: md.code(`${sdk.packageName}/resources/*`),
    treeShakableExample: treeShakableExample(ctx, first),
    responseValidationExample: md.codeBlock('ts', [
      importLine(model, [sdk.clientFactory]),
      importLine(model, ['responseValidators'], '/response-validators'),
      '',
      `const client = ${sdk.clientFactory}({ validateResponses: responseValidators });`,
    ]),
    ...methodIndex(model),
    reference:
      model.operations.length > METHOD_REFERENCE_LIMIT
        ? []
        : model.operations.map((operation) => methodReference(ctx, operation)),
    deprecated:
      model.operations.filter((operation) => operation.deprecated).length > LIST_LIMIT
        ? []
        : model.operations
            .filter((operation) => operation.deprecated)
            .map((operation) => `${md.code(sdkCall(operation))} (${md.code(requestLine(operation))})`),
  };
}

function optionView(row: OptionRow, prefix: string | undefined, defaultOverride?: string) {
  return {
    name: row.name,
    type: md.code(row.type, true),
    default: defaultOverride ?? row.default,
    env: row.env !== undefined && prefix !== undefined ? md.code(row.env(prefix), true) : '',
    description: row.description,
  };
}

function baseUrlDefault(model: ApiModel): string {
  return model.sdk.baseUrl === ''
    ? 'none: the spec names no absolute server, so pass one'
    : md.code(model.sdk.baseUrl, true);
}

function sentAs(scheme: SecurityScheme): string {
  if (scheme.kind === 'bearer') return '`Authorization: Bearer <token>`';
  if (scheme.kind === 'basic') return '`Authorization: Basic` from `{ username, password }`';
  const name = md.code(scheme.paramName ?? scheme.name, true);
  return scheme.in === 'query'
    ? `query parameter ${name}`
    : scheme.in === 'cookie'
      ? `cookie ${name}`
      : `header ${name}`;
}

function sdkCall(operation: Operation): string {
  return `client.${operation.sdkPath.join('.')}()`;
}

function requestLine(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

function call(operation: Operation, ctx: RenderContext, extra = ''): string {
  const args = exampleArgs(operation, ctx);
  const all = extra === '' ? args : `${args || '{}'}, ${extra}`;
  return `client.${operation.sdkPath.join('.')}(${all})`;
}

function importLine(model: ApiModel, names: readonly string[], subpath = ''): string {
  return `import { ${names.join(', ')} } from ${exampleLiteral(model.sdk.packageName + subpath)};`;
}

/** The client from the environment when every credential has a variable, else from options. */
function clientLine(model: ApiModel): string[] {
  const variables = model.securitySchemes.flatMap((scheme) => (scheme.env === undefined ? [] : [scheme.env]));
  if (variables.length > 0 && variables.length === model.securitySchemes.length)
    return [
      `// Credentials from the environment: ${environmentAlternatives(model) ?? variables.join(' or ')}.`,
      `const client = ${model.sdk.clientFactory}();`,
    ];
  return [`const client = ${model.sdk.clientFactory}(${credentialExample(model)});`];
}

/**
 * The variables of each way to authenticate, the schemes used together joined by "and"
 * (`A, or B and C`): "A or B or C" would say that one of a pair is enough.
 */
function environmentAlternatives(model: ApiModel): string | undefined {
  const phrases = credentialAlternatives(model).map((requirement) =>
    requirement
      .flatMap((name) => model.securitySchemes.find((scheme) => scheme.name === name)?.env ?? [])
      .join(' and '),
  );
  return phrases.length === 0 ? undefined : phrases.join(', or ');
}

/** Each distinct non-empty security requirement of the API and its operations, in order. */
function credentialAlternatives(model: ApiModel): (readonly string[])[] {
  const alternatives = new Map<string, readonly string[]>();
  for (const requirement of [...model.security, ...model.operations.flatMap((operation) => operation.security)])
    if (requirement.length > 0) alternatives.set(requirement.join(' '), requirement);
  return [...alternatives.values()];
}

function quickStart(ctx: RenderContext, first: Operation | undefined): string[] {
  const { model } = ctx;
  const lines = [importLine(model, [model.sdk.clientFactory]), '', ...clientLine(model)];
  if (first === undefined) return lines;
  if (first.pagination !== undefined)
    return [...lines, `for await (const item of ${call(first, ctx)}) {`, '  console.log(item);', '}'];
  if (first.success.kind === 'empty') return [...lines, `await ${call(first, ctx)};`];
  return [...lines, `const value = await ${call(first, ctx)};`, 'console.log(value);'];
}

/** One line per way to authenticate: each alternative's options together. */
function credentialExamples(model: ApiModel): string[] {
  const lines = [importLine(model, [model.sdk.clientFactory]), ''];
  credentialAlternatives(model).forEach((requirement, position) => {
    const options = requirement.flatMap((name) => {
      const scheme = model.securitySchemes.find((candidate) => candidate.name === name);
      return scheme === undefined ? [] : [credentialValue(scheme)];
    });
    if (position > 0) lines.push('// or');
    lines.push(
      `const client${position === 0 ? '' : position + 1} = ${model.sdk.clientFactory}({ ${options.join(', ')} });`,
    );
  });
  return lines;
}

function credentialValue(scheme: SecurityScheme): string {
  const variable = scheme.env ?? scheme.name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  if (scheme.kind === 'basic')
    return `${scheme.option}: { username: process.env.${variable}_USERNAME, password: process.env.${variable}_PASSWORD }`;
  return `${scheme.option}: process.env.${variable}`;
}

function errorExample(ctx: RenderContext, first: Operation | undefined): string[] {
  const { model } = ctx;
  const target = first === undefined ? "client.raw.GET('/')" : call(first, ctx);
  return [
    importLine(model, ['CloudflareAPIError', 'NotFoundError', 'RateLimitError']),
    '',
    'try {',
    `  await ${target};`,
    '} catch (error) {',
    "  if (error instanceof NotFoundError) console.log('not found', error.errors);",
    "  else if (error instanceof RateLimitError) console.log('retry in', error.retryAfterMs, 'ms');",
    '  else if (error instanceof CloudflareAPIError) console.log(error.status, error.errors, error.requestId);',
    '  else throw error;',
    '}',
  ];
}

function retryExample(ctx: RenderContext, first: Operation | undefined): string[] {
  const setup = `const client = ${ctx.model.sdk.clientFactory}({ maxRetries: 5, timeoutMs: 10_000 });`;
  if (first === undefined) return [setup];
  return [
    setup,
    '',
    '// This call: no retries, 2 s per attempt, and give up after 5 s whatever happens.',
    `await ${call(first, ctx, '{ maxRetries: 0, timeoutMs: 2_000, signal: AbortSignal.timeout(5_000) }')};`,
  ];
}

function pagedSummary(paged: readonly Operation[]): string {
  const detected = paged.filter((operation) => operation.pagination?.source === 'detected').length;
  const declared = paged.length - detected;
  const methods = (count: number): string => `${count} method${count === 1 ? '' : 's'}`;
  return `In this API, ${methods(paged.length)} ${paged.length === 1 ? 'is' : 'are'} paged: ${detected} detected, ${declared} declared with \`x-sdk-pagination\`.`;
}

function pagesExample(ctx: RenderContext, operation: Operation): string[] {
  return [
    `const list = ${call(operation, ctx)}; // nothing sent yet`,
    'const firstPage = await list; // one request',
    'for await (const item of list) {',
    '  // every item of every page',
    '}',
    'for await (const page of list.pages()) {',
    '  // page by page, each shaped like firstPage',
    '}',
  ];
}

function responseExample(ctx: RenderContext, first: Operation | undefined): string[] {
  if (first === undefined) return ['// This API has no operations.'];
  return [
    `const { data, response } = await ${call(first, ctx)}.withResponse();`,
    "console.log(response.status, response.headers.get('cf-ray'));",
    '',
    `const raw = await ${call(first, ctx)}.asResponse(); // body unread`,
  ];
}

/** One row per media type any operation accepts, with the serialisation the runtime uses. */
function bodyRows(model: ApiModel) {
  const counts = new Map<string, { kind: string; count: number }>();
  for (const operation of model.operations)
    for (const media of operation.body?.media ?? []) {
      const entry = counts.get(media.mediaType) ?? { kind: media.kind, count: 0 };
      entry.count += 1;
      counts.set(media.mediaType, entry);
    }
  const kinds: Record<string, string> = {
    json: 'JSON text',
    multipart: '`FormData`: `Blob`s and bytes as files, objects as JSON parts, arrays as repeated fields',
    form: 'URL-encoded fields: arrays repeated, objects as JSON text',
    binary: 'bytes as they are: `Blob`, `ArrayBuffer`, a typed array or a `ReadableStream`',
    text: 'the string',
  };
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([mediaType, { kind, count }]) => ({
      mediaType: md.code(mediaType, true),
      kind: kinds[kind] ?? kind,
      count: String(count),
    }));
}

function validatorExample(model: ApiModel): string {
  const schema = model.schemas[0];
  if (schema === undefined) return '';
  const name = schema.typeName;
  return md.codeBlock('ts', [
    importLine(model, [`assert${name}`, `is${name}`, `validate${name}`], '/validators'),
    '',
    'const value: unknown = JSON.parse(text); // data from elsewhere: a cache, a queue, a file',
    `if (is${name}(value)) console.log(value); // narrowed to ${name}`,
    `const checked = validate${name}(value);`,
    'if (!checked.ok) console.log(checked.errors); // [{ path, keyword, message }]',
    `assert${name}(value); // or throw ValidationError`,
  ]);
}

/** `client.raw.GET('/accounts/{account_id}/...', { params: { path: { account_id } } })`. */
function rawExample(ctx: RenderContext, first: Operation | undefined): string[] {
  const setup = clientLine(ctx.model).map((line) =>
    line.replace(/^const client = (.*);$/, 'const client = withRaw($1);'),
  );
  const imports = [importLine(ctx.model, [ctx.model.sdk.clientFactory]), importLine(ctx.model, ['withRaw'], '/raw')];
  if (first === undefined)
    return [...imports, '', ...setup, "const { data, error, response } = await client.raw.GET('/');"];
  const groups = (['path', 'query'] as const).flatMap((where) => {
    const entries = first.params
      .filter((param) => param.in === where && param.required)
      .map((param) => `${propertyKey(param.name)}: ${exampleLiteral(param.example?.value ?? param.name)}`);
    return entries.length === 0 ? [] : [`${where}: { ${entries.join(', ')} }`];
  });
  const init = groups.length === 0 ? '' : `, { params: { ${groups.join(', ')} } }`;
  return [
    ...imports,
    '',
    ...setup,
    `const { data, error, response } = await client.raw.${first.method.toUpperCase()}(${exampleLiteral(first.path)}${init});`,
    'if (error) console.log(response.status, error);',
  ];
}

/**
 * `createClient({ resources: [aiGatewayBilling] })` from the tree-shakable entry, calling the first
 * operation; '' when it has no resource (a method on the client itself) to name.
 */
function treeShakableExample(ctx: RenderContext, first: Operation | undefined): string {
  if (first === undefined) return '';
  const resource = ctx.model.namespaces.find((namespace) =>
    namespace.methods.some((method) => method.operation === first),
  )?.resourceName;
  const unit = ctx.plan.units.find((candidate) => candidate.operations.includes(first));
  if (resource === undefined || unit === undefined) return '';
  const credentials = credentialExample(ctx.model).replace(/^\{ (.*) \}$/, '$1, ');
  return md.codeBlock('ts', [
    importLine(ctx.model, ['createClient'], '/tree-shakable'),
    importLine(ctx.model, [resource], `/resources/${unit.file}`),
    '',
    `const client = createClient({ ${credentials}resources: [${resource}] });`,
    first.success.kind === 'empty' ? `await ${call(first, ctx)};` : `const value = await ${call(first, ctx)};`,
  ]);
}

function methodIndex(model: ApiModel) {
  const byTop = new Map<string, Operation[]>();
  for (const operation of model.operations) {
    const top = operation.sdkPath.length > 1 ? (operation.sdkPath[0] ?? '') : '';
    byTop.set(top, [...(byTop.get(top) ?? []), operation]);
  }
  const groups = [...byTop];
  if (model.operations.length <= METHOD_INDEX_LIMIT)
    return {
      methodsIntro:
        "Every method, by namespace. Each one's JSDoc (in your editor) has its parameters with their rules, what it returns, and an example.",
      namespaces: groups.map(([top, operations]) => ({
        heading: top === '' ? 'On the client' : md.code(`client.${top}`),
        methods: operations.map((operation) => ({
          call: md.code(sdkCall(operation), true),
          deprecated: operation.deprecated,
          request: md.code(requestLine(operation), true),
          summary: md.cell(operation.summary ?? ''),
        })),
      })),
      namespaceRows: [],
    };
  return {
    methodsIntro: `This API has ${model.operations.length} methods, more than a README can list (the rule: every method up to ${METHOD_INDEX_LIMIT}, else one row per namespace). Your editor completes them from \`client.\`, each with its JSDoc (parameters, rules, returns, an example); \`api-surface.json\` lists them all.`,
    namespaces: [],
    namespaceRows: groups.map(([top, operations]) => ({
      name: md.code(top === '' ? 'client' : `client.${top}`, true),
      count: String(operations.length),
      deprecated: String(operations.filter((operation) => operation.deprecated).length),
    })),
  };
}

/** One method's section: its words, request, parameters with their rules, result and an example. */
function methodReference(ctx: RenderContext, operation: Operation) {
  const input = operation.inputs[0];
  const required = new Set(input?.schema.keywords.required ?? []);
  const params = new Map(operation.params.map((param) => [param.key, param]));
  const rows = (input?.schema.keywords.properties ?? []).map((property) => {
    const param = params.get(property.name);
    const description =
      param === undefined
        ? [fieldDescription(ctx, property.schema)]
        : [param.deprecated ? 'Deprecated.' : '', param.description ?? ''];
    return {
      name: md.code(property.name, true),
      in:
        param === undefined ? 'body' : param.name === param.key ? param.in : `${param.in} ${md.code(param.name, true)}`,
      required: required.has(property.name) ? 'yes' : 'no',
      // A code span: rules quote enum values and patterns as written, and read best verbatim.
      rules: rules(ctx, property.schema),
      description: md.cell(description.join(' ')),
    };
  });
  const media = operation.body?.media ?? [];
  return {
    heading: md.code(`client.${operation.sdkPath.join('.')}(${rows.length === 0 ? '' : 'params'})`),
    deprecated: operation.deprecated,
    summary: operation.summary === undefined ? '' : md.text(operation.summary),
    description: operation.description === undefined ? '' : md.paragraphs(operation.description),
    request: md.code(requestLine(operation)),
    bodyLine:
      media.length === 0
        ? ''
        : `Body: ${media.map((entry) => md.code(entry.mediaType)).join(', ')}${media[0]?.flat === false ? `, as ${md.code(media[0].bodyKey)}` : ''}.`,
    params: rows,
    returns: returnsLine(operation),
    example: md.codeBlock('ts', exampleLines(operation, ctx)),
  };
}

/** A body field's own description (or title), from its schema or the named schema it refers to. */
function fieldDescription(ctx: RenderContext, schema: Schema): string {
  const own = schema.kind === 'schema' ? schema : ctx.named(schema.target)?.schema;
  return own?.kind === 'schema' ? (own.annotations.description ?? own.annotations.title ?? '') : '';
}

function rules(ctx: RenderContext, schema: Schema): string {
  const phrases = ctx.describe(schema);
  return phrases.length === 0 ? '' : md.code(phrases.join('; '), true);
}
