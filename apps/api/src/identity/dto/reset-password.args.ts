import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token of the link in the mail' })
  @IsString()
  @MinLength(1, { message: 'Der Link ist unvollständig.' })
  @MaxLength(300, { message: 'Der Link ist ungültig.' })
  token!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, {
    message: `Das Passwort muss mindestens ${LIMITS.passwordMin} Zeichen lang sein.`,
  })
  @MaxLength(LIMITS.passwordMax, {
    message: `Das Passwort darf höchstens ${LIMITS.passwordMax} Zeichen lang sein.`,
  })
  password!: string;
}
