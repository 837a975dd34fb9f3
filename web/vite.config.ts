import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Lets the web build bundle the pure method code of `src/` (methods, engine): the two places that
 * read files with Node get their data as static imports instead. Node code is unchanged.
 * - `loadDatedParameters(new URL('./parameters.yaml', import.meta.url), …)`: the YAML is imported
 *   as text and `readFileSync` returns it (or, where the bundler has already made the URL an
 *   inlined `data:` or served asset, reads that).
 * - The statutory calendar's `createRequire(…)('chinese-days/dist/chinese-days.json')`: a JSON import.
 */
function methodsInTheBrowser(): Plugin {
  return {
    name: 'pingding-methods-in-the-browser',
    enforce: 'pre',
    transform(code, id) {
      const file = id.replaceAll('\\', '/').split('?')[0]!;
      if (!file.includes('/src/') || file.includes('/web/src/')) return null;
      if (file.endsWith('/src/engine/parameters.ts')) {
        return code.replace(
          "import { readFileSync } from 'node:fs';",
          'const readFileSync = (file: unknown, _encoding?: string): string => {\n' +
            "  if (typeof file === 'string') return file;\n" +
            '  const url = String(file);\n' +
            '  const data = /^data:[^,]*;base64,(.*)$/.exec(url);\n' +
            '  if (data) return new TextDecoder().decode(Uint8Array.from(atob(data[1]!), (c) => c.charCodeAt(0)));\n' +
            '  const request = new XMLHttpRequest();\n' +
            "  request.open('GET', url, false);\n" +
            '  request.send();\n' +
            '  return request.responseText;\n' +
            '};',
        );
      }
      if (file.endsWith('/src/engine/calendar/holiday-data.ts')) {
        return code.replace(
          "import { createRequire } from 'node:module';",
          "import chineseDaysData from 'chinese-days/dist/chinese-days.json';\n" +
            'const createRequire = (_url: string) => (_id: string): unknown => chineseDaysData;',
        );
      }
      const yamlUrl = /new URL\('\.\/([\w.-]+\.yaml)', import\.meta\.url\)/g;
      if (yamlUrl.test(code)) {
        const files = [...new Set([...code.matchAll(yamlUrl)].map((m) => m[1]!))];
        const imports = files.map((name, i) => `import __yaml${i} from './${name}?raw';\n`);
        let out = code;
        files.forEach((name, i) => {
          out = out.replaceAll(`new URL('./${name}', import.meta.url)`, `(__yaml${i} as never)`);
        });
        return imports.join('') + out;
      }
      return null;
    },
  };
}

/** The web app: `npm run dev:web` (API proxied to the server on :3000), `npm run build:web`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [methodsInTheBrowser(), react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    // PINGDING_WEB_DIST: build elsewhere, e.g. one folder per parallel test run.
    outDir: process.env.PINGDING_WEB_DIST ?? 'dist',
    emptyOutDir: true,
    // antd and its icons make one large chunk; the app is used on office networks, not metered.
    chunkSizeWarningLimit: 2000,
  },
});
