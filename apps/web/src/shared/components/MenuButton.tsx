import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface MenuOption<T extends string> {
  value: T;
  label: string;
  description?: string;
  icon?: IconName;
}

interface MenuButtonProps<T extends string> {
  /** Accessible name of the button; must contain its visible text (WCAG 2.5.3). */
  label: string;
  /** What the button shows (icon and current value). */
  children: ReactNode;
  options: MenuOption<T>[];
  value: T;
  onSelect: (value: T) => void;
  disabled?: boolean;
  describedBy?: string;
}

/**
 * A button that opens a menu of mutually exclusive choices (WAI-ARIA APG menu button with menuitemradio):
 * arrow keys, Home/End, Enter/Space to choose, Escape or Tab to close; focus returns to the button.
 */
export function MenuButton<T extends string>({
  label,
  children,
  options,
  value,
  onSelect,
  disabled,
  describedBy,
}: MenuButtonProps<T>) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  function openAt(index: number) {
    setActive((index + options.length) % options.length);
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }

  function choose(index: number) {
    close(true);
    const option = options[index];
    if (option && option.value !== value) onSelect(option.value);
  }

  const checked = Math.max(
    0,
    options.findIndex((o) => o.value === value),
  );

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(checked);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(options.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: options.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      openAt(moves[event.key] ?? 0);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div className="app-menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--small app-menu-button__button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(checked))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
        <Icon name="expand-more" size="small" />
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-label={label} className="app-menu" onKeyDown={onMenuKeyDown}>
          {options.map((option, index) => (
            <li
              key={option.value}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              role="menuitemradio"
              aria-checked={option.value === value}
              tabIndex={index === active ? 0 : -1}
              className="app-menu__item"
              onClick={() => choose(index)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="app-menu__check">
                {option.value === value ? <Icon name="check" size="small" /> : null}
              </span>
              {option.icon ? <Icon name={option.icon} /> : null}
              <span className="app-menu__text">
                <span className="app-menu__label">{option.label}</span>
                {option.description ? (
                  <span className="app-menu__description">{option.description}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
