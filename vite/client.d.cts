// Types of `?exosome` imports for apps using the `exosome-content/vite` plugin. Add
// `"types": ["exosome-content/vite/client"]` to tsconfig.json `compilerOptions`, or
// `/// <reference types="exosome-content/vite/client" />` to a declaration file.
// (Compiled pages with literal id types: `exosome-content build`.)

declare module '*?exosome' {
  import type { EmbeddedDocument } from 'exosome-content'

  /** The page's document: validated when the app was built, deep-frozen, without source positions. */
  const page: EmbeddedDocument
  export { page }
  export default page
}
