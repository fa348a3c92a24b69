import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Build only: index.html gets a `<link rel="modulepreload">` for the app's start chunk and every chunk it
 * imports, so they download (and compile) in parallel with the CSS while the tiny entry waits for the first
 * paint before evaluating them (apps/web/src/main.tsx); the stylesheets of those chunks become ordinary
 * `<link rel="stylesheet">`s, so the app never waits for CSS after it has been evaluated.
 */
export function preloadStart(startModule: string): Plugin {
  return {
    name: 'forum:preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
        const start = chunks.find((c) => c.facadeModuleId === startModule);
        if (!start) throw new Error(`${startModule} is not a chunk of the build`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        const css = [...files].flatMap((file) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        // The app's scripts are fetched at low priority: the first paint needs only the CSS, and the app
        // is evaluated after it anyway.
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: {
            rel,
            crossorigin: true,
            href: `/${file}`,
            ...(rel === 'modulepreload' ? { fetchpriority: 'low' } : {}),
          },
          injectTo: 'head' as const,
        });
        return [
          ...css.filter((file) => !html.includes(`href="/${file}"`)).map((file) => link('stylesheet', file)),
          ...[...files]
            .filter((file) => !html.includes(`href="/${file}"`))
            .map((file) => link('modulepreload', file)),
        ];
      },
    },
  };
}
