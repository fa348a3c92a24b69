import { canModerateBoard } from '../common/permissions/permissions';
import type { GqlContext } from '../common/graphql/gql-context';
import { threadById } from './thread.loaders';
import { topicById } from '../topics/topic.loaders';
import { boardModeratorIds } from '../boards/board.loaders';

/** Whether the viewer moderates the board a thread lives in, resolved through the request's DataLoaders. */
export async function viewerModeratesThread(ctx: GqlContext, threadId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  const thread = await ctx.loaders.get(threadById).load(threadId);
  if (!thread) return false;
  const topic = await ctx.loaders.get(topicById).load(thread.topicId);
  if (!topic) return false;
  return canModerateBoard(ctx.viewer, await ctx.loaders.get(boardModeratorIds).load(topic.boardId));
}
