/**
 * Per-attempt timeouts that really abort the request, without an AbortController per attempt
 * where the platform allows it.
 *
 * Measured on Node 20 (bench/runtime-dev.ts prints the figures): creating an AbortSignal costs
 * microseconds, far more than the rest of a call's overhead; AbortSignal.timeout() costs more
 * still (and keeps its timer until it fires), AbortSignal.any() several times that. So a call
 * without a signal of its own shares one: a Slot is a controller whose timer fires at
 * `opened + timeoutMs + slack`, and every attempt that starts within `slack` of its opening uses
 * it. Each attempt's deadline is then between `timeoutMs` and `timeoutMs + slack` after its
 * start: never early, at most 1/64 (and at most one second) late. Aborting a slot whose attempts
 * all finished is harmless; its timer is unref'd so it keeps no process alive.
 *
 * Slots are used only where timer handles can be unref'd (Node, Bun): elsewhere (browsers,
 * Workers, Deno) and whenever the caller passes a signal, an Attempt owns a controller, a timer
 * and a listener on the caller's signal, all released by `close()`.
 */

/** The cancellation of one attempt. */
export interface Scope {
  readonly signal: AbortSignal;
  /** Whether the timeout (not the caller) aborted it. */
  timedOut(): boolean;
  /** Releases timer and listeners; the signal stays usable but will not fire for the timeout. */
  close(): void;
}

/** Attempts per slot: undici adds an abort listener per request and warns past 1,500. */
const SLOT_USES = 1000;

/** Whether timer handles have unref(); learnt from the first slot's timer. */
let unrefTimers: boolean | undefined;

type TimerHandle = ReturnType<typeof setTimeout>;

function unref(timer: TimerHandle): boolean {
  const handle = timer as { unref?: () => unknown };
  if (typeof handle.unref !== 'function') return false;
  handle.unref();
  return true;
}

function fire(scope: Slot | Attempt): void {
  scope.expire();
}

class Slot implements Scope {
  readonly controller: AbortController = new AbortController();
  readonly openUntil: number;
  uses = 0;

  constructor(timeoutMs: number, now: number) {
    const slack = Math.min(1000, Math.floor(timeoutMs / 64));
    this.openUntil = now + slack;
    const timer = setTimeout(fire, timeoutMs + slack, this);
    unrefTimers = unref(timer);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  expire(): void {
    this.controller.abort();
  }

  timedOut(): boolean {
    return this.controller.signal.aborted;
  }

  close(): void {}
}

/** A scope of its own: used with a caller's signal, a per-call timeout, or without unref. */
class Attempt implements Scope {
  readonly controller: AbortController = new AbortController();
  private expired = false;
  private readonly timer: TimerHandle;

  constructor(
    private readonly outer: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    // Unref'd as well: an asResponse() caller may leave it armed over its own body read, and a
    // live request keeps the process alive anyway.
    unref((this.timer = setTimeout(fire, timeoutMs, this)));
    if (outer === undefined) return;
    if (outer.aborted) this.controller.abort(outer.reason);
    else outer.addEventListener('abort', this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The caller's signal fired: an event listener object, so no closure per attempt. */
  handleEvent(): void {
    this.controller.abort(this.outer?.reason);
  }

  expire(): void {
    this.expired = true;
    this.controller.abort();
    this.outer?.removeEventListener('abort', this);
  }

  timedOut(): boolean {
    return this.expired;
  }

  close(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this);
  }
}

/** The scopes of one client: one open slot for its default timeout. */
export class Deadlines {
  private slot: Slot | undefined;

  constructor(private readonly timeoutMs: number) {}

  /** A scope for an attempt with `timeoutMs`, tied to the caller's `signal` if there is one. */
  scope(timeoutMs: number, signal: AbortSignal | undefined): Scope {
    if (signal !== undefined || timeoutMs !== this.timeoutMs || unrefTimers === false) return new Attempt(signal, timeoutMs);
    const now = Date.now();
    let slot = this.slot;
    if (slot === undefined || now > slot.openUntil || slot.uses >= SLOT_USES || slot.timedOut()) {
      slot = this.slot = new Slot(timeoutMs, now);
    }
    slot.uses++;
    return slot;
  }
}
