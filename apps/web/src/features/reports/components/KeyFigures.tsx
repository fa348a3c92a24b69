import { useTranslation } from 'react-i18next';
import { formatHours, formatInteger, formatShare, median } from '@/shared/lib/format-number';
import type { ServiceRow } from '../lib/sort-services';
import './key-figures.css';

export interface KeyFigureValues {
  questions: number;
  answered: number;
  answeredShare: number | null;
  medianHours: number | null;
}

/** Totals over all services; the median is the median of the services' medians (the API has no overall one). */
export function keyFigures(services: readonly ServiceRow[]): KeyFigureValues {
  const questions = services.reduce((sum, s) => sum + s.questions, 0);
  const answered = services.reduce((sum, s) => sum + s.answered, 0);
  return {
    questions,
    answered,
    answeredShare: questions > 0 ? answered / questions : null,
    medianHours: median(services.map((s) => s.medianHoursToFirstLandAnswer)),
  };
}

export function KeyFigures({
  services,
  kommunen,
  variant = 'page',
}: {
  services: readonly ServiceRow[];
  kommunen: number | null;
  variant?: 'page' | 'presenter';
}) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const figures = keyFigures(services);
  const items = [
    { key: 'questions', value: formatInteger(figures.questions, lng) },
    {
      key: 'answeredShare',
      value: formatShare(figures.answeredShare, lng),
      hint: t('figures.answeredOf', {
        answered: formatInteger(figures.answered, lng),
        questions: formatInteger(figures.questions, lng),
      }),
    },
    { key: 'medianHours', value: formatHours(figures.medianHours, lng), hint: t('figures.medianHint') },
    {
      key: 'municipalities',
      value: kommunen === null ? '–' : formatInteger(kommunen, lng),
      hint: t('figures.municipalitiesHint'),
    },
  ];
  return (
    <dl className={`app-key-figures app-key-figures--${variant}`}>
      {items.map((item) => (
        <div className="app-key-figure" key={item.key}>
          <dt className="app-key-figure__label">{t(`figures.${item.key}`)}</dt>
          <dd className="app-key-figure__value">{item.value}</dd>
          {item.hint ? <dd className="app-key-figure__hint">{item.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
