import type { Stmt } from '../emit/ast.js';
import { call, fn, id, importFrom, obj, param, ret, typeRef } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';
import { spaced } from './unit.js';

/**
 * `dist/tree-shakable.js` (the `./tree-shakable` subpath): a client made of only the resources an
 * app names, as the official SDK's `cloudflare/tree-shakable` does, so that a bundler keeps only
 * their operations:
 *
 *   import { createClient } from 'pkg/tree-shakable';
 *   import { userBillingHistory } from 'pkg/resources/user';
 *   const client = createClient({ apiToken, resources: [userBillingHistory] });
 *   await client.user.billing.history.list();
 */
export function renderTreeShakable(ctx: RenderContext): RenderedFile[] {
  const { model } = ctx;
  const { sdk } = model;
  // `paths` is left out on purpose: it would make the type checker load every unit of the API
  // (`rawNamespace` from the `/raw` subpath is the one typed with them).
  const typeParam = { name: 'R', constraint: typeRef('ReadonlyArray', [typeRef('ClientPart')]) };
  const options = param('options', {
    kind: 'intersection',
    types: [
      typeRef(sdk.optionsType),
      {
        kind: 'objectType',
        members: [{ kind: 'propertySignature', name: 'resources', type: typeRef('R'), readonly: true }],
      },
    ],
  });
  const body: Stmt[] = [
    header(model, `The tree-shakable ${model.title} client: only the resources an app names are bundled.`),
    importFrom('./runtime/index.js', [
      'builtInLogging',
      { name: 'createClient', alias: 'create' },
      'pagination',
      'retries',
      'validation',
    ]),
    importFrom('./runtime/index.js', ['ClientFrom', 'ClientPart'], true),
    { kind: 'exportFrom', from: './runtime/index.js', names: [{ name: 'rawNamespace' }] },
    importFrom('./api.js', ['API']),
    importFrom('./api.js', [sdk.optionsType], true),
    ...spaced([
      fn(
        'createClient',
        [options],
        [
          ret(
            call(id('create'), [
              id('API'),
              id('options'),
              { kind: 'member', object: id('options'), name: 'resources' },
              obj([
                { kind: 'shorthand', name: 'retries' },
                { kind: 'shorthand', name: 'pagination' },
                { kind: 'shorthand', name: 'validation' },
                { kind: 'property', key: 'logging', value: id('builtInLogging') },
              ]),
            ]),
          ),
        ],
        {
          typeParams: [typeParam],
          returns: typeRef('ClientFrom', [typeRef('R')]),
          exported: true,
          doc: [
            `Creates a ${model.title} client with only the given resources, each imported from its \`resources/...\` module.`,
            '',
            `Takes the options of \`${sdk.clientFactory}\`, plus \`resources\`;`,
            '`validateResponses` takes `responseValidators`, as for the default factory. For `client.raw`, list',
            "`rawNamespace` from the `/raw` subpath: this module's adds it without the API's paths in its type,",
            'so no path type-checks with it.',
          ],
        },
      ),
    ]),
  ];
  const module = { body };
  return [
    { path: 'dist/tree-shakable.js', contents: printModule(module, 'js') },
    { path: 'dist/tree-shakable.d.ts', contents: printModule(module, 'dts') },
  ];
}
