import type { Json } from '../model/at.js';
import type { LoadedSpec } from '../model/spec.js';
import { FollowingPositions } from './at.js';
import type { RefMemory } from './refs.js';
import { shareUnchanged } from './share.js';

/**
 * The spec as `--watch` loads it again: every subtree unchanged since the last run is that run's
 * object (so what was kept from it can be recognised by identity), and every position, including
 * those of model nodes kept from earlier runs, is found in the new text.
 */
export class DocumentMemory {
  #document: Json | undefined;
  readonly #positions = new FollowingPositions();
  /** The references of each path item and component, for resolveRefs. */
  readonly refs: RefMemory = new WeakMap();

  carry(loaded: LoadedSpec): LoadedSpec {
    const document = this.#document === undefined ? loaded.document : shareUnchanged(this.#document, loaded.document);
    this.#document = document;
    return { ...loaded, document, locate: this.#positions.follow(loaded.locate) };
  }
}
