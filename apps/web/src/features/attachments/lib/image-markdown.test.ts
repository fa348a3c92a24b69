import { describe, expect, it } from 'vitest';
import { appendImageMarkdown, removeImageMarkdown } from './image-markdown';

const IMAGE = '![Karte (Ausschnitt)](/files/1/k%20a.png)';

describe('image markdown', () => {
  it('starts an empty text with the image', () => {
    expect(appendImageMarkdown('', IMAGE)).toBe(`${IMAGE}\n`);
  });

  it('puts the image on its own paragraph after the text', () => {
    expect(appendImageMarkdown('Siehe hier:\n\n', IMAGE)).toBe(`Siehe hier:\n\n${IMAGE}\n`);
  });

  it('takes a removed image out of the text and leaves other images alone', () => {
    const body = `Vorher\n\n${IMAGE}\nDazwischen ![Andere](/files/2/b.png)`;
    expect(removeImageMarkdown(body, '/files/1/k%20a.png')).toBe(
      'Vorher\n\nDazwischen ![Andere](/files/2/b.png)',
    );
  });
});
