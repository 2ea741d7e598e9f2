/**
 * Per-attempt timeouts that really abort the request: each attempt owns a controller, a timer
 * and a listener on the caller's signal, all released by `close()`.
 *
 * An earlier version shared one controller between the attempts that started within 1/64 of the
 * timeout of each other, to save the microseconds an AbortController costs. It was a third of the
 * runtime's timeout code for a few microseconds per call, well inside the per-call budget
 * (`npm run bench -- client`), so bytes won: every browser app downloads this file.
 */
/**
 * The cancellation of one attempt. It is its own abort listener (`handleEvent`) and timer
 * argument, so an attempt makes no closure.
 */
export declare class Scope {
    #private;
    constructor(timeoutMs: number, outer: AbortSignal | undefined);
    get signal(): AbortSignal;
    /** The caller's signal fired. */
    handleEvent(): void;
    expire(): void;
    /** Whether the timeout (not the caller) aborted it. */
    timedOut(): boolean;
    /** Releases timer and listener; the signal stays usable but will not fire for the timeout. */
    close(): void;
}
