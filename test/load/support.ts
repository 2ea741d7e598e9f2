import { expect } from 'vitest';
import { type LoadLimits, parseSpec } from '../../generator/load/index.js';
import type { SpecIssue } from '../../generator/model/issue.js';
import type { LoadedSpec } from '../../generator/model/spec.js';
import { SpecProblems } from '../../generator/util/issue-list.js';

/** `line:column (#pointer): message [code]`, the located line the CLI prints after the file name. */
export function located(issue: SpecIssue): string {
  return `${issue.at.line}:${issue.at.column} (#${issue.at.pointer}): ${issue.message} [${issue.code}]`;
}

/** The issues a call throws as SpecProblems; fails the test when it does not throw them. */
export function issuesOf(run: () => unknown): readonly SpecIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecProblems) return error.issues;
    throw error;
  }
  expect.fail('expected SpecProblems');
}

export function problemsOf(run: () => unknown): string[] {
  return issuesOf(run).map(located);
}

export function parse(source: string, file = 'spec.yaml', limits?: LoadLimits): LoadedSpec {
  return parseSpec(source, file, limits);
}

/** `lines` joined: keeps YAML in tests readable without a template literal's indentation. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The head of spec/openapi.yaml, where a mis-indented line gave seven problems before the rebuild. */
export const INFO_HEAD = yaml(
  'openapi: 3.1.0',
  'info:',
  '  title: Cloudflare Billing API',
  '  version: 4.0.0',
  '  summary: Two Cloudflare billing endpoints, for a generated TypeScript client.',
  '  description: |-',
  '    A hand-maintained description of two Cloudflare API v4 billing endpoints:',
  '',
  '    - the AI Gateway invoice history of an account',
  '      (`GET /accounts/{account_id}/ai-gateway/billing/invoice-history`);',
  '    - the deprecated billing history of the authenticated user (`GET /user/billing/history`).',
  '',
  "    Sources: Cloudflare's API reference pages for the two endpoints and, where they are",
  "    silent, Cloudflare's published OpenAPI schema (github.com/cloudflare/api-schemas).",
  '    Deliberate differences from the published schema: security alternatives are',
  '    `api_token` OR (`api_email` AND `api_key`); the billing history query parameters are',
  '    not `readOnly`; the failure envelope does not demand `success` to be both true and',
  '    false; the invoice history request documents its `page` and `per_page` parameters.',
  '',
  '    Every operation answers 2XX with a Cloudflare envelope (`success`, `errors`,',
  '    `messages`, `result`) and 4XX/5XX with an envelope whose `success` is `false`.',
  '  license:',
  '    name: BSD-3-Clause',
  '    identifier: BSD-3-Clause',
  '  contact:',
  '    name: Cloudflare API documentation',
  '    url: https://developers.cloudflare.com/api/',
  '  x-sdk:',
  '    packageName: cloudflare-billing-client',
  '    packageVersion: 0.1.0',
  '    clientFactory: createCloudflareBillingClient',
  'servers:',
  '  - url: https://api.cloudflare.com/client/v4',
  '    description: Cloudflare API v4.',
  'tags:',
  '  - name: AI Gateway',
  '    description: >-',
  '      Billing of Cloudflare AI Gateway for an account: the invoices issued for AI Gateway',
  '      usage and credit.',
  'paths: {}',
);

/** INFO_HEAD with one line moved by `shift` columns (negative: to the left). */
export function shifted(text: string, line: number, shift: number): string {
  const lines = text.split('\n');
  const target = lines[line - 1] ?? '';
  lines[line - 1] = shift < 0 ? target.slice(-shift) : ' '.repeat(shift) + target;
  return lines.join('\n');
}
