import type {
  ApiModel,
  HttpMethod,
  NamedSchema,
  OperationInput,
  Operation,
  ResolvedSpec,
  Schema,
  SecurityScheme,
  VariantSide,
} from '../model/index.js';
import { IssueList } from '../util/issue-list.js';
import { RunMemory } from '../util/run-memory.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { type BuildContext, at, objectAt, text } from './context.js';
import { camelCase, typeIdentifier } from './identifiers.js';
import { type DirectionVariants, directionVariants } from './direction-variants.js';
import { NameTable } from './name-table.js';
import { buildInputs } from './inputs.js';
import type { NamedLookup } from './object-shape.js';
import { HTTP_METHODS, buildOperationDraft, type OperationDraft, type OperationInputs } from './operation.js';
import { type RememberedDraft, recordDraft, reuseDraft } from './draft-memory.js';
import { buildNamespaces } from './namespaces.js';
import { CLIENT_OPTIONS, MODULE_VALUES, RUNTIME_EXPORTS, USED_GLOBALS, VALIDATOR_PREFIXES } from './reserved.js';
import { checkRoot } from './root.js';
import { nameOperations } from './sdk-paths.js';
import { buildRequirements, buildSecuritySchemes } from './security.js';
import { buildSettings } from './settings.js';
import { checkExamples } from './values.js';

/** What `--watch` keeps of a build for the next: each part is reused where what it read is unchanged. */
export interface BuildMemory {
  readonly drafts: RunMemory<string, RememberedDraft>;
  readonly named: RunMemory<string, NamedSchema>;
  readonly operations: RunMemory<string, FinishedOperation>;
}

export function buildMemory(): BuildMemory {
  return { drafts: new RunMemory(), named: new RunMemory(), operations: new RunMemory() };
}

/** Forgets what this run did not use (see RunMemory). */
export function endBuildRun(memory: BuildMemory): void {
  memory.drafts.endRun();
  memory.named.endRun();
  memory.operations.endRun();
}

export interface BuildOptions {
  /** The spec's name in generated headers (relative to the output's parent). */
  readonly sourceName: string;
  /** Reads schemas (the pipeline passes generator/schema's reader), and judges their defaults and examples. */
  readonly schemaReader: (ctx: Omit<BuildContext, 'schema'>) => {
    read(pointer: string): Schema;
    /** read, for a node known to be the object the last run read there (see SchemaReader.readKept). */
    readKept(pointer: string): Schema;
    checkAnnotations(): void;
  };
  /** `--watch`: what the last run built, reused where nothing it read has changed. */
  readonly memory?: BuildMemory;
}

/**
 * OpenAPI document -> ApiModel. Every check of the spec and every generated name is decided here,
 * once. Only a document that is not OpenAPI is refused; every defect inside one is repaired with a
 * located warning, so that whatever can be generated correctly is.
 */
