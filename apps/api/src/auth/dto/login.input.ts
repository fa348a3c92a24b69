import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' })
  @MaxLength(LIMITS.emailMax, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Bitte geben Sie Ihr Passwort ein.' })
  @MaxLength(LIMITS.passwordMax, { message: 'Das Passwort ist zu lang.' })
  password!: string;
}
