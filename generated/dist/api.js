/**
 * What every Cloudflare Billing API client shares: base URL, credentials and options.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import { USER_AGENT } from './version.js';

export const API = {
  baseUrl: 'https://api.cloudflare.com/client/v4',
  userAgent: USER_AGENT,
  credentials: [
    { scheme: 'api_token', option: 'apiToken', name: 'authorization', prefix: 'Bearer ', env: 'CLOUDFLARE_API_TOKEN' },
    { scheme: 'api_email', option: 'apiEmail', name: 'x-auth-email', env: 'CLOUDFLARE_EMAIL' },
    { scheme: 'api_key', option: 'apiKey', name: 'x-auth-key', env: 'CLOUDFLARE_API_KEY' },
  ],
  security: [['api_token'], ['api_email', 'api_key']],
  envPrefix: 'CLOUDFLARE',
};
