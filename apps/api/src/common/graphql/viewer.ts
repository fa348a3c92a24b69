import type { OrganisationKind, Role, UserStatus } from '@forum/shared';

/** The signed-in user behind a request or socket, resolved from the session once per request. */
export interface Viewer {
  id: string;
  sessionId: string;
  role: Role;
  status: UserStatus;
  organisationId: string;
  organisationKind: OrganisationKind;
}
