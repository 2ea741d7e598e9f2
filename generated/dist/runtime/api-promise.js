export class APIPromise {
    #source;
    /** `source` is the running call; PagePromise passes none and starts its call on first use. */
    constructor(source) {
        this.#source = source;
    }
    /** The running call behind this promise. */
    source() {
        return this.#source;
    }
    then(onfulfilled, onrejected) {
        return this.source()
            .outcome.then((outcome) => outcome.data)
            .then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return this.then(undefined, onrejected);
    }
    finally(onfinally) {
        return this.then().finally(onfinally);
    }
    /** The value and the Response (body read). Errors, retries and timeouts as for `await`. */
    withResponse() {
        return this.source().outcome.then((outcome) => ({ data: outcome.data, response: outcome.response }));
    }
    /**
     * The Response as soon as a 2xx arrives, its body unread (the call's timeout still covers
     * reading it). A non-2xx still throws its typed error, after the usual retries.
     */
    asResponse() {
        const source = this.source();
        source.raw = true;
        return source.outcome.then((outcome) => outcome.response);
    }
}
