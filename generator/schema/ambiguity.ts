import type { Automaton } from './regex-nfa.js';

/**
 * Whether a backtracking matcher can take super-linear time on the automaton (Weideman et al.,
 * "Analyzing matching time behavior of backtracking regular expression matchers by using
 * ambiguity of NFA", 2016): it can exactly when the automaton is infinitely ambiguous, through
 * EDA (two different loops from a state back to itself on one word: exponential) or IDA (states
 * p != q with p -> p, p -> q and q -> q all on one word: polynomial). Both are searched in
 * product automata, whose states are pairs (or triples) of states reading the same word.
 */
export function infinitelyAmbiguous(automaton: Automaton): boolean {
  return hasEda(automaton) || hasIda(automaton);
}

function overlaps(...sets: readonly Uint32Array[]): boolean {
  const [first, ...rest] = sets;
  for (let word = 0; word < first!.length; word++) {
    let bits = first![word]!;
    for (const set of rest) bits &= set[word]!;
    if (bits !== 0) return true;
  }
  return false;
}

/**
 * EDA: two different paths from a state back to itself on one word. Paths are told apart by their
 * edges (parallel edges are different ways to match), so the product is over edges: a strongly
 * connected component holding a pair of one edge and a pair of two different edges.
 */
function hasEda({ follow, symbols }: Automaton): boolean {
  const edges = follow.flatMap((targets, from) => targets.map((to) => ({ from, to })));
  const leaving = follow.map(() => [] as number[]);
  edges.forEach((edge, index) => leaving[edge.from]!.push(index));
  const m = edges.length;
  const next = (node: number): number[] => {
    const a = edges[Math.floor(node / m)]!;
    const b = edges[node % m]!;
    const out: number[] = [];
    for (const a2 of leaving[a.to]!)
      for (const b2 of leaving[b.to]!)
        if (overlaps(symbols[edges[a2]!.to]!, symbols[edges[b2]!.to]!)) out.push(a2 * m + b2);
    return out;
  };
  for (const component of components(m * m, next)) {
    const same = component.some((node) => Math.floor(node / m) === node % m);
    const different = component.some((node) => Math.floor(node / m) !== node % m);
    if (same && different) return true;
  }
  return false;
}

/** IDA: for looping states p != q with q reachable from p, (p, p, q) reaches (p, q, q) in the triple automaton. */
function hasIda({ follow, symbols }: Automaton): boolean {
  const n = follow.length;
  const looping = loopingStates(follow);
  const reach = follow.map((_, from) => reachable(follow, from));
  for (const p of looping) {
    for (const q of looping) {
      if (p === q || !reach[p]!.has(q)) continue;
      if (tripleReaches(follow, symbols, n, [p, p, q], [p, q, q])) return true;
    }
  }
  return false;
}

function tripleReaches(
  follow: Automaton['follow'],
  symbols: Automaton['symbols'],
  n: number,
  from: readonly number[],
  to: readonly number[],
): boolean {
  const key = (a: number, b: number, c: number): number => (a * n + b) * n + c;
  const target = key(to[0]!, to[1]!, to[2]!);
  const seen = new Uint8Array(n * n * n);
  const queue = [[from[0]!, from[1]!, from[2]!] as const];
  while (queue.length > 0) {
    const [a, b, c] = queue.pop()!;
    for (const a2 of follow[a]!)
      for (const b2 of follow[b]!) {
        if (!overlaps(symbols[a2]!, symbols[b2]!)) continue;
        for (const c2 of follow[c]!) {
          const node = key(a2, b2, c2);
          if (seen[node] === 1 || !overlaps(symbols[a2]!, symbols[b2]!, symbols[c2]!)) continue;
          if (node === target) return true;
          seen[node] = 1;
          queue.push([a2, b2, c2]);
        }
      }
  }
  return false;
}

/** States on a cycle of the automaton. */
function loopingStates(follow: Automaton['follow']): number[] {
  return follow.flatMap((_, state) => (reachable(follow, state).has(state) ? [state] : []));
}

/** States reachable from `from` in one step or more. */
function reachable(follow: Automaton['follow'], from: number): Set<number> {
  const seen = new Set<number>();
  const stack = [...follow[from]!];
  while (stack.length > 0) {
    const state = stack.pop()!;
    if (seen.has(state)) continue;
    seen.add(state);
    stack.push(...follow[state]!);
  }
  return seen;
}

/** Tarjan's strongly connected components, iteratively, over nodes 0..size-1. */
function components(size: number, next: (node: number) => number[]): number[][] {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edges: number[]; at: number }[] = [{ node: root, edges: next(root), at: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work.at(-1)!;
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++]!;
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          work.push({ node: to, edges: next(to), at: 0 });
        } else if (onStack[to] === 1) low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent !== undefined) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let node: number;
        do {
          node = stack.pop()!;
          onStack[node] = 0;
          component.push(node);
        } while (node !== frame.node);
        found.push(component);
      }
    }
  }
  return found;
}
