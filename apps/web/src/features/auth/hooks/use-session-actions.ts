import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SignInOptionsQueryDocument } from '../graphql/identity.graphql';
import { LogoutMutationDocument } from '../graphql/login.graphql';
import { MeQueryDocument } from '../graphql/viewer.graphql';

/** Signs out, drops every cached (user-specific) result and returns to the landing page. */
export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogoutMutationDocument);
  const logout = useCallback(async () => {
    // With identity providers, the API's /auth/oidc/logout also ends the provider's session (when the
    // person signed in there; otherwise it returns to the landing page).
    const options = await client
      .query({ query: SignInOptionsQueryDocument })
      .then((r) => r.data?.signInOptions)
      .catch(() => undefined);
    try {
      await mutate();
    } catch {
      // Even if the server call fails, the local session state is dropped below.
    }
    // The RealtimeProvider closes the socket as soon as the viewer is gone (below).
    // Clear without refetching (a refetch of the page being left would be aborted), then mark as guest.
    await client.clearStore();
    client.cache.writeQuery({ query: MeQueryDocument, data: { me: null } });
    // clearStore also drops the cache watches of active queries, so the viewer query would keep showing the
    // signed-in user (and the socket would stay open): ask it again; without a session it answers `me: null`.
    await client.refetchQueries({ include: [MeQueryDocument] }).catch(() => undefined);
    if (options?.providers.length) window.location.assign('/auth/oidc/logout');
    else await navigate('/', { replace: true });
  }, [client, mutate, navigate]);
  return { logout, loading };
}
