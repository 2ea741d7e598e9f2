import type { ApiModel } from './api.js';
import type { Operation } from './operation.js';
import type { NamedSchema, Schema } from './schema.js';

/**
 * How the output is cut into units, each rendered on its own and cached by the hash of what it
 * depends on: one unit per top-level namespace of the client (its operations, the types and
 * checks of their parameters and bodies, and the named schemas only it uses), one for the named
 * schemas several units share, and the package-level files.
 */
export interface Unit {
  /** File stem under `dist/units/`: `ai-gateway`. */
  readonly file: string;
  /** The client property it hangs on: `aiGateway`. */
  readonly namespace: string;
  readonly operations: readonly Operation[];
  /** Named schemas defined in this unit (used by no other unit). */
  readonly schemas: readonly NamedSchema[];
  /** Named schemas from the shared unit it uses, by id. */
  readonly sharedSchemas: readonly string[];
  /** Hex hash of everything the unit's files depend on: same hash, same bytes. */
  readonly hash: string;
}

export interface Plan {
  readonly model: ApiModel;
  readonly units: readonly Unit[];
  /** Named schemas used by more than one unit, or by none (still exported as types and validators). */
  readonly shared: { readonly schemas: readonly NamedSchema[] };
  /** Where each named schema is defined: a unit's file stem, or '' for the shared unit. */
  readonly home: ReadonlyMap<string, string>;
  readonly checks: CheckPlan;
}

/**
 * Which check function checks what. Every named schema, operation params object and JSON
 * response body is a check root named `check<TypeName>`; roots whose schemas are structurally
 * identical (and a root that only references another) share one function, declared once: in
 * the unit when every root it serves lives there, else in the shared module.
 */
export interface CheckPlan {
  /** A root's name (`checkResource10`) -> the function that checks it (`checkResource0`). */
  readonly functionOf: ReadonlyMap<string, string>;
  /** A declared function's name -> its module: a unit's file stem, or '' for the shared module. */
  readonly homeOf: ReadonlyMap<string, string>;
  /** The functions each module declares, by module ('' is the shared one), in output order. */
  readonly declared: ReadonlyMap<string, readonly CheckFunction[]>;
}

export interface CheckFunction {
  readonly name: string;
  readonly schema: Schema;
  /** `request` lets a `format: binary` string be binary data (params objects); `json` is plain JSON Schema. */
  readonly direction: 'json' | 'request';
}
