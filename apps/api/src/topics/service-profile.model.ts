import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReuseLink } from './topic.entity';

export enum ReuseModel {
  FIT_STORE = 'FIT_STORE',
  MARKTPLATZ = 'MARKTPLATZ',
  LANDESPLATTFORM = 'LANDESPLATTFORM',
  OTHER = 'OTHER',
}
registerEnumType(ReuseModel, {
  name: 'ReuseModel',
  description:
    'Nachnutzungsmodell: FIT-Store, Marktplatz für EfA-Leistungen, a Landesplattform, or another way',
});

@ObjectType('ReuseLink', { description: 'A Nachnutzungsmodell of an EfA service with its link' })
export class ReuseLinkModel {
  @Field(() => ReuseModel)
  model!: ReuseModel;

  @Field({ description: 'Shown name, e.g. "FIT-Store" or "Landesplattform Hamburg"' })
  label!: string;

  @Field({ description: 'https URL' })
  url!: string;
}

export const toReuseLinkModels = (links: readonly ReuseLink[]): ReuseLinkModel[] =>
  links.map((l) =>
    Object.assign(new ReuseLinkModel(), { model: l.model as ReuseModel, label: l.label, url: l.url }),
  );

/** The Steckbrief fields that a revision records (the whole state after the change). */
export interface ServiceProfileSnapshot {
  description: string | null;
  serviceStatus: string | null;
  contactRole: string | null;
  reuseLinks: ReuseLink[];
  standards: string[];
  leadLandId: string | null;
  ozgId: string | null;
  leikaKey: string | null;
  link: string | null;
}

@ObjectType('ServiceProfileRevision', { description: 'One saved version of a Steckbrief' })
export class ServiceProfileRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => [String], { description: 'Names of the Topic fields this change set' })
  changedFields!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  serviceStatus!: string | null;

  @Field(() => String, { nullable: true })
  contactRole!: string | null;

  @Field(() => [ReuseLinkModel])
  reuseLinks!: ReuseLinkModel[];

  @Field(() => [String])
  standards!: string[];

  @Field(() => String, { nullable: true })
  ozgId!: string | null;

  @Field(() => String, { nullable: true })
  leikaKey!: string | null;

  editorId!: string | null;
  leadLandId!: string | null;
}
