import { registerEnumType } from '@nestjs/graphql';
import {
  NotificationType,
  OrganisationKind,
  QuestionProgress,
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
registerEnumType(QuestionProgress, {
  name: 'QuestionProgress',
  description:
    'The status people see: OPEN (Offen), LAND_ANSWERED (Landesantwort liegt vor: a visible official Land answer), SOLVED (Gelöst: an accepted answer), CLOSED (Geschlossen)',
});

registerEnumType(WatchTarget, { name: 'WatchTarget' });
registerEnumType(WatchLevel, { name: 'WatchLevel', description: 'NONE removes an explicit level' });
registerEnumType(NotificationType, { name: 'NotificationType' });

export {
  NotificationType,
  OrganisationKind,
  QuestionProgress,
  Role,
  ThreadState,
  UserStatus,
  WatchLevel,
  WatchTarget,
};
