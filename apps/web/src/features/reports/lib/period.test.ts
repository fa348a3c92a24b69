import { activePreset, csvHref, periodFromParams, periodToApi, periodToParams, presetPeriod } from './period';

const today = new Date(2026, 10, 23); // 23 Nov 2026, local time

describe('report period', () => {
  it('turns the presets into from/to dates', () => {
    expect(presetPeriod('last30', today)).toEqual({ von: '2026-10-25', bis: '2026-11-23' });
    expect(presetPeriod('quarter', today)).toEqual({ von: '2026-10-01', bis: '2026-11-23' });
    expect(presetPeriod('all', today)).toEqual({ von: null, bis: null });
    expect(activePreset({ von: '2026-10-01', bis: '2026-11-23' }, today)).toBe('quarter');
    expect(activePreset({ von: null, bis: null }, today)).toBe('all');
  });

  it('round-trips through the URL and ignores malformed dates', () => {
    const params = periodToParams({ von: '2026-10-01', bis: '2026-11-23' }, new URLSearchParams('x=1'));
    expect(params.toString()).toBe('x=1&von=2026-10-01&bis=2026-11-23');
    expect(periodFromParams(params)).toEqual({ von: '2026-10-01', bis: '2026-11-23' });
    expect(periodFromParams(new URLSearchParams('von=gestern&bis=2026-13-45'))).toEqual({
      von: null,
      bis: null,
    });
  });

  it('sends an exclusive end (the day after "bis") to the API and the CSV link', () => {
    expect(periodToApi({ von: '2026-10-01', bis: '2026-12-31' })).toEqual({
      from: '2026-10-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(csvHref({ von: '2026-10-01', bis: '2026-12-31' })).toBe(
      '/report.csv?from=2026-10-01&to=2027-01-01',
    );
    expect(csvHref({ von: null, bis: null })).toBe('/report.csv');
  });
});
