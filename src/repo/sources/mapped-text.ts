/**
 * Decoded strings that remember where each character came from in the file (so an id can be
 * bumped in place, and a finding placed on the character it is about), reading a quoted string
 * into one, and 1-based line/column lookup.
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
  /**
   * Optional: for every character, the offset where it is written, escapes included (the `\`
   * that starts `\059` or `\"`); -1 where it is written nowhere. Absent: the same as `map`.
   */
  at?: number[]
}

export const mapped = (text: string, start: number): Mapped => ({
  text,
  map: Array.from({ length: text.length }, (_, i) => start + i)
})

export const unmapped = (text: string): Mapped => ({
  text,
  map: new Array<number>(text.length).fill(-1)
})

/**
 * Where the character `i` of `m` is written in the parsed file (file 0): its own offset, or for
 * an escape the offset of the escape; -1 when it is written nowhere there.
 */
export const writtenAt = (m: Mapped, i: number): number =>
  (m.src?.[i] ?? 0) !== 0 ? -1 : (m.at?.[i] ?? m.map[i] ?? -1)

/** Mutable builder for a decoded string. */
export class MappedBuilder {
  text = ''
  map: number[] = []
  src: number[] | undefined
  /** Where each character is written; differs from `map` only for escapes. */
  private readonly at: number[] = []
  private escapes = false

  private add(ch: string, offset: number, at: number, file: number): void {
    this.text += ch
    for (let i = 0; i < ch.length; i++) {
      this.map.push(offset < 0 ? -1 : offset + i)
      this.at.push(at < 0 ? -1 : offset < 0 ? at : at + i)
      if (file !== 0 && this.src === undefined)
        this.src = new Array<number>(this.map.length - 1).fill(0)
      this.src?.push(file)
    }
  }

  /** A character copied from `offset` of file `file` (-1: written nowhere, e.g. an expression's text). */
  push(ch: string, offset: number, file = 0): void {
    this.add(ch, offset, offset, file)
  }

  /**
   * A character an escape stands for (`\;`, `\059`, `\u0041`): not copied from the file (so no
   * id span runs through it), but written at `at`, the escape's first character.
   */
  escaped(ch: string, at: number, file = 0): void {
    if (at >= 0) this.escapes = true
    this.add(ch, -1, at, file)
  }

  /** The character `i` of `m`, keeping where it came from; `file` replaces its file index. */
  copy(m: Mapped, i: number, file = m.src?.[i] ?? 0): void {
    const offset = m.map[i] ?? -1
    const at = m.at?.[i] ?? offset
    if (offset < 0 && at >= 0) this.escapes = true
    this.add(m.text[i] ?? '', offset, at, file)
  }

  append(m: Mapped): void {
    for (let i = 0; i < m.text.length; i++) this.copy(m, i)
  }

  done(): Mapped {
    const out: Mapped = { text: this.text, map: this.map }
    if (this.src !== undefined) out.src = this.src
    if (this.escapes) out.at = this.at
    return out
  }
}

/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
export const unescapeSemicolons = (m: Mapped): Mapped => {
  const b = new MappedBuilder()
  for (let i = 0; i < m.text.length; i++) {
    if (m.text[i] === '\\' && m.text[i + 1] === ';') i++
    b.copy(m, i)
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
