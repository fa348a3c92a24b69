import { useQuery } from '@apollo/client/react';
import { TopicFaqQueryDocument } from '../graphql/faq.graphql';
import { PromoteToFaqButton } from './PromoteToFaqButton';

interface PromoteToFaqActionProps {
  topicId: string;
  post: { id: string; body: string; official: boolean; accepted: boolean; hidden: boolean; deleted: boolean };
  isQuestion: boolean;
  threadTitle: string;
}

/**
 * On a thread page, per post: the promote button where it applies — an accepted or official answer, not
 * yet in the FAQ, for a viewer who curates the service's FAQ. One query per topic (shared by all posts).
 */
export function PromoteToFaqAction({ topicId, post, isQuestion, threadTitle }: PromoteToFaqActionProps) {
  const { data } = useQuery(TopicFaqQueryDocument, { variables: { topicId } });
  const topic = data?.topic;
  if (!topic?.viewerCanCurateFaq || isQuestion || post.hidden || post.deleted) return null;
  if (!post.official && !post.accepted) return null;
  if (topic.faq.some((entry) => entry.sourcePost?.id === post.id)) return null;
  return <PromoteToFaqButton topicId={topicId} postId={post.id} question={threadTitle} answer={post.body} />;
}
