import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCloudflareBillingClient, NotFoundError } from '../../generated/dist/index.js';
import { validateBillingHistoryListResponse, validateInvoiceHistoryResponse } from '../../generated/dist/validators.js';
import { runDemo } from './demo.js';
import { DEMO_ACCOUNT_ID, mockData, startMockCloudflare } from './mock-cloudflare.js';
import { formatTable, type Column } from './table.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run demo', () => {
  it('pages through both endpoints of the mock, prints a table and a summary each, and exits 0 by itself', async () => {
    // exec rejects on a non-zero exit, and on the timeout if the demo left anything running.
    const { stdout } = await exec(path.join(ROOT, 'node_modules/.bin/tsx'), ['test/demo/demo.ts'], {
      cwd: ROOT,
      timeout: 20_000,
    });
    expect(stdout).toContain('230 items, 5 pages,');
    expect(stdout).toContain('57 invoices, 3 pages,');
    expect(stdout).toMatch(/^ {4}# {2}occurred_at {7}type {4}action/m);
    expect(stdout).toContain('... 224 more rows ...');
    expect(stdout).toContain('... 51 more rows ...');
    expect(stdout).toContain('is deprecated by Cloudflare');
  });

  it('--live without credentials exits 1 naming the variables to set, before any request', async () => {
    const lines: string[] = [];
    const code = await runDemo(['--live'], {}, (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('set CLOUDFLARE_API_TOKEN');
  });

  it('an unknown flag exits 1 with the usage', async () => {
    const lines: string[] = [];
    expect(await runDemo(['--liev'], {}, (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain("Unknown option '--liev'");
    expect(lines.join('\n')).toContain('Usage: npm run demo');
  });
});

describe('the mock Cloudflare API', () => {
  it('serves only spec-valid pages: every page passes the generated validators', async () => {
    const api = await startMockCloudflare();
    try {
      const headers = { authorization: 'Bearer t' };
      for (let page = 1; page <= 5; page++) {
        const body: unknown = await (
          await fetch(`${api.url}/user/billing/history?per_page=50&page=${page}`, { headers })
        ).json();
        expect(validateBillingHistoryListResponse(body).ok).toBe(true);
      }
      for (let page = 1; page <= 3; page++) {
        const url = `${api.url}/accounts/${DEMO_ACCOUNT_ID}/ai-gateway/billing/invoice-history?page=${page}`;
        const body: unknown = await (await fetch(url, { headers })).json();
        expect(validateInvoiceHistoryResponse(body).ok).toBe(true);
      }
    } finally {
      await api.close();
    }
  });

  it('gives the same data on every run: another process, at another time and in another time zone, makes the same', async () => {
    const script =
      "import { mockData } from './test/demo/mock-cloudflare.ts'; process.stdout.write(JSON.stringify(mockData()));";
    const { stdout } = await exec(path.join(ROOT, 'node_modules/.bin/tsx'), ['--eval', script], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Pacific/Chatham' },
    });
    const data = mockData();
    expect(JSON.parse(stdout)).toEqual(data);
    expect(data.billing).toHaveLength(230);
    expect(data.invoices).toHaveLength(57);
    expect(new Set(data.billing.map((item) => item.id)).size).toBe(230);
    expect(data.billing[0]?.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers 401 without credentials and 404 for another account, as Cloudflare does', async () => {
    const api = await startMockCloudflare();
    try {
      const cf = createCloudflareBillingClient({ apiToken: 'demo', baseUrl: api.url });
      await expect(cf.aiGateway.billing.invoiceHistory({ account_id: 'f'.repeat(32) })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const anonymous = await fetch(`${api.url}/user/billing/history`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({
        success: false,
        errors: [{ code: 10000, message: 'Authentication error' }],
      });
    } finally {
      await api.close();
    }
  });
});

describe('formatTable', () => {
  const columns: Column<{ name: string; n: number }>[] = [
    { header: 'name', value: (row) => row.name },
    { header: 'n', value: (row) => String(row.n), align: 'right' },
  ];
  const rows = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ name: `row ${index + 1}`, n: index * 10 }));

  it.each([
    { given: 'no rows', count: 0, want: ['  name  n', '  ----  -'] },
    { given: 'two rows', count: 2, want: ['  name    n', '  -----  --', '  row 1   0', '  row 2  10'] },
    {
      given: 'nine rows',
      count: 9,
      want: [
        '  name    n',
        '  -----  --',
        '  row 1   0',
        '  row 2  10',
        '  ... 5 more rows ...',
        '  row 8  70',
        '  row 9  80',
      ],
    },
  ])('$given give an aligned table, its middle summarised', ({ count, want }) => {
    expect(formatTable(columns, rows(count), { edge: 2 })).toEqual(want);
  });

  it('keeps a cell on one line whatever the API sends', () => {
    expect(formatTable(columns, [{ name: 'a\nb', n: 1 }])[2]).toBe('  a b   1');
  });
});
