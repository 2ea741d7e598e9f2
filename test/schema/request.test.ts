import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue } from '../../generator/schema/value-check.js';
import { generateChecks, type GeneratedChecks } from './support/generated.js';
import { documentOf, readSpec, type ReadSpec } from './support/spec.js';

/**
 * In the `request` direction a `format: binary` string may be binary data instead (a Blob,
 * ArrayBuffer, typed array or ReadableStream), which the runtime sends as it is; in `json` it is
 * plain JSON Schema.
 */
const document = documentOf({
  File: { type: 'string', format: 'binary' },
  Upload: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', maxLength: 3 }, name: { type: 'string' } },
  },
});

let read: ReadSpec;
let request: GeneratedChecks;
let json: GeneratedChecks;
beforeAll(async () => {
  read = readSpec(document);
  request = await generateChecks(read.schemas, 'request');
  json = await generateChecks(read.schemas, 'json');
});

const binaries = [
  new Blob(['x']),
  new ArrayBuffer(2),
  new Uint8Array(2),
  new DataView(new ArrayBuffer(1)),
  new ReadableStream(),
];

describe('binary data in requests', () => {
  it.each(binaries.map((value) => [value.constructor.name, value]))('a %s is a valid binary string', (_, value) => {
    expect(request.check('File')(value)).toBe(true);
    expect(request.check('Upload')({ file: value })).toBe(true);
    expect(checkValue(read.named('File'), value, read.named, 'request')).toBeUndefined();
  });

  it('a string still is, and its string keywords still apply', () => {
    expect(request.check('Upload')({ file: 'abc' })).toBe(true);
    expect(request.issues('Upload', { file: 'abcd' })).toEqual([
      { path: '/file', keyword: 'maxLength', message: 'must NOT have more than 3 characters' },
    ]);
  });

  it('other objects are not binary', () => {
    expect(request.check('File')({})).toBe(false);
    expect(request.check('File')([1])).toBe(false);
  });

  it('in JSON, binary data is not a string', () => {
    expect(json.check('File')(new Blob(['x']))).toBe(false);
    expect(checkValue(read.named('File'), new Blob(['x']), read.named, 'json')).toMatchObject({ keyword: 'type' });
  });
});
