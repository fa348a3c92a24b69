import { render } from '@testing-library/react';
import { Icon } from '../components/Icon';
import { ICON_NAMES, ICON_PATHS } from './icons';

describe('icon set', () => {
  it('has a glyph for every name of the union', () => {
    // A path command list starts with a moveto and draws something.
    const missing = ICON_NAMES.filter(
      (name) => !/^[Mm][-\d.]/.test(ICON_PATHS[name]) || ICON_PATHS[name].length < 20,
    );
    expect(missing).toEqual([]);
    for (const name of ICON_NAMES) {
      const { container, unmount } = render(<Icon name={name} />);
      expect(container.querySelector('svg path')?.getAttribute('d')).toBe(ICON_PATHS[name]);
      unmount();
    }
  });

  it('hides decorative icons and names meaningful ones', () => {
    const { container, getByRole } = render(
      <>
        <Icon name="lock" />
        <Icon name="verified" label="Geprüft" />
      </>,
    );
    expect(container.querySelector('[data-icon="lock"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(getByRole('img', { name: 'Geprüft' })).toBeTruthy();
  });
});
