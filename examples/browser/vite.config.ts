import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const source = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url))

// The demo builds from the TypeScript sources, so it needs no `npm run build` of the package
// (only the generated overview module, `npm run build:content`). An app would import the
// published `exosome-content` and `exosome-content/render` instead; these aliases stand in.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^exosome-content\/render$/, replacement: source('render/index.ts') },
      { find: /^exosome-content$/, replacement: source('index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
})
