import { registerEnumType } from '@nestjs/graphql';
import {
  NotificationType,
  OrganisationKind,
  Role,
  ThreadState,
  UserStatus,
  WatchLevel,
  WatchTarget,
} from '@forum/shared';

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation a user belongs to',
});
registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(ThreadState, { name: 'ThreadState' });

registerEnumType(WatchTarget, { name: 'WatchTarget' });
registerEnumType(WatchLevel, { name: 'WatchLevel', description: 'NONE removes an explicit level' });
registerEnumType(NotificationType, { name: 'NotificationType' });

export { NotificationType, OrganisationKind, Role, ThreadState, UserStatus, WatchLevel, WatchTarget };
