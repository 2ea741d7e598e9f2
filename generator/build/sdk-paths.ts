import type { At, HttpMethod, Json, Operation } from '../model/index.js';
import type { IssueList } from '../util/issue-list.js';
import { append } from '../util/collections.js';
import { propertyName } from './identifiers.js';

/** What naming needs to know of one operation. */
export interface NamingInput {
  readonly method: HttpMethod;
  readonly path: string;
  readonly operationId: string;
  readonly node: Readonly<Record<string, Json>>;
  /** Whether a GET on a collection returns a list (so `list`, not `get`). */
  readonly listLike: boolean;
  readonly at: At;
  /** Locates a key of the operation object (`x-sdk-method`). */
  readonly locateKey: (key: string) => At;
}

export interface SdkName {
  readonly sdkPath: readonly string[];
  readonly source: Operation['sdkPathSource'];
}

/** A path-derived name, with what collision resolution needs to know about it. */
interface DerivedName extends SdkName {
  /** The leading scope dropped (`accounts` of `/accounts/{id}/...`), or '' when none was. */
  readonly scope: string;
  /** Whether the path ends in a parameter (`/things/{id}`): the verb acts on one item. */
  readonly onItem: boolean;
}

/** A lower camelCase identifier, as every segment of `x-sdk-method` must be (the lint's rule). */
const SEGMENT = /^[a-z][a-zA-Z0-9]*$/;
/** Names that would break the client object: a `then` makes a namespace thenable. */
const FORBIDDEN: ReadonlyMap<string, string> = new Map([
  ['then', 'then_'],
  ['__proto__', 'proto'],
  ['constructor', 'constructor_'],
  ['prototype', 'prototype_'],
]);

/**
 * Where each operation hangs on the client, tried in this order: `x-sdk-method`; Fern's
 * `x-fern-sdk-group-name` + `x-fern-sdk-method-name`; the path and method, as the official SDKs
 * derive them (namespaces from the path's segments after a leading `/accounts/{id}`-style scope,
 * verbs list/get/create/update/edit/delete); the operationId. Collisions are resolved
 * deterministically (the scope is kept, then a numeric suffix), each with a located warning.
 */
export function nameOperations(inputs: readonly NamingInput[], issues: IssueList): SdkName[] {
  const names: (SdkName | DerivedName)[] = inputs.map(
    (input) => declaredName(input, issues) ?? derivedName(input, false),
  );
  resolveDerivedCollisions(inputs, names);
  return unique(inputs, names.map(clean), issues);
}

function declaredName(input: NamingInput, issues: IssueList): SdkName | undefined {
  const declared = input.node['x-sdk-method'];
  if (declared !== undefined) {
    const segments = typeof declared === 'string' ? declared.split('.') : [];
    if (segments.length > 0 && segments.every((segment) => SEGMENT.test(segment)))
      return { sdkPath: segments, source: 'x-sdk-method' };
    issues.warn(
      'invalid_sdk_method',
      input.locateKey('x-sdk-method'),
      `x-sdk-method ${JSON.stringify(declared)} must be dot-separated lower camelCase identifiers such as 'user.billing.history.list'; ignored`,
    );
  }
  const group = input.node['x-fern-sdk-group-name'];
  const method = input.node['x-fern-sdk-method-name'];
  const groups =
    typeof group === 'string' ? [group] : Array.isArray(group) ? group.filter((g) => typeof g === 'string') : [];
  if (typeof method === 'string' && method !== '' && groups.length > 0)
    return { sdkPath: [...groups, method].map(propertyName), source: 'x-fern' };
  return undefined;
}

const VERBS: Readonly<Record<HttpMethod, readonly [collection: string, item: string]>> = {
  get: ['list', 'get'],
  post: ['create', 'create'],
  put: ['update', 'update'],
  patch: ['edit', 'edit'],
  delete: ['delete', 'delete'],
  head: ['head', 'head'],
  options: ['options', 'options'],
  trace: ['trace', 'trace'],
};

function isParam(segment: string): boolean {
  return /^\{[^{}]+\}$/.test(segment);
}

