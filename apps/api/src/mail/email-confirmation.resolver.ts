import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { EmailConfirmationService } from './email-confirmation.service';

@Resolver()
export class EmailConfirmationResolver {
  constructor(private readonly confirmation: EmailConfirmationService) {}

  @Mutation(() => Boolean, {
    description:
      'Sends a new confirmation link to an unconfirmed registration (also for guests; answers true whether or not the address is known)',
  })
  requestEmailConfirmation(@Args('email') email: string): Promise<boolean> {
    return this.confirmation.requestNewLink(email);
  }
}
