import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@InputType()
export class TagInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(2, { message: 'Der Name muss mindestens 2 Zeichen lang sein.' })
  @MaxLength(LIMITS.tagNameMax, {
    message: `Der Name darf höchstens ${LIMITS.tagNameMax} Zeichen lang sein.`,
  })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.tagDescriptionMax, {
    message: `Die Beschreibung darf höchstens ${LIMITS.tagDescriptionMax} Zeichen lang sein.`,
  })
  description?: string | null;
}

@InputType()
export class UpdateTagInput extends TagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Schlagwort.' })
  id!: string;
}

@InputType()
export class MergeTagsInput {
  @Field(() => ID, { description: 'The tag that goes; its questions get the target' })
  @IsUUID('all', { message: 'Ungültiges Schlagwort.' })
  sourceId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Schlagwort.' })
  targetId!: string;
}
