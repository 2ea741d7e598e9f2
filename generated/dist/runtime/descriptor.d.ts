/**
 * What generated code hands the runtime: one plain object per operation, one per API, and the
 * tree of resources. Everything the runtime does per call is driven by these descriptors, so the
 * per-operation code in the generated package is data plus a validator, and nothing else.
 *
 * The shapes favour what minifies and gzips well (arrays of names, short optional fields), but
 * stay readable in the generated files: a reviewer can see what an operation sends.
 */
import type { RequestTarget } from './errors.js';
import type { Redact } from './redact.js';
import type { RequestPart } from './extras.js';
import type { deprecation } from './operation.js';
import type { styledQuery } from './serialize.js';
/**
 * A generated check. Without `issues`, whether `value` is valid, stopping at the first problem:
 * the fast pass every valid call takes. With them (only after the fast pass said no), every
 * problem is recorded there through `reject` or `fail`, and the return value is ignored. `path`
 * is the JSON pointer of `value` (default ''). The runtime catches a stack overflow (deep or
 * cyclic input) at its entry and reports it as a `depth` issue.
 */
export type Check = (value: unknown, issues?: IssueSink, path?: string) => boolean;
/**
 * An operation's parameter check; for one whose body has several media types, a check per media
 * type, in the order of `body.media` (each takes its own params type). The call's `contentType`
 * picks one.
 */
export type ParamsCheck = Check | readonly Check[];
/**
 * Where a check records problems. The runtime keeps the first 100 (MAX_ISSUES) and counts the
 * rest in `omitted`, so a hostile 10 MB body costs a counter, not millions of objects.
 */
export interface IssueSink {
    readonly issues: ValidationIssueLike[];
    /** Issues found beyond `issues.length` once it reached the limit. */
    omitted: number;
}
/** One broken rule: where (an RFC 6901 JSON pointer into the value), which keyword, and why. */
export interface ValidationIssueLike {
    /** `''` for the value itself, `/result/3/id` for a nested one. */
    readonly path: string;
    /** The JSON Schema keyword that failed (`maxLength`, `required`, `type`...), or `depth`. */
    readonly keyword: string;
    /** A sentence fragment a person can read: `must NOT have more than 32 characters`. */
    readonly message: string;
}
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/**
 * A query, header or cookie parameter. A bare string is a parameter whose key in the params object
 * is its wire name and whose style is the location's default (query and cookie: form, exploded;
 * header: simple). The object form says otherwise.
 *
 * Query names are sent as written (as openapi-fetch does): the generator must not emit a name
 * holding `&`, `=`, `#`, `%`, `[`, `]` or white space. Values are always percent-encoded.
 * `undefined` and `null` values are left out (OpenAPI has no way to send a null in a query).
 */
export type ParamSpec = string | {
    /** The wire name. */
    readonly name: string;
    /** The key in the params object, when it differs from `name` (a clash was resolved). */
    readonly key?: string;
    readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple';
    /** Default: true for `form`, false otherwise (OpenAPI's defaults). */
    readonly explode?: boolean;
    /** `content: application/json` parameters: the value is sent as JSON text. */
    readonly json?: true;
    /**
     * A query parameter in another style than form exploded, or sent as JSON: `styledQuery`,
     * which generated code imports for those only, so that an app calling operations whose query
     * parameters all have the default style does not bundle the others.
     */
    readonly encode?: typeof styledQuery;
};
/**
 * How a request body is serialised: one of the runtime's encoders, which generated code imports
 * by name (`jsonBody`, `formBody`, `multipartBody`, `binaryBody`, `textBody`), so that an app
 * bundles only the encoders of the operations it calls (a GET-only app, none).
 *
 * - `jsonBody`: `application/json` and any `+json` type, JSON.stringify;
 * - `multipartBody`: Blob/File values as files, arrays as repeated fields, objects as JSON
 *   parts typed per `parts` (default application/json, no filename), written as FormData would;
 * - `formBody`: application/x-www-form-urlencoded (URLSearchParams), arrays repeated, objects JSON;
 * - `binaryBody`: a Blob, ArrayBuffer, any ArrayBufferView or a ReadableStream (sent once, with
 *   `duplex: 'half'`, never retried). A wildcard `type` (`*\/*`, `image/*`) sends the Blob's
 *   own type, else application/octet-stream;
 * - `textBody`: the string, as `type` (text/plain and other text).
 *
 * An encoder returns what fetch sends and the Content-Type to send (undefined: let fetch decide),
 * or throws the runtime's Unsendable for a value it cannot encode.
 */
