import type { Discriminator, Keywords, NamedSchema, Schema, SchemaNode, VariantSide } from '../model/index.js';

/**
 * Request and response variants of schemas. OpenAPI lets one schema serve both directions: a
 * `readOnly` property is only sent by the server (a request need not, and usually cannot, send
 * it; OpenAPI 3.0: "if the property is marked as readOnly being true and is in the required
 * list, the required will take effect on the response only"), a `writeOnly` one only by the
 * client. Cloudflare's spec lists a DNS record's `created_on` and `modified_on` as required
 * and readOnly: the record you create cannot have them yet.
 *
 * So in a request, a readOnly property is not required (it is still allowed, and still checked
 * when present), and in a response a writeOnly one is not. Only the schemas that change get a
 * variant: a named schema whose own `required` lists a readOnly property, or that references
 * (transitively) one that does, gets a request variant (`DnsRecordRequest`), a named schema in
 * its own right, so it has a type, a check and validators like any other; every other schema
 * stays shared by both directions. Request bodies then reference the request variants, response
 * bodies the response variants.
 */
export interface DirectionVariants {
  /** The named schemas, each followed by its variants (new named schemas). */
  readonly schemas: readonly NamedSchema[];
  /** A request body's (or a response body's) schema, with the side's variants referenced. */
  forSide(side: VariantSide, schema: Schema): Schema;
}

/** The annotation that makes a property optional on each side. */
const OPTIONAL_ON: Record<VariantSide, 'readOnly' | 'writeOnly'> = { request: 'readOnly', response: 'writeOnly' };

export function directionVariants(
  schemas: readonly NamedSchema[],
  /** The request bodies' and the response bodies' schemas: only what they reach gets a variant. */
  roots: Readonly<Record<VariantSide, readonly Schema[]>>,
  /** Claims the variant's type name (the name table): `DnsRecord` + `Request`, or a free one. */
  claimName: (named: NamedSchema, side: VariantSide) => string,
): DirectionVariants {
  const byId = new Map(schemas.map((named) => [named.id, named]));
  const ids = new Set(byId.keys());
  const sides = (['request', 'response'] as const).map((side) => new Side(side, byId));
  const variantIds = new Map<string, string>();
  const out: NamedSchema[] = [];
  // Every variant's id first (a schema's rewrite references variants of schemas declared after
  // it), for the schemas that change and that a body of the side reaches: a response envelope
  // holding a DNS record needs no request variant.
  for (const side of sides) {
    const used = side.reached(roots[side.side]);
    for (const named of schemas)
      if (used.has(named.id)) variantIds.set(`${side.side}|${named.id}`, side.variantId(named.id, ids));
  }
  for (const named of schemas) {
    out.push(named);
    for (const side of sides) {
      const id = variantIds.get(`${side.side}|${named.id}`);
      if (id === undefined) continue;
      out.push({
        id,
        typeName: claimName(named, side.side),
        schema: side.rewrite(named.schema),
        at: named.at,
        variant: { of: named.id, side: side.side },
      });
    }
  }
  return {
    schemas: out,
    forSide: (side, schema) => sides.find((candidate) => candidate.side === side)!.rewrite(schema),
  };
}

/** What #changesAt found for a schema, on each side, and the named schemas it looked into to find it. */
interface Found {
  readonly changes: boolean;
  readonly refs: readonly string[];
  readonly lookups: ReadonlyMap<string, Schema | undefined>;
}

const FOUND = new WeakMap<Schema, Partial<Record<'readOnly' | 'writeOnly', Found>>>();

/** One direction: which names it exempts from `required`, which named schemas change, the rewrite. */
class Side {
  readonly #marker: 'readOnly' | 'writeOnly';
  readonly #needs = new Set<string>();
  readonly #ids = new Map<string, string>();
  readonly #rewritten = new WeakMap<SchemaNode, SchemaNode>();
  /** While #changesAt records: the named schemas looked into. */
  #lookups: Map<string, Schema | undefined> | undefined;

