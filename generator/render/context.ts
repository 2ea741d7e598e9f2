import type { TypeNode } from '../emit/ast.js';
import type { ApiModel, NamedSchema, Plan, Schema } from '../model/index.js';
import { docPhrases } from '../schema/doc.js';
import { typeOf } from '../schema/type.js';

/** Whether a schema types a request (binary strings are Blobs, bodies are files) or plain JSON. */
export type Direction = 'json' | 'request';

/** What every renderer reads: the plan, and the schema layer's answers about schemas. */
export interface RenderContext {
  readonly plan: Plan;
  readonly model: ApiModel;
  named(id: string): NamedSchema | undefined;
  /** The TypeScript type of a schema; named schemas by name. */
  type(schema: Schema, direction: Direction): TypeNode;
  /** Short phrases for docs: `at most 30 characters`, `default 20`. */
  describe(schema: Schema): string[];
}

export function renderContext(plan: Plan): RenderContext {
  const byId = new Map(plan.model.schemas.map((named) => [named.id, named]));
  const typeName = (id: string): string => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`render: no schema named ${JSON.stringify(id)}`);
    return found.typeName;
  };
  return {
    plan,
    model: plan.model,
    named: (id) => byId.get(id),
    type: (schema, direction) => typeOf(schema, { typeName, direction }),
    describe: (schema) => docPhrases(schema),
  };
}
