import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { IdList } from '../../common/validation/id-list';
import { Trim } from '../../common/validation/trim';

export const BODY_RULES = {
  min: { message: 'Bitte schreiben Sie einen Text.' },
  max: {
    message: `Der Text darf höchstens ${LIMITS.postBodyMax.toLocaleString('de-DE')} Zeichen lang sein.`,
  },
};

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültige Frage.' })
  threadId!: string;

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Land accounts: publish as the official answer of the author's Land (default true); false writes an ordinary note. Ignored for others",
  })
  @IsOptional()
  @IsBoolean({ message: 'official muss true oder false sein.' })
  official?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Checked uploads (POST /uploads) to attach, in this order; at most 10',
  })
  @IdList(LIMITS.attachmentsPerPost, 'Höchstens 10 Dateien pro Beitrag.', 'Ungültige Datei.')
  attachmentIds?: string[] | null;
}
