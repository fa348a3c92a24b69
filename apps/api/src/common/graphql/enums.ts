import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind, Role, ThreadState, UserStatus } from '@forum/shared';

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation a user belongs to',
});
registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(ThreadState, { name: 'ThreadState' });

export { OrganisationKind, Role, ThreadState, UserStatus };
