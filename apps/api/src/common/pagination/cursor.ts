import { LIMITS } from '@forum/shared';
import { badInput } from '../errors/domain-error';

/** Opaque keyset cursors: the sort key values of the last row, as base64url JSON. */
export function encodeCursor(values: readonly (string | number | boolean | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | boolean | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity)
      return values as (string | number | boolean | null)[];
  } catch {
    // fall through
  }
  throw BAD_CURSOR();
}

export const BAD_CURSOR = () =>
  badInput('Ungültiger Cursor für die Seitenabfrage.', { after: 'Ungültiger Cursor' });

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return LIMITS.pageSizeDefault;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
    throw badInput(`"first" muss zwischen 1 und ${LIMITS.pageSizeMax} liegen.`, {
      first: `Zwischen 1 und ${LIMITS.pageSizeMax}`,
    });
  }
  return first;
}

/** Takes `limit + 1` fetched rows and builds edges + pageInfo. */
export function toConnection<R, N>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => string,
  map: (row: R) => N,
  totalCount: number,
) {
  const hasNextPage = rows.length > limit;
  const page = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: map(row) }));
  return {
    edges,
    pageInfo: { endCursor: edges.length ? edges[edges.length - 1].cursor : null, hasNextPage },
    totalCount,
  };
}

export function mapConnection<A, B>(
  conn: {
    edges: { cursor: string; node: A }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  },
  map: (node: A) => B,
) {
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}
