import type { At } from '../model/index.js';
import type { IssueList } from '../util/issue-list.js';

/**
 * The one place generated type names are decided. Every name is claimed here, in a fixed order
 * (schemas in spec order, then operations in path order), so a clash is resolved the same way on
 * every run: the later claimant gets the next free numeric suffix, and a located warning says so.
 */
export class NameTable {
  readonly #taken = new Map<string, string>();

  constructor(
    private readonly issues: IssueList,
    /** Names the package exports besides the spec's (runtime classes, the client factory...). */
    reserved: ReadonlyMap<string, string>,
  ) {
    for (const [name, owner] of reserved) this.#taken.set(name, owner);
  }

  /**
   * A unique stem such that `stem + suffix` is free for every suffix (`['']` for a plain name),
   * all claimed for `owner` (`schema 'BillingHistory'`). `at` locates the warning on a clash.
   */
  claim(stem: string, suffixes: readonly string[], owner: string, at: At): string {
    let chosen = stem;
    for (let n = 2; suffixes.some((suffix) => this.#taken.has(chosen + suffix)); n++) chosen = `${stem}${n}`;
    if (chosen !== stem) {
      const clash = suffixes.map((suffix) => stem + suffix).find((name) => this.#taken.has(name)) ?? stem;
      this.issues.warn(
        'name_collision',
        at,
        `${owner} would be named ${clash}, which ${this.#taken.get(clash) ?? 'something else'} already is; it is named ${chosen + (suffixes[0] ?? '')} instead`,
      );
    }
    for (const suffix of suffixes) this.#taken.set(chosen + suffix, owner);
    return chosen;
  }

  /** Takes a name that cannot clash by construction (a prefix on a unique type name); a clash is a bug. */
  reserve(name: string, owner: string): void {
    const holder = this.#taken.get(name);
    if (holder !== undefined) throw new Error(`names: ${name} is both ${holder} and ${owner}`);
    this.#taken.set(name, owner);
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }
}
