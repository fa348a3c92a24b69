import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

// Elements that only come from HTML the API renders (markdown of posts, search highlights).
const SERVER_RENDERED_TAGS = [
  ...['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'mark'],
];
// Every attribute KERN's selectors test: states set by React, the browser or the theme switch
// (`data-kern-theme` on <html>), not visible in the source as written.
const DYNAMIC_ATTRIBUTES = [
  ...['aria-disabled', 'aria-current', 'aria-expanded', 'aria-invalid', 'aria-selected', 'aria-pressed'],
  ...['class', 'data-kern-theme', 'disabled', 'href', 'open', 'readonly', 'tabindex', 'type', 'value'],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.(tsx?|html)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return file.includes(`${path.sep}gql${path.sep}`) ? [] : [file];
  });
}

/**
 * Marks KERN's token blocks (rules that only set custom properties: `:root`, the light and dark themes, the
 * layer levels) with `/* purgecss ignore *\/`, so they are kept whatever their selector: PurgeCSS would drop
 * e.g. `:is(body,.kern-light,…,[data-kern-theme=dark]):not([class*=kern-level-])`, which sets the colours
 * of the page.
 */
function keepTokenBlocks(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const declarations = rule.nodes.filter((node) => node.type === 'decl');
    if (declarations.length > 0 && declarations.every((d) => d.prop.startsWith('--'))) {
      rule.before(postcss.comment({ text: 'purgecss ignore' }));
    }
  });
  return root.toString();
}

const words = (content: string) => content.match(/[A-Za-z0-9_-]+/g) ?? [];

/**
 * KERN modifiers the app composes at run time (`kern-icon--${name}`, `'kern-badge--' + variant`): every
 * modifier prefix left open in the source, joined with every string literal of the source (`'warning'`,
 * `variant="success"`, a union type of icon names), so such a rule is kept when its literal is named.
 */
function composedClasses(sources: string[]): string {
  const prefixes = new Set(
    sources.flatMap((s) => words(s).filter((w) => /^kern-[a-z0-9-]*[a-z0-9]--$/.test(w))),
  );
  const literals = new Set(
    sources.flatMap((s) => [...s.matchAll(/['"`]([a-z0-9][a-z0-9-]*)['"`]/g)].map((m) => m[1])),
  );
  return [...prefixes].flatMap((prefix) => [...literals].map((literal) => prefix + literal)).join(' ');
}

/**
 * Build only: ships the rules of KERN's stylesheet (kern.min.css, 340 KB) that the app's source can use.
 * PurgeCSS keeps a rule when every class, element and id of a selector appears in `src/` or index.html.
 * Kept whatever the source shows: the token blocks (`:root`, `[data-kern-theme=…]`, `.kern-light`,
 * `.kern-dark`, also inside `prefers-color-scheme`), selectors on `data-kern-theme`, all custom properties,
 * @font-face and keyframes.
 */
export function kernCssPurge(webRoot: string): Plugin {
  return {
    name: 'forum:kern-css-purge',
    apply: 'build',
    enforce: 'pre',
    async transform(css, id) {
      if (!/@kern-ux\/native\/dist\/kern(\.min)?\.css$/.test(id.split('?')[0])) return null;
      const files = [path.join(webRoot, 'index.html'), ...sourceFiles(path.join(webRoot, 'src'))];
      for (const file of files) this.addWatchFile(file);
      const sources = files.map((file) => fs.readFileSync(file, 'utf8'));
      const [result] = await new PurgeCSS().purge({
        content: [...sources, composedClasses(sources)].map((raw) => ({ raw, extension: 'tsx' })),
        css: [{ raw: keepTokenBlocks(css) }],
        defaultExtractor: words,
        dynamicAttributes: DYNAMIC_ATTRIBUTES,
        safelist: { standard: [...SERVER_RENDERED_TAGS, 'html', 'body', 'kern-light', 'kern-dark'] },
        variables: false,
        keyframes: false,
        fontFace: false,
      });
      return { code: result.css, map: null };
    },
  };
}
