import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { REASON_MAX, REASON_RULES } from '../../common/validation/reason-rules';

@ArgsType()
export class HidePostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Beitrag.' })
  postId!: string;

  @Field({ description: 'Shown to the author; kept in the audit log' })
  @Trim()
  @IsString()
  @MinLength(1, REASON_RULES.min)
  @MaxLength(REASON_MAX, REASON_RULES.max)
  reason!: string;

  @Field(() => Boolean, { nullable: true, description: 'false shows the post again; default true' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean | null;
}
