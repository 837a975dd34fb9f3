// The method code of src/ reads two files with Node; the web build gives it the data instead
// (web/vite.config.ts). These declarations let the web compiler follow those imports.
declare module 'node:fs' {
  export function readFileSync(file: URL | string, encoding: 'utf8'): string;
}
declare module 'node:module' {
  export function createRequire(url: string | URL): (id: string) => unknown;
}
