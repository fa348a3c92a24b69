import { imagesWithoutAlt, renderMarkdown, sanitizeFragment } from './markdown-renderer';

describe('renderMarkdown', () => {
  it('renders common markdown', () => {
    const html = renderMarkdown('**Fachverfahren** und `XÖV`\n\n- eins\n- zwei');
    expect(html).toContain('<strong>Fachverfahren</strong>');
    expect(html).toContain('<code>XÖV</code>');
    expect(html).toContain('<li>eins</li>');
  });

  it('escapes raw HTML and drops scripts', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks links as untrusted and refuses javascript: URLs', () => {
    const html = renderMarkdown('[FIT-Store](https://www.fitko.de) und [böse](javascript:alert(1))');
    expect(html).toContain('<a href="https://www.fitko.de" rel="nofollow ugc noopener">FIT-Store</a>');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toMatch(/<a[^>]*>böse/);
  });

  it('linkifies bare URLs safely', () => {
    expect(renderMarkdown('Siehe https://docs.fitko.de/ dazu')).toContain('rel="nofollow ugc noopener"');
  });

  it('demotes h1/h2 so posts do not break the page outline', () => {
    expect(renderMarkdown('# Titel')).toBe('<h3>Titel</h3>');
  });

  it('keeps only <mark> in fragments', () => {
    expect(sanitizeFragment('<mark>Antrag</mark><b onclick="x">fett</b>')).toBe('<mark>Antrag</mark>fett');
  });
});

describe('images in posts', () => {
  const id = '0b7e4f7e-3c1a-4f7a-9c55-6f1d2b3a4c5d';

  it("shows the forum's own images with their alternative text, lazily", () => {
    expect(renderMarkdown(`![Fehlermeldung im Fachverfahren](/files/${id}/fehler.png)`)).toBe(
      `<p><img src="/files/${id}/fehler.png" alt="Fehlermeldung im Fachverfahren" loading="lazy" /></p>`,
    );
  });

  it('drops images from elsewhere', () => {
    expect(renderMarkdown('![Logo](https://example.org/logo.png)')).toBe('<p></p>');
    expect(renderMarkdown('![x](javascript:alert(1))')).not.toContain('img');
  });

  it('counts images without an alternative text', () => {
    expect(imagesWithoutAlt(`![](/files/${id}/a.png) und ![ ](/files/${id}/b.png)`)).toBe(2);
    expect(imagesWithoutAlt(`![Bildschirmfoto](/files/${id}/a.png)`)).toBe(0);
    expect(imagesWithoutAlt('Kein Bild, nur `![]()` als Code')).toBe(0);
  });
});
