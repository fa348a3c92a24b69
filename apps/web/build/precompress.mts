import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/;

/**
 * Build only: a Brotli copy (quality 11, ~15 % smaller than gzip -9) of every compressible asset, written
 * beside it as `<file>.br` once the bundle is on disk (Vite still rewrites chunks while generating). The
 * API serves it to browsers that accept `br` (apps/api/src/web/web-app.ts); on-the-fly compression could
 * not afford quality 11.
 */
export function precompress(): Plugin {
  return {
    name: 'forum:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const raw = fs.readFileSync(file);
        if (raw.length < 1024) continue;
        const compressed = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        fs.writeFileSync(`${file}.br`, compressed);
      }
    },
  };
}
