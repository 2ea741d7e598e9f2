import type { At } from './at.js';

/**
 * Every kind of problem the generator reports. Errors stop generation (nothing is written);
 * warnings are printed, grouped by code, and generation goes on (`--strict` makes them errors).
 */
export type SpecIssueCode =
  // the text: not a usable YAML or JSON document, or over a bound
  | 'yaml_syntax'
  | 'yaml_tab_indent'
  | 'yaml_duplicate_key'
  | 'json_syntax'
  | 'json_duplicate_key'
  | 'empty_document'
  | 'spec_not_text'
  | 'spec_too_large'
  | 'alias_expansion_limit'
  | 'nesting_limit'
  // the document
  | 'not_openapi'
  | 'unsupported_openapi_version'
  | 'ref_not_found'
  | 'ref_invalid'
  | 'ref_external'
  | 'ref_cycle'
  | 'ref_sibling_ignored'
  // names and operations
  | 'name_collision'
  | 'duplicate_operation_id'
  | 'operation_id_sanitised'
  | 'invalid_sdk_method'
  | 'sdk_method_collision'
  | 'path_param_undeclared'
  | 'path_param_not_in_path'
  | 'path_param_optional'
  | 'duplicate_parameter'
  | 'parameter_read_only'
  | 'unsupported_parameter'
  | 'invalid_path'
  | 'unsupported_servers'
  | 'media_type_without_schema'
  | 'no_success_response'
  | 'invalid_pagination'
  // schemas
  | 'unsupported_keyword'
  | 'unsupported_type'
  | 'unknown_format'
  | 'invalid_schema'
  | 'enum_mixed_types'
  | 'min_gt_max'
  | 'super_linear_pattern'
  | 'example_invalid'
  | 'default_invalid'
  // security and settings
  | 'security_scheme_undefined'
  | 'unsupported_security_scheme'
  | 'invalid_extension'
  | 'no_server';

export interface SpecIssue {
  readonly code: SpecIssueCode;
  /** `error` stops generation; `warning` is printed and generation goes on. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly at: At;
  /** What to do about it, when there is more to say than the message: `quote the value: '...'`. */
  readonly hint?: string;
  /** The source lines around the place, for syntax errors: ready to print under the located line. */
  readonly excerpt?: string;
}
