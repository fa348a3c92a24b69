import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';

export const FAQ_QUESTION_MAX = 300;
export const FAQ_ANSWER_MAX = 20_000;
const QUESTION_MIN = { message: 'Die Frage muss mindestens 5 Zeichen lang sein.' };
const QUESTION_MAX = { message: `Die Frage darf höchstens ${FAQ_QUESTION_MAX} Zeichen lang sein.` };
const ANSWER_MIN = { message: 'Die Antwort darf nicht leer sein.' };
const ANSWER_MAX = { message: `Die Antwort darf höchstens 20.000 Zeichen lang sein.` };

/** promoteToFaq(postId, question, answer): without question and answer, the thread's title and the post. */
@ArgsType()
export class PromoteToFaqArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Beitrag.' })
  postId!: string;

  @Field(() => String, { nullable: true, description: 'The question, shortened; default: the thread title' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(5, QUESTION_MIN)
  @MaxLength(FAQ_QUESTION_MAX, QUESTION_MAX)
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer as markdown, edited; default: the post' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, ANSWER_MIN)
  @MaxLength(FAQ_ANSWER_MAX, ANSWER_MAX)
  answer?: string | null;
}

@InputType()
export class UpdateFaqEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger FAQ-Eintrag.' })
  id!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(5, QUESTION_MIN)
  @MaxLength(FAQ_QUESTION_MAX, QUESTION_MAX)
  question!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, ANSWER_MIN)
  @MaxLength(FAQ_ANSWER_MAX, ANSWER_MAX)
  answer!: string;
}