  constructor(
    readonly side: VariantSide,
    private readonly byId: ReadonlyMap<string, NamedSchema>,
  ) {
    this.#marker = OPTIONAL_ON[side];
    // Changed directly, then every schema that references a changed one, until none is added.
    const referrers = new Map<string, Set<string>>();
    const pending: string[] = [];
    for (const named of byId.values()) {
      const refs = new Set<string>();
      if (this.#changesAt(named.schema, refs)) pending.push(named.id);
      for (const target of refs) referrers.set(target, (referrers.get(target) ?? new Set()).add(named.id));
    }
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (this.#needs.has(id)) continue;
      this.#needs.add(id);
      for (const referrer of referrers.get(id) ?? []) if (!this.#needs.has(referrer)) pending.push(referrer);
    }
  }

  /** The named schemas that change on this side and that `roots` reach through schemas that change. */
  reached(roots: readonly Schema[]): Set<string> {
    const found = new Set<string>();
    const pending: string[] = [];
    const visit = (schema: Schema): void => {
      const refs = new Set<string>();
      this.#changesAt(schema, refs);
      for (const target of refs) if (this.#needs.has(target) && !found.has(target)) pending.push(target);
    };
    for (const root of roots) visit(root);
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (found.has(id)) continue;
      found.add(id);
      visit(this.byId.get(id)!.schema);
    }
    return found;
  }

  /** `Thing (request)`: an id no component has (a component may be named anything). */
  variantId(id: string, taken: Set<string>): string {
    let candidate = `${id} (${this.side})`;
    while (taken.has(candidate)) candidate += "'";
    taken.add(candidate);
    this.#ids.set(id, candidate);
    return candidate;
  }

  /**
   * The schema as this side sees it; the same object when nothing in it changes. `scope`: the
   * schema whose allOf holds this one, where a name it requires may be declared by a sibling.
   */
  rewrite(schema: Schema, scope?: SchemaNode): Schema {
    if (schema.kind === 'ref') {
      const variant = this.#ids.get(schema.target);
      return variant === undefined ? schema : { ...schema, target: variant };
    }
    const known = this.#rewritten.get(schema);
    if (known !== undefined) return known;
    // A recursive inline schema meets itself: the node stands for itself until it is done.
    this.#rewritten.set(schema, schema);
    const keywords = this.#rewriteKeywords(schema, scope);
    const result = keywords === schema.keywords ? schema : { ...schema, keywords };
    this.#rewritten.set(schema, result);
    return result;
  }

  #rewriteKeywords(node: SchemaNode, scope: SchemaNode | undefined): Keywords {
    const k = node.keywords;
    const changed: Record<string, unknown> = {};
    const one = (key: keyof Keywords, child: Schema | undefined): void => {
      if (child === undefined) return;
      const next = this.rewrite(child);
      if (next !== child) changed[key] = next;
    };
    const list = (key: keyof Keywords, children: readonly Schema[] | undefined): void => {
      if (children === undefined) return;
      const next = children.map((child) => this.rewrite(child));
      if (next.some((child, index) => child !== children[index])) changed[key] = next;
    };
    const exempt = this.#exempt(node, scope);
    if (exempt.size > 0) changed.required = (k.required ?? []).filter((name) => !exempt.has(name));
    if (k.properties !== undefined) {
      const next = k.properties.map((property) => ({ ...property, schema: this.rewrite(property.schema) }));
      if (next.some((property, index) => property.schema !== k.properties![index]!.schema)) changed.properties = next;
    }
    if (k.patternProperties !== undefined) {
      const next = k.patternProperties.map((entry) => ({ ...entry, schema: this.rewrite(entry.schema) }));
      if (next.some((entry, index) => entry.schema !== k.patternProperties![index]!.schema))
        changed.patternProperties = next;
    }
    if (k.dependentSchemas !== undefined) {
      const next = k.dependentSchemas.map((entry) => ({ ...entry, value: this.rewrite(entry.value) }));
      if (next.some((entry, index) => entry.value !== k.dependentSchemas![index]!.value))
        changed.dependentSchemas = next;
    }
    one('additionalProperties', k.additionalProperties);
    one('propertyNames', k.propertyNames);
    one('items', k.items);
    one('contains', k.contains);
    // `then` and `else` constrain the value; `if` and `not` only test it: a test must not loosen.
    one('then', k.then);
    one('else', k.else);
    list('prefixItems', k.prefixItems);
    if (k.allOf !== undefined) {
      const next = k.allOf.map((member) => this.rewrite(member, node));
      if (next.some((member, index) => member !== k.allOf![index])) changed.allOf = next;
    }
    list('anyOf', k.anyOf);
    list('oneOf', k.oneOf);
    if (k.discriminator !== undefined) {
      const discriminator = this.#rewriteDiscriminator(k.discriminator);
      if (discriminator !== k.discriminator) changed.discriminator = discriminator;
    }
    if (Object.keys(changed).length === 0) return k;
    // `required` emptied: dropped, as a schema that never listed any.
    const keywords = { ...k, ...changed } as Record<string, unknown>;
    if (Array.isArray(keywords.required) && keywords.required.length === 0) delete keywords.required;
    return keywords as Keywords;
  }

  #rewriteDiscriminator(discriminator: Discriminator): Discriminator {
    const mapping = discriminator.mapping.map((entry) => {
      const variant = this.#ids.get(entry.target);
      return variant === undefined ? entry : { ...entry, target: variant };
    });
    return mapping.some((entry, index) => entry !== discriminator.mapping[index])
      ? { ...discriminator, mapping }
      : discriminator;
  }

