import { buildOperation, HTTP_METHODS, type OperationContext } from './build-operation.js';
import { buildSchema } from './build-schema.js';
import { buildSecuritySchemes } from './build-security.js';
import { checkExamples } from './check-examples.js';
import { checkModel } from './check-model.js';
import { IssueList } from './errors.js';
import type { ApiModel, At, NamedSchema, Operation, ResolvedSpec, SdkSettings, SecurityScheme } from './model.js';
import { camelCase, pascalCase, words } from './names.js';
import { isRecord, joinPointer } from './pointer.js';
import { CLIENT_OPTIONS, RUNTIME_EXPORTS } from './reserved-names.js';

/**
 * OpenAPI document -> ApiModel. Every check of the spec happens here, and every problem is
 * collected before anything is thrown, so the user sees them all at once.
 */
export function buildModel(spec: ResolvedSpec, sourceName: string = spec.file): ApiModel {
  const issues = new IssueList();
  for (const warning of spec.warnings) issues.warn(warning.code, warning.at, warning.message);
  const root = checkRoot(spec, issues);
  const openapi30 = String(root.openapi).startsWith('3.0');
  const ctx = { spec, issues, openapi30, building: new Set<string>() };
  const components = isRecord(root.components) ? root.components : {};
  const info = isRecord(root.info) ? root.info : {};
  const { schemes: securitySchemes, unsupported } = buildSecuritySchemes(components.securitySchemes, ctx);
  const schemas = buildNamedSchemas(components.schemas, ctx, reservedNames(info));
  const operations = buildOperations(root.paths, {
    ...ctx,
    schemeNames: new Set(securitySchemes.map((scheme) => scheme.name)),
    unsupportedSchemes: unsupported,
    defaultSecurity: root.security,
  });
  const model: ApiModel = {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    sourceName,
    sdk: sdkSettings(root, info, securitySchemes, spec.locate, issues),
    securitySchemes,
    operations,
    schemas,
    warnings: [],
  };
  checkModel(model, issues);
  checkExamples(spec, issues);
  issues.throwIfErrors();
  return { ...model, warnings: issues.warnings };
}

function checkRoot(spec: ResolvedSpec, issues: IssueList): Record<string, unknown> {
  const root = spec.document;
  const at = spec.locate('');
  if (!isRecord(root)) {
    issues.error('not_openapi', at, 'the document is not an object: expected an OpenAPI 3.x document');
    issues.throwIfErrors();
    return {};
  }
  if (root.swagger !== undefined) {
    issues.error(
      'unsupported_openapi_version',
      spec.locate('/swagger'),
      `Swagger ${String(root.swagger)} is not supported: convert it to OpenAPI 3.x`,
    );
  } else if (root.openapi === undefined) {
    issues.error('not_openapi', at, "not an OpenAPI document: there is no 'openapi' version field");
  } else if (typeof root.openapi !== 'string') {
    // `openapi: 3.1` is the YAML number 3.1, not a version.
    issues.error(
      'unsupported_openapi_version',
      spec.locate('/openapi'),
      `openapi must be a version string such as '3.1.0', not the ${typeof root.openapi} ${JSON.stringify(root.openapi)}`,
    );
  } else if (!/^3\.[01]\.\d+/.test(root.openapi)) {
    issues.error(
      'unsupported_openapi_version',
      spec.locate('/openapi'),
      `OpenAPI ${root.openapi} is not supported: use 3.0.x or 3.1.x`,
    );
  } else if (!isRecord(root.paths)) {
    issues.error('not_openapi', at, "the document has no 'paths': there is nothing to generate");
  }
  issues.throwIfErrors();
  return root;
}

function buildNamedSchemas(
  declared: unknown,
  ctx: Parameters<typeof buildSchema>[1],
  reserved: ReadonlySet<string>,
): NamedSchema[] {
  if (!isRecord(declared)) return [];
  const taken = new Map<string, string>();
  return Object.keys(declared).map((name) => {
    const pointer = joinPointer('/components/schemas', name);
    const typeName = uniqueName(
      unreserved(pascalCase(name), reserved, pointer, ctx),
      taken,
      name,
      ctx.spec.locate(pointer),
      ctx.issues,
    );
    return { name, typeName, schema: buildSchema(pointer, ctx) };
  });
}

/** The package also exports the runtime and the client: a schema may not shadow those names. */
function reservedNames(info: Record<string, unknown>): Set<string> {
  const sdk = isRecord(info['x-sdk']) ? info['x-sdk'] : {};
  const factory = typeof sdk.clientFactory === 'string' ? sdk.clientFactory : '';
  const client = pascalCase(factory.replace(/^create/, ''));
  return new Set([...RUNTIME_EXPORTS, factory, `${factory}Lite`, client, `${client}Options`]);
}

function unreserved(
  candidate: string,
  reserved: ReadonlySet<string>,
  pointer: string,
  ctx: Parameters<typeof buildSchema>[1],
): string {
  if (!reserved.has(candidate)) return candidate;
  const renamed = `${candidate}Schema`;
  ctx.issues.warn(
    'invalid_schema',
    ctx.spec.locate(pointer),
    `schema type ${candidate} would shadow the package's own export of that name; it is exported as ${renamed}`,
  );
  return renamed;
}

