import { ICON_PATHS, ICON_VIEWBOX, type IconName } from '../icons/icons';

export type { IconName } from '../icons/icons';

export type IconSize = 'small' | 'default' | 'large';

const SIZE_CLASS: Record<IconSize, string> = {
  small: 'app-icon app-icon--small',
  default: 'app-icon',
  large: 'app-icon app-icon--large',
};

interface IconProps {
  name: IconName;
  size?: IconSize;
  /** Only for an icon that stands alone and carries meaning; otherwise the icon is hidden from assistive tech. */
  label?: string;
}

/** An inline SVG glyph of the app's icon set, drawn in the current text colour (also in forced colours). */
export function Icon({ name, size = 'default', label }: IconProps) {
  return (
    <svg
      className={SIZE_CLASS[size]}
      viewBox={ICON_VIEWBOX}
      aria-hidden={label ? undefined : true}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
      data-icon={name}
    >
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}
