import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const INITIAL_JS_BUDGET_KB = 200;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), initialJsSize(INITIAL_JS_BUDGET_KB)],
  resolve: {
    alias: [
      {
        find: /^@cps\/domain$/,
        replacement: fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // Host is kept as the dev server's, so the API's Origin check sees a same-origin request.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
});

/**
 * Logs the gzipped size of the JS a first visit downloads (entry chunks and their static
 * imports; lazy chunks excluded) and fails the build when it exceeds the budget.
 */
function initialJsSize(budgetKb: number): Plugin {
  let line = '';
  return {
    name: 'cps:initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (initial.has(fileName) || chunk?.type !== 'chunk') return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      Object.values(bundle).forEach((output) => {
        if (output.type === 'chunk' && output.isEntry) visit(output.fileName);
      });

      let bytes = 0;
      for (const fileName of initial) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') bytes += gzipSync(chunk.code).length;
      }
      const kb = bytes / 1024;
      line = `initial JS: ${kb.toFixed(1)} KB gzipped (budget ${budgetKb} KB, ${initial.size} chunk(s))`;
      if (kb > budgetKb) this.error(`${line} — over budget`);
    },
    closeBundle() {
      if (line) console.log(`\n${line}`);
    },
  };
}
