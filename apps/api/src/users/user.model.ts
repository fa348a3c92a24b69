import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, UserStatus } from '../common/graphql/enums';
import type { UserEntity } from './user.entity';

export const DELETED_ACCOUNT_NAME = 'Gelöschtes Konto';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field()
  createdAt!: Date;

  organisationId!: string;
  /** Exposed through a field resolver only to the user themself and to moderators. */
  privateEmail!: string | null;
}

export function toUserModel(e: UserEntity): UserModel {
  const deleted = e.status === UserStatus.DELETED;
  return Object.assign(new UserModel(), {
    id: e.id,
    displayName: deleted ? DELETED_ACCOUNT_NAME : e.displayName,
    role: e.role,
    status: e.status,
    createdAt: e.createdAt,
    organisationId: e.organisationId,
    privateEmail: deleted ? null : e.email,
  });
}
