import type { Stmt, TypeMember } from '../emit/ast.js';
import {
  arr,
  call,
  constDecl,
  fn,
  id,
  importFrom,
  intersection,
  obj,
  objectType,
  param,
  propSig,
  ret,
  typeRef,
  union,
} from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';
import { spaced } from './unit.js';

/** The runtime's public surface, re-exported by the package's entry point. */
export const PUBLIC_RUNTIME_VALUES: readonly string[] = [
  'APIConnectionError',
  'APITimeoutError',
  'APIUserAbortError',
  'AuthenticationError',
  'BadRequestError',
  'CloudflareAPIError',
  'CloudflareError',
  'ConflictError',
  'InternalServerError',
  'InvalidResponseError',
  'logging',
  'pagination',
  'retries',
  'MissingCredentialsError',
  'NotFoundError',
  'PaginationLimitError',
  'PermissionDeniedError',
  'RateLimitError',
  'RedirectError',
  'RequestValidationError',
  'ResponseValidationError',
  'UnprocessableEntityError',
  'ValidationError',
];
export const PUBLIC_RUNTIME_TYPES: readonly string[] = [
  'APIPromise',
  'BaseClientOptions',
  'LogLevel',
  'LogSetup',
  'Logger',
  'PagePromise',
  'Paginator',
  'RequestOptions',
  'RetryPolicy',
  'Unpaged',
  'ValidationIssue',
  'ValidationResult',
];

/**
 * `dist/index.js` and its `.d.ts`: the client factories (the full one, and the lite one without
 * run-time validation), the client's interface, and every public type and error.
 * Neither factory imports the response validators or `raw`: an app that wants them imports them
 * (`/response-validators`, `/raw`; see opt-in.ts), so that one that does not never bundles them.
 */
export function renderIndexModule(ctx: RenderContext): RenderedFile[] {
  const { model, plan } = ctx;
  const { sdk } = model;
  const units = plan.units.map((unit) => ({ unit, alias: unit.namespace }));
  const imports: Stmt[] = [
    importFrom('./runtime/index.js', ['builtInLogging', 'createClient', 'pagination', 'retries', 'validation']),
    importFrom('./runtime/index.js', ['Paginator', 'Unpaged'], true),
    importFrom('./api.js', ['API']),
    importFrom('./api.js', [sdk.optionsType], true),
    ...units.flatMap(({ unit, alias }) => [
      importFrom(`./units/${unit.file}.js`, [
        { name: 'resources', alias: `${alias}Resources` },
        { name: 'liteResources', alias: `${alias}Lite` },
      ]),
      importFrom(`./units/${unit.file}.js`, [topNamespaceType(ctx, unit.namespace)], true),
    ]),
  ];
  // `raw` is not a member: `withRaw(client)` from the `/raw` subpath adds it, typed.
  const clientMembers: TypeMember[] = units.map(({ unit }) =>
    propSig(unit.namespace, typeRef(topNamespaceType(ctx, unit.namespace)), { readonly: true }),
  );
  const resources = units.map(({ alias }) => ({ kind: 'spread' as const, expr: id(`${alias}Resources`) }));
  const liteResources = units.map(({ alias }) => ({ kind: 'spread' as const, expr: id(`${alias}Lite`) }));
  // Spread inside the factories, not in a module-level constant: a bundler must keep a top-level
  // spread (it runs an iterator), and with it every resource of both factories.
  const options = param('options', typeRef(sdk.optionsType), { default: obj([]) });
  // The lite factory has no response checks and no built-in logging (it logs through `log`).
  const liteOptionsType = typeRef('Omit', [
    typeRef(sdk.optionsType),
    {
      kind: 'union',
      types: ['validateResponses', 'logLevel', 'logger'].map((value) => ({ kind: 'literalType' as const, value })),
    },
  ]);
  const liteOptions = param('options', liteOptionsType, { default: obj([]) });
  const builtIn = obj([
    { kind: 'shorthand', name: 'retries' },
    { kind: 'shorthand', name: 'pagination' },
    { kind: 'shorthand', name: 'validation' },
    { kind: 'property', key: 'logging', value: id('builtInLogging') },
  ]);
  const unpaged = typeRef('Unpaged', [typeRef(sdk.clientType)]);
  const liteDoc = [
    `Creates the same client as \`${sdk.clientFactory}\`, for the smallest bundle: without run-time validation.`,
    '',
    'Parameters are typed but not checked before sending (values that cannot be sent at all, such as an empty',
    'path parameter, are still refused), and there is no `validateResponses`: an app that imports only this',
    'factory bundles no validator at all. It retries nothing unless given `retries`, and its paginated methods',
    'give their first page (not async-iterable) unless given `pagination` (both exported by this package)',
    'among its options.',
  ];
  const body: Stmt[] = [
    header(model, `${sdk.packageName}: a typed client for ${model.title}.`),
    ...imports,
    ...reexports(ctx),
    ...spaced([
      {
        kind: 'interface',
        name: sdk.clientType,
        members: clientMembers,
        exported: true,
        doc: [`A client for ${model.title}. Create one with \`${sdk.clientFactory}()\`.`],
      },
      fn(
        sdk.clientFactory,
        [options],
        [ret(call(id('createClient'), [id('API'), id('options'), arr(resources), builtIn]))],
        {
          returns: typeRef(sdk.clientType),
          exported: true,
          doc: factoryDoc(ctx),
        },
      ),
      fn(
        sdk.liteClientFactory,
        [liteOptions],
        [ret(call(id('createClient'), [id('API'), id('options'), arr(liteResources)]))],
        {
          returns: union([typeRef(sdk.clientType), unpaged]),
          exported: true,
          doc: liteDoc,
          // With `pagination` the full client's types; without it, paginated methods give their first page.
          overloads: [
            {
              params: [
                param(
                  'options',
                  intersection([
                    liteOptionsType,
                    objectType([propSig('pagination', typeRef('Paginator'), { readonly: true })]),
                  ]),
                ),
              ],
              returns: typeRef(sdk.clientType),
              doc: liteDoc,
            },
            { params: [param('options', liteOptionsType, { optional: true })], returns: unpaged, doc: liteDoc },
          ],
        },
      ),
    ]),
  ];
  const module = { body };
  return [
    { path: 'dist/index.js', contents: printModule(module, 'js') },
    { path: 'dist/index.d.ts', contents: printModule(module, 'dts') },
  ];
}

