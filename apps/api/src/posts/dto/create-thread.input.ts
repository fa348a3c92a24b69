import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { IdList } from '../../common/validation/id-list';
import { Trim } from '../../common/validation/trim';
import { BODY_RULES } from './create-post.input';

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie ein Thema.' })
  topicId!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.threadTitleMin, {
    message: `Der Titel muss mindestens ${LIMITS.threadTitleMin} Zeichen lang sein.`,
  })
  @MaxLength(LIMITS.threadTitleMax, {
    message: `Der Titel darf höchstens ${LIMITS.threadTitleMax} Zeichen lang sein.`,
  })
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.postBodyMin, BODY_RULES.min)
  @MaxLength(LIMITS.postBodyMax, BODY_RULES.max)
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'UUID chosen by the client; repeating it returns the first result',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clientId muss eine UUID sein.' })
  clientId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Checked uploads (POST /uploads) to attach, in this order; at most 10',
  })
  @IdList(LIMITS.attachmentsPerPost, 'Höchstens 10 Dateien pro Beitrag.', 'Ungültige Datei.')
  attachmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Tags of the question (Query.tags); at most 5' })
  @IdList(LIMITS.tagsPerThread, 'Höchstens 5 Schlagwörter pro Frage.', 'Ungültiges Schlagwort.')
  tagIds?: string[] | null;
}
