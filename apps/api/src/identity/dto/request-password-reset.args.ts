import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' })
  @MaxLength(LIMITS.emailMax, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;
}
