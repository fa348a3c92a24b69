import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/shared/components/FieldError';
import { activePreset, isPeriodValid, PRESETS, presetPeriod, type Period } from '../lib/period';

/** From/to dates plus presets; the parent keeps the chosen period in the URL. */
export function PeriodChooser({
  period,
  onChange,
  today = new Date(),
}: {
  period: Period;
  onChange: (period: Period) => void;
  today?: Date;
}) {
  const { t } = useTranslation('reports');
  const [von, setVon] = useState(period.von ?? '');
  const [bis, setBis] = useState(period.bis ?? '');
  const [error, setError] = useState(false);
  const current = activePreset(period, today);

  function apply(next: Period) {
    setVon(next.von ?? '');
    setBis(next.bis ?? '');
    setError(false);
    onChange(next);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = { von: von || null, bis: bis || null };
    if (!isPeriodValid(next)) return setError(true);
    apply(next);
  }

  return (
    <form className="app-period app-no-print" onSubmit={onSubmit} aria-labelledby="period-legend" noValidate>
      <fieldset className="kern-fieldset">
        <legend className="kern-label" id="period-legend">
          {t('period.legend')}
        </legend>
        <div className="kern-fieldset__body app-period__row">
          <div className="app-period__presets" role="group" aria-label={t('period.presets')}>
            {PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                className={`kern-btn kern-btn--x-small ${current === preset ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
                aria-pressed={current === preset}
                onClick={() => apply(presetPeriod(preset, today))}
              >
                <span className="kern-label">{t(`period.${preset}`)}</span>
              </button>
            ))}
          </div>
          <div className="kern-form-input app-period__date">
            <label className="kern-label" htmlFor="period-from">
              {t('period.from')}
            </label>
            <input
              id="period-from"
              type="date"
              className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
              value={von}
              max={bis || undefined}
              aria-invalid={error || undefined}
              aria-describedby={error ? 'period-error' : undefined}
              onChange={(e) => setVon(e.target.value)}
            />
          </div>
          <div className="kern-form-input app-period__date">
            <label className="kern-label" htmlFor="period-to">
              {t('period.to')}
            </label>
            <input
              id="period-to"
              type="date"
              className="kern-form-input__input"
              value={bis}
              min={von || undefined}
              onChange={(e) => setBis(e.target.value)}
            />
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary app-period__apply">
            <span className="kern-label">{t('period.apply')}</span>
          </button>
        </div>
        {error ? <FieldError id="period-error" message={t('period.invalid')} /> : null}
      </fieldset>
    </form>
  );
}
