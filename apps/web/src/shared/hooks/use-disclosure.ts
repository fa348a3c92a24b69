import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * State of a disclosure (a button that shows and hides a panel, WAI-ARIA APG): Escape closes it and returns
 * focus to the button, a click outside the root closes it, and it closes by itself when `resetKey` changes
 * (pass the location key so that following a link inside the panel closes it).
 */
export function useDisclosure(resetKey: string) {
  // Open "for" one key: a new key (a navigation) closes the panel without an effect.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = openFor === resetKey;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenFor(null);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  return {
    open,
    rootRef,
    buttonRef,
    toggle: () => setOpenFor(open ? null : resetKey),
    close: () => setOpenFor(null),
    onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      setOpenFor(null);
      buttonRef.current?.focus();
    },
  };
}
