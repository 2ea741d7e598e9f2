import Handlebars from 'handlebars';
import { isIdentifier } from '../names.js';

/**
 * The only door through which spec-derived values enter generated code (ajv's rule): templates
 * never put a raw value between quotes, they call one of these helpers.
 *   {{ident x}}  an identifier, or the render fails
 *   {{str x}}    a JavaScript string literal
 *   {{key x}}    a property name: bare when it can be, quoted otherwise
 *   {{jsdoc x}}  text safe inside a /** *\/ comment
 *   {{json x}}   any JSON value as a literal
 *   {{code x}}   a type or expression the TypeScript side assembled from these same escapes
 */
export const HELPERS = {
  ident(value: unknown): string {
    if (typeof value !== 'string' || !isIdentifier(value))
      throw new Error(`template: ${JSON.stringify(value)} is not an identifier`);
    return value;
  },
  str(value: unknown): string {
    if (typeof value !== 'string') throw new Error(`template: str expects a string, got ${JSON.stringify(value)}`);
    return jsLiteral(value);
  },
  key(value: unknown): string {
    if (typeof value !== 'string') throw new Error(`template: key expects a string, got ${JSON.stringify(value)}`);
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value) ? value : jsLiteral(value);
  },
  jsdoc(value: unknown): string {
    if (typeof value !== 'string') throw new Error(`template: jsdoc expects a string, got ${JSON.stringify(value)}`);
    return jsdocText(value);
  },
  json(value: unknown): string {
    return jsLiteral(value);
  },
  code(value: unknown): string {
    if (typeof value !== 'string' || value === '')
      throw new Error(`template: code expects a non-empty string, got ${JSON.stringify(value)}`);
    return value;
  },
};

/** JSON is JavaScript except for two line terminators that JSON allows raw in strings. */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A comment must not be closed by the text it holds. */
export function jsdocText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n');
}

export type Template = (view: object) => string;

/** Compiles a template; `partials` (by name) may call themselves, for trees such as namespaces. */
export function compileTemplate(
  source: string,
  name: string,
  partials: Readonly<Record<string, string>> = {},
): Template {
  const env = Handlebars.create();
  for (const [helper, fn] of Object.entries(HELPERS)) env.registerHelper(helper, fn);
  for (const [partial, text] of Object.entries(partials)) env.registerPartial(partial, text);
  const template = env.compile(source, {
    strict: true,
    noEscape: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((helper) => [helper, true])),
  });
  return (view) => {
    try {
      return template(view);
    } catch (error) {
      throw new Error(`template ${name}: ${(error as Error).message}`, { cause: error });
    }
  };
}
