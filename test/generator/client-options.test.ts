/**
 * The README's option tables (generator/render/client-options.ts) against the declarations the
 * package ships: the same options, in the same order, with the same types; and every option a
 * user can pass, credentials included, documented by JSDoc in the .d.ts (what an editor shows).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLIENT_OPTIONS, type OptionRow, REQUEST_OPTIONS } from '../../generator/render/client-options.js';

const DIST = new URL('../../generated/dist/', import.meta.url);

interface DeclaredProperty {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
}

/** Every interface of a .d.ts by name, with its properties: name, type as written, JSDoc text. */
function interfaces(file: URL): Map<string, DeclaredProperty[]> {
  const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map<string, DeclaredProperty[]>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties = statement.members.filter(ts.isPropertySignature).map((member) => ({
      name: member.name.getText(source),
      type: member.type?.getText(source) ?? '',
      doc: ts
        .getJSDocCommentsAndTags(member)
        .map((node) => (ts.isJSDoc(node) ? (ts.getTextOfJSDocComment(node.comment) ?? '') : ''))
        .join('')
        .trim(),
    }));
    found.set(statement.name.text, properties);
  }
  return found;
}

const runtime = interfaces(new URL('runtime/options.d.ts', DIST));

function declared(name: string): DeclaredProperty[] {
  const properties = runtime.get(name);
  if (properties === undefined) throw new Error(`options.d.ts declares no ${name}`);
  return properties;
}

const asTable = (rows: readonly OptionRow[]) => rows.map((row) => `${row.name}: ${row.type}`);
const asDeclared = (properties: readonly DeclaredProperty[]) =>
  properties.map((property) => `${property.name}: ${property.type.replace(/ \| undefined$/, '')}`);

describe('the README option tables are the declared options', () => {
  it('client options: BaseClientOptions, name by name and type by type', () => {
    expect(asTable(CLIENT_OPTIONS)).toEqual(asDeclared(declared('BaseClientOptions')));
  });

  it('per-call options: RequestOptions, name by name and type by type', () => {
    expect(asTable(REQUEST_OPTIONS)).toEqual(asDeclared(declared('RequestOptions')));
  });
});

describe('every option in the declarations has JSDoc', () => {
  const options = [
    ...[...runtime].filter(([name]) => name.endsWith('Options')),
    ...[...interfaces(new URL('api.d.ts', DIST))].filter(([name]) => name.endsWith('Options')),
  ];

  it('finds the option interfaces (client, per call, and the credentials the package adds)', () => {
    expect(options.map(([name]) => name)).toEqual(
      expect.arrayContaining(['BaseClientOptions', 'RequestOptions', 'CloudflareBillingClientOptions']),
    );
  });

  it.each(options)('%s', (_name, properties) => {
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter((property) => property.doc.length < 10).map((property) => property.name)).toEqual([]);
  });
});
