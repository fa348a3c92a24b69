import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { IdList } from '../../common/validation/id-list';
import { Trim } from '../../common/validation/trim';
import { BODY_RULES } from './create-post.input';

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Beitrag.' })
  postId!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.postBodyMin, BODY_RULES.min)
  @MaxLength(LIMITS.postBodyMax, BODY_RULES.max)
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Replaces the files of the post (checked uploads, in this order; at most 10); omitted: unchanged',
  })
  @IdList(LIMITS.attachmentsPerPost, 'Höchstens 10 Dateien pro Beitrag.', 'Ungültige Datei.')
  attachmentIds?: string[] | null;
}
