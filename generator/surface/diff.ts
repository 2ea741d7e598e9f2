/**
 * What a spec change does to the API, from two API surfaces (api-surface.ts), as lines a reviewer
 * reads: operations, parameters and response fields added, removed or changed.
 *
 * BREAKING marks a change after which code that compiled and worked against the old client may
 * fail. Which way that cuts depends on who produces the value:
 *  - what callers send (parameters): a removed or newly required parameter, a narrowed type or
 *    enum, a tightened constraint (a bigger minimum, a smaller maxLength, a new pattern...);
 *  - what callers read (response fields): a removed field, one that may now be absent, a widened
 *    type or enum (a value the caller's code has never seen). Constraints on what the server sends
 *    change no caller's code and are reported without the mark;
 *  - an operation removed, renamed (its SDK method or operationId, which names its types), or no
 *    longer paginated.
 */
import type { ApiSurface, FieldSurface, OperationSurface, ParamSurface, ValueSurface } from './surface.js';
import type { Json } from '../model/index.js';

export interface SurfaceChange {
  readonly breaking: boolean;
  /** The SDK method (`user.billing.history.list`), or '' for the API as a whole. */
  readonly operation: string;
  readonly message: string;
}

/** Who produces a value: the caller (a parameter) or the server (a response field). */
type Direction = 'input' | 'output';

interface Note {
  readonly breaking: boolean;
  readonly text: string;
}

export function diffApiSurface(before: ApiSurface, after: ApiSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  if (before.apiVersion !== after.apiVersion)
    changes.push({
      breaking: false,
      operation: '',
      message: `API version ${before.apiVersion} -> ${after.apiVersion}`,
    });
  for (const name of unionKeys(before.operations, after.operations)) {
    const old = before.operations[name];
    const now = after.operations[name];
    if (old && !now)
      changes.push({ breaking: true, operation: name, message: `operation removed (was ${old.method} ${old.path})` });
    else if (!old && now)
      changes.push({ breaking: false, operation: name, message: `operation added (${now.method} ${now.path})` });
    // An operation unchanged (most of them, after an edit) has nothing to say: one comparison
    // instead of a walk through its parameters and fields.
    else if (old && now && !sameJson(old, now))
      changes.push(
        ...diffOperation(old, now).map((note) => ({ breaking: note.breaking, operation: name, message: note.text })),
      );
  }
  return changes;
}

/** One line per change, BREAKING in front where it applies, and a count; nothing when nothing changed. */
export function formatChanges(changes: readonly SurfaceChange[]): string[] {
  if (changes.length === 0) return [];
  const breaking = changes.filter((change) => change.breaking).length;
  const lines = changes.map(
    (change) =>
      `${change.breaking ? 'BREAKING' : '        '}  ${change.operation === '' ? '' : `${change.operation}: `}${change.message}`,
  );
  const other = changes.length - breaking;
  return [...lines, `${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}, ${other} other`];
}

function diffOperation(old: OperationSurface, now: OperationSurface): Note[] {
  const notes: Note[] = [];
  if (old.operationId !== now.operationId)
    notes.push({
      breaking: true,
      text: `operationId ${old.operationId} -> ${now.operationId} (the exported type names follow it)`,
    });
  if (old.method !== now.method || old.path !== now.path)
    notes.push({ breaking: false, text: `now ${now.method} ${now.path} (was ${old.method} ${old.path})` });
  if (old.deprecated !== now.deprecated)
    notes.push({ breaking: false, text: now.deprecated ? 'now deprecated' : 'no longer deprecated' });
  if (old.paginated && !now.paginated)
    notes.push({ breaking: true, text: 'no longer paginated (for await and .pages() stop working)' });
  if (!old.paginated && now.paginated)
    notes.push({ breaking: false, text: 'now paginated (for await walks every page)' });
  for (const type of old.contentTypes.filter((type) => !now.contentTypes.includes(type)))
    notes.push({ breaking: true, text: `no longer accepts ${type} bodies` });
  for (const type of now.contentTypes.filter((type) => !old.contentTypes.includes(type)))
    notes.push({ breaking: false, text: `now accepts ${type} bodies` });
  return [...notes, ...diffParams(old.params, now.params), ...diffFields(old.response, now.response)];
}

