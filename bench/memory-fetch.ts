/**
 * A `fetch` that answers from memory, so that a benchmark measures what a client does around
 * the network and not the network. The body is serialised once; each call gets a fresh
 * Response (a body can be read only once), which every client pays for equally.
 */

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface MemoryFetch {
  readonly fetch: FetchLike;
  /** Requests answered so far. */
  readonly calls: () => number;
}

const HEADERS = { 'content-type': 'application/json' } as const;

export function memoryFetch(body: unknown): MemoryFetch {
  const text = JSON.stringify(body);
  let calls = 0;
  return {
    fetch: () => {
      calls++;
      return Promise.resolve(new Response(text, { headers: HEADERS }));
    },
    calls: () => calls,
  };
}
