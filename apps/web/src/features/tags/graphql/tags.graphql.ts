import { graphql } from '@/gql';

export const TagsQueryDocument = graphql(`
  query Tags {
    tags {
      id
      slug
      name
      description
    }
  }
`);

export const ThreadTagsQueryDocument = graphql(`
  query ThreadTags($id: ID!) {
    thread(id: $id) {
      id
      tags {
        id
        slug
        name
      }
    }
  }
`);

export const TagPageQueryDocument = graphql(`
  query TagPage($slug: String!, $first: Int!, $after: String) {
    tag(slug: $slug) {
      id
      slug
      name
      description
      threads(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ThreadSummaryFields
            topic {
              id
              title
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);
