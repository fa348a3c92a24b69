import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { ThreadTagsQueryDocument } from '../graphql/tags.graphql';
import './tags.css';

/** The question's tags, each a link to its tag page (questions across all services). */
export function TagLinks({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ThreadTagsQueryDocument, { variables: { id: threadId } });
  const tags = data?.thread?.tags ?? [];
  if (!tags.length) return null;
  return (
    <ul className="app-tags" aria-label={t('tags.threadTags')}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Link className="app-tag kern-link" to={`/schlagwort/${encodeURIComponent(tag.slug)}`}>
            <Icon name="sell" size="small" />
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
