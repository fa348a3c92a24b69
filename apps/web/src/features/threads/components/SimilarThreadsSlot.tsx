/**
 * Placeholder for similar-question suggestions while the title is typed (planned in a later issue,
 * needs the API's search). Renders nothing until then.
 */
export function SimilarThreadsSlot(_props: { topicId: string; title: string }) {
  return null;
}
