import { isAlias, isScalar, type Alias, type Node } from 'yaml';

/**
 * The string a mapping key becomes. With `stringKeys` every key is a scalar holding a string
 * (`200:` is "200", `1.0:` is "1.0"); an aliased key takes its anchor's value. The document
 * builder and the locator must agree on it, so it is written once.
 */
export function keyString(key: unknown, targets: ReadonlyMap<Alias, Node>): string {
  const node = isAlias(key) ? targets.get(key) : key;
  if (!isScalar(node) || node.value === null || node.value === undefined) return '';
  return String(node.value);
}
