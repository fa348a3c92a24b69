import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { Icon } from '@/shared/components/Icon';
import { useNamespace } from '@/shared/hooks/use-namespace';
import {
  RemoveFaqEntryMutationDocument,
  ReorderFaqMutationDocument,
  TopicFaqQueryDocument,
} from '../graphql/faq.graphql';
import './faq.css';

/**
 * The FAQ of an EfA service on its topic page: questions that open to their answer, each linked to the
 * thread it came from and marked when that answer changed after promotion. The lead Land and moderators
 * reorder and remove entries.
 */
export function FaqSection({ topicId }: { topicId: string }) {
  const { t, ready } = useNamespace('faq');
  const { data, error, refetch } = useQuery(TopicFaqQueryDocument, { variables: { topicId } });
  const [remove, removeState] = useMutation(RemoveFaqEntryMutationDocument);
  const [reorder, reorderState] = useMutation(ReorderFaqMutationDocument);
  const topic = data?.topic;
  if (!ready || !topic) return error ? <ApiErrorAlert error={error} /> : null;
  const entries = topic.faq;
  const curate = topic.viewerCanCurateFaq;
  if (entries.length === 0 && !curate) return null;

  const move = async (index: number, by: -1 | 1) => {
    const ids = entries.map((e) => e.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    await reorder({ variables: { topicId, ids } });
    await refetch();
    document.getElementById(`faq-move-${id}-${by === -1 ? 'up' : 'down'}`)?.focus();
  };

  return (
    <section className="app-stack-sm app-faq" aria-labelledby="faq-title">
      <h2 id="faq-title" className="kern-heading-medium">
        {t('title')}
      </h2>
      {entries.length === 0 ? <p className="kern-body">{t('emptyCurator')}</p> : null}
      <ApiErrorAlert error={removeState.error ?? reorderState.error} />
      <ol className="app-faq__list">
        {entries.map((entry, index) => (
          <li key={entry.id} className="app-faq__item">
            <details>
              <summary className="kern-body kern-body--bold">{entry.question}</summary>
              <div className="app-post-body" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
              {entry.sourceThread ? (
                <p className="kern-body kern-body--small">
                  <Link
                    className="kern-link"
                    to={`/fragen/${encodeURIComponent(entry.sourceThread.id)}${entry.sourcePost ? `#post-${entry.sourcePost.id}` : ''}`}
                  >
                    {t('source', { title: entry.sourceThread.title })}
                  </Link>
                </p>
              ) : null}
            </details>
            {entry.sourceChanged ? (
              <Badge variant="warning" icon="warning">
                {t('sourceChanged')}
              </Badge>
            ) : null}
            {curate ? (
              <span className="app-faq__actions">
                <button
                  type="button"
                  id={`faq-move-${entry.id}-up`}
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  disabled={index === 0 || reorderState.loading}
                  onClick={() => void move(index, -1)}
                  aria-label={t('moveUp', { question: entry.question })}
                >
                  <Icon name="arrow-upward" size="small" />
                </button>
                <button
                  type="button"
                  id={`faq-move-${entry.id}-down`}
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  disabled={index === entries.length - 1 || reorderState.loading}
                  onClick={() => void move(index, 1)}
                  aria-label={t('moveDown', { question: entry.question })}
                >
                  <Icon name="arrow-downward" size="small" />
                </button>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  disabled={removeState.loading}
                  onClick={() => {
                    if (!window.confirm(t('removeConfirm', { question: entry.question }))) return;
                    void remove({ variables: { id: entry.id } }).then(() => refetch());
                  }}
                  aria-label={t('remove', { question: entry.question })}
                >
                  <Icon name="delete" size="small" />
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