export function buildModel(spec: ResolvedSpec, options: BuildOptions): ApiModel {
  const issues = new IssueList();
  for (const warning of spec.warnings) issues.add(warning);
  const root = checkRoot(spec.document, spec.locate, issues);
  const openapi = String(root.openapi);
  const base = { spec, issues, openapi30: openapi.startsWith('3.0') };
  const reader = options.schemaReader(base);
  const memory = options.memory;
  const ctx: BuildContext = { ...base, schema: (pointer) => reader.read(pointer) };
  const sdk = buildSettings(ctx, root);
  const securitySchemes = buildSecuritySchemes(ctx, new Set(CLIENT_OPTIONS));
  const names = new NameTable(
    issues,
    reservedNames(sdk.clientFactory, sdk.liteClientFactory, sdk.clientType, sdk.optionsType),
  );
  const declared = buildNamedSchemas(ctx, names, memory?.named);
  const declaredById = new Map(declared.map((named) => [named.id, named.schema]));
  const security = securityResolver(ctx, securitySchemes);
  const inputs = { named: (id: string) => declaredById.get(id), security };
  const asWritten = operationDrafts(ctx, root, (pointer, build) => {
    if (memory === undefined) return build(ctx, inputs);
    const world = { ctx, inputs, keptSchema: (schema: string) => reader.readKept(schema) };
    const remembered = reuseDraft(memory.drafts.get(pointer), world, build) ?? recordDraft(world, build);
    memory.drafts.keep(pointer, remembered);
    return remembered.draft;
  });
  const variants = directionVariants(declared, bodySchemas(asWritten), (named, side) =>
    names.claim(
      `${named.typeName}${side === 'request' ? 'Request' : 'Response'}`,
      [''],
      `the ${side} variant of schema '${named.id}'`,
      named.at,
    ),
  );
  const schemas = variants.schemas;
  const byId = new Map(schemas.map((named) => [named.id, named.schema]));
  // Without a single variant every body stays as written (most specs: no required readOnly).
  const drafts =
    schemas.length === declared.length ? asWritten : asWritten.map((draft) => withDirections(draft, variants));
  const values = valueNames(issues, schemas);
  const operations = finishOperations(ctx, drafts, { types: names, values }, (id) => byId.get(id), memory?.operations);
  const namespaces = buildNamespaces(operations, names, values);
  reader.checkAnnotations();
  checkExamples(ctx, operations, (id) => byId.get(id));
  const info = isRecord(root.info) ? root.info : {};
  const description = text(info, 'description');
  return {
    title: text(info, 'title') ?? 'API',
    version: text(info, 'version') ?? '0.0.0',
    ...(description === undefined ? {} : { description }),
    sourceName: options.sourceName,
    sourceHash: spec.sourceHash,
    openapi,
    sdk,
    securitySchemes,
    security: Object.hasOwn(root, 'security') ? security('/security') : operationsSecurity(operations),
    operations,
    namespaces,
    schemas,
    warnings: issues.warnings,
  };
}

/**
 * Without a top-level `security`, the alternatives the operations name, in order of first use:
 * what `raw` sends and what client creation checks to refuse half of a credential pair. Without
 * this, a spec that puts security on each operation (as Cloudflare's does) would give `raw` no
 * credentials at all.
 */
function operationsSecurity(operations: readonly Operation[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const operation of operations)
    for (const names of operation.security) seen.set(JSON.stringify(names), [...names]);
  return [...seen.values()];
}

function reservedNames(...own: readonly string[]): Map<string, string> {
  const reserved = new Map<string, string>();
  for (const name of RUNTIME_EXPORTS) reserved.set(name, "the runtime's export");
  for (const name of USED_GLOBALS) reserved.set(name, 'a global the generated code uses');
  for (const name of own) reserved.set(name, 'the client');
  return reserved;
}

/** With `memory`, a named schema whose name and schema are as in the last run is that run's object. */
function buildNamedSchemas(
  ctx: BuildContext,
  names: NameTable,
  memory: RunMemory<string, NamedSchema> | undefined,
): NamedSchema[] {
  const declared = objectAt(ctx, '/components/schemas');
  if (declared === undefined) return [];
  return Object.keys(declared.node).map((id) => {
    const pointer = joinPointer('/components/schemas', id);
    const where = at(ctx, pointer);
    const typeName = names.claim(typeIdentifier(id), [''], `schema '${id}'`, where);
    const schema = ctx.schema(pointer);
    const known = memory?.get(id);
    const named = known?.typeName === typeName && known.schema === schema ? known : { id, typeName, schema, at: where };
    memory?.keep(id, named);
    return named;
  });
}

function securityResolver(ctx: BuildContext, schemes: readonly SecurityScheme[]): (listPointer: string) => string[][] {
  const byName = new Map(schemes.map((scheme) => [scheme.name, scheme]));
  const declared = objectAt(ctx, '/components/securitySchemes')?.node ?? {};
  const unsupported = new Set(Object.keys(declared).filter((name) => !byName.has(name)));
  const cache = new Map<string, string[][]>();
  return (listPointer) => {
    let found = cache.get(listPointer);
    if (found === undefined)
      cache.set(listPointer, (found = buildRequirements(ctx, listPointer, byName, unsupported).map((r) => [...r])));
    return found;
  };
}

/** Builds the operation at a pointer with the build it is given (directly, or through `--watch`'s memory). */
type DraftBuilder = (
  pointer: string,
  build: (ctx: BuildContext, inputs: OperationInputs) => OperationDraft | undefined,
) => OperationDraft | undefined;

