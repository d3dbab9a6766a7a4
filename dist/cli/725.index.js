export const id = 725;
export const ids = [725];
export const modules = {

/***/ 3824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ mapped),
/* harmony export */   FK: () => (/* binding */ MappedBuilder),
/* harmony export */   NW: () => (/* binding */ unmapped),
/* harmony export */   hb: () => (/* binding */ unescapeSemicolons),
/* harmony export */   nt: () => (/* binding */ writtenAt),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   zt: () => (/* binding */ readQuoted)
/* harmony export */ });
/**
 * Decoded strings that remember where each character came from in the file (so an id can be
 * bumped in place, and a finding placed on the character it is about), reading a quoted string
 * into one, and 1-based line/column lookup.
 */
const mapped = (text, start) => ({
    text,
    map: Array.from({ length: text.length }, (_, i) => start + i)
});
const unmapped = (text) => ({
    text,
    map: new Array(text.length).fill(-1)
});
/**
 * Where the character `i` of `m` is written in the parsed file (file 0): its own offset, or for
 * an escape the offset of the escape; -1 when it is written nowhere there.
 */
const writtenAt = (m, i) => (m.src?.[i] ?? 0) !== 0 ? -1 : (m.at?.[i] ?? m.map[i] ?? -1);
/** Mutable builder for a decoded string. */
class MappedBuilder {
    text = '';
    map = [];
    src;
    /** Where each character is written; differs from `map` only for escapes. */
    at = [];
    escapes = false;
    add(ch, offset, at, file) {
        this.text += ch;
        for (let i = 0; i < ch.length; i++) {
            this.map.push(offset < 0 ? -1 : offset + i);
            this.at.push(at < 0 ? -1 : offset < 0 ? at : at + i);
            if (file !== 0 && this.src === undefined)
                this.src = new Array(this.map.length - 1).fill(0);
            this.src?.push(file);
        }
    }
    /** A character copied from `offset` of file `file` (-1: written nowhere, e.g. an expression's text). */
    push(ch, offset, file = 0) {
        this.add(ch, offset, offset, file);
    }
    /**
     * A character an escape stands for (`\;`, `\059`, `\u0041`): not copied from the file (so no
     * id span runs through it), but written at `at`, the escape's first character.
     */
    escaped(ch, at, file = 0) {
        if (at >= 0)
            this.escapes = true;
        this.add(ch, -1, at, file);
    }
    /** The character `i` of `m`, keeping where it came from; `file` replaces its file index. */
    copy(m, i, file = m.src?.[i] ?? 0) {
        const offset = m.map[i] ?? -1;
        const at = m.at?.[i] ?? offset;
        if (offset < 0 && at >= 0)
            this.escapes = true;
        this.add(m.text[i] ?? '', offset, at, file);
    }
    append(m) {
        for (let i = 0; i < m.text.length; i++)
            this.copy(m, i);
    }
    done() {
        const out = { text: this.text, map: this.map };
        if (this.src !== undefined)
            out.src = this.src;
        if (this.escapes)
            out.at = this.at;
        return out;
    }
}
/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
const unescapeSemicolons = (m) => {
    const b = new MappedBuilder();
    for (let i = 0; i < m.text.length; i++) {
        if (m.text[i] === '\\' && m.text[i + 1] === ';')
            i++;
        b.copy(m, i);
    }
    return b.done();
};
/** 1-based line and column (in UTF-16 code units) of a 0-based offset. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 0x0a)
                this.starts.push(i + 1);
    }
    pos(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
    }
}
/**
 * Reads a quoted string from the character after its opening `quote` up to the closing one (or
 * the end of the line), unescaping with the format's own `readEscape`, every character keeping
 * its position. Returns where reading stopped and whether the string was closed.
 */
const readQuoted = (text, from, quote, readEscape, b) => {
    let i = from;
    while (i < text.length) {
        const d = text[i];
        if (d === quote)
            return { end: i + 1, closed: true };
        if (d === '\n')
            break;
        if (d === '\\')
            i = readEscape(text, i, b);
        else {
            b.push(d ?? '', i);
            i++;
        }
    }
    return { end: i, closed: false };
};


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ idRange),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   Uo: () => (/* binding */ makeRecord),
/* harmony export */   fn: () => (/* binding */ idSpanOf),
/* harmony export */   l4: () => (/* binding */ problemAt)
/* harmony export */ });
/* unused harmony export MAX_PROBLEMS */
/* harmony import */ var _record_sts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _record_place_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9322);
/**
 * What every parser hands back, built the same way: records with the place of their id (so it
 * can be bumped in place), problems with positions, and the guard that turns a crash into a
 * problem and caps how many are kept.
 */


