import type { ApiModel, Param, RenderedFile } from '../model.js';
import { camelCase } from '../names.js';
import { indexSchemas, type SchemaIndex } from '../schema-query.js';
import { constraints, deprecationText, exampleArgs, exampleLines } from './docs.js';
import type { OperationTypes } from './operation-types.js';
import type { Template } from './template-engine.js';

/** README.md of the generated package: what a newcomer needs, with one example per method. */
export function renderReadme(model: ApiModel, types: readonly OperationTypes[], template: Template): RenderedFile {
  const index = indexSchemas(model.schemas);
  const first = types[0];
  const firstCall = first ? `client.${first.operation.sdkPath.join('.')}(${exampleArgs(first.operation, index)})` : 'client.raw.GET("/")';
  const view = {
    packageName: model.sdk.packageName,
    title: model.title,
    version: model.version,
    sourceName: model.sourceName,
    factory: model.sdk.clientFactory,
    credentialExamples: credentialExamples(model),
    credentials: model.securitySchemes.map((scheme) => ({
      option: camelCase(scheme.name),
      summary: cell(scheme.description ?? (scheme.kind === 'bearer' ? 'Bearer token.' : `Sent as ${scheme.header}.`)),
      env: scheme.env ?? '',
    })),
    methods: types.map((entry) => ({
      sdkPath: entry.operation.sdkPath.join('.'),
      label: `${entry.operation.method.toUpperCase()} ${entry.operation.path}`,
      summary: entry.operation.summary ?? '',
      deprecated: entry.operation.deprecated,
      deprecationText: deprecationText(entry.operation),
      params: [...entry.operation.params.path, ...entry.operation.params.query, ...entry.operation.params.header].map((param) => paramRow(param, index)),
      example: exampleLines(entry, model, index),
    })),
    firstCall,
    firstCallWithOptions: firstCall.replace(/\)$/, first && exampleArgs(first.operation, index) === '' ? '{}, { timeoutMs: 10_000, maxRetries: 5 })' : ', { timeoutMs: 10_000, maxRetries: 5 })'),
  };
  return { path: 'README.md', contents: template(view) };
}

/** One example per way to authenticate: each alternative's options together. */
function credentialExamples(model: ApiModel): string[] {
  const alternatives = new Map<string, readonly string[]>();
  for (const operation of model.operations) for (const requirement of operation.security) alternatives.set(requirement.join('+'), requirement);
  return [...alternatives.values()].map((requirement, position) => {
    const options = requirement.map((name) => {
      const scheme = model.securitySchemes.find((candidate) => candidate.name === name);
      return `${camelCase(name)}: process.env[${JSON.stringify(scheme?.env ?? name)}]`;
    });
    return `${position === 0 ? 'const client' : `const client${position + 1}`} = ${model.sdk.clientFactory}({ ${options.join(', ')} });`;
  });
}

function paramRow(param: Param, index: SchemaIndex) {
  return {
    name: param.name,
    required: param.required,
    rules: cell(constraints(param.schema, index).join('; ') || 'any'),
    description: cell(param.description ?? ''),
  };
}

/** Table cells hold one line and no column separators. */
function cell(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
