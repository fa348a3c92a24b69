import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Icon } from '@/shared/components/Icon';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import type { TagsAdminQuery } from '@/gql/graphql';
import { TagsAdminQueryDocument } from '../graphql/tags-admin.graphql';
import { CreateTagForm } from './CreateTagForm';
import { EditTagDialog } from './EditTagDialog';
import { MergeTagsDialog } from './MergeTagsDialog';
import '@/shared/components/admin-ui.css';
import './tags.css';

type AdminTag = TagsAdminQuery['tags'][number];

/** /moderation/schlagwoerter: the curated set of tags (moderators create, rename, describe and merge). */
export function TagsAdminPage() {
  const { t, ready } = useNamespace('tags');
  const { data, loading, error } = useQuery(TagsAdminQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<AdminTag | null>(null);
  const [merging, setMerging] = useState<AdminTag | null>(null);
  const tags = data?.tags ?? [];
  if (!ready) return <Loading />;

  const done = (message: string) => {
    setStatus(message);
    // The dialog's opener may be gone (a merged tag): keep the keyboard on the page.
    window.requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        document.querySelector<HTMLElement>('main h1')?.focus();
    });
  };

  return (
    <div className="app-stack">
      <PageHeading title={t('manage.title')} />
      <p className="kern-body">{t('manage.intro')}</p>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={error} />
      <section aria-labelledby="tags-list-title" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="tags-list-title">
          {t('manage.listTitle')}
        </h2>
        {loading && !data ? <Loading /> : null}
        {data && !tags.length ? <p className="kern-body">{t('manage.empty')}</p> : null}
        <ul className="app-admin-list">
          {tags.map((tag) => (
            <li key={tag.id}>
              <div className="app-admin-list__main">
                <p className="kern-title">
                  <Icon name="sell" size="small" /> {tag.name}
                </p>
                <p className="kern-body kern-body--small">
                  {t('manage.questionCount', { count: tag.questionCount })} ·{' '}
                  <Link className="kern-link" to={`/schlagwort/${encodeURIComponent(tag.slug)}`}>
                    {t('manage.pageLink')}
                    <span className="kern-sr-only"> {tag.name}</span>
                  </Link>
                </p>
                <p className="kern-body kern-body--small app-tag-admin__description">
                  {tag.description || t('manage.noDescription')}
                </p>
              </div>
              <div className="app-admin-actions">
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary kern-btn--x-small"
                  aria-haspopup="dialog"
                  aria-label={t('manage.editLabel', { name: tag.name })}
                  onClick={() => {
                    setStatus(null);
                    setEditing(tag);
                  }}
                >
                  <Icon name="edit" size="small" />
                  <span className="kern-label">{t('manage.edit')}</span>
                </button>
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary kern-btn--x-small"
                  aria-haspopup="dialog"
                  aria-label={t('manage.mergeLabel', { name: tag.name })}
                  disabled={tags.length < 2}
                  onClick={() => {
                    setStatus(null);
                    setMerging(tag);
                  }}
                >
                  <Icon name="merge" size="small" />
                  <span className="kern-label">{t('manage.merge')}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tag-create-heading" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="tag-create-heading">
          {t('manage.createTitle')}
        </h2>
        <CreateTagForm onCreated={(name) => setStatus(t('manage.created', { name }))} />
      </section>
      <EditTagDialog
        tag={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          done(t('manage.saved', { name }));
        }}
      />
      <MergeTagsDialog
        source={merging}
        tags={tags}
        onClose={() => setMerging(null)}
        onMerged={(source, target) => {
          setMerging(null);
          done(t('manage.merged', { source, target }));
        }}
      />
    </div>
  );
}
