/**
 * Uses the operation the consumer test adds to a copy of the spec (GET /user/billing/profile,
 * `cf.user.billing.profile.get()`): it compiles only against the package regenerated from that
 * spec and reinstalled, which is what the test proves. With CF_BASE_URL, calls it once.
 */
import { createCloudflareBillingClient, type CloudflareBillingClient } from 'cloudflare-billing-client';

export async function profileId(cf: CloudflareBillingClient): Promise<string> {
  const profile = await cf.user.billing.profile.get();
  const id: string = profile.id;
  return id;
}

const baseUrl = process.env['CF_BASE_URL'];
if (baseUrl !== undefined) {
  const cf = createCloudflareBillingClient({ apiToken: 'consumer-token', baseUrl, maxRetries: 0 });
  console.log(`profile: ${await profileId(cf)}`);
}
