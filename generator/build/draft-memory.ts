import type { SpecIssue } from '../model/issue.js';
import type { Schema, SecurityRequirement } from '../model/index.js';
import { IssueList } from '../util/issue-list.js';
import { nodeAtPointer, pointerAndAncestors } from '../util/pointer.js';
import type { BuildContext } from './context.js';
import type { OperationDraft, OperationInputs } from './operation.js';

const SECURITY_SCHEMES = '/components/securitySchemes';

/** What building an operation did besides returning it, in order: replayed when the build is reused. */
type DraftEvent =
  | { readonly issue: SpecIssue; readonly pointer: string }
  /** `covered`: below a node the build read, so unchanged whenever the build is reused. */
  | { readonly schema: string; readonly covered: boolean }
  | { readonly security: string };

/**
 * One operation's build, with everything it read: the spec nodes and `$ref`s (by identity, see
 * `shareUnchanged`), the schemas (as the reader gives them) and the named schemas it looked into.
 * While every one of them is the same object, building it again would give this draft.
 */
export interface RememberedDraft {
  readonly openapi30: boolean;
  readonly draft: OperationDraft | undefined;
  readonly nodes: ReadonlyMap<string, unknown>;
  readonly refs: ReadonlyMap<string, string | undefined>;
  readonly schemas: ReadonlyMap<string, Schema>;
  readonly named: ReadonlyMap<string, Schema | undefined>;
  readonly events: readonly DraftEvent[];
}

/** What a remembered build is checked against: this run's document, schemas and named schemas. */
export interface DraftWorld {
  readonly ctx: BuildContext;
  readonly inputs: OperationInputs;
  /** ctx.schema for a pointer below a node known unchanged (see SchemaReader.readKept). */
  readonly keptSchema: (pointer: string) => Schema;
}

type Build = (ctx: BuildContext, inputs: OperationInputs) => OperationDraft | undefined;

/**
 * The remembered build, replayed into this run (its warnings, schema reads and security lookups,
 * in their order), when nothing it read has changed; else undefined. A schema read that now gives
 * another object (a schema that is read afresh every run) leaves the replay's warnings as they
 * are, and the operation is built again silently around the new object.
 */
export function reuseDraft(
  remembered: RememberedDraft | undefined,
  world: DraftWorld,
  build: Build,
): RememberedDraft | undefined {
  if (remembered === undefined || !unchanged(remembered, world)) return undefined;
  const { ctx, inputs } = world;
  let same = true;
  for (const event of remembered.events) {
    if ('issue' in event) {
      const { code, severity, message, at: _at, ...extra } = event.issue;
      ctx.issues.add({ code, severity, message, at: ctx.spec.locate(event.pointer), ...extra });
    } else if ('schema' in event) {
      const schema = event.covered ? world.keptSchema(event.schema) : ctx.schema(event.schema);
      if (schema !== remembered.schemas.get(event.schema)) same = false;
    } else inputs.security(event.security);
  }
  return same ? remembered : recordDraft({ ...world, ctx: { ...ctx, issues: new IssueList() } }, build);
}

function unchanged(remembered: RememberedDraft, { ctx, inputs }: DraftWorld): boolean {
  if (remembered.openapi30 !== ctx.openapi30) return false;
  for (const [site, target] of remembered.refs) if (ctx.spec.refs.get(site) !== target) return false;
  for (const [pointer, node] of remembered.nodes)
    if (!Object.is(nodeAtPointer(ctx.spec.document, pointer), node)) return false;
  for (const [id, schema] of remembered.named) if (inputs.named(id) !== schema) return false;
  return true;
}

/**
 * Builds an operation through a context that notes everything the build reads and does, and
 * gives the build with that record.
 */
export function recordDraft(world: DraftWorld, build: Build): RememberedDraft {
  const nodes = new Map<string, unknown>();
  const refs = new Map<string, string | undefined>();
  const schemas = new Map<string, Schema>();
  const named = new Map<string, Schema | undefined>();
  const events: DraftEvent[] = [];
  const { ctx, inputs } = world;
  const recording: BuildContext = {
    ...ctx,
    issues: new RecordingIssues(ctx.issues, events),
    schema: (pointer) => {
      events.push({ schema: pointer, covered: false });
      const schema = ctx.schema(pointer);
      schemas.set(pointer, schema);
      return schema;
    },
    reads: {
      node: (pointer, node) => nodes.set(pointer, node),
      ref: (site, target) => refs.set(site, target),
    },
  };
  const recordingInputs: OperationInputs = {
    named: (id) => {
      const schema = inputs.named(id);
      named.set(id, schema);
      return schema;
    },
    // The resolver reads the list and the schemes through its own context: noted here.
    security: (listPointer): SecurityRequirement[] => {
      events.push({ security: listPointer });
      for (const pointer of [listPointer, SECURITY_SCHEMES])
        nodes.set(pointer, nodeAtPointer(ctx.spec.document, pointer));
      return inputs.security(listPointer);
    },
  };
  const draft = build(recording, recordingInputs);
  const covered = outermost([...nodes.keys()]);
  return {
    openapi30: ctx.openapi30,
    draft,
    nodes: new Map([...nodes].filter(([pointer]) => covered(pointer) === pointer)),
    refs: new Map([...refs].filter(([site]) => covered(site) === undefined)),
    schemas,
    named,
    events: events.map((event) =>
      'schema' in event && covered(event.schema) !== undefined ? { ...event, covered: true } : event,
    ),
  };
}

/**
 * The outermost of `pointers` at or above a pointer, if any. A node that is the same object is
 * the same all the way down (`shareUnchanged`), so checking it checks every node and `$ref`
 * below it: only the outermost reads need checking.
 */
function outermost(pointers: readonly string[]): (pointer: string) => string | undefined {
  const read = new Set(pointers);
  return (pointer) => {
    if (read.has('')) return '';
    // The last match going up is the outermost.
    return pointerAndAncestors(pointer)
      .filter((above) => read.has(above))
      .at(-1);
  };
}

/** An IssueList that passes every issue on to `target` and notes it, by pointer, for replaying. */
class RecordingIssues extends IssueList {
  readonly #target: IssueList;
  readonly #events: DraftEvent[];

  constructor(target: IssueList, events: DraftEvent[]) {
    super();
    this.#target = target;
    this.#events = events;
  }

  override add(issue: SpecIssue): void {
    this.#events.push({ issue, pointer: issue.at.pointer });
    this.#target.add(issue);
  }

  override warn(...[code, at, message, extra = {}]: Parameters<IssueList['warn']>): void {
    this.add({ code, severity: 'warning', message, at, ...extra });
  }

  override error(...[code, at, message, extra = {}]: Parameters<IssueList['error']>): void {
    this.add({ code, severity: 'error', message, at, ...extra });
  }

  override get hasErrors(): boolean {
    return this.#target.hasErrors;
  }

  override get all(): readonly SpecIssue[] {
    return this.#target.all;
  }

  override get warnings(): SpecIssue[] {
    return this.#target.warnings;
  }

  override throwIfErrors(): void {
    this.#target.throwIfErrors();
  }
}
