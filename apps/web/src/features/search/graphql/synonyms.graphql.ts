import { graphql } from '@/gql';

// The everyday words of the EfA services (/verwaltung/suchbegriffe, administrators).

export const SynonymServicesQueryDocument = graphql(`
  query SynonymServices {
    boards {
      id
      title
      topics {
        id
        title
        archived
        leadLand {
          id
        }
      }
    }
  }
`);

export const ServiceSynonymsQueryDocument = graphql(`
  query ServiceSynonyms($topicId: ID!) {
    topic(id: $topicId) {
      id
      title
      synonyms {
        id
        term
      }
    }
  }
`);

export const AddServiceSynonymMutationDocument = graphql(`
  mutation AddServiceSynonym($topicId: ID!, $term: String!) {
    addServiceSynonym(topicId: $topicId, term: $term) {
      id
      term
    }
  }
`);

export const UpdateServiceSynonymMutationDocument = graphql(`
  mutation UpdateServiceSynonym($id: ID!, $term: String!) {
    updateServiceSynonym(id: $id, term: $term) {
      id
      term
    }
  }
`);

export const RemoveServiceSynonymMutationDocument = graphql(`
  mutation RemoveServiceSynonym($id: ID!) {
    removeServiceSynonym(id: $id)
  }
`);
