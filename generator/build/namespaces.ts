import type { Namespace, Operation } from '../model/index.js';
import { camelCase, typeIdentifier } from './identifiers.js';
import type { NameTable } from './name-table.js';

/**
 * The client's tree, from the operations' SDK paths: one node per namespace, parents before
 * children, siblings in name order, each with its interface name and, when it has methods, the
 * name of its exported resource (the unit of the tree-shakable client).
 */
export function buildNamespaces(operations: readonly Operation[], types: NameTable, values: NameTable): Namespace[] {
  const nodes = new Map<string, { path: string[]; methods: Namespace['methods'][number][]; children: Set<string> }>();
  const node = (path: readonly string[]) => {
    const key = path.join('.');
    let found = nodes.get(key);
    if (found === undefined) nodes.set(key, (found = { path: [...path], methods: [], children: new Set() }));
    return found;
  };
  node([]);
  for (const operation of operations) {
    const parent = operation.sdkPath.slice(0, -1);
    for (let depth = 0; depth < parent.length; depth++) node(parent.slice(0, depth)).children.add(parent[depth]!);
    node(parent).methods.push({ name: operation.sdkPath[operation.sdkPath.length - 1]!, operation });
  }
  return [...nodes.values()]
    .filter((entry) => entry.path.length > 0)
    .sort((a, b) => compare(a.path, b.path))
    .map((entry) => {
      const label = `namespace ${entry.path.join('.')}`;
      const at = entry.methods[0]?.operation.at ?? firstOperationUnder(operations, entry.path).at;
      const typeName = types.claim(typeIdentifier(entry.path.join('-')), [''], label, at);
      const resourceName =
        entry.methods.length === 0 ? undefined : values.claim(camelCase(entry.path.join('-')), [''], label, at);
      return {
        path: entry.path,
        typeName,
        ...(resourceName === undefined ? {} : { resourceName }),
        methods: [...entry.methods].sort((a, b) => compare([a.name], [b.name])),
        children: [...entry.children].sort(),
      };
    });
}

function firstOperationUnder(operations: readonly Operation[], path: readonly string[]): Operation {
  const found = operations.find((operation) => path.every((segment, index) => operation.sdkPath[index] === segment));
  if (found === undefined) throw new Error(`namespaces: no operation under ${path.join('.')}`);
  return found;
}

/** Parents before children: compare segment by segment, a prefix first. */
function compare(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
