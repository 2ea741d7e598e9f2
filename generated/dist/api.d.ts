/**
 * What every Cloudflare Billing API client shares: base URL, credentials and options.
 *
 * Generated from spec/openapi.yaml by cloudflare-billing-codegen; do not edit.
 */
import type { ApiSpec, BaseClientOptions } from './runtime/index.js';

/** Options of `createCloudflareBillingClient`: credentials, then the settings shared by every call. */
export interface CloudflareBillingClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <value>`.
   *
   * The preferred authorization scheme for interacting with the Cloudflare API. [Create a token](https://developers.cloudflare.com/fundamentals/api/get-started/create-token/). Example: `Authorization: Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY`
   *
   * Defaults to the `CLOUDFLARE_API_TOKEN` environment variable where `process.env` exists.
   */
  apiToken?: string | undefined;
  /**
   * Sent in the `X-Auth-Email` header.
   *
   * The previous authorization scheme for interacting with the Cloudflare API, used in conjunction with a Global API key. Example: `X-Auth-Email: user@example.com`
   *
   * Defaults to the `CLOUDFLARE_EMAIL` environment variable where `process.env` exists.
   */
  apiEmail?: string | undefined;
  /**
   * Sent in the `X-Auth-Key` header.
   *
   * The previous authorization scheme for interacting with the Cloudflare API. When possible, use API tokens instead of Global API keys. Example: `X-Auth-Key: 144c9defac04969c7bfad8efaa8ea194`
   *
   * Defaults to the `CLOUDFLARE_API_KEY` environment variable where `process.env` exists.
   */
  apiKey?: string | undefined;
}
