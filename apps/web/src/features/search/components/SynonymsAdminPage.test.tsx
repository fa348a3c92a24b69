import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { graphQLError, renderWithProviders } from '@/test/render';
import {
  AddServiceSynonymMutationDocument,
  RemoveServiceSynonymMutationDocument,
  ServiceSynonymsQueryDocument,
  SynonymServicesQueryDocument,
  UpdateServiceSynonymMutationDocument,
} from '../graphql/synonyms.graphql';
import { SynonymsAdminPage } from './SynonymsAdminPage';

const admin = buildViewer({ id: 'u-admin', role: 'ADMIN' });
const topic = (id: string, title: string, lead = true) => ({
  __typename: 'Topic',
  id,
  title,
  archived: false,
  leadLand: lead ? { __typename: 'Organisation', id: 'o-hh' } : null,
});
const servicesMock = {
  request: { query: SynonymServicesQueryDocument },
  result: {
    data: {
      boards: [
        {
          __typename: 'Board',
          id: 'b-1',
          title: 'Bauen & Wohnen',
          topics: [
            topic('t-ewa', 'Elektronische Wohnsitzanmeldung (eWA)'),
            topic('t-gen', 'Allgemeines', false),
          ],
        },
      ],
    },
  },
  maxUsageCount: 5,
};
const words = (...terms: [string, string][]) => ({
  data: {
    topic: {
      __typename: 'Topic',
      id: 't-ewa',
      title: 'Elektronische Wohnsitzanmeldung (eWA)',
      synonyms: terms.map(([id, term]) => ({ __typename: 'ServiceSynonym', id, term })),
    },
  },
});
const synonymsRequest = { query: ServiceSynonymsQueryDocument, variables: { topicId: 't-ewa' } };

describe('SynonymsAdminPage', () => {
  it('lists the words of the chosen service, refuses a duplicate at the field, adds, corrects and removes', async () => {
    const added = vi.fn(() => ({
      data: { addServiceSynonym: { __typename: 'ServiceSynonym', id: 's-3', term: 'Umzug melden' } },
    }));
    const updated = vi.fn(() => ({
      data: { updateServiceSynonym: { __typename: 'ServiceSynonym', id: 's-1', term: 'Ummeldung online' } },
    }));
    const removed = vi.fn(() => ({ data: { removeServiceSynonym: true } }));
    renderWithProviders(<SynonymsAdminPage />, {
      viewer: admin,
      mocks: [
        servicesMock,
        { request: synonymsRequest, result: words(['s-1', 'Ummeldung'], ['s-2', 'Wohnsitzanmeldung']) },
        {
          request: {
            query: AddServiceSynonymMutationDocument,
            variables: { topicId: 't-ewa', term: 'ummeldung' },
          },
          result: graphQLError('CONFLICT', 'Diesen Suchbegriff gibt es für die Leistung schon.'),
        },
        {
          request: {
            query: AddServiceSynonymMutationDocument,
            variables: { topicId: 't-ewa', term: 'Umzug melden' },
          },
          result: added,
        },
        {
          request: synonymsRequest,
          result: words(['s-1', 'Ummeldung'], ['s-3', 'Umzug melden'], ['s-2', 'Wohnsitzanmeldung']),
        },
        {
          request: {
            query: UpdateServiceSynonymMutationDocument,
            variables: { id: 's-1', term: 'Ummeldung online' },
          },
          result: updated,
        },
        {
          request: synonymsRequest,
          result: words(['s-1', 'Ummeldung online'], ['s-3', 'Umzug melden'], ['s-2', 'Wohnsitzanmeldung']),
        },
        {
          request: { query: RemoveServiceSynonymMutationDocument, variables: { id: 's-2' } },
          result: removed,
        },
        { request: synonymsRequest, result: words(['s-1', 'Ummeldung online'], ['s-3', 'Umzug melden']) },
      ],
    });
    const user = userEvent.setup();
    const select = await screen.findByLabelText('Leistung');
    // Only EfA services (with a lead Land) can be chosen.
    expect(within(select).queryByRole('option', { name: 'Allgemeines' })).toBeNull();
    await user.selectOptions(select, 't-ewa');
    expect(
      await screen.findByRole('heading', { name: 'Elektronische Wohnsitzanmeldung (eWA): 2 Suchbegriffe' }),
    ).toBeTruthy();

    const field = screen.getByLabelText(/Neuer Suchbegriff/);
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText('Ein Suchbegriff hat 2 bis 100 Zeichen.')).toBeTruthy();
    await user.type(field, '  ummeldung ');
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText('Diesen Suchbegriff gibt es für die Leistung schon.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.clear(field);
    await user.type(field, 'Umzug   melden');
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText('„Umzug melden“ wurde hinzugefügt.')).toBeTruthy();
    expect(added).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Suchbegriff „Ummeldung“ bearbeiten' }));
    const edit = screen.getByLabelText('Suchbegriff');
    await user.clear(edit);
    await user.type(edit, 'Ummeldung online');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Der Suchbegriff heißt jetzt „Ummeldung online“.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Suchbegriff „Wohnsitzanmeldung“ entfernen' }));
    expect(await screen.findByText('„Wohnsitzanmeldung“ wurde entfernt.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
        'Elektronische Wohnsitzanmeldung (eWA): 2 Suchbegriffe',
      ),
    );
    expect(removed).toHaveBeenCalledTimes(1);
  });
});
