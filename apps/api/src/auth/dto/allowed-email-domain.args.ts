import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, Matches, MaxLength } from 'class-validator';
import { OrganisationKind } from '../../common/graphql/enums';

/** A host name such as "hessen.de" or "stadt.kassel.de" (no "@", no scheme). */
export const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

@ArgsType()
export class AllowedEmailDomainArgs {
  @Field({ description: 'E-mail domain, e.g. "hessen.de"; subdomains match as well' })
  @Transform(({ value }) =>
    typeof value === 'string' ? value.trim().toLowerCase().replace(/^@/, '') : value,
  )
  @IsString()
  @MaxLength(253, { message: 'Die Domain ist zu lang.' })
  @Matches(DOMAIN_PATTERN, { message: 'Bitte geben Sie eine Domain wie „hessen.de“ an.' })
  domain!: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind, { message: 'Unbekannte Organisationsart.' })
  kind!: OrganisationKind;
}
