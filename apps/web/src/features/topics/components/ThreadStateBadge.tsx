import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../shared/components/Badge';
import type { IconName } from '../../../shared/components/Icon';
import type { ThreadState } from '../../../gql/graphql';

const VARIANTS: Record<ThreadState, BadgeVariant> = { OPEN: 'warning', ANSWERED: 'success', CLOSED: 'info' };
const ICONS: Record<ThreadState, IconName> = { OPEN: 'help', ANSWERED: 'check-circle', CLOSED: 'lock' };

export function ThreadStateBadge({ state }: { state: ThreadState }) {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[state]} icon={ICONS[state]}>
      {t(`threads.state.${state}`)}
    </Badge>
  );
}
