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
/** The scopes of one client: one open slot for its default timeout. */
export declare class Deadlines {
    #private;
    constructor(timeoutMs: number);
    /** A scope for an attempt with `timeoutMs`, tied to the caller's `signal` if there is one. */
    scope(timeoutMs: number, signal: AbortSignal | undefined): Scope;
}
