import type { Expr, Stmt, TypeMember, TypeNode } from '../emit/ast.js';
import {
  arr,
  constDecl,
  id,
  importFrom,
  kw,
  obj,
  objectType,
  prop,
  propSig,
  str,
  typeRef,
  union,
} from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { ApiModel, RenderedFile, SecurityScheme } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';
import { spaced } from './unit.js';

/**
 * `dist/api.js` and its `.d.ts`: what every client of this API shares, and nothing of its
 * operations: the base URL, the User-Agent (from `dist/version.js`, so that a new version leaves
 * this file alone), the credentials and the client options type. Both entry points (the full
 * client and the tree-shakable one) import it, and neither pulls the other in.
 */
export function renderApiModule(ctx: RenderContext): RenderedFile[] {
  const { model } = ctx;
  const body: Stmt[] = [
    header(model, `What every ${model.title} client shares: base URL, credentials and options.`),
    importFrom('./runtime/index.js', ['ApiSpec', 'BaseClientOptions'], true),
    ...(model.securitySchemes.some((scheme) => scheme.kind === 'basic')
      ? [importFrom('./runtime/index.js', ['basicAuth'])]
      : []),
    importFrom('./version.js', ['USER_AGENT']),
    ...spaced(
      [optionsInterface(model), constDecl('API', apiSpec(model), { type: typeRef('ApiSpec'), exported: true })].map(
        (statement) => (statement.kind === 'variable' ? { ...statement, internal: true } : statement),
      ),
    ),
  ];
  const module = { body };
  return [
    { path: 'dist/api.js', contents: printModule(module, 'js') },
    { path: 'dist/api.d.ts', contents: printModule(module, 'dts') },
  ];
}

function apiSpec(model: ApiModel): Expr {
  const members = [
    prop('baseUrl', str(model.sdk.baseUrl)),
    prop('userAgent', id('USER_AGENT')),
    prop('credentials', arr(model.securitySchemes.map(credentialSpec))),
    prop('security', arr(model.security.map((names) => arr(names.map(str))))),
  ];
  if (model.sdk.envPrefix !== undefined) members.push(prop('envPrefix', str(model.sdk.envPrefix)));
  return obj(members, true);
}

/**
 * The runtime's CredentialSpec: where the value goes (`in` only for query and cookie; header
 * names lower-cased, as fetch would send them, so that the client's own headers replace them),
 * the `Bearer `/`Basic ` prefix, and `basicAuth` (imported only by APIs with a basic scheme).
 */
function credentialSpec(scheme: SecurityScheme): Expr {
  const where = scheme.kind === 'apiKey' ? (scheme.in ?? 'header') : 'header';
  const members = [prop('scheme', str(scheme.name)), prop('option', str(scheme.option))];
  if (where !== 'header') members.push(prop('in', str(where)));
  const name = scheme.kind === 'apiKey' ? (scheme.paramName ?? scheme.name) : 'authorization';
  members.push(prop('name', str(where === 'header' ? name.toLowerCase() : name)));
  if (scheme.kind !== 'apiKey') members.push(prop('prefix', str(scheme.kind === 'basic' ? 'Basic ' : 'Bearer ')));
  if (scheme.kind === 'basic') members.push(prop('basic', id('basicAuth')));
  if (scheme.env !== undefined) members.push(prop('env', str(scheme.env)));
  return obj(members);
}

/** The client's options: the runtime's, plus one per credential, each documented. */
function optionsInterface(model: ApiModel): Stmt {
  const members: TypeMember[] = model.securitySchemes.map((scheme) =>
    propSig(scheme.option, union([credentialType(scheme), kw('undefined')]), {
      optional: true,
      doc: credentialDoc(scheme),
    }),
  );
  return {
    kind: 'interface',
    name: model.sdk.optionsType,
    extends: [typeRef('BaseClientOptions')],
    members,
    exported: true,
    doc: [`Options of \`${model.sdk.clientFactory}\`: credentials, then the settings shared by every call.`],
  };
}

function credentialType(scheme: SecurityScheme): TypeNode {
  if (scheme.kind !== 'basic') return kw('string');
  return objectType([
    propSig('username', kw('string'), { readonly: true }),
    propSig('password', kw('string'), { readonly: true }),
  ]);
}

function credentialDoc(scheme: SecurityScheme): string[] {
  const how =
    scheme.kind === 'bearer'
      ? 'Sent as `Authorization: Bearer <value>`.'
      : scheme.kind === 'basic'
        ? 'Sent as `Authorization: Basic <base64 of username:password>`.'
        : `Sent in the \`${scheme.paramName ?? scheme.name}\` ${scheme.in === 'query' ? 'query parameter' : scheme.in === 'cookie' ? 'cookie' : 'header'}.`;
  const lines = [how];
  if (scheme.description !== undefined) lines.push('', ...scheme.description.trim().split(/\r?\n/));
  if (scheme.env !== undefined)
    lines.push('', `Defaults to the \`${scheme.env}\` environment variable where \`process.env\` exists.`);
  return lines;
}
