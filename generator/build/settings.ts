import type { Json, SdkSettings } from '../model/index.js';
import type { IssueList } from '../util/issue-list.js';
import { isRecord } from '../util/pointer.js';
import { type BuildContext, at } from './context.js';
import { pascalCase, words } from './identifiers.js';

const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
/** Semantic versioning, and nothing else: the version reaches a User-Agent header. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
const ENV_PREFIX = /^[A-Z][A-Z0-9_]*$/;

/**
 * The generated package's settings: `info.x-sdk` where given (each value checked, a bad one
 * replaced by the derived default with a warning), else derived from the title and version.
 */
export function buildSettings(ctx: BuildContext, root: Record<string, Json>): SdkSettings {
  const info = isRecord(root.info) ? root.info : {};
  const declared = isRecord(info['x-sdk']) ? info['x-sdk'] : {};
  const title = typeof info.title === 'string' && words(info.title).length > 0 ? info.title : 'API';
  const setting = (key: string, rule: RegExp, fallback: string, what: string): string => {
    const value = declared[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && rule.test(value)) return value;
    warn(ctx.issues, ctx, key, `x-sdk.${key} ${JSON.stringify(value)} is not ${what}; '${fallback}' is used`);
    return fallback;
  };
  const infoVersion = typeof info.version === 'string' && SEMVER.test(info.version) ? info.version : '0.1.0';
  const clientFactory = setting(
    'clientFactory',
    IDENTIFIER,
    `create${pascalCase(title)}Client`,
    'a camelCase identifier',
  );
  const clientType = pascalCase(clientFactory.replace(/^create/, '')) || 'ApiClient';
  const envPrefix =
    declared.envPrefix === undefined
      ? undefined
      : setting('envPrefix', ENV_PREFIX, '', 'an environment variable prefix such as CLOUDFLARE');
  return {
    packageName: setting('packageName', NPM_NAME, words(title).join('-').toLowerCase(), 'a valid npm package name'),
    declaredVersion: setting('packageVersion', SEMVER, infoVersion, 'a semantic version such as 1.2.3'),
    clientFactory,
    liteClientFactory: `${clientFactory}Lite`,
    clientType,
    optionsType: `${clientType}Options`,
    license: licenseOf(info),
    baseUrl: baseUrlOf(ctx, root),
    ...(envPrefix ? { envPrefix } : {}),
  };
}

function warn(issues: IssueList, ctx: BuildContext, key: string, message: string): void {
  issues.warn('invalid_extension', at(ctx, `/info/x-sdk/${key}`), message);
}

function licenseOf(info: Record<string, unknown>): string {
  const license = isRecord(info.license) ? info.license : {};
  if (typeof license.identifier === 'string') return license.identifier;
  return typeof license.name === 'string' ? license.name : 'UNLICENSED';
}

/**
 * The first server is the client's default base URL, its variables replaced by their defaults. One
 * that is missing, relative or still templated cannot be: callers then pass `baseUrl`, which is
 * worth a warning, not a failure.
 */
function baseUrlOf(ctx: BuildContext, root: Record<string, Json>): string {
  const first = Array.isArray(root.servers) ? root.servers[0] : undefined;
  const server = isRecord(first) ? first : {};
  const variables = isRecord(server.variables) ? server.variables : {};
  const raw = typeof server.url === 'string' ? server.url : '';
  const url = raw.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isRecord(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
  if (/^https?:\/\/[^{}\s]+$/.test(url)) return url.replace(/\/+$/, '');
  const why = raw === '' ? 'the spec names no server' : `the server URL '${raw}' is not an absolute http(s) URL`;
  ctx.issues.warn(
    'no_server',
    at(ctx, raw === '' ? '/servers' : '/servers/0/url'),
    `${why}: the client has no default base URL, so callers must pass baseUrl`,
  );
  return '';
}
