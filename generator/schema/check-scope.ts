import type { Expr, Identifier, Stmt, TypeNode } from '../emit/ast.js';
import { constDecl, id } from '../emit/build.js';
import type { SchemaNode } from '../model/schema.js';
import { HELPER_NAMES, HELPERS, type HelperName } from './helpers.js';
import type { Direction } from './keyword.js';
import { Namer } from './namer.js';
import { structureOf } from './repeats.js';

/**
 * What one output module's check functions share: the names taken at module level, the runtime
 * helpers imported, constants hoisted once (regular expressions, Sets, deep constants), and the
 * branch functions of inline anyOf/oneOf/not/if/contains members, waiting to be written.
 */
export class CheckModuleScope {
  readonly namer: Namer;
  readonly helpers = new Set<HelperName>();
  readonly constants: Stmt[] = [];
  readonly #constantNames = new Map<string, Identifier>();
  readonly #branchNames = new Map<SchemaNode, string>();
  readonly #branchCounts = new Map<string, number>();
  /** Branch functions named but not yet written, in the order they were asked for. */
  readonly pending: {
    readonly name: string;
    readonly schema: SchemaNode;
    readonly owner: string;
    readonly direction: Direction;
  }[] = [];
  /** Named schema ids whose check functions the code calls. */
  readonly called = new Set<string>();
  /** Structure -> the function checking it, for inline subschemas that occur more than once. */
  readonly #shared = new Map<string, string>();
  #repeated: ReadonlySet<string> = new Set();

  constructor(
    readonly functionName: (id: string) => string,
    taken: Iterable<string>,
  ) {
    this.namer = new Namer([...HELPER_NAMES, ...taken]);
  }

  helper(name: HelperName): Identifier {
    this.helpers.add(name);
    return id(HELPERS[name]);
  }

  functionOf(target: string): string {
    this.called.add(target);
    return this.functionName(target);
  }

  /** A module-level constant, evaluated once at load; one per `key`. */
  constant(hint: string, key: string, init: () => Expr, type?: TypeNode): Identifier {
    const existing = this.#constantNames.get(key);
    if (existing !== undefined) return existing;
    const name = id(this.namer.fresh(hint));
    this.constants.push(constDecl(name.name, init(), type === undefined ? {} : { type }));
    this.#constantNames.set(key, name);
    return name;
  }

  /** Which structures repeat (see repeatedStructures), and the roots' functions that check some of them. */
  shareRepeats(repeated: ReadonlySet<string>, roots: Iterable<readonly [string, string]>): void {
    this.#repeated = repeated;
    for (const [structure, name] of roots) if (repeated.has(structure)) this.#shared.set(structure, name);
  }

  /**
   * The function that checks an inline subschema occurring more than once in the module (written
   * once, after the function that first needs it), or undefined: it is written where it is used.
   */
  repeat(schema: SchemaNode, direction: Direction): string | undefined {
    if (this.#repeated.size === 0) return undefined;
    const structure = structureOf(schema, direction);
    if (!this.#repeated.has(structure)) return undefined;
    const existing = this.#shared.get(structure);
    if (existing !== undefined) return existing;
    // Named for what it is, not after its first user: several functions call it.
    const name = this.namer.fresh('checkPart');
    this.#shared.set(structure, name);
    this.pending.push({ name, schema, owner: name, direction });
    return name;
  }

  /** The function for an inline member asked yes or no, written after its owner's function. */
  branch(schema: SchemaNode, owner: string, keyword: string, direction: Direction): string {
    const existing = this.#branchNames.get(schema);
    if (existing !== undefined) return existing;
    const count = (this.#branchCounts.get(owner) ?? 0) + 1;
    this.#branchCounts.set(owner, count);
    const name = this.namer.fresh(`${owner}_${keyword}${count}`);
    this.#branchNames.set(schema, name);
    this.pending.push({ name, schema, owner, direction });
    return name;
  }
}
