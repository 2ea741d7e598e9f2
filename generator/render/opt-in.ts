import type { Stmt } from '../emit/ast.js';
import {
  arr,
  call,
  constDecl,
  fn,
  id,
  importFrom,
  intersection,
  objectType,
  param,
  propSig,
  ret,
  typeRef,
} from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';
import { spaced } from './unit.js';

/**
 * What an app adds to a client by importing it, so that an app that does not never bundles it:
 *
 *   import { withRaw } from 'pkg/raw';                           // client.raw (openapi-fetch style)
 *   import { responseValidators } from 'pkg/response-validators';
 *   const client = withRaw(createX({ validateResponses: responseValidators }));
 *
 * `dist/raw.js` wraps the runtime's `withRaw`, and re-exports its `rawNamespace` (for the
 * tree-shakable `createClient`), so that its `.d.ts` types `raw` with the package's `paths`;
 * `dist/response-validators.js` is `checkResponses` of every unit's response checks (the
 * validation code comes with it).
 */
export function renderOptIns(ctx: RenderContext): RenderedFile[] {
  return [...renderRaw(ctx), ...renderResponseValidators(ctx)];
}

function renderRaw(ctx: RenderContext): RenderedFile[] {
  const { model } = ctx;
  const withRawType = intersection([
    typeRef('C'),
    objectType([propSig('raw', typeRef('RawClient', [typeRef('paths')]), { readonly: true })]),
  ]);
  const body: Stmt[] = [
    header(model, `\`client.raw\` for ${model.title} clients: imported only by apps that use it.`),
    importFrom('./runtime/index.js', [
      { name: 'rawNamespace', alias: 'rawExtension' },
      { name: 'withRaw', alias: 'attach' },
    ]),
    importFrom('./runtime/index.js', ['Extension', 'RawClient'], true),
    importFrom('./types.js', ['paths'], true),
    ...spaced([
      constDecl('rawNamespace', id('rawExtension'), {
        type: typeRef('Extension', [
          { kind: 'tupleType', elements: [{ type: { kind: 'literalType', value: 'raw' } }], readonly: true },
          typeRef('RawClient', [typeRef('paths')]),
        ]),
        exported: true,
        doc: [
          '`client.raw` typed by path, for the tree-shakable `createClient({ resources: [..., rawNamespace] })`.',
          "The same value as the tree-shakable entry's `rawNamespace`, typed with the package's `paths` here, where",
          'only apps that import it make the type checker read them.',
        ],
      }),
      fn('withRaw', [param('client', typeRef('C'))], [ret(call(id('attach'), [id('client')]))], {
        typeParams: [{ name: 'C', constraint: typeRef('object') }],
        returns: withRawType,
        exported: true,
        doc: [
          `The same client with \`raw\`: typed calls by path (\`client.raw.GET('/path', { params })\`) with openapi-fetch's`,
          'API, on the same base URL, credentials, timeouts and retries. Built on first access.',
          `Takes a client from \`${model.sdk.clientFactory}\`, \`${model.sdk.liteClientFactory}\` or the tree-shakable \`createClient\`.`,
        ],
      }),
    ]),
  ];
  const module = { body };
  return [
    { path: 'dist/raw.js', contents: printModule(module, 'js') },
    { path: 'dist/raw.d.ts', contents: printModule(module, 'dts') },
  ];
}

function renderResponseValidators(ctx: RenderContext): RenderedFile[] {
  const { model, plan } = ctx;
  const body: Stmt[] = [
    header(model, `The response validators of ${model.title}, for the client option \`validateResponses\`.`),
    importFrom('./runtime/index.js', ['checkResponses']),
    importFrom('./runtime/index.js', ['ResponseChecks'], true),
    ...plan.units.map((unit) =>
      importFrom(`./units/${unit.file}.js`, [{ name: 'responseChecks', alias: `${unit.namespace}Checks` }]),
    ),
    ...spaced([
      {
        ...constDecl(
          'responseValidators',
          call(
            id('checkResponses'),
            [arr(plan.units.map((unit) => ({ kind: 'spread' as const, expr: id(`${unit.namespace}Checks`) })))],
            { pure: true },
          ),
          {
            type: typeRef('ResponseChecks'),
            doc: [
              `Pass as \`${model.sdk.clientFactory}({ validateResponses: responseValidators })\`: 2xx bodies that break the`,
              'spec then throw `ResponseValidationError`. A separate import, so that apps that do not validate',
              'responses do not bundle the validators.',
            ],
          },
        ),
        exported: true,
      },
    ]),
  ];
  const module = { body };
  return [
    { path: 'dist/response-validators.js', contents: printModule(module, 'js') },
    { path: 'dist/response-validators.d.ts', contents: printModule(module, 'dts') },
  ];
}