function operationDrafts(ctx: BuildContext, root: Record<string, unknown>, builder: DraftBuilder): OperationDraft[] {
  const paths = isRecord(root.paths) ? root.paths : {};
  const drafts: OperationDraft[] = [];
  for (const pathKey of Object.keys(paths)) {
    if (pathKey.startsWith('x-')) continue;
    if (!pathKey.startsWith('/')) {
      ctx.issues.warn(
        'invalid_path',
        at(ctx, joinPointer('/paths', pathKey)),
        `path '${pathKey}' does not start with '/'; it is sent as '/${pathKey}'`,
      );
    }
    if (/[{}]/.test(pathKey.replace(/\{[^{}/]+\}/g, ''))) {
      ctx.issues.warn(
        'invalid_path',
        at(ctx, joinPointer('/paths', pathKey)),
        `path '${pathKey}' has an unmatched brace; only whole '{name}' segments are parameters, the rest is sent as written`,
      );
    }
    const item = objectAt(ctx, joinPointer('/paths', pathKey));
    for (const method of HTTP_METHODS) {
      if (item === undefined || !isRecord(item.node[method])) continue;
      const draft = builder(joinPointer('/paths', pathKey, method), (context, inputs) =>
        buildOperationDraft(context, pathKey, method as HttpMethod, inputs),
      );
      if (draft !== undefined) drafts.push(draft);
    }
  }
  return drafts;
}

/** The schemas of every request body, and of every response body. */
function bodySchemas(drafts: readonly OperationDraft[]): Record<VariantSide, Schema[]> {
  return {
    request: drafts.flatMap((draft) => (draft.body?.media ?? []).map((media) => media.schema)),
    response: drafts.flatMap((draft) => [
      ...[draft.success.schema, draft.success.resultSchema].filter((schema) => schema !== undefined),
      ...draft.responses.flatMap((entry) => entry.content.map((media) => media.schema)),
    ]),
  };
}

/**
 * A request body references request variants, a response body response variants. The draft
 * itself when none of its bodies changes (most operations), so that it stays the object `--watch`
 * may have kept.
 */
function withDirections(draft: OperationDraft, variants: DirectionVariants): OperationDraft {
  const { body, success, responses } = draft;
  const request = (schema: Schema): Schema => variants.forSide('request', schema);
  const response = (schema: Schema): Schema => variants.forSide('response', schema);
  const bodies = bodySchemas([draft]);
  if (
    bodies.request.every((schema) => request(schema) === schema) &&
    bodies.response.every((schema) => response(schema) === schema)
  )
    return draft;
  return {
    ...draft,
    ...(body === undefined
      ? {}
      : { body: { ...body, media: body.media.map((media) => ({ ...media, schema: request(media.schema) })) } }),
    success: {
      ...success,
      ...(success.schema === undefined ? {} : { schema: response(success.schema) }),
      ...(success.resultSchema === undefined ? {} : { resultSchema: response(success.resultSchema) }),
    },
    responses: responses.map((entry) => ({
      ...entry,
      content: entry.content.map((media) => ({ ...media, schema: response(media.schema) })),
    })),
  };
}

/** SDK paths and type names, which depend on every operation at once; then the client's order. */
/**
 * The JavaScript names the output declares besides types: every validated type's check and public
 * validators (prefixes on unique type names, so they cannot clash), then descriptors and resources,
 * which yield to them.
 */
function valueNames(issues: IssueList, schemas: readonly NamedSchema[]): NameTable {
  const values = new NameTable(issues, new Map(MODULE_VALUES.map((name) => [name, 'the generated module'])));
  for (const { typeName } of schemas) reserveValidators(values, typeName);
  return values;
}

function reserveValidators(values: NameTable, typeName: string): void {
  for (const prefix of VALIDATOR_PREFIXES) values.reserve(`${prefix}${typeName}`, `the validators of ${typeName}`);
}