/**
 * Where the id's characters are in the value: the first `id` tag as the record grammar reads it,
 * else (a record too broken for that, e.g. `id=` first) the first `id=` after a start, `;`,
 * blank or quote.
 */
const idRange = (value) => {
    const rec = (0,_record_sts_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStsRecord */ .n3)(value);
    if (rec.id !== undefined) {
        // A value running to a line end (a heredoc) keeps its CR/LF: not part of the id.
        let end = rec.id.valueOffset + rec.id.value.length;
        while (end > rec.id.valueOffset && /\s/.test(value[end - 1] ?? ''))
            end--;
        return [rec.id.valueOffset, end];
    }
    const m = /(?:^|[;\s"'])id=([^;\s"']*)/.exec(value);
    if (m === null)
        return undefined;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    return [start, start + (m[1] ?? '').length];
};
/**
 * The file span [start, end) of the id in a decoded value, when its characters are copied
 * verbatim and contiguously from one file (else bumping in place is impossible: undefined).
 * `file` is the file index the span lies in (see Mapped.src).
 */
const idSpanOf = (value) => {
    if (!(0,_record_sts_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeSts */ .yi)(value.text))
        return undefined;
    const range = idRange(value.text);
    if (range === undefined)
        return undefined;
    const [a, b] = range;
    const fileAt = (i) => value.src?.[i] ?? 0;
    if (a === b) {
        // An empty id: the place right after `=`, when that `=` is in the file.
        const eq = value.map[a - 1] ?? -1;
        if (eq < 0)
            return undefined;
        return { span: [eq + 1, eq + 1], file: fileAt(a - 1), range };
    }
    const first = value.map[a] ?? -1;
    if (first < 0)
        return undefined;
    const file = fileAt(a);
    for (let i = a + 1; i < b; i++) {
        if (value.map[i] !== first + (i - a) || fileAt(i) !== file)
            return undefined;
    }
    return { span: [first, first + (b - a)], file, range };
};
/** Builds a record with its position and, for a TXT, its id span. */
const makeRecord = (lines, owner, type, value, at) => {
    const { line, column } = lines.pos(at);
    const rec = { owner, type, value: value.text, line, column };
    if (type === 'TXT') {
        const id = idSpanOf(value);
        if (id !== undefined && id.file === 0)
            rec.idSpan = id.span;
        const runs = (0,_record_place_js__WEBPACK_IMPORTED_MODULE_1__/* .textRuns */ .ei)(lines, value, at);
        if (runs !== undefined)
            rec.textRuns = runs;
    }
    return rec;
};
const problemAt = (lines, offset, message) => ({
    message,
    ...lines.pos(offset)
});
/** Problems kept per file: one per line is plenty for a human, and bounds memory. */
const MAX_PROBLEMS = 1000;
/**
 * Runs a parser body; anything it throws (a bug) becomes a problem instead. Problems beyond
 * MAX_PROBLEMS are dropped, with one last problem saying how many.
 */
const guarded = (format, body) => {
    try {
        const out = body();
        if (out.problems.length > MAX_PROBLEMS) {
            const first = out.problems[MAX_PROBLEMS] ?? { line: 1, column: 1 };
            const more = out.problems.length - MAX_PROBLEMS;
            out.problems = out.problems.slice(0, MAX_PROBLEMS);
            out.problems.push({
                message: `${more} more problems not shown`,
                line: first.line,
                column: first.column
            });
        }
        return out;
    }
    catch (e) {
        return {
            format,
            records: [],
            problems: [
                {
                    message: `internal error reading the file: ${e instanceof Error ? e.message : String(e)}`,
                    line: 1,
                    column: 1
                }
            ]
        };
    }
};


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePlain: () => (/* binding */ parsePlain)
/* harmony export */ });
/* harmony import */ var _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3824);
/* harmony import */ var _parser_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2038);


