import { createHash } from 'node:crypto';
import type { ApiModel, CheckPlan, NamedSchema, Operation, Plan, Unit } from '../model/index.js';
import { withoutPositions } from '../load/at.js';
import { byObject } from '../util/by-object.js';
import { append } from '../util/collections.js';
import { checkName, operationCheckNames, planChecks } from './checks.js';
import { directRefs, operationSchemas, reachable } from './references.js';

/**
 * ApiModel -> Plan: one unit per top-level namespace of the client, holding its operations and
 * the named schemas only it uses; named schemas several units use (or none) go to the shared
 * unit. Each unit gets the hash of everything its files depend on, so that an edit re-renders
 * only the units it touches.
 */
/**
 * Each unit's hash with the texts it was computed from, by unit file (`--watch`): a unit whose
 * texts are the same strings as last run's (operations and schemas kept as objects keep their
 * texts) has the same hash, without hashing its whole text again.
 */
export type UnitHashMemory = Map<string, { readonly texts: readonly string[]; readonly hash: string }>;

export function planUnits(model: ApiModel, hashes?: UnitHashMemory): Plan {
  const graph = new Map(model.schemas.map((named) => [named.id, directRefs(named.schema)]));
  const groups = groupByNamespace(model.operations);
  const uses = new Map<string, Set<string>>();
  for (const [namespace, operations] of groups)
    uses.set(namespace, reachable(operations.flatMap(operationSchemas), graph));
  const byId = new Map(model.schemas.map((named) => [named.id, named]));
  const files = fileNames([...groups.keys()]);
  const home = homes(model.schemas, uses, files);
  shareWhatSharedSchemasUse(home, graph);
  const byHome = new Map<string, NamedSchema[]>();
  for (const named of model.schemas) append(byHome, home.get(named.id)!, named);
  const shared = byHome.get('') ?? [];
  const checks = planChecks(
    model.schemas,
    [...groups].map(([namespace, operations]) => ({ file: files.get(namespace)!, operations })),
    home,
  );
  // A unit's types can read a shared schema's contents (`requiring` reads its property names), so a
  // unit hashes the contents of the shared schemas it reaches, each hashed once per plan.
  const sharedHashes = new Map<string, string>();
  const sharedHash = (id: string): string => {
    let digest = sharedHashes.get(id);
    if (digest === undefined) sharedHashes.set(id, (digest = hashText(entityJson(byId.get(id) ?? null))));
    return digest;
  };
  const settingsJson = positionFreeJson(settings(model));
  const units = [...groups].map(([namespace, operations]): Unit => {
    const file = files.get(namespace)!;
    const used = [...(uses.get(namespace) ?? [])];
    const schemas = byHome.get(file) ?? [];
    const sharedSchemas = used.filter((id) => home.get(id) === '').sort();
    const sharedNames = sharedSchemas.map((id) => byId.get(id)?.typeName);
    // Hashed on first read only: a single run never asks; `--watch` asks once per unit per edit.
    let digest: string | undefined;
    return {
      file,
      namespace,
      operations,
      schemas,
      sharedSchemas,
      get hash(): string {
        if (digest !== undefined) return digest;
        // The JSON of the array of these, each operation's and schema's text written once per object.
        const texts = [
          settingsJson,
          JSON.stringify(namespace),
          ...operations.map(entityJson),
          '|',
          ...schemas.map(entityJson),
          positionFreeJson([
            sharedNames,
            sharedSchemas.map(sharedHash),
            unitChecks(checks, file, operations, [...schemas.map((named) => named.typeName), ...sharedNames]),
          ]),
        ];
        const known = hashes?.get(file);
        digest =
          known !== undefined &&
          known.texts.length === texts.length &&
          known.texts.every((text, index) => text === texts[index])
            ? known.hash
            : hashText(JSON.stringify(texts));
        hashes?.set(file, { texts, hash: digest });
        return digest;
      },
    };
  });
  const planned = new Set(units.map((unit) => unit.file));
  for (const file of hashes?.keys() ?? []) if (!planned.has(file)) hashes?.delete(file);
  return { model, units, shared: { schemas: shared }, home, checks };
}

