import { graphql } from '@/gql';

export const DgsVideosQueryDocument = graphql(`
  query DgsVideos {
    dgsVideos {
      title
      url
      contentType
      captionsUrl
    }
  }
`);
