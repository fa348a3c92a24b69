import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// markdown-it with raw HTML disabled renders; sanitize-html then enforces an allow-list anyway, so a
// renderer bug or plugin can never let script, styles or event handlers through.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    img: ['src', 'alt', 'loading'],
  },
  // Images only from this forum's checked files (POST /uploads), never from elsewhere.
  exclusiveFilter: (frame) => frame.tag === 'img' && !FORUM_IMAGE.test(frame.attribs.src ?? ''),
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // User content links are untrusted: no SEO credit, no window.opener access.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    // Headings inside posts must not compete with the page outline (h1/h2 belong to the page).
    h1: 'h3',
    h2: 'h4',
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
};

/** An image in a post: `![Alternativtext](/files/<id>/<name>)`. */
const FORUM_IMAGE = /^\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[^/?#]+$/i;

/** Images of a post without an alternative text (BITV 2.0: every image needs one). */
export function imagesWithoutAlt(markdown: string): number {
  let missing = 0;
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (
        token.type === 'image' &&
        !token.children
          ?.map((c) => c.content)
          .join('')
          .trim()
      )
        missing++;
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(markdown, {}));
  return missing;
}

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE).trim();
}

/** Sanitises HTML from elsewhere (e.g. search headlines) with the same allow-list plus <mark>. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, { allowedTags: ['mark'], allowedAttributes: {} });
}
