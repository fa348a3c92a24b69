import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SignInProvider', { description: 'An OpenID Connect provider on the sign-in page' })
export class SignInProviderModel {
  @Field({ description: 'Its id in /auth/oidc/<id>/login' })
  id!: string;

  @Field({ description: 'The button text' })
  label!: string;

  @Field({ description: 'Where the button leads: /auth/oidc/<id>/login' })
  loginUrl!: string;
}

@ObjectType('SignInOptions', { description: 'How people sign in to this forum' })
export class SignInOptionsModel {
  @Field({ description: 'false: only through the providers (PASSWORD_LOGIN=false)' })
  passwordLogin!: boolean;

  @Field(() => [SignInProviderModel])
  providers!: SignInProviderModel[];
}

@ObjectType('IdentityProvider', {
  description: 'A configured OpenID Connect provider (admins), without secrets',
})
export class IdentityProviderModel {
  @Field()
  id!: string;

  @Field()
  label!: string;

  @Field()
  issuer!: string;

  @Field()
  clientId!: string;

  @Field({ description: 'New users are active at once, in the organisation the claims name' })
  trusted!: boolean;

  @Field(() => String, { nullable: true })
  organisationClaim!: string | null;

  @Field(() => String, { nullable: true })
  organisationId!: string | null;

  @Field(() => Int, { description: 'Accounts linked to this provider' })
  linkedAccounts!: number;
}
