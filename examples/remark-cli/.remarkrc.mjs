// remark-cli loads this file from the working directory. The plugin adds the frontmatter and
// directive syntax itself, parses each file as an exosome-content page and reports every
// diagnostic (parser checks and consistency rules) as a vfile message.
import { remarkExosomeContent } from 'exosome-content/parser'

export default {
  plugins: [
    [
      remarkExosomeContent,
      {
        // The same policy object as exosome-content.config.json; omit it for `recommended`.
        // Here a stricter one: a reference that nothing cites is an error, not a warning.
        policy: { rules: { 'reference-unused': 'error' } },
      },
    ],
  ],
}
