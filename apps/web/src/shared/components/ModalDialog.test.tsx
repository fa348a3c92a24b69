import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { ModalDialog } from './ModalDialog';

function Harness({ onSubmit }: { onSubmit: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Öffnen
      </button>
      <ModalDialog
        open={open}
        id="test-dialog"
        title="Wirklich?"
        description="Das lässt sich nicht rückgängig machen."
        onClose={() => setOpen(false)}
        onSubmit={onSubmit}
        submitLabel="Ja"
        cancelLabel="Abbrechen"
        danger
      >
        <input aria-label="Grund" />
      </ModalDialog>
    </>
  );
}

describe('ModalDialog', () => {
  it('is named by its title and text, starts in the first field and submits its form', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Öffnen' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.getAttribute('aria-labelledby')).toBe('test-dialog-title');
    expect(document.getElementById('test-dialog-description')?.textContent).toBe(
      'Das lässt sich nicht rückgängig machen.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Grund'));
    await user.click(screen.getByRole('button', { name: 'Ja', hidden: true }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape (the cancel event) and gives the focus back to the opener', async () => {
    render(<Harness onSubmit={vi.fn()} />);
    const opener = screen.getByRole('button', { name: 'Öffnen' });
    await userEvent.setup().click(opener);
    fireEvent(screen.getByRole('dialog', { hidden: true }), new Event('cancel', { cancelable: true }));
    expect(screen.queryByLabelText('Grund')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
