import { generatedValidators, type ValidatorExports } from './package.js';

export type { ValidatorExports };

/**
 * The specs whose generated validators are compared with ajv. Each is generated afresh into a
 * temporary folder by the pipeline and its `dist/validators.js` imported. Listed, never looked
 * for: a missing file fails the run instead of shrinking it.
 */
export const SPECS_UNDER_TEST: readonly { readonly file: string; readonly load: () => Promise<ValidatorExports> }[] = [
  // The built-in spec: what the committed package is generated from.
  'spec/openapi.yaml',
  // The second spec of the project's tests.
  'test/fixtures/inventory.yaml',
  // Every keyword, format and composition the generator supports.
  'test/validators/fixtures/rich.yaml',
  // Property names that are reserved words, globals or prototype keys (security issue, item 4).
  'test/validators/fixtures/hostile-names.yaml',
].map((file) => {
  let loaded: Promise<ValidatorExports> | undefined;
  return { file, load: () => (loaded ??= generatedValidators(file)) };
});
