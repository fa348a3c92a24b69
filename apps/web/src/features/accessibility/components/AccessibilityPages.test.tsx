import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { DgsVideosQueryDocument } from '../graphql/accessibility.graphql';
import { EasyLanguagePage } from './EasyLanguagePage';
import { SignLanguagePage } from './SignLanguagePage';

const videos = (list: object[]) => ({
  request: { query: DgsVideosQueryDocument },
  result: { data: { dgsVideos: list } },
});

describe('Leichte Sprache and Gebärdensprache (BITV 2.0 § 4)', () => {
  it('explains the forum in Leichte Sprache: what it is, for whom, how to use it, accessibility', async () => {
    renderWithProviders(<EasyLanguagePage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Was ist das Forum Kommunalpakt?',
      'Für wen ist das Forum?',
      'So benutzen Sie das Forum',
      'Barrierefreiheit',
    ]);
    // One statement per line, hard words explained beside the text.
    expect(screen.getByText('Das Forum ist eine Internet-Seite.').tagName).toBe('P');
    expect(screen.getByText('Schlichtungs-Stelle')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Erklärung zur Barrierefreiheit lesen' }).getAttribute('href'),
    ).toBe('/barrierefreiheit');
    const toc = screen.getByRole('navigation', { name: 'Inhalt dieser Seite' });
    expect(within(toc).getByRole('link', { name: 'Barrierefreiheit' }).getAttribute('href')).toBe(
      '#ls-barrierefreiheit',
    );
    expect(screen.getByRole('link', { name: 'Das Forum in Gebärdensprache' })).toBeTruthy();
  });

  it('says clearly that no DGS video is configured yet and offers the text', async () => {
    renderWithProviders(<SignLanguagePage />, { mocks: [videos([])] });
    expect(await screen.findByText('Noch kein Video in Gebärdensprache')).toBeTruthy();
    expect(document.querySelector('video')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Der Inhalt als Text' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'So benutzen Sie das Forum' })).toBeTruthy();
  });

  it("plays the operator's videos with captions when configured", async () => {
    renderWithProviders(<SignLanguagePage />, {
      mocks: [
        videos([
          {
            __typename: 'DgsVideo',
            title: 'Ueber das forum',
            url: '/dgs/01-ueber-das-forum.mp4',
            contentType: 'video/mp4',
            captionsUrl: '/dgs/01-ueber-das-forum.vtt',
          },
        ]),
      ],
    });
    expect(await screen.findByText('Ueber das forum')).toBeTruthy();
    const video = document.querySelector('video');
    expect(video?.getAttribute('aria-label')).toBe('Video in Deutscher Gebärdensprache: Ueber das forum');
    expect(video?.hasAttribute('controls')).toBe(true);
    expect(video?.querySelector('source')?.getAttribute('src')).toBe('/dgs/01-ueber-das-forum.mp4');
    expect(video?.querySelector('track')?.getAttribute('kind')).toBe('captions');
    expect(screen.queryByText('Noch kein Video in Gebärdensprache')).toBeNull();
  });
});
