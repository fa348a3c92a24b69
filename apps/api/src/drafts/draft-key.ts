import { isUuid } from '../common/validation/is-uuid';

/** `thread:<id>` — a reply to a thread; `topic:<id>` — a new question in a topic. */
export type DraftKey = { kind: 'thread' | 'topic'; id: string };

export function parseDraftKey(key: string): DraftKey | null {
  const match = /^(thread|topic):(.+)$/.exec(key);
  if (!match || !isUuid(match[2])) return null;
  return { kind: match[1] as DraftKey['kind'], id: match[2].toLowerCase() };
}

export const draftKey = (kind: DraftKey['kind'], id: string) => `${kind}:${id.toLowerCase()}`;
