import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@/shared/hooks/use-debounced-value';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { FaqEntriesQueryDocument } from '../graphql/faq.graphql';
import './faq.css';

export const FAQ_MIN_LENGTH = 10;
const DEBOUNCE_MS = 300;

/**
 * While a Kommune types a question: FAQ entries whose question matches, offered before the similar
 * threads (the answer may already be there). Nothing when nothing matches.
 */
export function FaqSuggestions({ topicId, title }: { topicId: string; title: string }) {
  const { t, ready } = useNamespace('faq');
  const debounced = useDebouncedValue(title.trim(), DEBOUNCE_MS);
  const enabled = debounced.length >= FAQ_MIN_LENGTH;
  const { data, previousData } = useQuery(FaqEntriesQueryDocument, {
    variables: { search: debounced, topicId, first: 3 },
    skip: !enabled,
  });
  const items = enabled ? ((data ?? previousData)?.faqEntries ?? []) : [];
  const show = ready && items.length > 0;
  return (
    <>
      <div className="kern-sr-only" aria-live="polite" aria-atomic="true">
        {show ? t('suggestions.count', { count: items.length }) : ''}
      </div>
      {show ? (
        <section className="app-faq-suggestions app-stack-sm" aria-labelledby="faq-suggestions-title">
          <h2 id="faq-suggestions-title" className="kern-heading-small">
            {t('suggestions.title')}
          </h2>
          <ul className="app-faq__list">
            {items.map((entry) => (
              <li key={entry.id} className="app-faq__item">
                <details>
                  <summary className="kern-body kern-body--bold">{entry.question}</summary>
                  <div className="app-post-body" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
                  <p className="kern-body kern-body--small">
                    {t('suggestions.service', { title: entry.topic.title })}
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
