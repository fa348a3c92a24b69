import { LIMITS } from '@forum/shared';
import { badInput } from '../errors/domain-error';
import { isUuid } from '../validation/is-uuid';
import { hasInvalidCharacters } from '../validation/text-rules';

/** Opaque keyset cursors: the sort key values of the last row, as base64url JSON. */
export function encodeCursor(values: readonly (string | number | boolean | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What a cursor position must hold, checked before it reaches SQL. */
export type CursorKind = 'date' | 'uuid' | 'number' | 'string' | 'boolean' | 'any';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

function fits(value: unknown, kind: CursorKind): boolean {
  // Cursor strings come from us: short, and never with characters PostgreSQL refuses (NUL).
  if (typeof value === 'string' && (value.length > 200 || hasInvalidCharacters(value))) return false;
  if (typeof value === 'number' && !Number.isFinite(value)) return false;
  switch (kind) {
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid':
      return isUuid(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return value === null || ['string', 'number', 'boolean'].includes(typeof value);
  }
}

/**
 * Decodes a cursor of `arity` values (each a scalar without NUL) or, given the kind of each position,
 * of exactly those: anything else is BAD_USER_INPUT, never a database error.
 */
export function decodeCursor(
  cursor: string,
  shape: number | readonly CursorKind[],
): (string | number | boolean | null)[] {
  const kinds: readonly CursorKind[] = typeof shape === 'number' ? Array(shape).fill('any') : shape;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => fits(v, kinds[i])))
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
