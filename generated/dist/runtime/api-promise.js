export class APIPromise {
    #source;
    constructor(source) {
        this.#source = source;
    }
    then(onfulfilled, onrejected) {
        return valueOf(this.#source).then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return valueOf(this.#source).catch(onrejected);
    }
    finally(onfinally) {
        return valueOf(this.#source).finally(onfinally);
    }
    /** The value and the Response (body read). Errors, retries and timeouts as for `await`. */
    withResponse() {
        return withResponseOf(this.#source);
    }
    /**
     * The Response as soon as a 2xx arrives, its body unread (the call's timeout still covers
     * reading it). A non-2xx still throws its typed error, after the usual retries.
     */
    asResponse() {
        return asResponseOf(this.#source);
    }
}
export function valueOf(source) {
    return source.outcome.then(dataOf);
}
export function withResponseOf(source) {
    return source.outcome.then((outcome) => ({ data: outcome.data, response: outcome.response }));
}
export function asResponseOf(source) {
    source.raw = true;
    return source.outcome.then(responseOf);
}
function dataOf(outcome) {
    return outcome.data;
}
function responseOf(outcome) {
    return outcome.response;
}
