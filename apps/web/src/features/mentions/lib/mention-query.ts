/** A mention being typed just before the caret: "@" plus one to four words, at the start or after a space. */
export interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** The text typed after "@". */
  text: string;
}

const MENTION_BEFORE_CARET = /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}][^\n@]{0,39})$/u;

export function findMentionQuery(value: string, caret: number): MentionQuery | null {
  const before = value.slice(0, caret);
  const match = MENTION_BEFORE_CARET.exec(before);
  if (!match) return null;
  const text = match[2];
  // A trailing space ends the mention (also the one just inserted); names have at most four words.
  if (text.endsWith(' ') || text.split(' ').length > 4) return null;
  return { start: before.length - text.length - 1, text };
}

/** Replaces the typed mention with "@Display Name " and returns the new text and caret position. */
export function insertMention(
  value: string,
  query: MentionQuery,
  caret: number,
  displayName: string,
): { value: string; caret: number } {
  const inserted = `@${displayName} `;
  const after = value.slice(caret).replace(/^ /, '');
  return { value: value.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}
