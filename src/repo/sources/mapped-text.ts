/**
 * Decoded strings that remember where each character came from in the file (so an id can be
 * bumped in place), reading a quoted string into one, and 1-based line/column lookup.
 */

/**
 * A decoded string and, for every character, the 0-based offset in the file it was copied from,
 * or -1 when it does not stand for itself there (an escape such as `\"` or `\059`, a value
 * resolved from elsewhere, a placeholder for an expression).
 */
export interface Mapped {
  text: string
  map: number[]
  /** Optional: for every character, the index of the file it came from (0 = the parsed file). */
  src?: number[]
}

export const mapped = (text: string, start: number): Mapped => ({
  text,
  map: Array.from({ length: text.length }, (_, i) => start + i)
})

export const unmapped = (text: string): Mapped => ({
  text,
  map: new Array<number>(text.length).fill(-1)
})

/** Mutable builder for a decoded string. */
export class MappedBuilder {
  text = ''
  map: number[] = []
  src: number[] | undefined

  push(ch: string, offset: number, file = 0): void {
    this.text += ch
    for (let i = 0; i < ch.length; i++) {
      this.map.push(offset < 0 ? -1 : offset + i)
      if (file !== 0 && this.src === undefined)
        this.src = new Array<number>(this.map.length - 1).fill(0)
      this.src?.push(file)
    }
  }

  append(m: Mapped): void {
    if (m.src !== undefined && this.src === undefined)
      this.src = new Array<number>(this.map.length).fill(0)
    this.text += m.text
    for (let i = 0; i < m.text.length; i++) {
      this.map.push(m.map[i] ?? -1)
      this.src?.push(m.src?.[i] ?? 0)
    }
  }

  done(): Mapped {
    const out: Mapped = { text: this.text, map: this.map }
    if (this.src !== undefined) out.src = this.src
    return out
  }
}

/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
export const unescapeSemicolons = (m: Mapped): Mapped => {
  const b = new MappedBuilder()
  for (let i = 0; i < m.text.length; i++) {
    if (m.text[i] === '\\' && m.text[i + 1] === ';') {
      b.push(';', m.map[i + 1] ?? -1, m.src?.[i + 1] ?? 0)
      i++
    } else {
      b.push(m.text[i] ?? '', m.map[i] ?? -1, m.src?.[i] ?? 0)
    }
  }
  return b.done()
}

/** 1-based line and column (in UTF-16 code units) of a 0-based offset. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) this.starts.push(i + 1)
  }

  pos(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 }
  }
}

/**
 * Reads a quoted string from the character after its opening `quote` up to the closing one (or
 * the end of the line), unescaping with the format's own `readEscape`, every character keeping
 * its position. Returns where reading stopped and whether the string was closed.
 */
export const readQuoted = (
  text: string,
  from: number,
  quote: string,
  readEscape: (text: string, i: number, b: MappedBuilder) => number,
  b: MappedBuilder
): { end: number; closed: boolean } => {
  let i = from
  while (i < text.length) {
    const d = text[i]
    if (d === quote) return { end: i + 1, closed: true }
    if (d === '\n') break
    if (d === '\\') i = readEscape(text, i, b)
    else {
      b.push(d ?? '', i)
      i++
    }
  }
  return { end: i, closed: false }
}
