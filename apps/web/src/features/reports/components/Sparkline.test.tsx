import { render, screen } from '@testing-library/react';
import { loadNamespace } from '@/i18n/i18n';
import { Sparkline, sparklinePoints } from './Sparkline';

beforeAll(async () => {
  await loadNamespace('de', 'reports');
});

describe('Sparkline', () => {
  it('is an image named by its weekly numbers', () => {
    render(<Sparkline values={[0, 1, 3, 2]} />);
    expect(screen.getByRole('img', { name: 'Fragen pro Woche: 0, 1, 3, 2' })).toBeTruthy();
  });

  it('draws one point per week, the highest at the top and zeros on the baseline', () => {
    const points = sparklinePoints([0, 4, 2], 100, 20).split(' ');
    expect(points).toHaveLength(3);
    expect(points[0]).toBe('2.0,18.0');
    expect(points[1]).toBe('50.0,2.0');
    expect(points[2]).toBe('98.0,10.0');
  });
});
