import { graphql } from '@/gql';

export const FaqEntryFieldsFragment = graphql(`
  fragment FaqEntryFields on FaqEntry {
    id
    question
    answer
    answerHtml
    position
    sourceChanged
    sourceThread {
      id
      title
    }
    sourcePost {
      id
    }
  }
`);

export const TopicFaqQueryDocument = graphql(`
  query TopicFaq($topicId: ID!) {
    topic(id: $topicId) {
      id
      viewerCanCurateFaq
      faq {
        ...FaqEntryFields
      }
    }
  }
`);

export const FaqEntriesQueryDocument = graphql(`
  query FaqEntries($search: String!, $topicId: ID, $first: Int) {
    faqEntries(search: $search, topicId: $topicId, first: $first) {
      ...FaqEntryFields
      topic {
        id
        title
      }
    }
  }
`);

export const PromoteToFaqMutationDocument = graphql(`
  mutation PromoteToFaq($postId: ID!, $question: String, $answer: String) {
    promoteToFaq(postId: $postId, question: $question, answer: $answer) {
      ...FaqEntryFields
    }
  }
`);

export const RemoveFaqEntryMutationDocument = graphql(`
  mutation RemoveFaqEntry($id: ID!) {
    removeFaqEntry(id: $id)
  }
`);

export const ReorderFaqMutationDocument = graphql(`
  mutation ReorderFaq($topicId: ID!, $ids: [ID!]!) {
    reorderFaq(topicId: $topicId, ids: $ids) {
      id
      position
    }
  }
`);