function derivedName(input: NamingInput, keepScope: boolean): DerivedName | SdkName {
  const all = input.path.split('/').filter((segment) => segment !== '');
  const scoped = !keepScope && all.length > 2 && !isParam(all[0] ?? '') && isParam(all[1] ?? '');
  const dropped = scoped && all.slice(2).some((segment) => !isParam(segment));
  const segments = dropped ? all.slice(2) : all;
  const namespaces = segments
    .filter((segment) => !isParam(segment))
    .map(propertyName)
    .filter((name) => name !== '');
  if (namespaces.length === 0) return { sdkPath: [propertyName(input.operationId)], source: 'operationId' };
  const onItem = isParam(segments[segments.length - 1] ?? '');
  const [collectionVerb, itemVerb] = VERBS[input.method];
  const verb = onItem ? itemVerb : input.method === 'get' && !input.listLike ? 'get' : collectionVerb;
  return { sdkPath: [...namespaces, verb], source: 'path', scope: dropped ? (all[0] ?? '') : '', onItem };
}

/** What a collection-level operation becomes beside an item-level one of the same verb. */
const COLLECTION_VERBS: Readonly<Partial<Record<HttpMethod, string>>> = {
  get: 'list',
  put: 'bulkUpdate',
  patch: 'bulkEdit',
  delete: 'bulkDelete',
};

/**
 * Path-derived names that collide, resolved the way a person would: operations from different
 * scopes (`/accounts/{id}/x`, `/zones/{id}/x`) keep their scope; a collection-level operation
 * beside an item-level one of the same verb becomes `list`, `bulkUpdate`, `bulkEdit` or
 * `bulkDelete`. What still collides gets a numeric suffix later, with a warning.
 */
function resolveDerivedCollisions(inputs: readonly NamingInput[], names: (SdkName | DerivedName)[]): void {
  for (const indexes of derivedGroups(names)) {
    const scopes = new Set(indexes.map((index) => (names[index] as DerivedName).scope));
    if (scopes.size > 1) for (const index of indexes) names[index] = derivedName(inputs[index]!, true);
  }
  for (const indexes of derivedGroups(names)) {
    const items = indexes.filter((index) => (names[index] as DerivedName).onItem);
    if (items.length === 0 || items.length === indexes.length) continue;
    for (const index of indexes.filter((candidate) => !items.includes(candidate))) {
      const name = names[index] as DerivedName;
      const verb = COLLECTION_VERBS[inputs[index]!.method];
      if (verb !== undefined) names[index] = { ...name, sdkPath: [...name.sdkPath.slice(0, -1), verb] };
    }
  }
}

function derivedGroups(names: readonly (SdkName | DerivedName)[]): number[][] {
  const groups = new Map<string, number[]>();
  names.forEach((name, index) => {
    if ('onItem' in name) append(groups, name.sdkPath.join('.'), index);
  });
  return [...groups.values()].filter((indexes) => indexes.length > 1);
}

function clean(name: SdkName): SdkName {
  const sdkPath = name.sdkPath.map((segment, index) =>
    index === 0 && segment === 'raw' ? 'raw_' : (FORBIDDEN.get(segment) ?? segment),
  );
  return { ...name, sdkPath };
}

/**
 * No two methods at one path, and no method where another operation needs a namespace: a later
 * operation (in spec order) gets a numeric suffix on its last segment.
 */
function unique(inputs: readonly NamingInput[], names: readonly SdkName[], issues: IssueList): SdkName[] {
  const methods = new Map<string, number>();
  const namespaces = new Set<string>();
  for (const name of names)
    for (let n = 1; n < name.sdkPath.length; n++) namespaces.add(name.sdkPath.slice(0, n).join('.'));
  return names.map((name, index) => {
    const input = inputs[index]!;
    const stem = name.sdkPath.slice(0, -1);
    const last = name.sdkPath[name.sdkPath.length - 1] ?? 'call';
    let candidate = name.sdkPath.join('.');
    let suffix = 1;
    while (methods.has(candidate) || namespaces.has(candidate)) candidate = [...stem, `${last}${++suffix}`].join('.');
    if (suffix > 1) {
      const other = methods.get(name.sdkPath.join('.'));
      issues.warn(
        'sdk_method_collision',
        input.at,
        `${describe(input)} would be the client method ${name.sdkPath.join('.')}, which ${
          other === undefined ? 'is a namespace of other methods' : `${describe(inputs[other]!)} already is`
        }; it is ${candidate}`,
      );
    }
    methods.set(candidate, index);
    return { sdkPath: candidate.split('.'), source: name.source };
  });
}

function describe(input: NamingInput): string {
  return `${input.method.toUpperCase()} ${input.path}`;
}
