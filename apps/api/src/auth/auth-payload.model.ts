import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Session token for other clients: send as "Authorization: Bearer <token>"' })
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field({ description: 'When the session ends' })
  expiresAt!: Date;
}
