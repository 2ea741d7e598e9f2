/**
 * A consumer of the client generated from Cloudflare's whole spec, type-checked by
 * test/whole-api/cloudflare.test.ts under strict, noUncheckedIndexedAccess and
 * exactOptionalPropertyTypes, without skipLibCheck. It resolves `cloudflare-api` from the
 * scratch project the test generates into, so the project's own tsconfig leaves this folder out.
 * The `@ts-expect-error` lines are the part that can fail: were the methods typed loosely, the
 * directive would be unused, and that is an error.
 */
import {
  createCloudflareAPIClient,
  NotFoundError,
  RequestValidationError,
  type CloudflareAPIClientOptions,
  type ZonesZone,
} from 'cloudflare-api';

const options: CloudflareAPIClientOptions = { apiToken: process.env['CF_API_TOKEN'] ?? '', maxRetries: 1 };
const cf = createCloudflareAPIClient(options);

export async function main(zoneId: string, accountId: string): Promise<string[]> {
  const lines: string[] = [];

  const zone: ZonesZone = await cf.zones.get({ zone_id: zoneId });
  lines.push(`${zone.name} ${zone.account.name ?? 'unnamed'}`);

  for await (const listed of cf.zones.list({ per_page: 50, status: 'active' })) {
    lines.push(listed.id);
    if (lines.length > 100) break;
  }
  const page = await cf.zones.list({ page: 2 });
  const zones: ZonesZone[] = page.result ?? [];
  lines.push(`${zones.length} of ${page.result_info?.total_count ?? '?'}`);

  const created = await cf.zones.create({ name: 'example.com', account: { id: accountId }, type: 'full' });
  lines.push(created.id);
  await cf.zones.edit({ zone_id: created.id, paused: true });
  await cf.zones.delete({ zone_id: created.id });

  const exported: string = await cf.dnsRecords.export.get({ zone_id: zoneId });
  lines.push(exported.split('\n')[0] ?? '');

  const value: Blob = await cf.storage.kv.namespaces.values.get({
    account_id: accountId,
    namespace_id: '0f2ac74b498b48028cb68387c421e279',
    key_name: 'my-key',
  });
  lines.push(String(value.size));

  const classes = await cf.ai.run.cf.microsoft.resnet50.create({
    account_id: accountId,
    body: new Uint8Array([0xff, 0xd8, 0xff]),
  });
  lines.push(JSON.stringify(classes));
  await cf.ai.run.cf.microsoft.resnet50.create({ account_id: accountId, body: new Blob([]) });

  await cf.dnsRecords.import.create({ zone_id: zoneId, file: 'www 300 IN A 192.0.2.1', proxied: 'true' });

  // A record to create leaves out what the server sets: `created_on`, `modified_on` and
  // `proxiable` are readOnly (required in responses only). `id` is not marked readOnly.
  const record = await cf.dnsRecords.create({
    zone_id: zoneId,
    body: { id: '372e67954025e0ba6aaa6d586b9e0b59', type: 'A', name: 'www.example.com', content: '198.51.100.4' },
  });
  lines.push(record.created_on ?? '');

  try {
    await cf.user.tokens.get({ token_id: 'ed17574386854bf78a67040be0a770b0' });
  } catch (error) {
    if (error instanceof NotFoundError) lines.push(`${error.status}`);
    else if (error instanceof RequestValidationError) lines.push(error.issues.map((issue) => issue.path).join());
    else throw error;
  }

  // @ts-expect-error zone_id is required
  await cf.zones.get({});
  // @ts-expect-error per_page is a number
  await cf.zones.list({ per_page: 'fifty' });
  // @ts-expect-error 'archived' is none of the statuses
  await cf.zones.list({ status: 'archived' });
  // @ts-expect-error exactOptionalPropertyTypes: an optional field is not `undefined`
  await cf.zones.create({ name: 'example.com', account: { id: accountId }, type: undefined });
  // @ts-expect-error the text export is a string, not a number
  const wrong: number = await cf.dnsRecords.export.get({ zone_id: zoneId });
  lines.push(String(wrong));
  // @ts-expect-error noUncheckedIndexedAccess: an array element may be missing
  const first: ZonesZone = zones[0];
  lines.push(first.id);
  // @ts-expect-error a binary body is bytes (Blob, ArrayBuffer, a view, a stream), not a string
  await cf.ai.run.cf.microsoft.resnet50.create({ account_id: accountId, body: 'not bytes' });
  // @ts-expect-error a record to create still has its type, name and content
  await cf.dnsRecords.create({ zone_id: zoneId, body: { id: '372e67954025e0ba6aaa6d586b9e0b59', type: 'A' } });
  // @ts-expect-error no such method
  cf.zones.frobnicate();

  return lines;
}
