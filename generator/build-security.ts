import type { SchemaContext } from './build-schema.js';
import type { SecurityScheme } from './model.js';
import { isRecord, joinPointer } from './pointer.js';

/**
 * components.securitySchemes -> the schemes the client can send: HTTP bearer tokens and API keys
 * in headers. Anything else is a warning where it is declared: operations that offer another
 * alternative still work, and those that do not are reported where they require it.
 */
export function buildSecuritySchemes(
  declared: unknown,
  ctx: SchemaContext,
): { schemes: SecurityScheme[]; unsupported: Set<string> } {
  const unsupported = new Set<string>();
  if (!isRecord(declared)) return { schemes: [], unsupported };
  const schemes = Object.entries(declared).flatMap(([name, scheme]): SecurityScheme[] => {
    const pointer = joinPointer('/components/securitySchemes', name);
    const at = ctx.spec.locate(pointer);
    if (!isRecord(scheme)) return [];
    const common = {
      name,
      at,
      ...(typeof scheme.description === 'string' ? { description: scheme.description } : {}),
      ...(typeof scheme['x-sdk-env'] === 'string' ? { env: scheme['x-sdk-env'] } : {}),
    };
    if (scheme.type === 'http' && typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer') {
      return [{ kind: 'bearer', ...common }];
    }
    if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') {
      return [{ kind: 'apiKeyHeader', header: scheme.name, ...common }];
    }
    unsupported.add(name);
    ctx.issues.warn(
      'unsupported_security_scheme',
      at,
      `security scheme '${name}' (${String(scheme.type)}${scheme.in ? ` in ${String(scheme.in)}` : ''}) is not supported: the client sends bearer tokens and API keys in headers`,
    );
    return [];
  });
  return { schemes, unsupported };
}
