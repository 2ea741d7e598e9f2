import type { Json, SecurityScheme, SecurityRequirement } from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { type BuildContext, at, nodeAt, objectAt, text } from './context.js';
import { propertyName } from './identifiers.js';

/**
 * components.securitySchemes -> the credentials the client takes: bearer tokens (HTTP bearer,
 * OAuth2 and OpenID Connect, whose access tokens travel the same way), HTTP basic, and API keys
 * in a header, query parameter or cookie. Anything else (mutual TLS, an HTTP scheme other than
 * bearer or basic) is left out with a warning; requirements that need it are dropped.
 */
export function buildSecuritySchemes(ctx: BuildContext, taken: ReadonlySet<string>): SecurityScheme[] {
  const declared = objectAt(ctx, '/components/securitySchemes');
  if (declared === undefined) return [];
  const options = new Set(taken);
  return Object.keys(declared.node).flatMap((name) => {
    const site = joinPointer('/components/securitySchemes', name);
    const scheme = objectAt(ctx, site);
    if (scheme === undefined) return [];
    const kind = schemeKind(scheme.node);
    if (kind === undefined) {
      ctx.issues.warn(
        'unsupported_security_scheme',
        at(ctx, site),
        `security scheme '${name}' (${describe(scheme.node)}) is not supported: the client sends bearer tokens, basic credentials and API keys; operations that need it only are called without it`,
      );
      return [];
    }
    const wanted = propertyName(name);
    const option = uniqueOption(wanted, options);
    if (option !== wanted)
      ctx.issues.warn(
        'name_collision',
        at(ctx, site),
        `security scheme '${name}' would be the client option ${wanted}, which ${taken.has(wanted) ? 'the client already has' : 'another scheme already is'}; it is ${option} instead`,
      );
    const description = text(scheme.node, 'description');
    const env = text(scheme.node, 'x-sdk-env');
    return [
      {
        name,
        option,
        ...kind,
        ...(description === undefined ? {} : { description }),
        ...(env === undefined ? {} : { env }),
        at: at(ctx, site),
      } satisfies SecurityScheme,
    ];
  });
}

function schemeKind(node: Record<string, Json>): Pick<SecurityScheme, 'kind' | 'in' | 'paramName'> | undefined {
  const type = node.type;
  const httpScheme = typeof node.scheme === 'string' ? node.scheme.toLowerCase() : '';
  if (type === 'http' && httpScheme === 'bearer') return { kind: 'bearer' };
  if (type === 'http' && httpScheme === 'basic') return { kind: 'basic' };
  if (type === 'oauth2' || type === 'openIdConnect') return { kind: 'bearer' };
  const location = node.in;
  if (
    type === 'apiKey' &&
    typeof node.name === 'string' &&
    (location === 'header' || location === 'query' || location === 'cookie')
  )
    return { kind: 'apiKey', in: location, paramName: node.name };
  return undefined;
}

function describe(node: Record<string, Json>): string {
  const parts = [String(node.type)];
  if (typeof node.scheme === 'string') parts.push(node.scheme);
  if (typeof node.in === 'string') parts.push(`in ${node.in}`);
  return parts.join(' ');
}

/** A scheme may not become a client option that already exists (`baseUrl`, `fetch`...) or another scheme's. */
function uniqueOption(candidate: string, taken: Set<string>): string {
  let option = candidate;
  for (let n = 2; taken.has(option); n++) option = `${candidate}${n}`;
  taken.add(option);
  return option;
}

/**
 * An operation's security alternatives (its own `security`, else the document's). A requirement
 * naming a scheme that is not defined is ignored with a warning (it can never be satisfied as
 * written); one naming a scheme the client cannot send is dropped silently (the scheme's own
 * warning said so). `[{}]` (an empty requirement) means credentials are optional: no credentials.
 */
export function buildRequirements(
  ctx: BuildContext,
  listPointer: string,
  schemes: ReadonlyMap<string, SecurityScheme>,
  unsupported: ReadonlySet<string>,
): SecurityRequirement[] {
  const list = objectListAt(ctx, listPointer);
  if (list === undefined) return [];
  const usable: SecurityRequirement[] = [];
  list.forEach((requirement, index) => {
    if (!isRecord(requirement)) return;
    const names = Object.keys(requirement);
    const undefinedName = names.find((name) => !schemes.has(name) && !unsupported.has(name));
    if (undefinedName !== undefined) {
      ctx.issues.warn(
        'security_scheme_undefined',
        at(ctx, joinPointer(listPointer, index, undefinedName)),
        `security requirement names '${undefinedName}', which components.securitySchemes does not define; the requirement is ignored`,
      );
      return;
    }
    if (names.some((name) => unsupported.has(name))) return;
    usable.push(names);
  });
  // An empty requirement anywhere makes credentials optional: the client then sends none.
  return usable.some((names) => names.length === 0) ? [] : usable;
}

function objectListAt(ctx: BuildContext, pointer: string): readonly unknown[] | undefined {
  const value = nodeAt(ctx, pointer);
  return Array.isArray(value) ? value : undefined;
}
