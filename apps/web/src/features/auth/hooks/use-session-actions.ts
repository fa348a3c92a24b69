import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { disconnectSocket } from '../../../shared/realtime/socket';
import { LogoutMutationDocument } from '../graphql/login.graphql';
import { MeQueryDocument } from '../graphql/viewer.graphql';

/** Signs out, drops every cached (user-specific) result and returns to the landing page. */
export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogoutMutationDocument);
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // Even if the server call fails, the local session state is dropped below.
    }
    disconnectSocket();
    // Clear without refetching (a refetch of the page being left would be aborted), then mark as guest.
    await client.clearStore();
    client.cache.writeQuery({ query: MeQueryDocument, data: { me: null } });
    await navigate('/', { replace: true });
  }, [client, mutate, navigate]);
  return { logout, loading };
}
