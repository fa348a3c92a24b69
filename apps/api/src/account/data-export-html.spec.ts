import { exportToHtml } from './data-export-html';

describe('readable data export', () => {
  it('renders sections as escaped tables and lists', () => {
    const html = exportToHtml({
      exportedAt: new Date('2026-01-02T03:04:05.000Z'),
      userId: 'u1',
      sections: [
        { key: 'account', label: 'Konto', data: { displayName: '<b>Anna</b>', active: true } },
        { key: 'posts', label: 'Beiträge', data: [{ body: 'a & b', createdAt: new Date(0) }] },
        { key: 'drafts', label: 'Entwürfe', data: [] },
      ],
    });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('&lt;b&gt;Anna&lt;/b&gt;');
    expect(html).not.toContain('<b>Anna</b>');
    expect(html).toContain('<td>a &amp; b</td>');
    expect(html).toContain('1970-01-01T00:00:00.000Z');
    expect(html).toContain('Keine Einträge.');
    expect(html).toContain('<dd>ja</dd>');
    expect(html).not.toContain('<script');
  });
});
