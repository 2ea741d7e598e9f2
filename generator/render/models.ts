import type { ApiModel, NamedSchema, RenderedFile } from '../model.js';
import type { OperationTypes } from './operation-types.js';
import type { Template } from './template-engine.js';

/** models.ts: friendly names over openapi-typescript's `components` and `paths`. */
export function renderModels(model: ApiModel, types: readonly OperationTypes[], template: Template): RenderedFile {
  const view = {
    title: model.title,
    sourceName: model.sourceName,
    schemas: model.schemas.map((schema) => ({ typeName: schema.typeName, name: schema.name, doc: schemaDoc(schema) })),
    operations: types.map((entry) => ({
      label: `${entry.operation.method.toUpperCase()} ${entry.operation.path}`,
      sdkPath: entry.operation.sdkPath.join('.'),
      params: entry.params,
      paramsExpr: entry.paramsExpr,
      response: entry.response,
      responseExpr: entry.responseExpr,
      value: entry.value,
      valueExpr: entry.valueExpr ?? '',
      item: entry.item ?? '',
      itemExpr: entry.itemExpr ?? '',
    })),
  };
  return { path: 'src/models.ts', contents: template(view) };
}

function schemaDoc(schema: NamedSchema): string[] {
  const object = schema.schema.kind === 'schema' ? schema.schema : undefined;
  const text = object?.description ?? object?.title;
  const lines = [`The \`${schema.name}\` schema.`];
  if (text) lines.push('', ...text.trim().split('\n'));
  if (object?.deprecated) lines.push('@deprecated');
  return lines;
}
