import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';

@ArgsType()
export class DeleteAccountArgs {
  @Field({ description: 'The current password, entered again to confirm' })
  @IsString()
  @MinLength(1, { message: 'Bitte geben Sie Ihr Passwort ein.' })
  @MaxLength(LIMITS.passwordMax, { message: 'Das Passwort ist zu lang.' })
  password!: string;
}
