/**
 * Mentions are written as "@Anzeigename" (display names may contain spaces, e.g. "@Julia Berger").
 * Returns every candidate name of one to four words after each "@", lower-cased; the caller keeps the
 * candidates that are real display names. Mentions inside code are ignored.
 */
export function mentionCandidates(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
  const candidates = new Set<string>();
  const re =
    /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}][\p{L}\p{N}._()\-–]*(?: [\p{L}\p{N}()][\p{L}\p{N}._()\-–]*){0,3})/gu;
  for (const match of text.matchAll(re)) {
    const words = match[2].split(' ');
    for (let n = 1; n <= words.length; n++) {
      candidates.add(
        words
          .slice(0, n)
          .join(' ')
          .replace(/[.,;:!?)]+$/, '')
          .toLowerCase(),
      );
    }
  }
  return [...candidates].filter((c) => c.length >= 2);
}