function diffParams(old: Readonly<Record<string, ParamSurface>>, now: Readonly<Record<string, ParamSurface>>): Note[] {
  return unionKeys(old, now).flatMap((name): Note[] => {
    const before = old[name];
    const after = now[name];
    if (before && !after) return [{ breaking: true, text: `parameter ${name} removed` }];
    if (!before && after) {
      const what = `${after.in}, ${describeValue(after)}`;
      return [
        after.required
          ? { breaking: true, text: `new required parameter ${name} (${what})` }
          : { breaking: false, text: `new optional parameter ${name} (${what})` },
      ];
    }
    if (!before || !after) return [];
    const notes: Note[] = [];
    if (before.required !== after.required)
      notes.push({ breaking: after.required, text: after.required ? 'now required' : 'now optional' });
    if (before.in !== after.in) notes.push({ breaking: false, text: `moves from ${before.in} to ${after.in}` });
    notes.push(...diffValue(before, after, 'input'));
    return notes.map((note) => ({ ...note, text: `parameter ${name}: ${note.text}` }));
  });
}

function diffFields(old: Readonly<Record<string, FieldSurface>>, now: Readonly<Record<string, FieldSurface>>): Note[] {
  const removed = Object.keys(old).filter((path) => !(path in now));
  const added = Object.keys(now).filter((path) => !(path in old));
  return unionKeys(old, now).flatMap((path): Note[] => {
    const before = old[path];
    const after = now[path];
    // A removed or added object speaks for its fields.
    if (before && !after)
      return underAny(path, removed) ? [] : [{ breaking: true, text: `response field ${path} removed` }];
    if (!before && after)
      return underAny(path, added)
        ? []
        : [
            {
              breaking: false,
              text: `response field ${path} added (${describeValue(after)}, ${after.required ? 'always present' : 'optional'})`,
            },
          ];
    if (!before || !after) return [];
    const notes: Note[] = [];
    if (before.required !== after.required)
      notes.push({ breaking: before.required, text: after.required ? 'now always present' : 'may now be absent' });
    notes.push(...diffValue(before, after, 'output'));
    return notes.map((note) => ({ ...note, text: `response field ${path}: ${note.text}` }));
  });
}

/** Type, enum, const, constraints, default and deprecation of one value. */
function diffValue(before: ValueSurface, after: ValueSurface, direction: Direction): Note[] {
  const notes: Note[] = [];
  const add = (narrowed: boolean, widened: boolean, text: string): void => {
    notes.push({ breaking: direction === 'input' ? narrowed : widened, text });
  };
  const types = typeChange(typeList(before.type), typeList(after.type));
  if (types) add(types.narrowed, types.widened, `type ${before.type} -> ${after.type}`);
  enumChanges(before, after, add);
  for (const note of ruleNotes(before, after))
    notes.push({ breaking: direction === 'input' && note.tightened, text: note.text });
  if (!sameJson(before.default, after.default))
    notes.push({ breaking: false, text: `default ${jsonText(before.default)} -> ${jsonText(after.default)}` });
  if (Boolean(before.deprecated) !== Boolean(after.deprecated))
    notes.push({ breaking: false, text: after.deprecated ? 'now deprecated' : 'no longer deprecated' });
  return notes;
}

/** `integer` is inside `number`; no types at all means any value. */
function typeChange(
  before: readonly string[],
  after: readonly string[],
): { narrowed: boolean; widened: boolean } | undefined {
  if (sameJson(before, after)) return undefined;
  const covers = (types: readonly string[], type: string): boolean =>
    types.length === 0 || types.includes(type) || (type === 'integer' && types.includes('number'));
  const narrowed = before.length === 0 ? after.length > 0 : before.some((type) => !covers(after, type));
  const widened = after.length === 0 ? before.length > 0 : after.some((type) => !covers(before, type));
  return { narrowed, widened };
}

