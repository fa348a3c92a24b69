import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationKind as Kind } from '@forum/shared';
import { badInput } from '../common/errors/domain-error';
import { OrganisationKind } from '../common/graphql/enums';
import { isAllowListed } from './registration-rules';

/** The registration form's hint: a private address is reviewed by hand, a work address is faster. */
@Resolver()
export class RegistrationHintResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Query(() => Boolean, {
    description:
      'Whether a registration with this e-mail address (for this organisation kind, or any) is approved at ' +
      'once because its domain is on the allow-list; for the registration form, also for guests',
  })
  async registrationApprovedAtOnce(
    @Args('email', { description: 'The address as typed (at most 254 characters)' }) email: string,
    @Args('organisationKind', { type: () => OrganisationKind, nullable: true }) organisationKind?: Kind,
  ): Promise<boolean> {
    if (email.length > 254)
      throw badInput('Die E-Mail-Adresse ist zu lang.', { email: 'Höchstens 254 Zeichen.' });
    return isAllowListed(this.ds.manager, email.trim(), organisationKind);
  }
}
