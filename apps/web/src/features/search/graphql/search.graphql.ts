import { graphql } from '@/gql';

export const SearchQueryDocument = graphql(`
  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter, $sort: SearchSort) {
    search(query: $query, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      edges {
        cursor
        node {
          headline
          rank
          thread {
            id
            title
            state
            progress
            createdAt
            topic {
              id
              title
              board {
                id
                title
              }
            }
          }
          post {
            id
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SearchFilterOptionsQueryDocument = graphql(`
  query SearchFilterOptions {
    boards {
      id
      slug
      title
      topics {
        id
        title
      }
    }
    organisations(kind: LAND) {
      id
      name
      code
    }
    tags {
      id
      slug
      name
    }
  }
`);

export const SimilarThreadsQueryDocument = graphql(`
  query SimilarThreads($title: String!, $topicId: ID, $first: Int) {
    similarThreads(title: $title, topicId: $topicId, first: $first) {
      sameTopic
      score
      thread {
        id
        title
        state
        progress
        replyCount
        topic {
          id
          title
        }
      }
    }
  }
`);

export const ServicesQueryDocument = graphql(`
  query Services($search: String!) {
    services(search: $search) {
      id
      title
      leadLand {
        id
        name
      }
      board {
        id
        title
      }
    }
  }
`);

export const SearchSuggestionQueryDocument = graphql(`
  query SearchSuggestion($query: String!) {
    searchSuggestion(query: $query) {
      correction
      service {
        id
        title
      }
    }
  }
`);
