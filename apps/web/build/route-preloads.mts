import fs from 'node:fs';
import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** What the API adds to index.html for a URL matching `pattern` (see apps/api/src/web/web-app.ts). */
export interface RoutePreload {
  pattern: string;
  scripts: string[];
  styles: string[];
}

const property = (node: ts.ObjectLiteralExpression, name: string) =>
  node.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
  );

/**
 * `[URL pattern, imported module]` of every route object with `lazy: () => import('…')` in the file;
 * `aliases` maps import prefixes to folders (vite.config.mts's `@/`).
 */
export function lazyPages(file: string, aliases: Record<string, string> = {}): Array<[string, string]> {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const pages: Array<[string, string]> = [];
  const pattern = (node: ts.Node) => {
    const segments: string[] = [];
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
      const p = ts.isObjectLiteralExpression(n) ? property(n, 'path')?.initializer : undefined;
      if (p && ts.isStringLiteral(p)) segments.unshift(p.text);
    }
    return `/${segments.join('/')}`;
  };
  const visit = (node: ts.Node) => {
    const lazy = ts.isObjectLiteralExpression(node) ? property(node, 'lazy') : undefined;
    if (lazy) {
      let specifier: string | undefined;
      const find = (n: ts.Node) => {
        if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const [arg] = n.arguments;
          if (arg && ts.isStringLiteral(arg)) specifier ??= arg.text;
        }
        ts.forEachChild(n, find);
      };
      find(lazy.initializer);
      const spec: string | undefined = specifier;
      if (spec) {
        const alias = Object.entries(aliases).find(([prefix]) => spec.startsWith(prefix));
        const base = alias
          ? path.resolve(alias[1], spec.slice(alias[0].length))
          : path.resolve(path.dirname(file), spec);
        const module = ['.tsx', '.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
        if (module) pages.push([pattern(node), module]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pages;
}

function closure(bundle: OutputBundle, fileName: string, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const imported of chunk.imports) closure(bundle, imported, into);
  return into;
}

/**
 * Build only: `route-preloads.json` beside index.html, the chunks (and their stylesheets) of the page each
 * route of `routesFile` loads lazily, without those index.html loads anyway. The API adds them to index.html
 * as preloads for a matching URL, so the page's chunk downloads with the app's instead of after it.
 */
export function routePreloads(
  routesFile: string,
  startModule: string,
  aliases: Record<string, string> = {},
): Plugin {
  return {
    name: 'forum:route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
      const initial = new Set<string>();
      for (const chunk of chunks)
        if (chunk.isEntry || chunk.facadeModuleId === startModule) closure(bundle, chunk.fileName, initial);
      const preloads: RoutePreload[] = lazyPages(routesFile, aliases).flatMap(([pattern, module]) => {
        const chunk = chunks.find((c) => c.moduleIds.includes(module));
        if (!chunk) return [];
        const files = [...closure(bundle, chunk.fileName)].filter((f) => !initial.has(f));
        const styles = files.flatMap((f) => {
          const c = bundle[f];
          return c?.type === 'chunk' ? [...(c.viteMetadata?.importedCss ?? [])] : [];
        });
        return [{ pattern, scripts: files, styles }];
      });
      this.emitFile({
        type: 'asset',
        fileName: 'route-preloads.json',
        source: `${JSON.stringify(preloads, null, 2)}\n`,
      });
    },
  };
}
