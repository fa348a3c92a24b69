import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Bitte geben Sie Ihr aktuelles Passwort ein.' })
  @MaxLength(LIMITS.passwordMax, { message: 'Das Passwort ist zu lang.' })
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, {
    message: `Das neue Passwort muss mindestens ${LIMITS.passwordMin} Zeichen lang sein.`,
  })
  @MaxLength(LIMITS.passwordMax, {
    message: `Das neue Passwort darf höchstens ${LIMITS.passwordMax} Zeichen lang sein.`,
  })
  newPassword!: string;
}
