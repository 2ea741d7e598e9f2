/**
 * The runtime's options as the README tables show them: one row per property of
 * `BaseClientOptions` and `RequestOptions` (generator/runtime/options.ts). A test compares these
 * rows with the declarations the runtime ships (names, types, and that each is documented), so a
 * new option cannot reach users without a row here, nor a row outlive its option.
 */
export interface OptionRow {
  readonly name: string;
  /** As declared, without the `| undefined` every property also accepts. */
  readonly type: string;
  /** Markdown (ours, not the spec's). */
  readonly default: string;
  /** The environment variable it falls back to, from the package's prefix; none without one. */
  readonly env?: (prefix: string) => string;
  /** Markdown (ours). */
  readonly description: string;
}

export const CLIENT_OPTIONS: readonly OptionRow[] = [
  {
    name: 'baseUrl',
    type: 'string',
    default: "the spec's server",
    env: (prefix) => `${prefix}_BASE_URL`,
    description:
      "Where requests go. Absolute `https://`; `http://` only to loopback or with `allowInsecureHttp`. A relative URL (`'/api'`) resolves against the page, for a same-origin proxy in the browser.",
  },
  {
    name: 'fetch',
    type: 'Fetch',
    default: '`globalThis.fetch`, looked up at each call',
    description: "The fetch function: undici's, a test double, or any `(url, init) => fetch(url, init)` wrapper.",
  },
  {
    name: 'maxRetries',
    type: 'number',
    default: '2',
    description: 'Retries after the first attempt (integer >= 0).',
  },
  {
    name: 'retries',
    type: 'RetryPolicy',
    default: 'built in (lite factory: no retries)',
    description:
      'The retry policy, `retries` (exported by the package): 408, 409, 429, 5xx, connection errors and timeouts, with backoff and `Retry-After`. The lite factory retries only when given it, so that a lite app that does not retry does not bundle it.',
  },
  {
    name: 'pagination',
    type: 'Paginator',
    default: 'built in (lite factory: first page only)',
    description:
      "Auto-pagination, `pagination` (exported by the package): `for await` over every item, `.pages()`. Without it (the lite factory's default) a paginated method resolves to its first page and is not async-iterable, so that a lite app that reads only first pages does not bundle the page walk.",
  },
  {
    name: 'timeoutMs',
    type: 'number',
    default: '60000',
    description: 'Milliseconds per attempt, reading the body included (integer >= 1).',
  },
  {
    name: 'headers',
    type: 'Record<string, string>',
    default: 'none',
    description: 'Sent with every request, over the defaults and the credentials.',
  },
  {
    name: 'validateResponses',
    type: 'ResponseChecks | false',
    default: 'no response validation',
    description:
      'Pass `responseValidators` (from the `/response-validators` subpath) to check 2xx bodies against the spec; a mismatch throws `ResponseValidationError`. A separate import, so apps that never validate responses never bundle the validators; `true` is refused.',
  },
  {
    name: 'warnOnDeprecated',
    type: 'boolean',
    default: '`true`',
    description: 'Log one warning per deprecated operation per process (level `warn`).',
  },
  {
    name: 'allowInsecureHttp',
    type: 'boolean',
    default: '`false`',
    description: 'Allow `http://` to a host other than loopback: credentials travel in clear text.',
  },
  {
    name: 'maxPages',
    type: 'number',
    default: '1000',
    description: 'Pages one `for await` run may fetch before `PaginationLimitError` (integer >= 1).',
  },
  {
    name: 'maxResponseBytes',
    type: 'number',
    default: '10485760 (10 MiB)',
    description: 'Largest response body read, in bytes, after decompression (integer >= 1).',
  },
  {
    name: 'retryBaseDelayMs',
    type: 'number',
    default: '500',
    description: 'First retry backoff in milliseconds, doubling per retry up to 8 s (integer >= 0).',
  },
  {
    name: 'logLevel',
    type: 'LogLevel',
    default: "`'warn'`",
    env: (prefix) => `${prefix}_LOG`,
    description:
      "`'off'`, `'error'`, `'warn'` (deprecations), `'info'` (retries, failed calls), `'debug'` (one line per attempt). Never headers, query values, bodies or credentials. The default factory's: the lite one logs only through `log`.",
  },
  {
    name: 'logger',
    type: 'Logger',
    default: '`globalThis.console`',
    description: "Receives the log lines: an object with `error`, `warn`, `info` and `debug`. The default factory's.",
  },
  {
    name: 'log',
    type: 'LogSetup',
    default:
      'the default factory: `logLevel` and `logger`; the lite one: no logging (deprecation warnings go to `console.warn`)',
    description:
      "`logging({ level, logger })`, imported from the package (`level` as `logLevel`, `'info'` when neither it nor the environment variable names one); over `logLevel` and `logger`. The lite factory's way to log, so that its apps that do not log do not bundle it.",
  },
  {
    name: 'auth',
    type: "'none'",
    default: 'credentials from the options or the environment',
    description:
      "`'none'` sends no credentials and never throws `MissingCredentialsError`: for a browser app whose proxy adds them.",
  },
];

export const REQUEST_OPTIONS: readonly OptionRow[] = [
  {
    name: 'signal',
    type: 'AbortSignal',
    default: 'none',
    description: 'Cancels the call, retries and waits included (`APIUserAbortError`).',
  },
  {
    name: 'timeoutMs',
    type: 'number',
    default: "the client's `timeoutMs`",
    description: 'Milliseconds per attempt for this call (integer >= 1).',
  },
  {
    name: 'maxRetries',
    type: 'number',
    default: "the client's `maxRetries`",
    description: 'Retries for this call (integer >= 0).',
  },
  {
    name: 'headers',
    type: 'Record<string, string>',
    default: 'none',
    description: 'Headers for this call, over every other header.',
  },
  {
    name: 'contentType',
    type: 'string',
    default: 'the first media type listed (JSON when offered)',
    description: 'The media type to send the body as, one of those the operation accepts.',
  },
];
