/**
 * What each behaviour of the lite client costs an app in gzip bytes: the price list for deciding
 * what a smaller bundle may give up (issue 15's bundle goals).
 *
 *   npx tsx bench/size-features.ts
 *
 * bench/size-apps/ours-lite.ts is bundled unminified (as bench/size-profile.ts does), then each
 * feature is cut out of that text by the edits below and the result minified, tree-shaken and
 * gzipped at level 9. A feature's figure is what the bundle loses without it; the last rows cut
 * them all, then also every string's text (bench/bundle.ts's withoutText). The edits are text
 * replacements on the runtime's own output: when the runtime changes, an edit that no longer
 * applies stops the run and names itself, rather than measuring something else.
 *
 * None of these cuts is made in the product: each drops a behaviour the client promises.
 */
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { unminified, withoutText } from './bundle.js';

interface Feature {
  readonly name: string;
  /** What a user loses without it. */
  readonly loses: string;
  readonly cut: (code: string) => string;
}

/** `code` with `old` replaced by `replacement`; throws naming the feature when `old` is not there. */
function replace(code: string, old: string | RegExp, replacement: string, feature: string): string {
  const found = typeof old === 'string' ? code.includes(old) : old.test(code);
  if (!found)
    throw new Error(`size-features: the edit for "${feature}" no longer applies: ${String(old).slice(0, 80)}`);
  return typeof old === 'string' ? code.split(old).join(replacement) : code.replace(old, replacement);
}

/** `code` without the text from `start` up to (not including) `end`. */
function cutBetween(code: string, start: string, end: string, feature: string): string {
  const from = code.indexOf(start);
  const to = from < 0 ? -1 : code.indexOf(end, from);
  if (to < 0) throw new Error(`size-features: the edit for "${feature}" no longer applies: ${start.slice(0, 80)}`);
  return code.slice(0, from) + code.slice(to);
}

const STATUS_CLASSES = [
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'InternalServerError',
];

