import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';

/** The `openapi-fetch` range the runtime's `RawClient` type is written against (types only). */
const OPENAPI_FETCH = '^0.17.0';

/**
 * package.json of the generated package: ESM, side-effect free (so bundlers drop what an app does
 * not call), with subpath exports for the validators, the openapi-typescript view, the tree-shakable
 * client, each unit's resources, and what an app opts into (`raw`, the response validators).
 */
export function renderPackageJson(ctx: RenderContext, version: string): RenderedFile {
  const { model } = ctx;
  const entry = (stem: string) => ({ types: `./dist/${stem}.d.ts`, default: `./dist/${stem}.js` });
  const manifest = {
    name: model.sdk.packageName,
    version,
    description: `Typed client for ${model.title}, generated from its OpenAPI spec.`,
    license: model.sdk.license,
    type: 'module',
    sideEffects: false,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': entry('index'),
      './validators': entry('validators'),
      './types': entry('types'),
      './tree-shakable': entry('tree-shakable'),
      './raw': entry('raw'),
      './response-validators': entry('response-validators'),
      './resources/*': entry('units/*'),
      './package.json': './package.json',
    },
    files: ['dist', 'README.md'],
    engines: { node: '>=20' },
    dependencies: { 'openapi-fetch': OPENAPI_FETCH },
  };
  // As npm writes package.json (and Prettier formats it): every array and object on its own lines.
  return { path: 'package.json', contents: `${JSON.stringify(manifest, null, 2)}\n` };
}
