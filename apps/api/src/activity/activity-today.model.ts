import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ActivityToday', {
  description: 'What happened today (since midnight, German time): the presenter\'s "heute"',
})
export class ActivityTodayModel {
  @Field({ description: 'Start of the day counted' })
  since!: Date;

  @Field(() => Int, { description: 'Questions asked' })
  questions!: number;

  @Field(() => Int, { description: 'Official Land answers written (visible ones)' })
  officialAnswers!: number;

  @Field(() => Int, { description: 'Answers accepted as the solution' })
  solved!: number;

  @Field(() => Int, { description: 'Accounts of Kommunen approved' })
  kommunenJoined!: number;
}
