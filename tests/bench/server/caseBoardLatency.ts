// GET /api/cases through HTTP as three readers would use it, each query repeated in
// sequence (one client, so the figure is the server's time, not queueing).
import { percentile, signIn } from './signIn.ts';

export interface Reader {
  readonly label: string;
  readonly username: string;
}

/** Typical views of the board: the default order, the filters people use, and a deep page. */
const queries: readonly (readonly [label: string, query: string])[] = [
  ['first page', ''],
  ['overdue', 'overdue=true'],
  ['due within 48 h', 'dueWithinHours=48'],
  ['in progress', 'status=in_progress'],
  ['title has 漏水', `q=${encodeURIComponent('漏水')}`],
];

const deepPage = 20;

export const measureCaseBoard = async (
  base: string,
  readers: readonly Reader[],
  password: string,
  repeats: number,
) => {
  const rows = [];
  for (const reader of readers) {
    const { cookie } = await signIn(base, reader.username, password);
    const get = async (query: string) => {
      const response = await fetch(`${base}/api/cases${query ? `?${query}` : ''}`, {
        headers: { cookie },
      });
      if (response.status !== 200) {
        throw new Error(`GET /api/cases?${query}: ${response.status} ${await response.text()}`);
      }
      return (await response.json()) as { items: unknown[]; nextCursor: string | null };
    };
    // The cursor of page `deepPage`, found by paging there the way a client would.
    let cursor: string | null = null;
    for (let page = 1; page < deepPage; page++) {
      cursor = (await get(cursor ? `cursor=${cursor}` : '')).nextCursor;
      if (!cursor) break;
    }
    const all = [
      ...queries,
      ...(cursor ? [[`page ${deepPage}`, `cursor=${cursor}`] as const] : []),
    ];
    for (const [label, query] of all) {
      const first = await get(query);
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const began = performance.now();
        await get(query);
        times.push(performance.now() - began);
      }
      times.sort((a, b) => a - b);
      rows.push({
        reader: reader.label,
        query: label,
        items: first.items.length,
        'p50 ms': percentile(times, 50).toFixed(1),
        'p99 ms': percentile(times, 99).toFixed(1),
      });
    }
  }
  return rows;
};