const FEATURES: readonly Feature[] = [
  {
    name: 'credentials and base URL from environment variables',
    loses: 'CLOUDFLARE_API_TOKEN and friends, as the official SDK reads them',
    cut(code) {
      const name = this.name;
      code = replace(
        code,
        /\n\s*if \(raw === void 0 \|\| raw === ""\)\n\s*\[raw, source\] = \[readEnv\(env\), `[^`]*`\];/,
        '',
        name,
      );
      code = replace(
        code,
        /const fromEnv = options\.baseUrl === void 0 \? readEnv\(env\) : void 0;/,
        'const fromEnv = void 0;',
        name,
      );
      code = replace(code, /spec\.option \+ \(withEnv && spec\.env \? `[^`]*` : ""\)/, 'spec.option', name);
      code = replace(code, /,\n\s*envPrefix: "[A-Z_]+"/, '', name);
      return replace(code, /, env: "[A-Z_]+"/g, '', name);
    },
  },
  {
    name: 'base URL safety checks',
    loses: 'refusing http to a remote host, user:password, a query, or a relative URL off the page origin',
    cut(code) {
      return cutBetween(code, '  if (!given || !url ||', '  return url.href.replace', this.name);
    },
  },
  {
    name: 'shared timeout slots (one AbortController and timer per attempt instead)',
    loses: 'nothing but speed: 5 to 10 µs more per call on Node (see generator/runtime/deadline.ts)',
    cut(code) {
      const from = code.indexOf('var SLOT_USES');
      const to = code.indexOf('// generated/dist/runtime/api-promise.js');
      if (from < 0 || to < 0) throw new Error(`size-features: the edit for "${this.name}" no longer applies`);
      const perAttempt = `var Deadlines = class {
  scope(timeoutMs, outer) {
    const controller = new AbortController();
    let expired = false;
    const abort = () => controller.abort(outer?.reason);
    const timer = setTimeout(() => { expired = true; controller.abort(); }, timeoutMs);
    outer?.aborted ? abort() : outer?.addEventListener("abort", abort);
    return { signal: controller.signal, timedOut: () => expired, close() { clearTimeout(timer); outer?.removeEventListener("abort", abort); } };
  }
};

`;
      return code.slice(0, from) + perAttempt + code.slice(to);
    },
  },
  {
    name: 'an error class per status (BadRequestError ... InternalServerError)',
    loses: '`instanceof RateLimitError` and the like, as in the official SDK',
    cut(code) {
      for (const cls of STATUS_CLASSES)
        code = replace(
          code,
          `var ${cls} = class extends CloudflareAPIError {\n  name = "${cls}";\n};\n`,
          '',
          this.name,
        );
      code = cutBetween(code, 'var BY_STATUS = {', 'function apiErrorClass', this.name);
      code = replace(code, /if \(status >= 500\)\n\s*return InternalServerError;/, '', this.name);
      return replace(code, 'return BY_STATUS[status] ?? CloudflareAPIError;', 'return CloudflareAPIError;', this.name);
    },
  },
  {
    name: 'sanitised cause chain (no cause at all instead)',
    loses: "the network error's code and message on APIConnectionError, with credentials masked",
    cut(code) {
      return replace(
        code,
        'const cause = sanitizeCause(thrown.cause, ctx.redact);',
        'const cause = void 0;',
        this.name,
      );
    },
  },
  {
    name: 'deprecation warning',
    loses: 'the once-per-process warning that an operation is deprecated',
    cut(code) {
      return replace(code, '  deprecated: deprecation,\n', '', this.name);
    },
  },
  {
    name: 'header value checks on credentials and headers',
    loses: 'a clear error instead of a fetch TypeError that can quote the credential',
    cut(code) {
      code = cutBetween(code, 'function headerSafe(', 'function checkHeaders(', this.name);
      return replace(
        code,
        'function checkHeaders(',
        'function headerSafe(value) {\n  return value;\n}\nfunction checkHeaders(',
        this.name,
      );
    },
  },
  {
    name: 'redaction of encoded and escaped forms of a credential',
    loses: 'masking a credential a server echoes URL-encoded, form-encoded or JSON-escaped',
    cut(code) {
      return cutBetween(code, '    secret.replace(/^[\\t ]+', '  ];\n  return forms.filter', this.name);
    },
  },
  {
    name: 'User-Agent header',
    loses: 'the package and version in User-Agent (outside browsers)',
    cut(code) {
      return replace(
        code,
        /headers: global\.document !== void 0 \|\| [^\n]*\.\.\.ownHeaders \},/,
        'headers: ownHeaders,',
        this.name,
      );
    },
  },
  {
    name: 'half credential pair refused at creation',
    loses: 'the error for apiEmail without apiKey, at client creation instead of at the first call',
    cut(code) {
      return cutBetween(code, '  const half = !pickAlternative(all, values)', '  return [values, secrets];', this.name);
    },
  },
  {
    name: 'withResponse() and asResponse()',
    loses: 'the Response (headers, status) beside the value, and the unread Response',
    cut(code) {
      return cutBetween(code, '  /** The value and the Response (body read).', '};\n', this.name);
    },
  },
  {
    name: 'numeric option range checks',
    loses: 'a clear error for timeoutMs: -1 or maxRetries: 1.5',
    cut(code) {
      return replace(
        code,
        /\n\s*if \(!Number\.isInteger\(value\) \|\| value < min \|\| value > max\)\n\s*throw new CloudflareError\(`[^`]*`\);/,
        '',
        this.name,
      );
    },
  },
];

function gzipOfMinified(code: string): number {
  const minified = transformSync(code, { minify: true, treeShaking: true, format: 'esm', target: 'es2022' }).code;
  return gzipSync(minified, { level: 9 }).byteLength;
}

const code = await unminified('bench/size-apps/ours-lite.ts');
const total = gzipOfMinified(code);
console.log(`ours-lite: ${total} B gzip (minified and tree-shaken from the unminified bundle)\n`);
console.log('  saved  feature (what a user would lose)');
let all = code;
for (const feature of FEATURES) {
  const saved = total - gzipOfMinified(feature.cut(code));
  all = feature.cut(all);
  console.log(`${String(saved).padStart(7)}  ${feature.name} (${feature.loses})`);
}
const withoutAll = gzipOfMinified(all);
console.log(`\n${String(withoutAll).padStart(7)}  B gzip without all of the above`);
const minifiedAll = transformSync(all, { minify: true, treeShaking: true, format: 'esm', target: 'es2022' }).code;
console.log(
  `${String(gzipSync(withoutText(minifiedAll), { level: 9 }).byteLength).padStart(7)}  B gzip without all of the above and without any string text`,
);
