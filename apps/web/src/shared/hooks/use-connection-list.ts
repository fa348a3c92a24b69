import { NetworkStatus, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/** A page of a Relay connection, as the API returns its lists. */
export interface Paged {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * A paginated list ("Mehr laden" with shared/components/LoadMoreButton): runs the query and picks its
 * connection; `loadMore` fetches the page after the last one. The pages are joined by the field's
 * `relayStylePagination` in the cache (app/apollo-client.ts), so every list of the app pages the same way.
 */
export function useConnectionList<TData, TVariables extends OperationVariables, C extends Paged>(
  query: TypedDocumentNode<TData, TVariables>,
  connectionOf: (data: TData) => C | null | undefined,
  options: useQuery.Options<TData, TVariables>,
) {
  const result = useQuery<TData, TVariables>(query, { notifyOnNetworkStatusChange: true, ...options });
  const data = result.data as TData | undefined;
  const connection = data ? (connectionOf(data) ?? undefined) : undefined;
  const pageInfo = connection?.pageInfo;
  const loadMore = () => {
    if (!pageInfo?.hasNextPage) return;
    void result.fetchMore({ variables: { after: pageInfo.endCursor } as unknown as Partial<TVariables> });
  };
  return {
    ...result,
    connection,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    loadMore,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
  };
}
