import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AccountLinkArgs {
  @Field({ description: 'The token of the link in the mail' })
  @IsString()
  @MinLength(1, { message: 'Der Link ist unvollständig.' })
  @MaxLength(300, { message: 'Der Link ist ungültig.' })
  token!: string;
}
