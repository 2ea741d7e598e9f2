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
 * Measured again when bytes were at stake (2026-12-01, `npm run bench -- client`): a controller,
 * timer and listener per attempt added 5 to 10 µs to a call's overhead above raw fetch (about
 * half of it), for 160 bytes of gzip saved. The slots stay.
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

/** Unref'd where possible: an asResponse() caller may leave a timer armed, and a live request keeps the process alive anyway. */
function unref(timer: TimerHandle): boolean {
  const handle = timer as { unref?: () => unknown };
  return typeof handle.unref === 'function' && !!handle.unref();
}

function expire(scope: TimeoutScope): void {
  scope.expire();
}

/**
 * A shared slot (`shared`: no caller signal; used by every attempt that starts before
 * `openUntil`) or one attempt's own scope (with the caller's signal, a per-call timeout, or where
 * timers cannot be unref'd). It is its own abort listener (`handleEvent`), so no closure per attempt.
 */
class TimeoutScope implements Scope {
  readonly #controller: AbortController = new AbortController();
  readonly #outer: AbortSignal | undefined;
  readonly #timer: TimerHandle;
  #expired = false;
  readonly openUntil: number;
  uses = 0;

  constructor(timeoutMs: number, outer: AbortSignal | undefined, now: number) {
    const slack = now ? Math.min(1000, Math.floor(timeoutMs / 64)) : 0;
    this.openUntil = now + slack;
    this.#outer = outer;
    const unrefd = unref((this.#timer = setTimeout(expire, timeoutMs + slack, this)));
    if (now) unrefTimers = unrefd;
    if (outer?.aborted) this.#controller.abort(outer.reason);
    else outer?.addEventListener('abort', this);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The caller's signal fired. */
  handleEvent(): void {
    this.#controller.abort(this.#outer?.reason);
  }

  expire(): void {
    this.#expired = true;
    this.#controller.abort();
    this.#outer?.removeEventListener('abort', this);
  }

  timedOut(): boolean {
    return this.#expired;
  }

  close(): void {
    if (this.openUntil) return; // a shared slot lives on until its timer fires
    clearTimeout(this.#timer);
    this.#outer?.removeEventListener('abort', this);
  }
}

/** The scopes of one client: one open slot for its default timeout. */
export class Deadlines {
  readonly #timeoutMs: number;
  #slot: TimeoutScope | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** A scope for an attempt with `timeoutMs`, tied to the caller's `signal` if there is one. */
  scope(timeoutMs: number, signal: AbortSignal | undefined): Scope {
    if (signal || timeoutMs !== this.#timeoutMs || unrefTimers === false) return new TimeoutScope(timeoutMs, signal, 0);
    const now = Date.now();
    let slot = this.#slot;
    if (!slot || now > slot.openUntil || slot.uses >= SLOT_USES || slot.timedOut())
      slot = this.#slot = new TimeoutScope(timeoutMs, undefined, now);
    slot.uses++;
    return slot;
  }
}
