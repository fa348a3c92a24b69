import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { OrganisationKind, QuestionProgress, ThreadState } from '../../common/graphql/enums';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchSort, { name: 'SearchSort' });

@InputType('SearchFilter')
export class SearchFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültiger Bereich.' })
  boardId?: string;

  @Field(() => ID, { nullable: true, description: 'Topic / EfA service' })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültiges Thema.' })
  topicId?: string;

  @Field(() => ID, { nullable: true, description: 'Lead Land of the EfA service' })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültiges Land.' })
  leadLandId?: string;

  @Field(() => ID, { nullable: true, description: 'Only questions with this tag (Query.tags)' })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültiges Schlagwort.' })
  tagId?: string;

  @Field(() => OrganisationKind, { nullable: true, description: "Kind of the asker's organisation" })
  @IsOptional()
  @IsEnum(OrganisationKind)
  authorOrganisationKind?: OrganisationKind;

  @Field(() => ThreadState, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadState)
  state?: ThreadState;

  @Field(() => QuestionProgress, {
    nullable: true,
    description: 'Status as people see it (Offen, Landesantwort liegt vor, Gelöst, Geschlossen)',
  })
  @IsOptional()
  @IsEnum(QuestionProgress)
  progress?: QuestionProgress;

  @Field(() => Date, { nullable: true, description: 'Asked on or after' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Asked before' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
