import { useQuery } from '@apollo/client/react';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useDebouncedValue } from '@/shared/hooks/use-debounced-value';
import { MentionableUsersQueryDocument } from '../graphql/mentions.graphql';
import { findMentionQuery, insertMention } from '../lib/mention-query';

const SUGGESTIONS = 6;
const DEBOUNCE_MS = 200;

interface Options {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * "@" plus at least one character in a textarea suggests people to mention (ARIA combobox with a listbox):
 * arrows choose, Enter or Tab inserts "@Display Name ", Escape closes until the next mention.
 */
export function useMentionAutocomplete({ id, value, onChange }: Options) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const query = findMentionQuery(value, caret);
  const search = useDebouncedValue(query?.text ?? '', DEBOUNCE_MS);
  const { data, previousData } = useQuery(MentionableUsersQueryDocument, {
    variables: { search, first: SUGGESTIONS },
    skip: !query || search.length === 0,
  });
  const options = query ? ((data ?? previousData)?.mentionableUsers ?? []) : [];
  const open = Boolean(query) && dismissedAt !== query?.start && options.length > 0;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const listboxId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  function trackCaret(event: SyntheticEvent<HTMLTextAreaElement>) {
    const position = event.currentTarget.selectionStart;
    setCaret(position);
    const next = findMentionQuery(event.currentTarget.value, position);
    if (!next || next.start !== query?.start) setActive(0);
    if (!next || next.start !== dismissedAt) setDismissedAt(null);
  }

  function choose(index: number) {
    const user = options[index];
    if (!user || !query) return;
    const result = insertMention(value, query, caret, user.displayName);
    pendingCaret.current = result.caret;
    setCaret(result.caret);
    setActive(0);
    onChange(result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    const handled = ['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape', 'Home', 'End'].includes(event.key);
    if (!handled || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // Escape must close only the suggestions, not a surrounding dialog or popover.
    event.stopPropagation();
    if (event.key === 'ArrowDown') setActive((activeIndex + 1) % options.length);
    else if (event.key === 'ArrowUp') setActive((activeIndex - 1 + options.length) % options.length);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(options.length - 1);
    else if (event.key === 'Escape') setDismissedAt(query?.start ?? null);
    else choose(activeIndex);
  }

  const inputProps = {
    ref: textareaRef,
    role: 'combobox' as const,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open,
    'aria-controls': listboxId,
    'aria-activedescendant': open ? optionId(activeIndex) : undefined,
    onKeyDown,
    onSelect: trackCaret,
    onInput: trackCaret,
  };

  return { inputProps, open, options, activeIndex, listboxId, optionId, choose };
}
