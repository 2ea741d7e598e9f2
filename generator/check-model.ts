import type { IssueList } from './errors.js';
import type { ApiModel, Operation, Pagination } from './model.js';
import { admitsType, indexSchemas, schemaAtPointer, type SchemaIndex } from './schema-query.js';

/** Rules that span operations: names that must be unique, SDK paths that must not collide, paging. */
export function checkModel(model: ApiModel, issues: IssueList): void {
  checkOperationIds(model.operations, issues);
  checkSdkPaths(model.operations, issues);
  const index = indexSchemas(model.schemas);
  for (const operation of model.operations) {
    if (operation.pagination) checkPagination(operation, operation.pagination, index, issues);
  }
}

function checkOperationIds(operations: readonly Operation[], issues: IssueList): void {
  const byId = new Map<string, Operation>();
  const byName = new Map<string, Operation>();
  for (const operation of operations) {
    const sameId = byId.get(operation.operationId);
    const sameName = byName.get(operation.name);
    if (sameId) {
      issues.error(
        'duplicate_operation_id',
        operation.at,
        `operationId '${operation.operationId}' is also used by ${describe(sameId)}`,
      );
    } else if (sameName) {
      issues.error(
        'duplicate_operation_id',
        operation.at,
        `operationId '${operation.operationId}' and '${sameName.operationId}' (${describe(sameName)}) both become ${operation.name}`,
      );
    }
    byId.set(operation.operationId, operation);
    byName.set(operation.name, operation);
  }
}

/** `raw` belongs to the client; a method and a namespace cannot share a name. */
function checkSdkPaths(operations: readonly Operation[], issues: IssueList): void {
  const methods = new Map<string, Operation>();
  for (const operation of operations) {
    const dotted = operation.sdkPath.join('.');
    const same = methods.get(dotted);
    // Two operations named alike and placed by name alone: checkOperationIds has said so already.
    const byNameOnly = same !== undefined && dotted === operation.name && dotted === same.name;
    if (same && !byNameOnly)
      issues.error(
        'duplicate_sdk_method',
        operation.at,
        `${describe(operation)} and ${describe(same)} both map to the client method ${dotted}`,
      );
    methods.set(dotted, operation);
    if (operation.sdkPath[0] === 'raw')
      issues.error(
        'sdk_method_conflict',
        operation.at,
        "the client method path may not start with 'raw': cf.raw is the openapi-fetch client",
      );
  }
  for (const [dotted, operation] of methods) {
    const clash = [...methods.keys()].find((other) => other.startsWith(`${dotted}.`));
    if (clash !== undefined)
      issues.error(
        'sdk_method_conflict',
        operation.at,
        `client method ${dotted} is also a namespace of ${clash}: one name cannot be both`,
      );
  }
}

function checkPagination(operation: Operation, pagination: Pagination, index: SchemaIndex, issues: IssueList): void {
  const body = operation.success.schema;
  const expect = (pointer: string | undefined, type: string, what: string): void => {
    if (pointer === undefined) return;
    const target = schemaAtPointer(body, pointer, index);
    if (target === undefined)
      issues.error(
        'invalid_pagination',
        pagination.at,
        `x-sdk-pagination: ${what} ${pointer} is not in the response schema`,
      );
    else if (!admitsType(target, type, index))
      issues.error(
        'invalid_pagination',
        pagination.at,
        `x-sdk-pagination: ${what} ${pointer} must be ${type === 'array' ? 'an array' : `a ${type}`} in the response schema`,
      );
  };
  expect(pagination.itemsPointer, 'array', 'items');
  expect(pagination.hasMorePointer, 'boolean', 'hasMore');
  expect(pagination.totalCountPointer, 'number', 'totalCount');
}

function describe(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
