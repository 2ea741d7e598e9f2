import type { TypeNode } from '../emit/ast.js';
import type { ApiModel, NamedSchema, Namespace, Plan, Schema } from '../model/index.js';
import { append } from '../util/collections.js';
import { checkName } from '../plan/checks.js';
import { docPhrases } from '../schema/doc.js';
import { discriminatorTargets, namedTypeOf, typeOf, type TypeOptions } from '../schema/type.js';

/** Whether a schema types a request (binary strings are Blobs, bodies are files) or plain JSON. */
export type Direction = 'json' | 'request';

/** What every renderer reads: the plan, and the schema layer's answers about schemas. */
export interface RenderContext {
  readonly plan: Plan;
  readonly model: ApiModel;
  named(id: string): NamedSchema | undefined;
  /** The TypeScript type of a schema; named schemas by name. */
  type(schema: Schema, direction: Direction): TypeNode;
  /** A named schema's own type: its schema's, narrowed to the discriminator value(s) that select it. */
  namedType(named: NamedSchema): TypeNode;
  /** Short phrases for docs: `at most 30 characters`, `default 20`. */
  describe(schema: Schema): string[];
  /** The function that checks a type (a named schema's, params object's or response body's), by type name. */
  checkOf(typeName: string): string;
  /** The function that checks a named schema, by its id. */
  checkOfSchema(id: string): string;
  /** Where a check function is declared: a unit's file stem, or '' for the shared module. */
  checkHome(functionName: string): string;
  /** The namespaces under a top-level one (itself first), in the model's order. */
  namespacesUnder(top: string): readonly Namespace[];
}

export function renderContext(plan: Plan): RenderContext {
  const byId = new Map(plan.model.schemas.map((named) => [named.id, named]));
  const typeName = (id: string): string => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`render: no schema named ${JSON.stringify(id)}`);
    return found.typeName;
  };
  const named = (id: string): Schema => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`render: no schema named ${JSON.stringify(id)}`);
    return found.schema;
  };
  const options = (direction: Direction): TypeOptions => ({ typeName, direction, named });
  const checkOf = (typeName: string): string => plan.checks.functionOf.get(checkName(typeName)) ?? checkName(typeName);
  const targets = discriminatorTargets(plan.model.schemas.map((entry) => [entry.id, entry.schema] as const));
  // By top-level namespace once, not searched per unit: a thousand units would make it quadratic.
  const underTop = new Map<string, Namespace[]>();
  for (const namespace of plan.model.namespaces) append(underTop, namespace.path[0]!, namespace);
  return {
    plan,
    model: plan.model,
    named: (id) => byId.get(id),
    type: (schema, direction) => typeOf(schema, options(direction)),
    namedType: (entry) => namedTypeOf(entry.id, entry.schema, options('json'), targets),
    describe: (schema) => docPhrases(schema),
    checkOf,
    checkOfSchema: (id) => checkOf(byId.get(id)?.typeName ?? id),
    checkHome: (name) => {
      const home = plan.checks.homeOf.get(name);
      if (home === undefined) throw new Error(`render: no check function named ${name}`);
      return home;
    },
    namespacesUnder: (top) => underTop.get(top) ?? [],
  };
}
