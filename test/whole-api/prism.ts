/**
 * The part of a spec Prism needs for some paths. Prism on Cloudflare's whole spec takes over a
 * minute of startup on a busy 2-core machine (~15 s of CPU), on the subset a few seconds.
 */
import type { OpenApi } from './support.js';

/**
 * The spec cut down to `templates` (whole path items) and the components they reach through
 * `$ref`s, transitively; security schemes are all kept.
 */
export function subsetSpec(spec: OpenApi, templates: readonly string[]): OpenApi {
  const paths: OpenApi['paths'] = {};
  for (const template of templates) {
    const item = spec.paths[template];
    if (item === undefined) throw new Error(`no path ${template} in the spec`);
    paths[template] = item;
  }
  const components: OpenApi['components'] = { securitySchemes: spec.components['securitySchemes'] ?? {} };
  const pending: unknown[] = [paths];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (typeof node === 'object' && node !== null) {
      const ref = (node as Record<string, unknown>)['$ref'];
      if (typeof ref === 'string' && !seen.has(ref)) {
        seen.add(ref);
        const [section, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)?.slice(1) ?? [];
        const target = section === undefined || name === undefined ? undefined : spec.components[section]?.[name];
        if (section === undefined || name === undefined || target === undefined)
          throw new Error(`cannot follow ${ref}`);
        (components[section] ??= {})[name] = target;
        pending.push(target);
      }
      pending.push(...Object.values(node));
    }
  }
  return { ...spec, paths, components };
}
