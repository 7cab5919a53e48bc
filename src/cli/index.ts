// Executable entry: `bin/exosome-content.js` loads the built form of this file.
import { main } from './main.js'

// `exosome-content check | head` closes stdout early: stop writing quietly, as other CLIs do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
