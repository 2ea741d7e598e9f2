/**
 * The `fetch` client option takes what users pass: the global fetch, and the standard
 * `(url, init) => fetch(url, init)` wrapper, contextually typed or annotated with fetch's own
 * parameter types. Type-checked only (vitest typecheck mode), against generated/dist.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { type CloudflareBillingClientOptions, createCloudflareBillingClient } from '../../generated/dist/index.js';

type FetchOption = NonNullable<CloudflareBillingClientOptions['fetch']>;

describe('the fetch option', () => {
  it('accepts globalThis.fetch', () => {
    expectTypeOf(globalThis.fetch).toExtend<FetchOption>();
  });

  it('accepts an inline (url, init) => fetch(url, init) wrapper', () => {
    createCloudflareBillingClient({ fetch: (url, init) => fetch(url, init) });
    createCloudflareBillingClient({
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        return response;
      },
    });
  });

  it("accepts a wrapper annotated with fetch's parameter types", () => {
    const logged = (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => fetch(input, init);
    expectTypeOf(logged).toExtend<FetchOption>();
    createCloudflareBillingClient({ fetch: logged });
  });

  it('refuses a function that does not return a Response', () => {
    // @ts-expect-error: resolves to a string, not a Response
    createCloudflareBillingClient({ fetch: async (url: string | URL | Request) => String(url) });
  });
});
