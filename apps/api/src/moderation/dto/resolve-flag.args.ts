import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { REASON_MAX, REASON_RULES } from '../../common/validation/reason-rules';

@ArgsType()
export class ResolveFlagArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültige Meldung.' })
  flagId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the flag was unfounded (DISMISSED); default: RESOLVED',
  })
  @IsOptional()
  @IsBoolean()
  dismiss?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Note for the audit log and the flag' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REASON_MAX, REASON_RULES.max)
  note?: string | null;
}

@ArgsType()
export class ResolveFlagsForPostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Beitrag.' })
  postId!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dismiss?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REASON_MAX, REASON_RULES.max)
  note?: string | null;
}