type Add = (narrowed: boolean, widened: boolean, text: string) => void;

/** `const` counts as an enum of one value. */
function enumChanges(before: ValueSurface, after: ValueSurface, add: Add): void {
  const old = before.enum ?? (before.const !== undefined ? [before.const] : undefined);
  const now = after.enum ?? (after.const !== undefined ? [after.const] : undefined);
  if (old === undefined && now !== undefined) add(true, false, `now restricted to ${listText(now)}`);
  else if (old !== undefined && now === undefined) add(false, true, `no longer restricted to ${listText(old)}`);
  else if (old !== undefined && now !== undefined) {
    const lost = old.filter((value) => !now.some((candidate) => sameJson(candidate, value)));
    const gained = now.filter((value) => !old.some((candidate) => sameJson(candidate, value)));
    if (lost.length > 0) add(true, false, `allowed values lose ${listText(lost)}`);
    if (gained.length > 0) add(false, true, `allowed values gain ${listText(gained)}`);
  }
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'] as const;
const EXACT_RULES = ['format', 'pattern', 'multipleOf'] as const;

/** Each constraint that changed, and whether it now admits fewer values (tightened). */
function ruleNotes(before: ValueSurface, after: ValueSurface): { tightened: boolean; text: string }[] {
  const notes: { tightened: boolean; text: string }[] = [];
  const bound = (key: (typeof LOWER_BOUNDS)[number] | (typeof UPPER_BOUNDS)[number], lower: boolean): void => {
    const old = before[key];
    const now = after[key];
    if (old === now) return;
    const tightened = now !== undefined && (old === undefined || (lower ? now > old : now < old));
    notes.push({ tightened, text: `${ruleText(key, old, now)} (${tightened ? 'tightened' : 'loosened'})` });
  };
  for (const key of LOWER_BOUNDS) bound(key, true);
  for (const key of UPPER_BOUNDS) bound(key, false);
  for (const key of EXACT_RULES) {
    const old = before[key];
    const now = after[key];
    if (old !== now)
      notes.push({
        tightened: now !== undefined,
        text: `${ruleText(key, old, now)} (${now !== undefined ? 'tightened' : 'loosened'})`,
      });
  }
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) {
    notes.push({
      tightened: Boolean(after.uniqueItems),
      text: after.uniqueItems ? 'items must now be unique (tightened)' : 'items need no longer be unique (loosened)',
    });
  }
  return notes;
}

function ruleText(key: string, old: string | number | undefined, now: string | number | undefined): string {
  if (old === undefined) return `${key} ${jsonText(now)} added`;
  if (now === undefined) return `${key} ${jsonText(old)} removed`;
  return `${key} ${jsonText(old)} -> ${jsonText(now)}`;
}

/** `string, maxLength 30` or `one of "a", "b"`: enough to recognise a new value. */
function describeValue(value: ValueSurface): string {
  const rules = [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...EXACT_RULES]
    .filter((key) => value[key] !== undefined)
    .map((key) => `${key} ${jsonText(value[key])}`);
  const choice = value.enum ? [`one of ${value.enum.map(jsonText).join(', ')}`] : [];
  return [value.type, ...choice, ...rules].join(', ');
}

/** `null|string` -> ['null', 'string']; `any` -> []. */
function typeList(type: string): string[] {
  return type === 'any' ? [] : type.split('|');
}

function listText(values: readonly Json[]): string {
  return values.map(jsonText).join(', ');
}

function jsonText(value: Json | undefined): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  // `--watch` compares with the surface it made last run: an unchanged unit's entries are its objects.
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function underAny(path: string, parents: readonly string[]): boolean {
  return parents.some((parent) => parent !== path && (path.startsWith(`${parent}.`) || path.startsWith(`${parent}[]`)));
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