const isBlank = (c) => c === ' ' || c === '\t';
/** `"a" "b"` (double quotes, escapes `\"` `\\` `\DDD`) or `'a'`; undefined when not that form. */
const readQuoted = (line, start, from) => {
    let i = from;
    const b = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .MappedBuilder */ .FK();
    if (line[i] === "'") {
        const close = line.lastIndexOf("'");
        if (close <= i || line.slice(close + 1).trim() !== '')
            return undefined;
        return (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mapped */ .CV)(line.slice(i + 1, close), start + i + 1);
    }
    let strings = 0;
    while (i < line.length) {
        if (line[i] !== '"')
            return undefined;
        i++;
        let closed = false;
        while (i < line.length) {
            const c = line[i];
            if (c === '"') {
                closed = true;
                i++;
                break;
            }
            if (c === '\\') {
                const digits = /^\d{3}/.exec(line.slice(i + 1, i + 4));
                if (digits !== null) {
                    b.escaped(String.fromCharCode(Number(digits[0]) & 0xff), start + i);
                    i += 4;
                }
                else if (i + 1 < line.length) {
                    b.escaped(line[i + 1] ?? '', start + i);
                    i += 2;
                }
                else {
                    b.push('\\', start + i);
                    i++;
                }
            }
            else {
                b.push(c ?? '', start + i);
                i++;
            }
        }
        if (!closed)
            return undefined;
        strings++;
        while (isBlank(line[i]))
            i++;
    }
    return strings > 0 ? b.done() : undefined;
};
const parsePlain = (text) => (0,_parser_output_js__WEBPACK_IMPORTED_MODULE_1__/* .guarded */ .Nj)('plain', () => {
    const lines = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
    const records = [];
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(offset);
    for (const raw of body.split('\n')) {
        const start = offset;
        offset += raw.length + 1;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let i = 0;
        while (isBlank(line[i]))
            i++;
        if (i === line.length || line[i] === '#')
            continue;
        const quoted = line[i] === '"' || line[i] === "'" ? readQuoted(line, start, i) : undefined;
        const value = quoted ?? (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mapped */ .CV)(line, start);
        const at = quoted === undefined ? start : (quoted.map.find(m => m >= 0) ?? start + i + 1);
        const owner = /^["'\s]*v\s*=\s*tlsrpt/i.test(value.text) ? '_smtp._tls' : '_mta-sts';
        records.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_1__/* .makeRecord */ .Uo)(lines, owner, 'TXT', value, at));
    }
    return { format: 'plain', records, problems: [] };
});


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   ei: () => (/* binding */ textRuns),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* harmony import */ var _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3824);
/**
 * Where the text of a kept record is written: the line and column of each of its characters, so
 * a finding at a column of the record's text points at that character in the file, whatever
 * escapes, string boundaries or line breaks lie between.
 */

const next = (p) => p === null ? null : { line: p.line, column: p.column + 1 };
const same = (a, b) => a === null || b === null ? a === b : a.line === b.line && a.column === b.column;
/**
 * The runs of a decoded value (see DnsRecord.textRuns); undefined when the value is copied as
 * is, on one line, from `start` on.
 */
const textRuns = (lines, value, start) => {
    const n = value.text.length;
    let asIs = !value.text.includes('\n');
    for (let i = 0; asIs && i < n; i++) {
        if (value.map[i] !== start + i || (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, i) !== start + i)
            asIs = false;
    }
    if (asIs)
        return undefined;
    const runs = [];
    let expected;
    const add = (i, p) => {
        if (expected === undefined || !same(p, expected))
            runs.push({ from: i, at: p });
        expected = next(p);
    };
    for (let i = 0; i < n; i++) {
        const o = (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, i);
        add(i, o < 0 ? null : lines.pos(o));
    }
    // After the text: right after its last character, when that is written as itself here (how
    // long an escape is written is not kept).
    const last = n - 1;
    const end = n === 0
        ? start
        : (value.map[last] ?? -1) >= 0 && (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, last) === value.map[last]
            ? (value.map[last] ?? -1) + 1
            : -1;
    add(n, end < 0 ? null : lines.pos(end));
    return runs;
};
/**
 * Where the character at `offset` (0-based; the text's length for the place after it) of a
 * record's text is in the file; the record's start when the file does not write it (an
 * expression's value, text from another file).
 */
const positionAt = (place, offset) => {
    const o = Math.max(0, offset);
    const runs = place.textRuns;
    if (runs === undefined)
        return { line: place.line, column: place.column + o };
    let run;
    for (const r of runs) {
        if (r.from > o)
            break;
        run = r;
    }
    if (run === undefined || run.at === null)
        return { line: place.line, column: place.column };
    return { line: run.at.line, column: run.at.column + (o - run.from) };
};
/** The place of a parsed record, for the model. */
const placeOf = (r) => ({
    line: r.line,
    column: r.column,
    ...(r.textRuns !== undefined && { textRuns: r.textRuns }),
    ...(r.note !== undefined && { note: r.note })
});


/***/ })

};