/**
 * What a unit's check code depends on beyond its own schemas: the functions it declares and
 * which function checks each schema it uses (another unit's edit can make an identical schema
 * elsewhere, or move a function to the shared module).
 */
function unitChecks(
  checks: CheckPlan,
  file: string,
  operations: readonly Operation[],
  used: readonly (string | undefined)[],
): unknown {
  const names = [...used.map((typeName) => checkName(typeName ?? '')), ...operations.flatMap(operationCheckNames)];
  return [
    (checks.declared.get(file) ?? []).map((declared) => declared.name),
    names.map((name) => {
      const fn = checks.functionOf.get(name);
      return [name, fn, fn === undefined ? undefined : checks.homeOf.get(fn)];
    }),
  ];
}
function groupByNamespace(operations: readonly Operation[]): Map<string, Operation[]> {
  const groups = new Map<string, Operation[]>();
  for (const operation of operations) {
    append(groups, operation.sdkPath[0]!, operation);
  }
  return groups;
}

/** Schema id -> the file of the one unit that uses it, or '' (shared). */
function homes(
  schemas: readonly NamedSchema[],
  uses: ReadonlyMap<string, ReadonlySet<string>>,
  files: ReadonlyMap<string, string>,
): Map<string, string> {
  const users = new Map<string, string[]>();
  for (const [namespace, ids] of uses) for (const id of ids) append(users, id, namespace);
  return new Map(
    schemas.map((named) => {
      const owners = users.get(named.id) ?? [];
      return [named.id, owners.length === 1 ? files.get(owners[0]!)! : ''];
    }),
  );
}

/**
 * A schema that a shared one references must be shared too (an unused shared schema may reach a
 * schema only one unit uses): the shared module then never imports a unit, so the units and the
 * shared module never import each other in a cycle.
 */
function shareWhatSharedSchemasUse(home: Map<string, string>, graph: ReadonlyMap<string, ReadonlySet<string>>): void {
  const pending = [...home].filter(([, file]) => file === '').map(([id]) => id);
  while (pending.length > 0) {
    for (const next of graph.get(pending.pop()!) ?? []) {
      if (home.get(next) === '') continue;
      home.set(next, '');
      pending.push(next);
    }
  }
}

/** `aiGateway` -> `ai-gateway`, unique even on a case-insensitive file system. */
function fileNames(namespaces: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  return new Map(
    namespaces.map((namespace) => {
      const stem =
        namespace
          .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
          .replace(/_/g, '-')
          .toLowerCase() || 'root';
      let file = stem;
      for (let n = 2; taken.has(file); n++) file = `${stem}-${n}`;
      taken.add(file);
      return [namespace, file];
    }),
  );
}

/** What every unit's output depends on besides its own parts (descriptors leave out the API's security). */
function settings(model: ApiModel): unknown {
  return [model.sourceName, model.title, model.sdk, model.security];
}

/** Source positions change on every edit above a node and never change the output: they are left out. */
export function contentHash(value: unknown): string {
  return hashText(positionFreeJson(value));
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * positionFreeJson of an operation or a named schema, remembered by object: the model is never
 * changed once built, and `--watch` keeps the objects of what an edit did not touch, so each is
 * written out once, not once per run.
 */
function entityJson(value: object | null): string {
  return value === null ? 'null' : objectJson(value);
}

const objectJson = byObject((value: object) => positionFreeJson(value));

/**
 * JSON of a part of the model without its source positions (each an `at` the loader made; an
 * `at` key in the spec's own data, an enum value or a default, is kept).
 */
export function positionFreeJson(value: unknown): string {
  return withoutPositions(() => JSON.stringify(value));
}
