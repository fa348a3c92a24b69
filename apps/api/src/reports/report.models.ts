import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AdoptionCountsModel } from '../adoptions/adoption.model';

@ObjectType('ServiceProgress', { description: 'Progress of one EfA service (topic) over the report period' })
export class ServiceProgressModel {
  @Field(() => Int, { description: 'Questions (threads) asked in the period' })
  questions!: number;

  @Field(() => Int, {
    description:
      '"Beantwortet": questions with a visible official Land answer or an accepted answer, in any state',
  })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Share answered, 0–1; null without questions' })
  answeredShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from question to the first answer by any Land',
  })
  medianHoursToFirstLandAnswer!: number | null;

  @Field(() => Int, { description: 'Distinct Kommunen that asked or answered in these questions' })
  municipalities!: number;

  @Field(() => Date, { nullable: true })
  lastActivityAt!: Date | null;

  @Field(() => [Int], {
    description: 'Questions per week, oldest first, for the 12 weeks ending with the period',
  })
  weeklyQuestions!: number[];

  @Field(() => AdoptionCountsModel, {
    description:
      'Kommunen that use, introduce or plan it at the end of the period: records begun before it ends ' +
      '("seit" date for USES and IN_PROGRESS, else the day the status was recorded)',
  })
  adoption!: AdoptionCountsModel;

  @Field(() => AdoptionCountsModel, { description: 'Of `adoption`, the records begun within the period' })
  adoptionNew!: AdoptionCountsModel;

  topicId!: string;
  topicTitle!: string;
  leadLandName!: string | null;
}

@ObjectType('LandProgress', { description: 'Progress of the services one Land leads' })
export class LandProgressModel {
  @Field(() => Int, { description: 'EfA services the Land leads' })
  ledServices!: number;

  @Field(() => Int, { description: 'Questions in the services the Land leads' })
  questions!: number;

  @Field(() => Int, {
    description:
      '"Beantwortet": questions with a visible official Land answer or an accepted answer, in any state',
  })
  answered!: number;

  @Field(() => Float, { nullable: true })
  answeredShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours to the first answer by any Land' })
  medianHoursToFirstLandAnswer!: number | null;

  @Field(() => Int, { description: 'Answers written by representatives of this Land (any service)' })
  answersGiven!: number;

  @Field(() => AdoptionCountsModel, {
    description: "Adoption records of the Land's Kommunen over all services at the end of the period",
  })
  adoption!: AdoptionCountsModel;

  @Field(() => AdoptionCountsModel, { description: 'Of `adoption`, the records begun within the period' })
  adoptionNew!: AdoptionCountsModel;

  landId!: string;
  landName!: string;
}

@ObjectType('TagProgress', { description: 'Questions with one tag across all services (an extra breakdown)' })
export class TagProgressModel {
  @Field(() => Int, { description: 'Questions with the tag asked in the period' })
  questions!: number;

  @Field(() => Int, { description: '"Beantwortet", by the same rule as per service' })
  answered!: number;

  @Field(() => Float, { nullable: true })
  answeredShare!: number | null;

  @Field(() => Int, { description: 'EfA services these questions came from' })
  services!: number;

  tagId!: string;
  tagName!: string;
  tagSlug!: string;
  tagDescription!: string | null;
}

@ObjectType('KommunalpaktReport', { description: 'Umsetzungsstand des Kommunalpakts' })
export class KommunalpaktReportModel {
  @Field()
  generatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Start of the period (inclusive); null = since the beginning',
  })
  from!: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the period (exclusive); null = now' })
  to!: Date | null;

  @Field(() => [ServiceProgressModel])
  services!: ServiceProgressModel[];

  @Field(() => [LandProgressModel])
  laender!: LandProgressModel[];

  @Field(() => [TagProgressModel], { description: 'Per tag, most asked first' })
  tags!: TagProgressModel[];
}
