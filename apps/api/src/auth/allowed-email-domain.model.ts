import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from '../common/graphql/enums';
import type { EmailDomainAllowEntity } from './email-domain-allow.entity';

@ObjectType('AllowedEmailDomain', {
  description: 'Registrations from this domain for this organisation kind are approved at once',
})
export class AllowedEmailDomainModel {
  @Field(() => ID)
  id!: string;

  @Field()
  domain!: string;

  @Field(() => OrganisationKind)
  organisationKind!: OrganisationKind;

  @Field()
  createdAt!: Date;
}

export function toAllowedEmailDomainModel(e: EmailDomainAllowEntity): AllowedEmailDomainModel {
  return Object.assign(new AllowedEmailDomainModel(), {
    id: e.id,
    domain: e.domain,
    organisationKind: e.organisationKind,
    createdAt: e.createdAt,
  });
}
