import { SimilarThreads } from '../../search/components/SimilarThreads';

/** Similar existing questions while the title is typed (debounced search; nothing for no matches). */
export function SimilarThreadsSlot({ topicId, title }: { topicId: string; title: string }) {
  return <SimilarThreads topicId={topicId} title={title} />;
}