function finishOperations(
  ctx: BuildContext,
  drafts: readonly OperationDraft[],
  names: { readonly types: NameTable; readonly values: NameTable },
  named: NamedLookup,
  memory: RunMemory<string, FinishedOperation> | undefined,
): Operation[] {
  const sdkNames = nameOperations(
    drafts.map((draft) => ({
      method: draft.method,
      path: draft.path,
      operationId: draft.operationId,
      node: draft.node,
      listLike: draft.listLike,
      at: draft.at,
      locateKey: (key: string) => at(ctx, joinPointer(draft.pointer, key)),
    })),
    ctx.issues,
  );
  warnDuplicateIds(ctx, drafts);
  const finished = drafts.map((draft, index) => {
    const sdkName = sdkNames[index]!;
    const media = extraMediaSuffixes(draft);
    const suffixes = ['Params', 'Response', 'Result', 'Page', ...media];
    const typeName = names.types.claim(
      typeIdentifier(draft.operationId),
      suffixes,
      `operation '${draft.operationId}'`,
      draft.at,
    );
    const known = memory?.get(draft.pointer);
    const reusable = known !== undefined && known.draft === draft && known.typeName === typeName;
    const inputs =
      reusable && [...known.named].every(([id, schema]) => named(id) === schema)
        ? { inputs: known.operation.inputs, named: known.named }
        : recordedInputs({ ...draft, typeName }, media, named);
    for (const input of inputs.inputs) reserveValidators(names.values, input.typeName);
    reserveValidators(names.values, `${typeName}Response`);
    return { draft, sdkName, typeName, ...inputs };
  });
  // Descriptors last: they yield to every validator name.
  const operations = finished.map(({ draft, sdkName, typeName, inputs, named: lookups }): Operation => {
    const descriptorName = names.values.claim(
      camelCase(typeName),
      [''],
      `the descriptor of ${draft.operationId}`,
      draft.at,
    );
    const known = memory?.get(draft.pointer);
    const operation =
      known?.draft === draft &&
      known.typeName === typeName &&
      known.operation.inputs === inputs &&
      known.operation.descriptorName === descriptorName &&
      known.operation.sdkPathSource === sdkName.source &&
      sameList(known.operation.sdkPath, sdkName.sdkPath)
        ? known.operation
        : operationOf(draft, {
            sdkPath: sdkName.sdkPath,
            sdkPathSource: sdkName.source,
            typeName,
            descriptorName,
            inputs,
          });
    memory?.keep(draft.pointer, { draft, typeName, named: lookups, operation });
    return operation;
  });
  return operations.sort((a, b) => compare(a.sdkPath.join('.'), b.sdkPath.join('.')));
}

/**
 * An operation as the last run finished it: reused (the same object, so that what later stages
 * keep by object holds) when its draft is the same object and its names and inputs came out the same.
 */
export interface FinishedOperation {
  readonly draft: OperationDraft;
  readonly typeName: string;
  /** The named schemas its inputs looked into (a flattened body's properties). */
  readonly named: ReadonlyMap<string, Schema | undefined>;
  readonly operation: Operation;
}

function recordedInputs(
  operation: Parameters<typeof buildInputs>[0],
  media: readonly string[],
  named: NamedLookup,
): { inputs: OperationInput[]; named: Map<string, Schema | undefined> } {
  const looked = new Map<string, Schema | undefined>();
  const inputs = buildInputs(operation, media, (id) => {
    const schema = named(id);
    looked.set(id, schema);
    return schema;
  });
  return { inputs, named: looked };
}

function operationOf(
  draft: OperationDraft,
  names: Pick<Operation, 'sdkPath' | 'sdkPathSource' | 'typeName' | 'descriptorName' | 'inputs'>,
): Operation {
  const { node: _node, pointer: _pointer, listLike: _listLike, ...operation } = draft;
  return { ...operation, ...names };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Params types of the media types after the default one: `CreateScriptMultipartParams`. */
export function extraMediaSuffixes(operation: Pick<Operation, 'body'>): string[] {
  return (operation.body?.media ?? []).slice(1).map((media, index, rest) => {
    const kind = `${media.kind.charAt(0).toUpperCase()}${media.kind.slice(1)}`;
    const same = rest.filter((other) => other.kind === media.kind).length > 1;
    return `${kind}${same ? index + 2 : ''}Params`;
  });
}

function warnDuplicateIds(ctx: BuildContext, drafts: readonly OperationDraft[]): void {
  const seen = new Map<string, OperationDraft>();
  for (const draft of drafts) {
    const first = seen.get(draft.operationId);
    if (first === undefined) seen.set(draft.operationId, draft);
    else
      ctx.issues.warn(
        'duplicate_operation_id',
        at(ctx, joinPointer(draft.pointer, 'operationId')),
        `operationId '${draft.operationId}' is also the id of ${first.method.toUpperCase()} ${first.path}; this operation's types get a suffix`,
      );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
