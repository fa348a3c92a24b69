import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { BODY_RULES } from '../../posts/dto/create-post.input';

@ArgsType()
export class SaveDraftArgs {
  @Field({ description: 'thread:<threadId> for a reply, topic:<topicId> for a new question' })
  @IsString()
  @MaxLength(60, { message: 'Ungültiger Schlüssel für den Entwurf.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Title of a question draft' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.threadTitleMax, {
    message: `Der Titel darf höchstens ${LIMITS.threadTitleMax} Zeichen lang sein.`,
  })
  title?: string | null;

  // Kept as typed (no trimming): a draft is work in progress, and may be empty while the title is not.
  @Field()
  @IsString()
  @MaxLength(LIMITS.postBodyMax, BODY_RULES.max)
  body!: string;
}
