import { useContext } from 'react';
import { RealtimeContext, type RealtimeApi } from '../lib/realtime-context';

/** The socket's status, event subscriptions and rooms (RealtimeProvider); inert outside a provider. */
export function useRealtime(): RealtimeApi {
  return useContext(RealtimeContext);
}
