import { decodeCursor, encodeCursor, pageSize, toConnection } from './cursor';
import { DomainError } from '../errors/domain-error';

describe('cursor', () => {
  it('round-trips keyset values', () => {
    const values = [true, '2026-11-23T10:00:00.000Z', 'a1b2'];
    expect(decodeCursor(encodeCursor(values), 3)).toEqual(values);
  });

  it('rejects garbage and wrong arity as BAD_USER_INPUT', () => {
    for (const bad of ['not-base64-json', encodeCursor([1, 2])]) {
      try {
        decodeCursor(bad, 3);
        throw new Error('expected failure');
      } catch (err) {
        expect(err).toBeInstanceOf(DomainError);
        expect((err as DomainError).code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(DomainError);
    expect(() => pageSize(101)).toThrow(DomainError);
  });

  it('builds pageInfo from limit + 1 rows', () => {
    const conn = toConnection(
      [1, 2, 3],
      2,
      (n) => `c${n}`,
      (n) => n * 10,
      7,
    );
    expect(conn.edges.map((e) => e.node)).toEqual([10, 20]);
    expect(conn.pageInfo).toEqual({ endCursor: 'c2', hasNextPage: true });
    expect(conn.totalCount).toBe(7);
    expect(toConnection([], 2, String, String, 0).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });
});
