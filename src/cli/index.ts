// Executable entry: `bin/exosome-content.js` loads the built form of this file.
import { main } from './main.js'

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
