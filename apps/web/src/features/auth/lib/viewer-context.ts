import { createContext } from 'react';
import type { ViewerFieldsFragment } from '@/gql/graphql';

export interface ViewerState {
  viewer: ViewerFieldsFragment | null;
  loading: boolean;
  /** True when the `me` query failed (e.g. server unreachable); the app then behaves as for a guest. */
  failed: boolean;
}

export const ViewerContext = createContext<ViewerState>({ viewer: null, loading: false, failed: false });

/** Global moderators and administrators: every board, approvals and the audit log. */
export function isModerator(viewer: ViewerFieldsFragment | null): boolean {
  return viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN';
}

/** Who gets the /moderation area: global moderators, and board moderators for the flags of their boards. */
export function canUseModeration(viewer: ViewerFieldsFragment | null): boolean {
  return isModerator(viewer) || (viewer?.moderatedBoards.length ?? 0) > 0;
}
