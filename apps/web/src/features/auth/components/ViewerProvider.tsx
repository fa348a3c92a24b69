import { useQuery } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';
import { MeQueryDocument } from '../graphql/viewer.graphql';
import { ViewerContext, type ViewerState } from '../lib/viewer-context';

/** Runs the `me` query once on start-up; guests get `me: null`. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(MeQueryDocument, { fetchPolicy: 'cache-first' });
  const value = useMemo<ViewerState>(
    () => ({ viewer: data?.me ?? null, loading: loading && !data, failed: Boolean(error) }),
    [data, loading, error],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}
