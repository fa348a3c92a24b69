import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { selectedTextWithin } from '../lib/quote';
import { Icon } from '@/shared/components/Icon';

interface QuoteActionsProps {
  /** The post's body: only a selection inside it is offered for quoting. */
  bodyRef: RefObject<HTMLElement | null>;
  /** Markdown source of the whole post (the keyboard path quotes all of it). */
  body: string;
  authorName: string;
  onQuote: (text: string) => void;
}

/**
 * "Zitieren" on a post: always quotes the whole post (keyboard-usable); while text inside the post is
 * selected, "Auswahl zitieren" appears and quotes just that.
 */
export function QuoteActions({ bodyRef, body, authorName, onQuote }: QuoteActionsProps) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState('');
  useEffect(() => {
    const update = () => setSelection(selectedTextWithin(bodyRef.current));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [bodyRef]);

  return (
    <>
      {selection ? (
        <button
          type="button"
          className="kern-btn kern-btn--secondary kern-btn--x-small app-post__action"
          // Keep the selection (and where it is) while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            onQuote(selection);
            setSelection('');
          }}
        >
          <Icon name="format-quote" size="small" />
          <span className="kern-label">{t('posts.quoteSelection')}</span>
        </button>
      ) : null}
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action"
        aria-label={t('posts.quotePost', { name: authorName })}
        onClick={() => onQuote(body)}
      >
        <Icon name="format-quote" size="small" />
        <span className="kern-label">{t('posts.quote')}</span>
      </button>
    </>
  );
}
