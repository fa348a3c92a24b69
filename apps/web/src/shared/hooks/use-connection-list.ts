interface Connection<E> {
  edges: E[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** Appends the next page of a Relay connection (for `fetchMore`'s updateQuery; no cache type policy needed). */
export function appendPage<E, K extends string, Q extends { [key in K]: Connection<E> }>(
  field: K,
  previous: Q,
  next: Q | undefined,
): Q {
  if (!next) return previous;
  return {
    ...previous,
    [field]: {
      ...next[field],
      edges: [...previous[field].edges, ...next[field].edges],
    },
  };
}
