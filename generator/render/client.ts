import type { ApiModel, Pagination, RenderedFile, SecurityScheme } from '../model.js';
import { camelCase } from '../names.js';
import { splitPointer } from '../pointer.js';
import { indexSchemas } from '../schema-query.js';
import { credentialExample, methodDoc } from './docs.js';
import type { OperationTypes } from './operation-types.js';
import type { Template } from './template-engine.js';

/** client.ts: the factory, its options, one descriptor per operation and the namespace tree. */
export function renderClient(model: ApiModel, types: readonly OperationTypes[], template: Template): RenderedFile {
  const index = indexSchemas(model.schemas);
  const { clientType, optionsType } = model.sdk;
  const methods = types.map((entry) => ({ path: entry.operation.sdkPath, view: methodView(entry, model, index) }));
  const view = {
    title: model.title,
    sourceName: model.sourceName,
    factory: model.sdk.clientFactory,
    liteFactory: model.sdk.liteClientFactory,
    liteFactoryDoc: liteFactoryDoc(model),
    clientType,
    optionsType,
    baseUrl: model.sdk.baseUrl,
    userAgent: `${model.sdk.packageName}/${model.sdk.packageVersion}`,
    credentials: model.securitySchemes.map(credentialView),
    security: distinctAlternatives(model),
    typeImports: typeImports(types),
    validatorImports: types.flatMap((entry) => [validatorName(entry.params), validatorName(entry.response)]),
    operations: types.map(descriptorView),
    tree: namespaceTree(methods),
    factoryDoc: factoryDoc(model, clientType),
  };
  return { path: 'src/client.ts', contents: template(view) };
}

/** Every way to authenticate that some operation accepts, in first-seen order: what `raw` may send. */
function distinctAlternatives(model: ApiModel): (readonly string[])[] {
  const seen = new Map<string, readonly string[]>();
  for (const operation of model.operations)
    for (const requirement of operation.security) seen.set(requirement.join('\0'), requirement);
  return [...seen.values()];
}

function validatorName(typeName: string): string {
  return `validate${typeName}`;
}

function typeImports(types: readonly OperationTypes[]): string[] {
  const names = types.flatMap((entry) => [
    entry.params,
    entry.response,
    entry.value,
    ...(entry.item ? [entry.item] : []),
  ]);
  return [...new Set(names)].sort();
}

function credentialView(scheme: SecurityScheme) {
  const doc = [
    scheme.kind === 'bearer'
      ? `Sent as \`Authorization: Bearer <${camelCase(scheme.name)}>\`.`
      : `Sent in the \`${scheme.header}\` header.`,
    ...(scheme.description ? ['', ...scheme.description.trim().split('\n')] : []),
    ...(scheme.env ? ['', `Defaults to the \`${scheme.env}\` environment variable where \`process.env\` exists.`] : []),
  ];
  return {
    scheme: scheme.name,
    option: camelCase(scheme.name),
    kind: scheme.kind === 'bearer' ? 'bearer' : 'header',
    header: scheme.kind === 'apiKeyHeader' ? scheme.header : '',
    env: scheme.env ?? '',
    doc,
  };
}

function descriptorView(entry: OperationTypes) {
  const { operation } = entry;
  return {
    constName: operation.name,
    params: entry.params,
    response: entry.response,
    method: operation.method.toUpperCase(),
    path: operation.path,
    pathParams: operation.params.path.map((param) => param.name),
    queryParams: operation.params.query.map((param) => param.name),
    headerParams: operation.params.header.map((param) => param.name),
    security: operation.security,
    validateParams: validatorName(entry.params),
    validateResponse: validatorName(entry.response),
    unwrap: entry.unwrap,
    deprecated: operation.deprecated,
    pagination: operation.pagination ? paginationView(operation.pagination) : null,
  };
}

/** The runtime reads bodies by path segments; the spec writes JSON pointers. */
function paginationView(pagination: Pagination) {
  return {
    pageParam: pagination.pageParam,
    perPageParam: pagination.perPageParam,
    items: splitPointer(pagination.itemsPointer),
    ...(pagination.hasMorePointer ? { hasMore: splitPointer(pagination.hasMorePointer) } : {}),
    ...(pagination.totalCountPointer ? { totalCount: splitPointer(pagination.totalCountPointer) } : {}),
  };
}

function methodView(entry: OperationTypes, model: ApiModel, index: ReturnType<typeof indexSchemas>) {
  const paged = entry.item !== undefined;
  return {
    doc: methodDoc(entry, model, index),
    params: entry.params,
    paramsOptional: entry.paramsOptional,
    returns: paged ? `PagePromise<${entry.value}, ${entry.item}>` : `Promise<${entry.value}>`,
    runtimeCall: paged ? 'list' : 'call',
    generics: [entry.params, entry.response, entry.value, ...(paged && entry.item ? [entry.item] : [])].join(', '),
    constName: entry.operation.name,
  };
}

interface NamespaceView {
  readonly members: readonly MemberView[];
}

interface MemberView {
  readonly name: string;
  readonly method: ReturnType<typeof methodView> | null;
  readonly namespace: NamespaceView | null;
}

/** Turns `user.billing.history.list` paths into nested namespaces, in the order operations appear. */
function namespaceTree(
  methods: readonly { path: readonly string[]; view: ReturnType<typeof methodView> }[],
  depth = 0,
): NamespaceView {
  const names = [...new Set(methods.map((method) => method.path[depth] ?? ''))];
  return {
    members: names.map((name): MemberView => {
      const here = methods.filter((method) => method.path[depth] === name);
      const leaf = here.find((method) => method.path.length === depth + 1);
      return leaf
        ? { name, method: leaf.view, namespace: null }
        : { name, method: null, namespace: namespaceTree(here, depth + 1) };
    }),
  };
}

function factoryDoc(model: ApiModel, clientType: string): string[] {
  const alternatives = model.securitySchemes.map((scheme) => `\`${camelCase(scheme.name)}\``).join(', ');
  return [
    `Creates a {@link ${clientType}} for ${model.title}.`,
    '',
    `Credentials (${alternatives}) come from the options or, where \`process.env\` exists, the environment.`,
    'Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with',
    'backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses).',
    '',
    '@example',
    '```ts',
    `const client = ${model.sdk.clientFactory}({ ${credentialExample(model)} });`,
    '```',
  ];
}

function liteFactoryDoc(model: ApiModel): string[] {
  return [
    `Creates the same client as \`${model.sdk.clientFactory}\`, without response validation.`,
    '',
    'Request parameters are still validated. Response validation (`validateResponses`) is the',
    "one feature left out, and with it the response validators' code: an app that imports only this",
    'factory bundles them not at all.',
  ];
}
