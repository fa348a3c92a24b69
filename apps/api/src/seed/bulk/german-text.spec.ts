import { renderMarkdown } from '../../posts/markdown-renderer';
import { plainParagraphsHtml, postBody } from './german-text';
import { Prng } from './prng';

describe('bulk text', () => {
  it('renders generated bodies exactly as the forum would', () => {
    const rng = new Prng(7);
    for (let i = 0; i < 200; i++) {
      const body = postBody(rng);
      expect(plainParagraphsHtml(body)).toBe(renderMarkdown(body));
    }
  });

  it('is deterministic', () => {
    const a = new Prng(2026);
    const b = new Prng(2026);
    expect([postBody(a), a.uuid()]).toEqual([postBody(b), b.uuid()]);
    expect(new Prng(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
