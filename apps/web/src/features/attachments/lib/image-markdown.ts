/** Puts an image's markdown on its own paragraph at the end of the text. */
export const appendImageMarkdown = (current: string, markdown: string) =>
  `${current.trimEnd()}${current.trim() ? '\n\n' : ''}${markdown}\n`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Takes every `![alt](url)` of the file at `url` out of the text (its attachment was removed). */
export const removeImageMarkdown = (body: string, url: string) =>
  body.replace(new RegExp(`!\\[[^\\]]*\\]\\(${escapeRegExp(url)}\\)\\n?`, 'g'), '');
