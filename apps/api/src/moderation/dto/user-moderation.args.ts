import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../common/graphql/enums';
import { Trim } from '../../common/validation/trim';
import { REASON_MAX, REASON_RULES } from '../../common/validation/reason-rules';

@ArgsType()
export class SuspendUserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Konto.' })
  userId!: string;

  @Field({ description: 'Kept in the audit log and shown to moderators' })
  @Trim()
  @IsString()
  @MinLength(1, REASON_RULES.min)
  @MaxLength(REASON_MAX, REASON_RULES.max)
  reason!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'End of the suspension (must lie in the future); none: until lifted by a moderator',
  })
  @IsOptional()
  @IsDate({ message: 'Bitte geben Sie ein gültiges Datum an.' })
  until?: Date | null;
}

@ArgsType()
export class RejectUserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Konto.' })
  userId!: string;

  @Field({ description: 'Kept in the audit log' })
  @Trim()
  @IsString()
  @MinLength(1, REASON_RULES.min)
  @MaxLength(REASON_MAX, REASON_RULES.max)
  reason!: string;
}

@ArgsType()
export class SetUserRoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Konto.' })
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Unbekannte Rolle.' })
  role!: Role;
}