/** Two spec names that become one identifier (`foo-bar`, `foo_bar`) would silently merge types. */
function uniqueName(
  candidate: string,
  taken: Map<string, string>,
  original: string,
  at: At,
  issues: IssueList,
): string {
  const holder = taken.get(candidate);
  if (holder !== undefined)
    issues.error(
      'invalid_schema',
      at,
      `schema '${original}' and schema '${holder}' both become the type name ${candidate}: rename one`,
    );
  taken.set(candidate, original);
  return candidate;
}

function buildOperations(paths: unknown, ctx: OperationContext): Operation[] {
  if (!isRecord(paths)) return [];
  const operations: Operation[] = [];
  for (const [pathKey, item] of Object.entries(paths)) {
    // `x-` keys of the Paths Object are extensions, not paths.
    if (!isRecord(item) || pathKey.startsWith('x-')) continue;
    checkPathKey(pathKey, ctx);
    for (const key of Object.keys(item)) {
      const method = HTTP_METHODS.find((candidate) => candidate === key);
      if (method !== undefined) operations.push(buildOperation(pathKey, method, ctx));
    }
  }
  return operations;
}

/** `{name}` segments only: a stray brace would be sent literally, and a missing `/` glues the path to the base URL. */
const PATH_TEMPLATE = /^\/(?:[^{}]|\{[^{}]+\})*$/;

function checkPathKey(pathKey: string, ctx: OperationContext): void {
  if (PATH_TEMPLATE.test(pathKey)) return;
  const problem = pathKey.startsWith('/')
    ? "has an unmatched '{' or '}': write path parameters as {name}"
    : "must start with '/'";
  ctx.issues.error('invalid_path', ctx.spec.locate(joinPointer('/paths', pathKey)), `path '${pathKey}' ${problem}`);
}

function sdkSettings(
  root: Record<string, unknown>,
  info: Record<string, unknown>,
  schemes: readonly SecurityScheme[],
  locate: (pointer: string) => At,
  issues: IssueList,
): SdkSettings {
  const declared = isRecord(info['x-sdk']) ? info['x-sdk'] : {};
  const title = typeof info.title === 'string' ? info.title : 'API';
  const packageName =
    typeof declared.packageName === 'string' ? declared.packageName : words(title).join('-').toLowerCase();
  const clientFactory =
    typeof declared.clientFactory === 'string' ? declared.clientFactory : `create${pascalCase(title)}Client`;
  // Point at the setting when it is written, else at the title it was derived from.
  const at = (key: string): At => locate(Object.hasOwn(declared, key) ? `/info/x-sdk/${key}` : '/info/title');
  if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(packageName))
    issues.error(
      'invalid_extension',
      at('packageName'),
      `x-sdk.packageName '${packageName}' is not a valid npm package name`,
    );
  if (camelCase(clientFactory) !== clientFactory)
    issues.error(
      'invalid_extension',
      at('clientFactory'),
      `x-sdk.clientFactory '${clientFactory}' must be a camelCase identifier`,
    );
  for (const scheme of schemes) {
    if (CLIENT_OPTIONS.includes(camelCase(scheme.name)))
      issues.error(
        'invalid_extension',
        scheme.at,
        `security scheme '${scheme.name}' would become the client option ${camelCase(scheme.name)}, which is taken`,
      );
  }
  const clientType = pascalCase(clientFactory.replace(/^create/, '')) || 'ApiClient';
  return {
    packageName,
    packageVersion:
      typeof declared.packageVersion === 'string'
        ? declared.packageVersion
        : typeof info.version === 'string'
          ? info.version
          : '0.0.0',
    clientFactory,
    liteClientFactory: `${clientFactory}Lite`,
    clientType,
    optionsType: `${clientType}Options`,
    license: licenseOf(info),
    baseUrl: baseUrlOf(root, locate, issues),
    envFallbacks: schemes.flatMap((scheme) =>
      scheme.env === undefined ? [] : [{ scheme: scheme.name, variable: scheme.env }],
    ),
  };
}

/**
 * The first server is the client's default base URL. One that is missing, relative or templated
 * cannot be: the client then needs `baseUrl` from its caller, which is worth a warning, not a failure.
 */
function baseUrlOf(root: Record<string, unknown>, locate: (pointer: string) => At, issues: IssueList): string {
  const first: unknown = Array.isArray(root.servers) ? root.servers[0] : undefined;
  const url = isRecord(first) && typeof first.url === 'string' ? first.url : '';
  if (/^https?:\/\/[^{}]+$/.test(url)) return url.replace(/\/+$/, '');
  const at = locate(url === '' ? '/servers' : '/servers/0/url');
  const why = url === '' ? 'the spec names no server' : `the server URL '${url}' is not an absolute http(s) URL`;
  issues.warn('no_server', at, `${why}: the client has no default base URL, so callers must pass baseUrl`);
  return '';
}

function licenseOf(info: Record<string, unknown>): string {
  const license = isRecord(info.license) ? info.license : {};
  if (typeof license.identifier === 'string') return license.identifier;
  return typeof license.name === 'string' ? license.name : 'UNLICENSED';
}
