import { useTranslation } from 'react-i18next';

export type ThreadFilter = 'ALL' | 'OPEN' | 'ANSWERED';
const FILTERS: Array<{ value: ThreadFilter; labelKey: string }> = [
  { value: 'ALL', labelKey: 'topics.filterAll' },
  { value: 'OPEN', labelKey: 'topics.filterOpen' },
  { value: 'ANSWERED', labelKey: 'topics.filterAnswered' },
];

export function ThreadStateFilter({
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
        {FILTERS.map((f) => (
          <div className="kern-form-check" key={f.value}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`thread-filter-${f.value}`}
              name="thread-filter"
              value={f.value}
              checked={value === f.value}
              onChange={() => onChange(f.value)}
            />
            <label className="kern-label" htmlFor={`thread-filter-${f.value}`}>
              {t(f.labelKey)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
