import type { JsonType } from '../../model/schema.js';
import { RUNTIME } from '../helpers.js';
import { fitsType } from '../json.js';
import type { KeywordDefinition, RawSchema, ReadContext } from '../keyword.js';
import { MESSAGES } from '../messages.js';

const JSON_TYPES: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];

/**
 * `type`, with OpenAPI 3.0's `nullable: true` folded in as `'null'` (ajv does the same; an enum
 * still has to list null for null to pass: the 3.0.3 clarification, and ajv's reading). The type
 * test and the narrowing of the keyword groups it guards are written by the schema emitter
 * (check-node.ts), from code.ts's `isType`/`notType`; `integer` is a finite number without
 * fraction, `number` any finite number (ajv's strictNumbers).
 */
export const typeKeyword: KeywordDefinition<'type'> = {
  keyword: 'type',
  applies: 'any',
  alsoReads: ['nullable'],
  read(raw, cx) {
    const types = declaredTypes(raw, cx);
    if (raw.nullable === true && types === undefined) {
      cx.warn('invalid_schema', "'nullable' without 'type' has no effect", 'nullable');
      return undefined;
    }
    if (raw.nullable === true) {
      if (!cx.openapi30)
        cx.warn('invalid_schema', "'nullable' is OpenAPI 3.0; in 3.1 write type: [T, 'null'] (honoured)", 'nullable');
      if (types !== undefined && !types.includes('null')) types.push('null');
    }
    return types;
  },
  test(types, data, cx) {
    if (types.some((type) => fitsType(data, type))) return undefined;
    if (binaryAllowed(types, cx.direction, cx.schema.annotations.format) && RUNTIME.isBinary(data)) return undefined;
    return cx.issue('type', MESSAGES.type(types));
  },
  doc: (types) => (types.includes('integer') && !types.includes('number') ? 'integer' : undefined),
};

function declaredTypes(raw: RawSchema, cx: ReadContext): JsonType[] | undefined {
  const declared = raw.type;
  if (declared === undefined) return undefined;
  const names = Array.isArray(declared) ? declared : [declared];
  const types: JsonType[] = [];
  names.forEach((name, index) => {
    const at = Array.isArray(declared) ? ['type', index] : ['type'];
    if (JSON_TYPES.includes(name as JsonType)) {
      if (!types.includes(name as JsonType)) types.push(name as JsonType);
    } else
      cx.warn(
        'unsupported_type',
        `unknown type ${JSON.stringify(name)} (expected one of ${JSON_TYPES.join(', ')}): ignored`,
        ...at,
      );
  });
  // A type naming nothing usable constrains nothing: it is a defect, not a `false` schema.
  return types.length > 0 ? types : undefined;
}

/**
 * In a request, a string of `format: binary` may be sent as a Blob, ArrayBuffer, typed array or
 * ReadableStream instead: the runtime sends those as they are.
 */
export function binaryAllowed(types: readonly JsonType[], direction: string, format: string | undefined): boolean {
  return direction === 'request' && format === 'binary' && types.includes('string');
}
