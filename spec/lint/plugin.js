// Redocly CLI plugin with the project's own lint rules for spec/openapi.yaml.
// Loaded by redocly.yaml (`plugins: [spec/lint/plugin.js]`); rules are named `cloudflare-billing/<rule>`.
// ESM, as the package is `"type": "module"`; Redocly CLI 2 imports plugins with `import()`.

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const TOKEN_SCHEME = 'api_token';
const KEY_SCHEMES = ['api_email', 'api_key'];
const PAGE_NAMES = ['page', 'per_page'];

function describe(op, key) {
  return op.operationId ? `Operation "${op.operationId}"` : `Operation ${key}`;
}

function operationKey(ctx) {
  // ctx.key is the HTTP method; the path is the key of the enclosing PathItem.
  const method = String(ctx.key ?? '').toUpperCase();
  const pointer = ctx.location.pointer ?? '';
  const match = /^#\/paths\/([^/]+)\//.exec(pointer);
  const path = match ? match[1].replace(/~1/g, '/').replace(/~0/g, '~') : '?';
  return `${method} ${path}`;
}

function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * cloudflare-billing/security-alternatives: every operation accepts exactly two ways to
 * authenticate, as alternatives (an OR): `api_token` alone, and `api_email` + `api_key`
 * together (one requirement, an AND). A requirement naming all three would demand a token
 * and a global key at once.
 */
function SecurityAlternatives() {
  return {
    Operation: {
      enter(op, ctx) {
        const who = describe(op, operationKey(ctx));
        if (!Array.isArray(op.security)) {
          ctx.report({
            message: `${who} has no \`security\`: list two alternatives, \`- ${TOKEN_SCHEME}: []\` and \`- {${KEY_SCHEMES.join(': [], ')}: []}\`.`,
            location: ctx.location.key(),
          });
          return;
        }
        const reqs = op.security.map((r) => Object.keys(r ?? {}).sort());
        reqs.forEach((names, i) => {
          const ok = sameSet(names, [TOKEN_SCHEME]) || sameSet(names, KEY_SCHEMES);
          if (!ok) {
            const shown = names.length ? names.join(' + ') : '(empty: no authentication)';
            ctx.report({
              message: `${who}: security requirement #${i + 1} is \`${shown}\`; each requirement must be either \`${TOKEN_SCHEME}\` alone or \`${KEY_SCHEMES.join('` + `')}\` together (schemes inside one requirement are ANDed).`,
              location: ctx.location.child(['security', i]),
            });
          }
        });
        const hasToken = reqs.some((n) => sameSet(n, [TOKEN_SCHEME]));
        const hasKeys = reqs.some((n) => sameSet(n, KEY_SCHEMES));
        const missing = [];
        if (!hasToken) missing.push(`\`${TOKEN_SCHEME}\` alone`);
        if (!hasKeys) missing.push(`\`${KEY_SCHEMES.join('` + `')}\` together`);
        if (missing.length) {
          ctx.report({
            message: `${who}: security lacks the alternative ${missing.join(' and the alternative ')}; list both \`- ${TOKEN_SCHEME}: []\` and \`- {${KEY_SCHEMES.join(': [], ')}: []}\`.`,
            location: ctx.location.child(['security']).key(),
          });
        }
      },
    },
  };
}

/**
 * cloudflare-billing/pagination-params: an operation with `x-sdk-pagination` declares the
 * query parameters its `pageParam` and `perPageParam` name, and an operation with a `page`
 * or `per_page` query parameter declares `x-sdk-pagination`.
 */
function PaginationParams() {
  return {
    PathItem: {
      Operation: {
        enter(op, ctx, parents) {
          const who = describe(op, operationKey(ctx));
          const resolveAll = (list) =>
            (Array.isArray(list) ? list : []).map((p) => ctx.resolve(p).node).filter(Boolean);
          const declared = [...resolveAll(parents.PathItem?.parameters), ...resolveAll(op.parameters)];
          const queryNames = declared.filter((p) => p.in === 'query').map((p) => p.name);
          const pagination = op['x-sdk-pagination'];

          if (pagination && typeof pagination === 'object') {
            for (const field of ['pageParam', 'perPageParam']) {
              const name = pagination[field];
              if (typeof name !== 'string' || name === '') {
                ctx.report({
                  message: `${who}: \`x-sdk-pagination.${field}\` must name a query parameter.`,
                  location: ctx.location.child(['x-sdk-pagination']).key(),
                });
              } else if (!queryNames.includes(name)) {
                ctx.report({
                  message: `${who}: \`x-sdk-pagination.${field}\` is "${name}" but the operation declares no query parameter "${name}".`,
                  location: ctx.location.child(['x-sdk-pagination', field]),
                });
              }
            }
            return;
          }

          const paged = queryNames.filter((n) => PAGE_NAMES.includes(n));
          if (paged.length) {
            ctx.report({
              message: `${who} has query parameter${paged.length > 1 ? 's' : ''} ${paged.map((n) => `"${n}"`).join(' and ')} but no \`x-sdk-pagination\`; declare how to page through it.`,
              location: ctx.location.key(),
            });
          }
        },
      },
    },
  };
}

/** Keys of a schema that say nothing about which values are valid, or that point elsewhere. */
const NOT_ASSERTIONS = new Set([
  'default',
  'example',
  'examples',
  'description',
  'title',
  'discriminator',
  'xml',
  'externalDocs',
]);

/** Keywords whose keys are names (of properties, definitions), not keywords. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependentRequired',
]);

/**
 * A copy of the schema that ajv can compile alone: annotations dropped, and every `$ref` (which
 * Redocly checks where it points) replaced by `true`, so nested references never make the check
 * stricter than the schema.
 */
function standalone(schema) {
  if (Array.isArray(schema)) return schema.map(standalone);
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') return true;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (NOT_ASSERTIONS.has(key) || key.startsWith('x-')) continue;
    if (key === 'enum' || key === 'const') copy[key] = value;
    else if (NAME_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value))
      // Keys here are property names (a property may be called `description`): kept, values made standalone.
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, standalone(sub)]));
    else copy[key] = standalone(value);
  }
  return copy;
}

/**
 * cloudflare-billing/default-valid: a schema's `default` must satisfy the schema it sits in (a
 * `default: 100` beside `maximum: 50` would be sent by every client that omits the parameter).
 * The generator applies the same check (warning `default_invalid`).
 */
function DefaultValid() {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return {
    Schema: {
      enter(schema, ctx) {
        if (schema === null || typeof schema !== 'object' || !('default' in schema)) return;
        let validate;
        try {
          validate = ajv.compile(standalone(schema));
        } catch {
          return; // a schema ajv cannot compile is reported by the struct rules
        }
        if (validate(schema.default)) return;
        const [first] = validate.errors ?? [];
        const where = first && first.instancePath ? ` at ${first.instancePath}` : '';
        ctx.report({
          message: `\`default\` ${JSON.stringify(schema.default)} does not satisfy its schema${where}: ${first?.message ?? 'invalid'}.`,
          location: ctx.location.child(['default']),
        });
      },
    },
  };
}

export default function cloudflareBillingPlugin() {
  return {
    id: 'cloudflare-billing',
    rules: {
      oas3: {
        'security-alternatives': SecurityAlternatives,
        'pagination-params': PaginationParams,
        'default-valid': DefaultValid,
      },
    },
  };
}
