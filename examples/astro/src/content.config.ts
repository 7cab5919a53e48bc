import { defineCollection } from 'astro:content'
import { exosomeLoader } from 'exosome-content/astro'

export const collections = {
  // Every page under content/, validated with the nearest exosome-content config (or the
  // recommended policy); an error fails `astro build` with its file:line:column.
  pages: defineCollection({ loader: exosomeLoader({ pattern: 'content/**/*.md' }) }),
}
