import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

export interface ViewerState {
  viewer: ViewerFieldsFragment | null;
  loading: boolean;
  /** True when the `me` query failed (e.g. server unreachable); the app then behaves as for a guest. */
  failed: boolean;
}

export const ViewerContext = createContext<ViewerState>({ viewer: null, loading: false, failed: false });

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export function isModerator(viewer: ViewerFieldsFragment | null): boolean {
  return viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN';
}
