import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isInvalidValue } from '../errors/pg-errors';
import { BAD_CURSOR, decodeCursor, encodeCursor, toConnection } from './cursor';

export interface KeysetKey<E> {
  /** Column as written in SQL, e.g. `t.created_at`. */
  column: string;
  /** The same value read from a row, as it goes into the cursor. */
  of: (row: E) => string | boolean;
}

/**
 * One page of a Relay connection by keyset pagination: rows after the cursor in the order of `keys`
 * (all ascending or all descending), plus the total of the unfiltered list (counted, unless given).
 */
export async function keysetPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  limit: number,
  after: string | null | undefined,
  keys: KeysetKey<E>[],
  direction: 'ASC' | 'DESC',
  /** The total when the caller already has it, or will (no count query then). */
  knownTotal?: number | Promise<number>,
) {
  // Decode first: a bad cursor must fail before the count query starts (no dangling query).
  const cursor = after ? decodeCursor(after, keys.length) : null;
  const totalQuery = knownTotal ?? qb.clone().getCount();
  if (cursor) {
    const params = Object.fromEntries(cursor.map((value, i) => [`keyset${i}`, value]));
    const placeholders = keys.map((_, i) => `:keyset${i}`).join(', ');
    qb.andWhere(
      `(${keys.map((k) => k.column).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${placeholders})`,
      params,
    );
  }
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.column, direction) : qb.addOrderBy(k.column, direction)));
  const [rows, total] = await Promise.all([
    qb
      .limit(limit + 1)
      .getMany()
      .catch((err: unknown) => {
        // A well-formed cursor whose values are not of the keys' types (a date that is none, an id that
        // is no UUID) is the caller's mistake, not a server error.
        throw cursor && isInvalidValue(err) ? BAD_CURSOR() : err;
      }),
    totalQuery,
  ]);
  return toConnection(
    rows,
    limit,
    (row) => encodeCursor(keys.map((k) => k.of(row))),
    (row) => row,
    total,
  );
}
