import { useQuery } from '@apollo/client/react';
import { isModerator } from '@/features/auth/lib/viewer-context';
import { ThreadModerationInfoQueryDocument } from '../graphql/moderation.graphql';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/**
 * Whether the viewer may moderate this thread: global moderators and administrators everywhere,
 * board moderators on their own boards. The server checks every action again.
 */
export function useCanModerateThread(threadId: string | undefined): boolean {
  const { viewer } = useViewer();
  const global = isModerator(viewer);
  const active = viewer?.status === 'ACTIVE';
  const { data } = useQuery(ThreadModerationInfoQueryDocument, {
    variables: { id: threadId ?? '' },
    skip: !viewer || !active || global || !threadId,
  });
  if (!viewer || !active) return false;
  if (global) return true;
  return data?.thread?.topic.board.moderators.some((m) => m.id === viewer.id) ?? false;
}
