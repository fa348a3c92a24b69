import { useTranslation } from 'react-i18next';
import { Badge, type BadgeVariant } from '../../../shared/components/Badge';
import type { ThreadState } from '../../../gql/graphql';

const VARIANTS: Record<ThreadState, BadgeVariant> = { OPEN: 'warning', ANSWERED: 'success', CLOSED: 'info' };
const ICONS: Record<ThreadState, string> = { OPEN: 'help', ANSWERED: 'check', CLOSED: 'close' };

export function ThreadStateBadge({ state }: { state: ThreadState }) {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[state]} icon={ICONS[state]}>
      {t(`threads.state.${state}`)}
    </Badge>
  );
}
