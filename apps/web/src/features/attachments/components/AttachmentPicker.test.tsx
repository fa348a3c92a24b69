import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { UploadedFile } from '../lib/upload-file';
import { AttachmentPicker } from './AttachmentPicker';

const ID = '0b7e4f7e-3c1a-4f7a-9c55-6f1d2b3a4c5d';

function Harness({ onBody }: { onBody: (body: string) => void }) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  return (
    <form onSubmit={() => onBody('SUBMITTED')}>
      <AttachmentPicker id="reply-attachments" files={files} onChange={setFiles} onInsertImage={onBody} />
    </form>
  );
}

const answer = (status: number, body: object) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('AttachmentPicker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uploads with the preflight header, asks for the alternative text, then inserts the image', async () => {
    const fetchMock = vi.fn(() => answer(201, { id: ID }));
    vi.stubGlobal('fetch', fetchMock);
    const onBody = vi.fn();
    renderWithProviders(<Harness onBody={onBody} />, { mocks: [] });
    const user = userEvent.setup();
    const image = new File([new Uint8Array([137, 80, 78, 71])], 'fehler.png', { type: 'image/png' });
    await user.upload(screen.getByTestId('reply-attachments-image'), image);

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/uploads');
    expect((init.headers as Record<string, string>)['apollo-require-preflight']).toBe('true');
    expect(await screen.findByText('Alternativtext für das Bild')).toBeTruthy();
    // The dialog's submit is the last "Bild einfügen" (the first opens the image picker).
    const submit = () => screen.getAllByRole('button', { name: 'Bild einfügen', hidden: true }).at(-1)!;
    await user.click(submit());
    expect(await screen.findByText('Bitte beschreiben Sie das Bild.')).toBeTruthy();
    expect(onBody).not.toHaveBeenCalled(); // neither inserted nor the post's form submitted

    await user.type(screen.getByLabelText('Alternativtext'), 'Fehlermeldung [[Fachverfahren]');
    await user.click(submit());
    await waitFor(() =>
      expect(onBody).toHaveBeenCalledWith(`![Fehlermeldung Fachverfahren](/files/${ID}/fehler.png)`),
    );
    expect(screen.getByRole('list', { name: 'Angehängte Dateien' }).textContent).toContain('fehler.png');
  });

  it("shows the server's reason when a file is refused", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answer(400, { code: 'BAD_USER_INPUT', message: 'Der Dateityp ist nicht erlaubt.' })),
    );
    renderWithProviders(<Harness onBody={vi.fn()} />, { mocks: [] });
    const exe = new File(['MZ'], 'setup.pdf', { type: 'application/pdf' });
    await userEvent.setup().upload(screen.getByTestId('reply-attachments-file'), exe);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '„setup.pdf“ wurde nicht angehängt: Der Dateityp ist nicht erlaubt.',
    );
    expect(screen.queryByRole('list', { name: 'Angehängte Dateien' })).toBeNull();
  });
});
