import { useNamespace } from '../../moderation/hooks/use-namespace';

export function useAdminT() {
  return useNamespace('admin');
}
