import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from '../common/graphql/enums';
import type { OrganisationEntity } from './organisation.entity';

@ObjectType('Organisation', {
  description: 'A Kommune, Land, the Bund, FITKO, a Spitzenverband or an IT-Dienstleister',
})
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'AGS/ARS of a Kommune, two-letter code of a Land' })
  code!: string | null;

  landId!: string | null;
}

export function toOrganisationModel(e: OrganisationEntity): OrganisationModel {
  return Object.assign(new OrganisationModel(), {
    id: e.id,
    name: e.name,
    kind: e.kind,
    code: e.code,
    landId: e.landId,
  });
}
