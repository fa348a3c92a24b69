import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '@/shared/components/Badge';
import type { IconName } from '@/shared/components/Icon';
import type { QuestionProgress } from '@/gql/graphql';

const VARIANTS: Record<QuestionProgress, BadgeVariant> = {
  OPEN: 'warning',
  LAND_ANSWERED: 'info',
  SOLVED: 'success',
  CLOSED: 'info',
};
const ICONS: Record<QuestionProgress, IconName> = {
  OPEN: 'help',
  LAND_ANSWERED: 'land',
  SOLVED: 'check-circle',
  CLOSED: 'close',
};

/**
 * The status of a question as people see it, the same everywhere (topic lists, thread page, search,
 * "Meine Fragen", the Land queue): Offen → Landesantwort liegt vor → Gelöst, or Geschlossen.
 */
export function ProgressBadge({ progress }: { progress: QuestionProgress }) {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[progress]} icon={ICONS[progress]}>
      {t(`threads.progress.${progress}`)}
    </Badge>
  );
}

export const PROGRESS_VALUES: readonly QuestionProgress[] = ['OPEN', 'LAND_ANSWERED', 'SOLVED', 'CLOSED'];
