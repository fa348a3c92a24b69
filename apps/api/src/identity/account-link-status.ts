import { registerEnumType } from '@nestjs/graphql';

/** What a link from a mail is worth: the page says so before anyone types a new password. */
export enum AccountLinkStatus {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  INVALID = 'INVALID',
}

registerEnumType(AccountLinkStatus, {
  name: 'AccountLinkStatus',
  description: 'State of a password-reset or e-mail-change link: VALID, USED, EXPIRED or INVALID',
});

export const LINK_MESSAGES: Record<Exclude<AccountLinkStatus, AccountLinkStatus.VALID>, string> = {
  USED: 'Dieser Link wurde bereits verwendet. Fordern Sie bei Bedarf einen neuen an.',
  EXPIRED: 'Dieser Link ist abgelaufen. Fordern Sie bitte einen neuen an.',
  INVALID: 'Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.',
};