  /**
   * #changesHere of a whole schema, remembered by schema object for as long as the named schemas
   * it looked into are the same objects: `--watch` keeps the schemas an edit did not touch, so
   * this walk over every named schema is made again only for those that changed.
   */
  #changesAt(schema: Schema, refs: Set<string>): boolean {
    const known = FOUND.get(schema)?.[this.#marker];
    if (known !== undefined && [...known.lookups].every(([id, found]) => this.byId.get(id)?.schema === found)) {
      for (const target of known.refs) refs.add(target);
      return known.changes;
    }
    const lookups = new Map<string, Schema | undefined>();
    const own = new Set<string>();
    this.#lookups = lookups;
    let changes: boolean;
    try {
      changes = this.#changesHere(schema, own);
    } finally {
      this.#lookups = undefined;
    }
    FOUND.set(schema, { ...FOUND.get(schema), [this.#marker]: { changes, refs: [...own], lookups } });
    for (const target of own) refs.add(target);
    return changes;
  }

  /** A named schema by id, noted while #changesAt records what it looks into. */
  #named(id: string): NamedSchema | undefined {
    const named = this.byId.get(id);
    this.#lookups?.set(id, named?.schema);
    return named;
  }

  /**
   * Whether a rewrite changes this schema itself (not through a named schema it references);
   * collects the named schemas it references where a rewrite reaches.
   */
  #changesHere(
    schema: Schema,
    refs: Set<string>,
    seen = new Set<SchemaNode>(),
    scope: SchemaNode | undefined = undefined,
  ): boolean {
    if (schema.kind === 'ref') {
      refs.add(schema.target);
      return false;
    }
    if (seen.has(schema)) return false;
    seen.add(schema);
    const k = schema.keywords;
    let changes = this.#exempt(schema, scope).size > 0;
    for (const entry of k.discriminator?.mapping ?? []) refs.add(entry.target);
    const children: (Schema | undefined)[] = [
      ...(k.properties ?? []).map((property) => property.schema),
      ...(k.patternProperties ?? []).map((entry) => entry.schema),
      ...(k.dependentSchemas ?? []).map((entry) => entry.value),
      k.additionalProperties,
      k.propertyNames,
      k.items,
      k.contains,
      k.then,
      k.else,
      ...(k.prefixItems ?? []),
      ...(k.anyOf ?? []),
      ...(k.oneOf ?? []),
    ];
    for (const child of children) if (child !== undefined && this.#changesHere(child, refs, seen)) changes = true;
    for (const member of k.allOf ?? []) if (this.#changesHere(member, refs, seen, schema)) changes = true;
    return changes;
  }

  /**
   * The names of `node.required` this side need not send: each declared (by the node's own
   * `properties`, else by what its allOf, anyOf and oneOf members declare, through references)
   * and every declaration marked. A name the node does not declare is looked up in `scope`, the
   * schema whose allOf holds it (`allOf: [$ref Base, {required: [id]}]`, `id` declared by Base).
   * A name nothing declares stays required.
   */
  #exempt(node: SchemaNode, scope: SchemaNode | undefined): Set<string> {
    const exempt = new Set<string>();
    for (const name of node.keywords.required ?? []) {
      let declarations = this.#declarations(node, name, new Set());
      if (declarations.length === 0 && scope !== undefined) declarations = this.#declarations(scope, name, new Set());
      if (declarations.length > 0 && declarations.every((schema) => this.#marked(schema, new Set()))) exempt.add(name);
    }
    return exempt;
  }

  #declarations(schema: Schema, name: string, seen: Set<string>): Schema[] {
    if (schema.kind === 'ref') {
      if (seen.has(schema.target)) return [];
      seen.add(schema.target);
      const target = this.#named(schema.target);
      return target === undefined ? [] : this.#declarations(target.schema, name, seen);
    }
    const own = schema.keywords.properties?.find((property) => property.name === name);
    if (own !== undefined) return [own.schema];
    const { allOf = [], anyOf = [], oneOf = [] } = schema.keywords;
    return [...allOf, ...anyOf, ...oneOf].flatMap((member) => this.#declarations(member, name, seen));
  }

  /** `readOnly: true` on the property's schema, on what it references, or on an allOf member of it. */
  #marked(schema: Schema, seen: Set<string>): boolean {
    if (schema.kind === 'ref') {
      if (seen.has(schema.target)) return false;
      seen.add(schema.target);
      const target = this.#named(schema.target);
      return target !== undefined && this.#marked(target.schema, seen);
    }
    if (schema.annotations[this.#marker] === true) return true;
    return (schema.keywords.allOf ?? []).some((member) => this.#marked(member, seen));
  }
}
