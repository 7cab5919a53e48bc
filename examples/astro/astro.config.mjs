// @ts-check
import { defineConfig } from 'astro/config'
import { remarkExosomeAstro } from 'exosome-content/astro'

export default defineConfig({
  // Markdown pages under src/pages are validated and rendered by exosome-content too.
  markdown: { remarkPlugins: [remarkExosomeAstro] },
})
