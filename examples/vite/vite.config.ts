import { defineConfig } from 'vite'
import exosomeContent from 'exosome-content/vite'

export default defineConfig({
  // Every `*.md?exosome` import is parsed and checked here, at build time: an error fails
  // `vite build` (and shows in the dev server's overlay); the app gets frozen data only.
  plugins: [exosomeContent()],
})
