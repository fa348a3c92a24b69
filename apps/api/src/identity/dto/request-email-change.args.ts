import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@ArgsType()
export class RequestEmailChangeArgs {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' })
  @MaxLength(LIMITS.emailMax, { message: 'Die E-Mail-Adresse ist zu lang.' })
  newEmail!: string;

  @Field({
    nullable: true,
    description: 'The current password; not needed by accounts that sign in only through a provider',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.passwordMax, { message: 'Das Passwort ist zu lang.' })
  password?: string;
}
