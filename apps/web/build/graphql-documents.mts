import fs from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const CALL = /(export const (\w+) = )?\bgraphql\(\s*`([^`]*)`\s*\);?/g;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const IMPORT = /^import \{ graphql \} from '(?:@|[./]+)\/gql';\n/m;
const VIRTUAL = 'virtual:forum-gql/';

/**
 * Build only: every `graphql(`…`)` document of the codegen client preset becomes a module of its own,
 * holding the document object codegen generated for it (apps/web/src/gql/graphql.ts, fragments inlined),
 * and `export const X = graphql(…)` re-exports it. A document then ships in the chunk of the routes that use
 * it, instead of the preset's `graphql()` map (or the one `graphql.ts` module the preset's babel plugin
 * imports from) putting every operation of the app into the first chunk. Types are unchanged: they come
 * from the same `graphql()` overloads at type-check time.
 */
export function graphqlDocumentsPerModule(gqlDir: string): Plugin {
  const generated = path.join(gqlDir, 'graphql.ts');
  let documents = new Map<string, string>();
  return {
    name: 'forum:graphql-documents-per-module',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      this.addWatchFile(generated);
      documents = new Map(
        [...fs.readFileSync(generated, 'utf8').matchAll(DOCUMENT)].map(([, name, json]) => [name, json]),
      );
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      return `export default ${documents.get(id.slice(VIRTUAL.length + 1))};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const s = new MagicString(code);
      const imports: string[] = [];
      for (const match of code.matchAll(CALL)) {
        const [whole, exported, localName, body] = match;
        const definition = DEFINITION.exec(body);
        if (!definition) this.error(`${id}: graphql() without a named operation or fragment`);
        const [, kind, name] = definition;
        const doc = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        if (!documents.has(doc)) this.error(`${id}: ${doc} is not in ${generated} — run \`npm run codegen\``);
        if (exported) {
          s.overwrite(
            match.index,
            match.index + whole.length,
            `export { default as ${localName} } from '${VIRTUAL}${doc}';`,
          );
        } else {
          imports.push(`import __gql_${doc} from '${VIRTUAL}${doc}';\n`);
          s.overwrite(match.index, match.index + whole.length, `__gql_${doc}`);
        }
      }
      const imp = IMPORT.exec(code);
      if (imp && !/\bgraphql\(/.test(s.toString().replace(IMPORT, '')))
        s.remove(imp.index, imp.index + imp[0].length);
      if (imports.length) s.prepend(imports.join(''));
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}
