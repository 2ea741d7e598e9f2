import type { Discriminator } from '../../model/schema.js';
import { unescapeToken } from '../../util/pointer.js';
import type { KeywordDefinition, ReadContext } from '../keyword.js';
import { isObject } from '../read-values.js';

const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;

/**
 * OpenAPI's `discriminator`: which property tells the members of a oneOf/anyOf apart. It never
 * changes a verdict (JSON Schema decides those), and it has no check. Its mapping is read from
 * `mapping`, and, for member references it does not list, from their component names, as
 * OpenAPI says.
 */
export const discriminatorKeyword: KeywordDefinition<'discriminator'> = {
  keyword: 'discriminator',
  applies: 'any',
  read(raw, cx) {
    const value = raw.discriminator;
    if (value === undefined) return undefined;
    if (!isObject(value) || typeof value.propertyName !== 'string') {
      cx.warn('invalid_schema', 'discriminator must be an object with a propertyName: ignored', 'discriminator');
      return undefined;
    }
    return { propertyName: value.propertyName, mapping: mappingOf(value.mapping, cx) };
  },
  doc: ({ propertyName }) => `told apart by ${propertyName}`,
};

function mappingOf(mapping: unknown, cx: ReadContext): Discriminator['mapping'] {
  const found: { value: string; target: string }[] = [];
  if (isObject(mapping)) {
    for (const [value, ref] of Object.entries(mapping)) {
      const target = typeof ref === 'string' ? targetOf(ref) : undefined;
      if (target === undefined)
        cx.warn(
          'invalid_schema',
          `discriminator mapping ${JSON.stringify(value)} must name a component schema: ignored`,
          'discriminator',
          'mapping',
          value,
        );
      else found.push({ value, target });
    }
  }
  const mapped = new Set(found.map((entry) => entry.target));
  for (const member of [...(cx.sofar.oneOf ?? []), ...(cx.sofar.anyOf ?? [])]) {
    if (member.kind === 'ref' && !mapped.has(member.target)) {
      mapped.add(member.target);
      found.push({ value: member.target, target: member.target });
    }
  }
  return found;
}

/** `#/components/schemas/Cat` or a bare `Cat`. */
function targetOf(ref: string): string | undefined {
  const match = COMPONENT.exec(ref);
  if (match?.[1] !== undefined) return unescapeToken(match[1]);
  return ref.includes('/') || ref.includes('#') ? undefined : ref;
}
