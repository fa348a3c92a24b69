import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { WatchLevel, WatchTarget } from '@/gql/graphql';
import {
  BoardWatchLevelQueryDocument,
  ThreadWatchLevelQueryDocument,
  TopicWatchLevelQueryDocument,
  WatchMutationDocument,
} from '../graphql/watches.graphql';

const TYPENAMES: Record<WatchTarget, 'Board' | 'Topic' | 'Thread'> = {
  BOARD: 'Board',
  TOPIC: 'Topic',
  THREAD: 'Thread',
};

/** The viewer's watch level of a board (by slug), topic or thread (by id), and a setter that updates the cache. */
export function useWatchLevel(targetType: WatchTarget, key: string) {
  const board = useQuery(BoardWatchLevelQueryDocument, {
    variables: { slug: key },
    skip: targetType !== 'BOARD',
  });
  const topic = useQuery(TopicWatchLevelQueryDocument, {
    variables: { id: key },
    skip: targetType !== 'TOPIC',
  });
  const thread = useQuery(ThreadWatchLevelQueryDocument, {
    variables: { id: key },
    skip: targetType !== 'THREAD',
  });
  const target = board.data?.board ?? topic.data?.topic ?? thread.data?.thread ?? null;
  const [mutate, { loading: saving, error }] = useMutation(WatchMutationDocument);

  const setLevel = useCallback(
    async (level: WatchLevel) => {
      if (!target) return;
      await mutate({
        variables: { targetType, targetId: target.id, level },
        update(cache, { data }) {
          if (!data?.watch) return;
          cache.modify({
            id: cache.identify({ __typename: TYPENAMES[targetType], id: target.id }),
            fields: { viewerWatchLevel: () => level },
          });
        },
      });
    },
    [mutate, target, targetType],
  );

  return { level: target?.viewerWatchLevel ?? null, setLevel, saving, error };
}
