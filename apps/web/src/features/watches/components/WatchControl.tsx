import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { WatchLevel, WatchTarget } from '@/gql/graphql';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Icon, type IconName } from '@/shared/components/Icon';
import { MenuButton, type MenuOption } from '@/shared/components/MenuButton';
import { useWatchLevel } from '../hooks/use-watch-level';

const LEVELS: WatchLevel[] = ['WATCHING', 'NONE', 'MUTED'];
const ICONS: Record<WatchLevel, IconName> = {
  WATCHING: 'notifications-active',
  NONE: 'notifications',
  MUTED: 'notifications-off',
};

interface WatchControlProps {
  targetType: WatchTarget;
  /** The board's slug, or the topic's or thread's id. */
  targetKey: string;
}

/**
 * The viewer's notification level as a compact menu button (as Discourse shows it): "Beobachten" notifies of
 * everything new, "Normal" follows the defaults, "Stummschalten" of nothing. Saves on choice and confirms in a
 * status message.
 */
export function WatchControl({ targetType, targetKey }: WatchControlProps) {
  const { t } = useTranslation();
  const { level, setLevel, saving, error } = useWatchLevel(targetType, targetKey);
  const [saved, setSaved] = useState<WatchLevel | null>(null);
  if (!level) return null;
  const statusId = `watch-${targetType.toLowerCase()}-status`;

  async function onSelect(next: WatchLevel) {
    setSaved(null);
    try {
      await setLevel(next);
      setSaved(next);
    } catch {
      // Shown by ApiErrorAlert below.
    }
  }

  const options: MenuOption<WatchLevel>[] = LEVELS.map((l) => ({
    value: l,
    label: t(`watches.level.${l}`),
    description: t(`watches.description.${l}`),
    icon: ICONS[l],
  }));
  const current = t(`watches.current.${level}`);
  return (
    <div className="app-watch">
      <MenuButton
        label={`${t(`watches.label.${targetType}`)}: ${current}`}
        options={options}
        value={level}
        onSelect={(next) => void onSelect(next)}
        disabled={saving}
      >
        <Icon name={ICONS[level]} size="small" />
        <span className="kern-label">{current}</span>
      </MenuButton>
      <p id={statusId} role="status" className="kern-sr-only">
        {saved ? t(`watches.saved.${saved}`) : ''}
      </p>
      <ApiErrorAlert error={error} />
    </div>
  );
}