export type BodyEncoder = (value: unknown, media: BodyMediaSpec) => {
    readonly body: NonNullable<RequestInit['body']>;
    readonly type: string | undefined;
    readonly stream?: true;
};
export interface BodyMediaSpec {
    /** The media type: sent as Content-Type (multipart: fetch adds the boundary). */
    readonly type: string;
    readonly encode: BodyEncoder;
    /**
     * Where the body is in the params object: absent means flattened (every key that is not a
     * path, query, header or cookie parameter belongs to the body, as in Stainless SDKs); a string
     * names the one key that holds the whole body (`body`).
     */
    readonly key?: string;
    /**
     * multipart: by field (spec `encoding`), the Content-Type of object parts, and of file parts whose
     * value has no type of its own (bytes, a Blob without one). Strings are sent without one.
     */
    readonly parts?: Readonly<Record<string, string>>;
}
export interface BodySpec {
    /**
     * Every media type the operation accepts; the first is the default (JSON when offered). The
     * caller picks another with the per-call option `contentType`.
     */
    readonly media: readonly BodyMediaSpec[];
    readonly required?: true;
}
/**
 * What a successful response resolves to:
 * - `result`: the JSON body's `result` (a Cloudflare envelope, unwrapped);
 * - `page`: `{ result, result_info }` of the envelope (lists);
 * - `json`: the JSON body as is (no envelope);
 * - `text`: the body as a string;
 * - `binary`: the body as a Blob;
 * - `empty`: undefined (204, or an operation that declares no body).
 * Whatever the descriptor says, a 204 or an empty body resolves to undefined for `empty`, and is
 * an InvalidResponseError for the JSON kinds.
 */
