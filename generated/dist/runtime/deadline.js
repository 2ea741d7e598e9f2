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
export class Scope {
    #controller = new AbortController();
    #outer;
    #timer;
    #expired = false;
    constructor(timeoutMs, outer) {
        this.#outer = outer;
        this.#timer = setTimeout(expire, timeoutMs, this);
        // Unref'd where possible (Node, Bun): an asResponse() caller may leave the timer armed, and a
        // live request keeps the process alive anyway.
        this.#timer.unref?.();
        if (outer?.aborted)
            this.#controller.abort(outer.reason);
        else
            outer?.addEventListener('abort', this);
    }
    get signal() {
        return this.#controller.signal;
    }
    /** The caller's signal fired. */
    handleEvent() {
        this.#controller.abort(this.#outer?.reason);
    }
    expire() {
        this.#expired = true;
        this.#controller.abort();
        this.close();
    }
    /** Whether the timeout (not the caller) aborted it. */
    timedOut() {
        return this.#expired;
    }
    /** Releases timer and listener; the signal stays usable but will not fire for the timeout. */
    close() {
        clearTimeout(this.#timer);
        this.#outer?.removeEventListener('abort', this);
    }
}
function expire(scope) {
    scope.expire();
}
