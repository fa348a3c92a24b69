import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchLevel, WatchTarget } from '../../../gql/graphql';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useWatchLevel } from '../hooks/use-watch-level';

const LEVELS: WatchLevel[] = ['WATCHING', 'NONE', 'MUTED'];

interface WatchControlProps {
  targetType: WatchTarget;
  /** The board's slug, or the topic's or thread's id. */
  targetKey: string;
}

/**
 * A labelled select for the viewer's watch level: "Beobachten" notifies of everything new, "Stummschalten"
 * of nothing, "Normal" follows the defaults. Saves on change and confirms in a status message.
 */
export function WatchControl({ targetType, targetKey }: WatchControlProps) {
  const { t } = useTranslation();
  const { level, setLevel, saving, error } = useWatchLevel(targetType, targetKey);
  const [saved, setSaved] = useState<WatchLevel | null>(null);
  if (!level) return null;
  const id = `watch-${targetType.toLowerCase()}`;

  async function onChange(next: WatchLevel) {
    setSaved(null);
    try {
      await setLevel(next);
      setSaved(next);
    } catch {
      // Shown by ApiErrorAlert below.
    }
  }

  return (
    <div className="kern-form-input app-watch">
      <label className="kern-label" htmlFor={id}>
        {t(`watch.label.${targetType}`)}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t('watch.hint')}
      </div>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          value={level}
          disabled={saving}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(e) => void onChange(e.target.value as WatchLevel)}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`watch.level.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p
        id={`${id}-status`}
        role="status"
        className="kern-body kern-body--small kern-body--muted app-watch__status"
      >
        {saved ? t(`watch.saved.${saved}`) : ''}
      </p>
      <ApiErrorAlert error={error} />
    </div>
  );
}