export type ResponseKind = 'result' | 'page' | 'json' | 'text' | 'binary' | 'empty';
/** A path into a JSON body as object keys: `['result_info', 'total_count']`. */
export type BodyPath = readonly string[];
export type PaginationSpec = {
    readonly style: 'page';
    /** Keys in the params object. */
    readonly page: string;
    readonly perPage?: string;
    readonly items: BodyPath;
    /** A boolean: another page follows. */
    readonly hasMore?: BodyPath;
    readonly totalCount?: BodyPath;
    readonly totalPages?: BodyPath;
} | {
    readonly style: 'cursor';
    /** The params key the cursor is sent in. */
    readonly cursor: string;
    readonly items: BodyPath;
    /** Where the next cursor is; an absent, null or empty one ends the walk. */
    readonly next: BodyPath;
};
export interface OperationSpec {
    readonly method: HttpMethod;
    /**
     * The operation takes no parameters and no body: its method is `(options?)`, not
     * `(params?, options?)`, so the runtime reads the first argument as the request options.
     */
    readonly noParams?: true;
    /**
     * The path template, its parameters named by their params-object keys:
     * `/accounts/{account_id}/x`. Messages about the operation show it as it is.
     */
    readonly path: string;
    readonly query?: readonly ParamSpec[];
    readonly header?: readonly ParamSpec[];
    readonly cookie?: readonly ParamSpec[];
    readonly body?: BodySpec;
    /**
     * What sends the header and cookie parameters (`requestHeaders`) and the body (`requestBody`),
     * for an operation that has them: apps calling only operations without them do not bundle them.
     */
    readonly extras?: readonly RequestPart[];
    /**
     * Security alternatives (OR) of scheme names that go together (AND); `[]` means no credentials.
     * Absent: the API's own (`ApiSpec.security`).
     */
    readonly security?: readonly (readonly string[])[];
    /**
     * Checks the whole params object (parameters and body) before anything is sent, in a client
     * whose factory builds in `validation`. Generated code hangs checks on resources instead.
     */
    readonly check?: ParamsCheck;
    readonly response: ResponseKind;
    /**
     * A JSON kind whose operation also declares a 2XX response without a body (`202 Accepted`,
     * `204`): an empty body resolves to undefined instead of being an InvalidResponseError.
     */
    readonly orEmpty?: true;
    /**
     * `deprecation`, which warns once per process that the operation is deprecated: referenced by
     * deprecated operations only, so that apps calling none do not bundle the warning.
     */
    readonly deprecated?: typeof deprecation;
    readonly pagination?: PaginationSpec;
}
/** One security scheme, as a client option; resolved, it is the credential sent (with `value`). */
export interface CredentialSpec {
    readonly scheme: string;
    /** The client option that holds it (`apiToken`). */
    readonly option: string;
    /** Where it goes: `query` or `cookie`; absent for a header (bearer, basic, apiKey in a header). */
    readonly in?: 'query' | 'cookie';
    /** The header (lower case: `authorization` for bearer and basic), query parameter or cookie name. */
    readonly name: string;
    /** Before the value: `Bearer ` (also OAuth2 and OpenID Connect access tokens), `Basic `. */
    readonly prefix?: string;
    /** `basicAuth` for HTTP basic: the option is `{ username, password }`, sent as its base64 pair. */
    readonly basic?: (raw: unknown, source: string) => [string, ...string[]];
    /** Read from `process.env` where that exists when the option is not given. */
    readonly env?: string;
}
export interface ApiSpec {
    /** Default base URL, from the spec's first server; '' when it names none. */
    readonly baseUrl: string;
    /**
     * `cloudflare-billing-client/0.1.0`: sent as User-Agent except in browsers. Characters a header
     * cannot carry (a CR/LF from a spec's version string) are dropped.
     */
    readonly userAgent: string;
    readonly credentials: readonly CredentialSpec[];
    /**
     * The spec's top-level security alternatives: what `raw` calls send, and what client creation
     * checks to refuse half of a credential pair.
     */
    readonly security: readonly (readonly string[])[];
    /**
     * Prefix of the environment variables the client reads besides credentials: `<prefix>_BASE_URL`
     * and `<prefix>_LOG`, as the official SDKs do (`CLOUDFLARE`).
     */
    readonly envPrefix?: string;
}
/** Type-only key of Resource's phantom member; never exists at run time. */
declare const methodTypes: unique symbol;
/**
 * The methods of one node of the client (`client.user.billing.history`), and where the node
 * hangs. A client is built from a list of these: the whole API's for the default factory, or
 * only those an app names for the tree-shakable one, so that a bundler keeps only their code.
 * Parent namespaces exist implicitly; a node is created on first access.
 *
 * The type parameters exist for the generated `.d.ts` only: `At` is the tuple of names and
 * `Methods` the typed signatures (`{ list(params?: P, options?: RequestOptions): PagePromise<..> }`),
 * so that `ClientFrom<[typeof a, typeof b]>` types a client built from those resources.
 * Names `then`, `constructor` and `__proto__` are tolerated but a method named `then` is not
 * installed (it would make the namespace object a thenable).
 */
export interface Resource<At extends readonly string[] = readonly string[], Methods = unknown> {
    /** Property names from the client down to this node: `['user', 'billing', 'history']`. */
    readonly at: At;
    readonly methods: {
        readonly [name: string]: OperationSpec;
    };
    /**
     * Each method's parameter check, by method name (over the operation's own `check`). Kept out of
     * the OperationSpec so that a factory can build a client from the same operations without them
     * (the lite factory: parameters typed, not checked at run time), and its app not bundle them.
     */
    readonly checks?: {
        readonly [name: string]: ParamsCheck;
    };
    /** Type only: the typed methods of this node. Never set. */
    readonly [methodTypes]?: Methods;
}
/**
 * A namespace the runtime builds itself instead of from operations: `rawNamespace` (`client.raw`).
 * Listed among a factory's resources like a Resource, so that only the factories that list it
 * bundle its code. `build` receives the client's internals (opaque to generated code).
 */
export interface Extension<At extends readonly string[] = readonly string[], T = unknown> {
    readonly at: At;
    readonly build: (client: never) => T;
}
/** What a factory hands createClient: resources, and extensions such as `rawNamespace`. */
export type ClientPart = Resource | Extension;
/** Each operation with the check of its success body: what each generated unit exports. */
export type ResponseCheckList = readonly (readonly [OperationSpec, Check])[];
/**
 * For `validateResponses`: checks a 2xx body (after the envelope's `success`) and throws
 * ResponseValidationError, its issue paths passed through `redact`. The generated `responseValidators`, `checkResponses` of every unit's
 * ResponseCheckList, so that only apps that import it bundle response validation.
 */
export type ResponseChecks = (op: OperationSpec, body: unknown, target: RequestTarget, response: Response, redact: Redact) => void;
export {};