export function topNamespaceType(ctx: RenderContext, namespace: string): string {
  const found = ctx.namespacesUnder(namespace).find((candidate) => candidate.path.length === 1);
  if (found === undefined) throw new Error(`render: no namespace ${namespace}`);
  return found.typeName;
}

/** Errors and runtime types, the options type, every unit's and the shared schemas' types, the openapi-typescript view. */
function reexports(ctx: RenderContext): Stmt[] {
  return [
    { kind: 'exportFrom', from: './runtime/index.js', names: PUBLIC_RUNTIME_VALUES.map((name) => ({ name })) },
    {
      kind: 'exportFrom',
      from: './runtime/index.js',
      names: PUBLIC_RUNTIME_TYPES.map((name) => ({ name })),
      typeOnly: true,
    },
    { kind: 'exportFrom', from: './api.js', names: [{ name: ctx.model.sdk.optionsType }], typeOnly: true },
    { kind: 'exportFrom', from: './schemas.js', typeOnly: true },
    ...ctx.plan.units.map((unit): Stmt => ({ kind: 'exportFrom', from: `./units/${unit.file}.js`, typeOnly: true })),
    {
      kind: 'exportFrom',
      from: './types.js',
      names: ['components', 'operations', 'paths'].map((name) => ({ name })),
      typeOnly: true,
    },
  ];
}

function factoryDoc(ctx: RenderContext): string[] {
  const { model } = ctx;
  const options = model.securitySchemes.map((scheme) => `\`${scheme.option}\``).join(', ');
  return [
    `Creates a {@link ${model.sdk.clientType}} for ${model.title}.`,
    '',
    ...(options === ''
      ? []
      : [`Credentials (${options}) come from the options or, where \`process.env\` exists, the environment.`]),
    'Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with',
    'backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses).',
    `Response bodies are checked with \`validateResponses: responseValidators\` (from \`${model.sdk.packageName}/response-validators\`);`,
    `\`withRaw(client)\` (from \`${model.sdk.packageName}/raw\`) adds \`client.raw\`.`,
  ];
}
