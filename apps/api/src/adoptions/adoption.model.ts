import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AdoptionStatus } from '@forum/shared';

registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description:
    'USES (nutzt), IN_PROGRESS (in Umsetzung), PLANNED (geplant); NONE in setAdoption removes the record',
});

export { AdoptionStatus };

/** A row of the adoption queries (adoptions.sql.ts). */
export interface AdoptionRow {
  organisation_id: string;
  topic_id: string;
  status: AdoptionStatus;
  model: string | null;
  since: Date | null;
  recorded_by_id: string | null;
  updated_at: Date;
}

@ObjectType('Adoption', { description: 'A Kommune that uses, is introducing or plans an EfA service' })
export class AdoptionModel {
  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => String, { nullable: true, description: 'Nachnutzungsmodell, e.g. "FIT-Store"' })
  model!: string | null;

  @Field(() => Date, { nullable: true, description: 'Since when (uses), or the planned date' })
  since!: Date | null;

  @Field()
  updatedAt!: Date;

  organisationId!: string;
  topicId!: string;
  recordedById!: string | null;
}

export function toAdoptionModel(r: AdoptionRow): AdoptionModel {
  return Object.assign(new AdoptionModel(), {
    status: r.status,
    model: r.model,
    since: r.since,
    updatedAt: r.updated_at,
    organisationId: r.organisation_id,
    topicId: r.topic_id,
    recordedById: r.recorded_by_id,
  });
}

@ObjectType('AdoptionCounts', { description: 'Kommunen per adoption status' })
export class AdoptionCountsModel {
  @Field(() => Int)
  uses!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  planned!: number;
}

@ObjectType('LandAdoption', { description: 'Adoption in the Kommunen of one Land' })
export class LandAdoptionModel extends AdoptionCountsModel {
  @Field(() => ID)
  landId!: string;

  @Field({ description: 'Two-letter code of the Land, e.g. "HH"' })
  code!: string;

  @Field()
  name!: string;
}
