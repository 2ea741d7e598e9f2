/**
 * The response validators of Cloudflare Billing API, for the client option `validateResponses`.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { checkResponses } from './runtime/index.js';
import { responseChecks as aiGatewayChecks } from './units/ai-gateway.js';
import { responseChecks as userChecks } from './units/user.js';

export const responseValidators = /* @__PURE__ */ checkResponses([...aiGatewayChecks, ...userChecks]);
