import { graphql } from '@/gql';

export const BoardWatchLevelQueryDocument = graphql(`
  query BoardWatchLevel($slug: String!) {
    board(slug: $slug) {
      id
      viewerWatchLevel
    }
  }
`);

export const TopicWatchLevelQueryDocument = graphql(`
  query TopicWatchLevel($id: ID!) {
    topic(id: $id) {
      id
      viewerWatchLevel
    }
  }
`);

export const ThreadWatchLevelQueryDocument = graphql(`
  query ThreadWatchLevel($id: ID!) {
    thread(id: $id) {
      id
      viewerWatchLevel
    }
  }
`);

export const WatchMutationDocument = graphql(`
  mutation Watch($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {
    watch(targetType: $targetType, targetId: $targetId, level: $level)
  }
`);
