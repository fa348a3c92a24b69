import { useTranslation } from 'react-i18next';
import type { QuestionProgress } from '@/gql/graphql';
import { PROGRESS_VALUES } from './ProgressBadge';

export type ThreadFilter = 'ALL' | QuestionProgress;
export const THREAD_FILTERS: readonly ThreadFilter[] = ['ALL', ...PROGRESS_VALUES];

/** Filters a topic's questions by the status people see (the same labels as the badges). */
export function ThreadProgressFilter({
  value,
  onChange,
}: {
  value: ThreadFilter;
  onChange: (v: ThreadFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="kern-fieldset app-thread-filter">
      <legend className="kern-label">{t('topics.filterLabel')}</legend>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
        {THREAD_FILTERS.map((f) => (
          <div className="kern-form-check" key={f}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`thread-filter-${f}`}
              name="thread-filter"
              value={f}
              checked={value === f}
              onChange={() => onChange(f)}
            />
            <label className="kern-label" htmlFor={`thread-filter-${f}`}>
              {f === 'ALL' ? t('topics.filterAll') : t(`threads.progress.${f}`)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
