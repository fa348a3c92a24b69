import { FlagReason, parseFlagReason } from './flag-reason';

describe('parseFlagReason', () => {
  it('accepts the enum names in any letter case, with spaces or dashes', () => {
    expect(parseFlagReason('spam', null)).toEqual({ reason: FlagReason.SPAM, comment: null });
    expect(parseFlagReason(' Falsche Information ', 'Quelle fehlt')).toEqual({
      reason: FlagReason.FALSCHE_INFORMATION,
      comment: 'Quelle fehlt',
    });
    expect(parseFlagReason('falsche-information', null).reason).toBe(FlagReason.FALSCHE_INFORMATION);
  });

  it('stores free text as SONSTIGES with the text as comment', () => {
    expect(parseFlagReason('Enthält Werbung für ein Produkt', null)).toEqual({
      reason: FlagReason.SONSTIGES,
      comment: 'Enthält Werbung für ein Produkt',
    });
    expect(parseFlagReason('constructor', 'Zusatz')).toEqual({
      reason: FlagReason.SONSTIGES,
      comment: 'constructor\n\nZusatz',
    });
  });
});
