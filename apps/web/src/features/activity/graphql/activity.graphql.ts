import { graphql } from '@/gql';

export const RecentActivityQueryDocument = graphql(`
  query RecentActivity($first: Int) {
    recentActivity(first: $first) {
      kind
      at
      actor {
        displayName
        organisation
      }
      thread {
        id
        title
      }
      topic {
        id
        title
      }
      postId
    }
  }
`);

export const ActivityTodayQueryDocument = graphql(`
  query ActivityToday {
    activityToday {
      since
      questions
      officialAnswers
      solved
      kommunenJoined
    }
  }
`);
