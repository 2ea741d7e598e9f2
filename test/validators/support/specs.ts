import { renderedValidators } from './generated.js';

export type ValidatorExports = Readonly<Record<string, unknown>>;

/**
 * The specs whose validators are compared with ajv, and where each one's generated validators
 * come from. Listed, never looked for: a missing file fails the run instead of shrinking it.
 */
export const SPECS_UNDER_TEST: readonly { readonly file: string; readonly load: () => Promise<ValidatorExports> }[] = [
  // What ships: the package's `./validators` entry point, compiled.
  {
    file: 'spec/openapi.yaml',
    load: async () => (await import('../../../generated/dist/validators.js')) as ValidatorExports,
  },
  // Rendered afresh from the fixtures, which between them use every keyword the generator supports.
  {
    file: 'test/fixtures/inventory.yaml',
    load: async () => (await renderedValidators('test/fixtures/inventory.yaml', 'inventory')).exports,
  },
  {
    file: 'test/validators/fixtures/rich.yaml',
    load: async () => (await renderedValidators('test/validators/fixtures/rich.yaml', 'rich')).exports,
  },
];
