import type { Json } from '../model/index.js';
import type { IssueList } from '../util/issue-list.js';
import { isRecord } from '../util/pointer.js';
import type { Locate } from '../model/index.js';

/**
 * The one refusal of the build stage: a document that is not OpenAPI 3.0 or 3.1 at all. Anything
 * inside a real OpenAPI document that is wrong is repaired with a warning instead.
 */
export function checkRoot(document: Json, locate: Locate, issues: IssueList): Record<string, Json> {
  if (!isRecord(document)) {
    issues.error('not_openapi', locate(''), 'the document is not an object: expected an OpenAPI 3.0 or 3.1 document');
  } else if (document.swagger !== undefined) {
    issues.error(
      'unsupported_openapi_version',
      locate('/swagger'),
      `Swagger ${String(document.swagger)} is not supported: convert it to OpenAPI 3.x`,
    );
  } else if (document.openapi === undefined) {
    issues.error('not_openapi', locate(''), "not an OpenAPI document: there is no 'openapi' version field");
  } else if (typeof document.openapi !== 'string') {
    // `openapi: 3.1` is the YAML number 3.1, not a version.
    issues.error(
      'unsupported_openapi_version',
      locate('/openapi'),
      `openapi must be a version string such as '3.1.0', not the ${typeof document.openapi} ${JSON.stringify(document.openapi)}`,
    );
  } else if (!/^3\.[01]\.\d+/.test(document.openapi)) {
    issues.error(
      'unsupported_openapi_version',
      locate('/openapi'),
      `OpenAPI ${document.openapi} is not supported: use 3.0.x or 3.1.x`,
    );
  } else if (!isRecord(document.paths) && !isRecord(document.webhooks)) {
    issues.error('not_openapi', locate(''), "the document has no 'paths': there is nothing to generate");
  }
  issues.throwIfErrors();
  return document as Record<string, Json>;
}
