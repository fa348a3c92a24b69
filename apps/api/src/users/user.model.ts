import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, UserStatus } from '../common/graphql/enums';
import type { GqlContext } from '../common/graphql/gql-context';
import { MethodField } from '../common/graphql/method-field';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import type { UserEntity } from './user.entity';
import { organisationById } from '../organisations/organisation.loaders';

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
  /** Whether the e-mail address is confirmed; exposed to the user themself and to moderators. */
  privateEmailConfirmed!: boolean;

  // Resolved by a method of the model (MethodField): every author on a page needs it.
  @MethodField('User', () => OrganisationModel)
  async organisation(_args: unknown, ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.get(organisationById).load(this.organisationId);
    if (!org) throw new Error(`Organisation ${this.organisationId} missing for user ${this.id}`);
    return toOrganisationModel(org);
  }
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
    privateEmailConfirmed: e.emailVerifiedAt != null,
  });
}
