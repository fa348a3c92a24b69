import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OrganisationActivity', { description: 'How an organisation takes part in the forum' })
export class OrganisationActivityModel {
  @Field(() => Int, { description: 'Active accounts' })
  members!: number;

  @Field(() => Int, { description: 'Questions asked by its members' })
  questions!: number;

  @Field(() => Int, { description: 'Visible posts written for it' })
  posts!: number;

  @Field(() => Int, { description: 'Official answers (Länder only)' })
  officialAnswers!: number;
}
