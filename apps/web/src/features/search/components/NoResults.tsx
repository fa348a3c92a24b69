import { useTranslation } from 'react-i18next';
import { Icon } from '@/shared/components/Icon';
import { SearchSuggestion } from './SearchSuggestion';

const TIPS = ['spelling', 'fewer', 'phrase', 'exclude', 'or'] as const;

export function NoResults({ query, filtered }: { query: string; filtered: boolean }) {
  const { t } = useTranslation('search');
  return (
    <div className="kern-alert kern-alert--info app-no-results">
      <div className="kern-alert__header">
        <Icon name="info" />
        <h2 className="kern-title">{t('none.title', { query })}</h2>
      </div>
      <div className="kern-alert__body">
        <SearchSuggestion query={query} />
        <p className="kern-body">{t('none.intro')}</p>
        <ul className="kern-list kern-list--bullet">
          {filtered ? <li>{t('none.filters')}</li> : null}
          {TIPS.map((tip) => (
            <li key={tip}>{t(`none.${tip}`)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
