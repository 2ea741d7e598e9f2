import { describe, expect, it } from 'vitest';
import { renderValidators } from '../../generator/render/validators.js';
import { specFromFile } from './support/model.js';

/**
 * The validators of the fixture with every keyword, as reviewed: a change to the generated code
 * shows as a diff of this file. What the code does is proved elsewhere (differential, keywords).
 */
describe('the fixture with every keyword', () => {
  it('renders as reviewed', async () => {
    const { model } = await specFromFile('test/validators/fixtures/rich.yaml');
    await expect(renderValidators(model).contents).toMatchFileSnapshot('__snapshots__/rich.validators.ts.snap');
  });
});
