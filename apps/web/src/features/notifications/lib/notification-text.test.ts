import i18n from '@/i18n/i18n';
import { buildNotification } from '@/test/fixtures';
import { notificationHref, notificationText } from './notification-text';

const t = i18n.getFixedT('de');
const title = 'Wie binden wir den Dienst an?';

describe('notificationText', () => {
  it.each([
    ['REPLY', `Thomas Wagner hat in „${title}“ geantwortet`],
    ['NEW_THREAD', `Thomas Wagner hat die neue Frage „${title}“ gestellt`],
    ['MENTION', `Thomas Wagner hat Sie in „${title}“ erwähnt`],
    ['OFFICIAL_ANSWER', `Thomas Wagner hat die Frage „${title}“ offiziell beantwortet`],
    ['ANSWER_ACCEPTED', `Thomas Wagner hat Ihre Antwort in „${title}“ als Lösung markiert`],
    ['FLAG', `Thomas Wagner hat einen Beitrag in „${title}“ gemeldet`],
  ])('describes %s in German', (type, expected) => {
    expect(notificationText(t, buildNotification({ type: type as never }), 'someone-else')).toBe(expected);
  });

  it('says "Ihre Frage" when the viewer asked the question', () => {
    const n = buildNotification({ type: 'OFFICIAL_ANSWER' });
    expect(notificationText(t, n, 'u-kommune')).toBe(
      `Thomas Wagner hat Ihre Frage „${title}“ offiziell beantwortet`,
    );
    expect(notificationText(t, { ...n, type: 'REPLY' }, 'u-kommune')).toBe(
      `Thomas Wagner hat auf Ihre Frage „${title}“ geantwortet`,
    );
  });

  it('uses the server detail for moderation and account news, with a default when it is missing', () => {
    expect(
      notificationText(t, buildNotification({ type: 'MODERATION', detail: 'Ihre Frage wurde gesperrt.' })),
    ).toBe(`Ihre Frage wurde gesperrt. („${title}“)`);
    expect(
      notificationText(t, buildNotification({ type: 'ACCOUNT', detail: null, thread: null, post: null })),
    ).toBe('Es gibt Neuigkeiten zu Ihrem Konto.');
  });

  it('copes with a deleted actor and an unknown type', () => {
    expect(notificationText(t, buildNotification({ type: 'MENTION', actor: null }))).toBe(
      `Jemand hat Sie in „${title}“ erwähnt`,
    );
    expect(notificationText(t, buildNotification({ type: 'SOMETHING_NEW' as never, thread: null }))).toBe(
      'Sie haben eine neue Benachrichtigung.',
    );
  });
});

describe('notificationHref', () => {
  it('links to the thread at the post, to the profile for account news, else nowhere', () => {
    expect(notificationHref(buildNotification())).toBe('/fragen/t-1#post-p-2');
    expect(notificationHref(buildNotification({ post: null }))).toBe('/fragen/t-1');
    expect(notificationHref(buildNotification({ type: 'ACCOUNT', thread: null, post: null }))).toBe(
      '/profil',
    );
    expect(notificationHref(buildNotification({ type: 'MODERATION', thread: null, post: null }))).toBeNull();
  });
});
