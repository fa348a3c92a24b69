import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DeleteDraftMutationDocument,
  DraftQueryDocument,
  SaveDraftMutationDocument,
} from '../graphql/drafts.graphql';

export const DRAFT_DELAY_MS = 1000;

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'restored' | 'error' | 'discarded';

export interface DraftContent {
  title?: string;
  body: string;
}

/**
 * Keeps an unsent reply (`thread:<id>`) or question (`topic:<id>`) as a server-side draft: restores it once
 * on load, saves it 1 s after the last change and can discard it. `onRestore` gets the stored content.
 */
export function useDraft(key: string, content: DraftContent, onRestore: (draft: DraftContent) => void) {
  const client = useApolloClient();
  const [status, setStatus] = useState<DraftStatus>('idle');
  const { data, loading } = useQuery(DraftQueryDocument, {
    variables: { key },
    fetchPolicy: 'network-only',
  });
  const [save] = useMutation(SaveDraftMutationDocument);
  const [remove] = useMutation(DeleteDraftMutationDocument);
  const restored = useRef(false);
  // What the server has: nothing is saved again until the content differs from it.
  const lastSaved = useRef<string | null>(null);
  const onRestoreRef = useRef(onRestore);
  useEffect(() => {
    onRestoreRef.current = onRestore;
  });
  const serialised = JSON.stringify([content.title ?? null, content.body]);

  useEffect(() => {
    if (restored.current || loading) return;
    restored.current = true;
    const draft = data?.draft;
    if (draft) {
      const value = { title: draft.title ?? undefined, body: draft.body };
      lastSaved.current = JSON.stringify([value.title ?? null, value.body]);
      onRestoreRef.current(value);
      setStatus('restored');
    } else {
      lastSaved.current = serialised;
    }
  }, [data, loading, serialised]);

  useEffect(() => {
    if (!restored.current || serialised === lastSaved.current) return;
    const [title, body] = JSON.parse(serialised) as [string | null, string];
    if (!body.trim() && !title?.trim()) return;
    const timer = window.setTimeout(() => {
      setStatus('saving');
      save({ variables: { key, title, body } })
        .then(() => {
          lastSaved.current = serialised;
          setStatus('saved');
        })
        .catch(() => setStatus('error'));
    }, DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [serialised, key, save]);

  /** The content was posted: the server deleted the draft; forget it locally too. */
  const forget = useCallback(
    (empty: DraftContent) => {
      lastSaved.current = JSON.stringify([empty.title ?? null, empty.body]);
      client.cache.evict({ fieldName: 'draft', args: { key } });
      client.cache.gc();
      setStatus('idle');
    },
    [client, key],
  );

  /** "Entwurf verwerfen": deletes the stored draft; the caller clears the fields. */
  const discard = useCallback(
    async (empty: DraftContent) => {
      lastSaved.current = JSON.stringify([empty.title ?? null, empty.body]);
      try {
        await remove({ variables: { key } });
      } finally {
        client.cache.evict({ fieldName: 'draft', args: { key } });
        client.cache.gc();
      }
      setStatus('discarded');
    },
    [client, key, remove],
  );

  const hasDraft = status === 'saved' || status === 'restored' || status === 'saving';
  return { status, hasDraft, ready: restored.current, forget, discard };
}
