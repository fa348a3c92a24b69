import { mentionCandidates } from './mentions';

describe('mentionCandidates', () => {
  it('offers every word prefix after an @ as a candidate name', () => {
    expect(mentionCandidates('Danke @Julia Berger für die Antwort')).toEqual(
      expect.arrayContaining(['julia', 'julia berger', 'julia berger für', 'julia berger für die']),
    );
  });

  it('strips trailing punctuation and handles umlauts', () => {
    expect(mentionCandidates('Frage an @Jürgen.')).toContain('jürgen');
    expect(mentionCandidates('(@OZG-Koordination Hessen)')).toContain('ozg-koordination hessen');
  });

  it('ignores e-mail addresses and code', () => {
    expect(mentionCandidates('mail an info@fitko.de')).toEqual([]);
    expect(mentionCandidates('`@Julia` und\n```\n@Thomas\n```')).toEqual([]);
  });
});
