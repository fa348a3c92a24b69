import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { EMPTY_TOPIC, TopicForm, type TopicValues } from './TopicForm';
import { AdminLandsQueryDocument } from '../graphql/topic-admin.graphql';

type Submit = (values: TopicValues) => Promise<Record<string, string> | false | void>;

const landsMock = {
  request: { query: AdminLandsQueryDocument },
  result: {
    data: {
      organisations: [
        { __typename: 'Organisation', id: 'o-he', name: 'Hessen', code: 'HE' },
        { __typename: 'Organisation', id: 'o-by', name: 'Bayern', code: 'BY' },
      ],
    },
  },
};

function renderForm(onSubmit = vi.fn<Submit>(async () => undefined)) {
  renderWithProviders(
    <>
      <h1 id="t-heading">Thema</h1>
      <TopicForm id="t" initial={EMPTY_TOPIC} submitLabel="Thema anlegen" busy={false} onSubmit={onSubmit} />
    </>,
    { viewer: buildViewer({ role: 'ADMIN' }), mocks: [landsMock] },
  );
  return onSubmit;
}

describe('TopicForm', () => {
  it('rejects a LeiKa key that is not 14 digits and a missing title', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/LeiKa-Schlüssel/), '9905001210400');
    await user.click(screen.getByRole('button', { name: 'Thema anlegen' }));
    expect(screen.getAllByText('Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.').length).toBeGreaterThan(
      0,
    );
    expect(screen.getAllByText('Bitte füllen Sie dieses Feld aus.').length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/LeiKa-Schlüssel/).getAttribute('aria-invalid')).toBe('true');
    // The error summary gets focus.
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits a valid EfA service with lead Land and 14-digit LeiKa key', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Titel/), 'Wohngeld');
    await screen.findByRole('option', { name: 'Hessen' });
    await user.selectOptions(screen.getByLabelText('Federführendes Land'), 'o-he');
    await user.type(screen.getByLabelText(/LeiKa-Schlüssel/), '99050012104000');
    await user.type(screen.getByLabelText(/Link zur Leistung/), 'https://wohngeld.example.de');
    await user.click(screen.getByRole('button', { name: 'Thema anlegen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Wohngeld',
        leadLandId: 'o-he',
        leikaKey: '99050012104000',
        link: 'https://wohngeld.example.de',
      }),
    );
  });

  it('shows field errors returned by the server (extensions.fields)', async () => {
    const onSubmit = vi.fn<Submit>(async () => ({ ozgId: 'Die OZG-ID besteht aus 1 bis 6 Ziffern.' }));
    renderForm(onSubmit);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Titel/), 'Wohngeld');
    await user.type(screen.getByLabelText(/OZG-ID/), '1234567');
    await user.click(screen.getByRole('button', { name: 'Thema anlegen' }));
    expect((await screen.findAllByText('Die OZG-ID besteht aus 1 bis 6 Ziffern.')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/OZG-ID/).getAttribute('aria-invalid')).toBe('true');
  });
});
