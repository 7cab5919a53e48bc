import { describe, expect, it } from 'vitest'
import { createLineIndex } from '../../src/util/line-index.js'

describe('createLineIndex', () => {
  it('maps offsets to 1-based points across LF, CRLF and CR line endings', () => {
    const lines = createLineIndex('ab\ncd\r\nef\rgh')
    expect(lines.point(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(lines.point(2)).toEqual({ line: 1, column: 3, offset: 2 })
    expect(lines.point(3)).toEqual({ line: 2, column: 1, offset: 3 })
    // The CR of a CRLF pair still belongs to line 2.
    expect(lines.point(5)).toEqual({ line: 2, column: 3, offset: 5 })
    expect(lines.point(7)).toEqual({ line: 3, column: 1, offset: 7 })
    expect(lines.point(10)).toEqual({ line: 4, column: 1, offset: 10 })
    expect(lines.range(3, 1)).toEqual({ start: lines.point(3), end: lines.point(3) })
  })

  it('clamps offsets to the text and finds offsets of points without one', () => {
    const lines = createLineIndex('ab\ncd')
    expect(lines.point(-4)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(lines.point(99)).toEqual({ line: 2, column: 3, offset: 5 })
    expect(lines.offset({ line: 2, column: 2 })).toBe(4)
    expect(lines.offset({ line: 2, column: 2, offset: 1 })).toBe(1)
    expect(lines.offset({ line: 9, column: 1 })).toBe(5)
    expect(lines.lineEnd(0)).toBe(2)
    expect(lines.lineEnd(4)).toBe(5)
  })

  it('gives the same answers whichever method is called first', () => {
    const text = 'one\r\ntwo\nthree\rfour'
    const byOffset = createLineIndex(text)
    const fromPoint = createLineIndex(text)
    expect(byOffset.offset({ line: 3, column: 2 })).toBe(fromPoint.point(10).offset)
    for (let offset = 0; offset <= text.length; offset++) {
      const point = fromPoint.point(offset)
      expect(byOffset.offset({ line: point.line, column: point.column })).toBe(offset)
    }
  })
})
