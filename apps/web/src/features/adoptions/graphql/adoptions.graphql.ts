import { graphql } from '@/gql';

export const TopicAdoptionsQueryDocument = graphql(`
  query TopicAdoptions($topicId: ID!) {
    topic(id: $topicId) {
      id
      title
      viewerAdoption {
        status
        model
        since
      }
      adoptions {
        status
        model
        since
        organisation {
          id
          name
        }
        recordedBy {
          id
          displayName
          status
        }
      }
    }
    adoptionMap(topicId: $topicId) {
      ...LandAdoptionFields
    }
  }
`);

export const LandAdoptionFieldsFragment = graphql(`
  fragment LandAdoptionFields on LandAdoption {
    landId
    code
    name
    uses
    inProgress
    planned
  }
`);

export const AdoptionMapQueryDocument = graphql(`
  query AdoptionMap {
    adoptionMap {
      ...LandAdoptionFields
    }
  }
`);

export const SetAdoptionMutationDocument = graphql(`
  mutation SetAdoption($topicId: ID!, $status: AdoptionStatus!, $model: String, $since: DateTime) {
    setAdoption(topicId: $topicId, status: $status, model: $model, since: $since) {
      status
      model
      since
    }
  }
`);
