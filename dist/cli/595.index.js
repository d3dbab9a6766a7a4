export const id = 595;
export const ids = [595];
export const modules = {

/***/ 5595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octodnsOrigin: () => (/* binding */ octodnsOrigin),
/* harmony export */   parseOctodns: () => (/* binding */ parseOctodns)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _mapped_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3824);
/* harmony import */ var _owner_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);
/* harmony import */ var _parser_output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2038);
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6179);
/**
 * octoDNS YAML zone files (`example.com.yaml`): top-level keys are names relative to the zone
 * (`''` is the apex), each holding one record or a list of records with `type` and
 * `value`/`values`. TXT values escape `;` as `\;` (octoDNS rejects a bare `;`): it is unescaped
 * here and a bare one is reported. MX values are `{exchange, preference}` maps (older octoDNS:
 * `{value, priority}`). The `yaml` package keeps every node's offsets, so positions and id spans
 * point into the file.
 */





/** The zone an octoDNS file is for: its name without `.yaml`/`.yml`. */
const octodnsOrigin = (file) => {
    const m = /^(.+?)\.ya?ml$/i.exec((0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .baseName */ .Fl)(file));
    if (m?.[1] === undefined)
        return undefined;
    const d = (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalDomain */ .T)(m[1]);
    return (0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeDomain */ .wB)(d) ? d : undefined;
};
const DOUBLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
/** Decodes a one-line double-quoted scalar's inside, mapping the literal characters. */
const decodeDouble = (raw, start) => {
    const b = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .MappedBuilder */ .FK();
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i] ?? '';
        if (c !== '\\') {
            b.push(c, start + i);
            continue;
        }
        const e = raw[i + 1] ?? '';
        const simple = DOUBLE_ESCAPES[e];
        if (simple !== undefined) {
            b.escaped(simple, start + i);
            i++;
            continue;
        }
        const len = HEX_LENGTH[e];
        if (len === undefined)
            return undefined;
        const hex = raw.slice(i + 2, i + 2 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
            return undefined;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff)
            return undefined;
        b.escaped(String.fromCodePoint(cp), start + i);
        i += 1 + len;
    }
    return b.done();
};
/**
 * A scalar's value with the file offset of each character: exact for one-line plain, single-
 * and double-quoted scalars; otherwise (block or folded scalars) only the id is located, by its
 * unique `id=<id>` occurrence in the node's source.
 */
const scalarMapped = (text, node, value) => {
    const range = node.range;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) || range === null || range === undefined)
        return (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .unmapped */ .NW)(value);
    const [start, end] = range;
    const raw = text.slice(start, end);
    let m;
    if (!raw.includes('\n')) {
        if (node.type === 'PLAIN')
            m = (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mapped */ .CV)(raw, start);
        else if (node.type === 'QUOTE_SINGLE' && raw.length >= 2) {
            const b = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .MappedBuilder */ .FK();
            const inner = raw.slice(1, -1);
            for (let i = 0; i < inner.length; i++) {
                b.push(inner[i] ?? '', start + 1 + i);
                if (inner[i] === "'" && inner[i + 1] === "'")
                    i++;
            }
            m = b.done();
        }
        else if (node.type === 'QUOTE_DOUBLE' && raw.length >= 2) {
            m = decodeDouble(raw.slice(1, -1), start + 1);
        }
    }
    if (m !== undefined && m.text === value)
        return m;
    // Fallback: map the id's characters alone when `id=<id>` occurs once in the source.
    const out = (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .unmapped */ .NW)(value);
    const range2 = (0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .idRange */ .H9)(value.replace(/\\;/g, ';'));
    if (range2 === undefined)
        return out;
    const unesc = value.replace(/\\;/g, ';');
    const id = unesc.slice(range2[0], range2[1]);
    const needle = `id=${id}`;
    const at = raw.indexOf(needle);
    if (id === '' || at < 0 || raw.indexOf(needle, at + 1) >= 0)
        return out;
    const inValue = value.indexOf(needle);
    if (inValue < 0 || value.indexOf(needle, inValue + 1) >= 0)
        return out;
    for (let i = 0; i < id.length; i++)
        out.map[inValue + 3 + i] = start + at + 3 + i;
    return out;
};
/** octoDNS rejects MX and CNAME targets that are not fully qualified. */
const finalDot = (host) => `"${host}" has no final dot: octoDNS requires a fully qualified name (it is read here as relative)`;
const deref = (doc, node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node) ? node.resolve(doc) : node);
const asList = (doc, node) => {
    const n = deref(doc, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(n) ? n.items.map(i => deref(doc, i)) : n === undefined || n === null ? [] : [n];
};
const scalarText = (node) => {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
};
/** Where a scalar's value starts in the file: after its opening quote, if any. */
const scalarStart = (node, value) => {
    const first = value.map.find(m => m >= 0);
    if (first !== undefined)
        return first;
    const start = node.range?.[0] ?? 0;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        ? start + 1
        : start;
};
const parseOctodns = (text, ctx) => (0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .guarded */ .Nj)('octodns', () => {
    const lines = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .rr(text);
    const problems = [];
    const records = [];
    const origin = octodnsOrigin(ctx.file);
    const out = { format: 'octodns', records, problems };
    if (origin !== undefined)
        out.origin = origin;
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    for (const e of doc.errors) {
        const p = e.linePos?.[0];
        problems.push({
            message: `YAML: ${e.message.split('\n')[0] ?? e.code}`,
            line: p?.line ?? 1,
            column: p?.col ?? 1
        });
    }
    const top = deref(doc, doc.contents);
    if (top === null || top === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(top) && top.value === null))
        return out;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(top)) {
        problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, 0, 'not an octoDNS zone file: the top level is not a mapping'));
        return out;
    }
    for (const pair of top.items) {
        const key = deref(doc, pair.key);
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(key) && key.value === null ? '' : scalarText(key);
        if (name === undefined)
            continue;
        const owner = (0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(name, origin);
        if ((0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .repeatsOrigin */ .lg)(name, origin) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(key))
            problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, key.range?.[0] ?? 0, (0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .missingDotMessage */ .Tv)(name, origin)));
        for (const item of asList(doc, pair.value)) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item))
                continue;
            const type = scalarText(deref(doc, item.get('type', true)))?.toUpperCase();
            if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME')
                continue;
            const values = [
                ...asList(doc, item.get('value', true)),
                ...asList(doc, item.get('values', true))
            ];
            if (values.length === 0) {
                const at = item.range?.[0] ?? 0;
                problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, at, `${type} record "${name}" without value or values`));
                continue;
            }
            for (const v of values) {
                if (type === 'MX') {
                    const m = deref(doc, v);
                    const host = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(m)
                        ? deref(doc, m.get('exchange', true) ?? m.get('value', true))
                        : undefined;
                    const hostText = scalarText(host);
                    if (hostText === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(host)) {
                        const at = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(m) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(m) ? (m.range?.[0] ?? 0) : 0;
                        problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, at, `MX value of "${name}" without exchange`));
                        continue;
                    }
                    const target = (0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(hostText, origin);
                    const start = scalarStart(host, scalarMapped(text, host, hostText));
                    if (!hostText.endsWith('.'))
                        problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, start, finalDot(hostText)));
                    records.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .makeRecord */ .Uo)(lines, owner, 'MX', { text: target, map: [] }, start));
                    continue;
                }
                const s = scalarText(v);
                if (s === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(v)) {
                    const at = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(v) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(v) ? (v.range?.[0] ?? 0) : 0;
                    problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, at, `${type} value of "${name}" is not a string`));
                    continue;
                }
                const raw = scalarMapped(text, v, s);
                const start = scalarStart(v, raw);
                if (type === 'CNAME') {
                    if (!s.endsWith('.'))
                        problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, start, finalDot(s)));
                    records.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .makeRecord */ .Uo)(lines, owner, 'CNAME', { text: (0,_owner_names_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(s, origin), map: [] }, start));
                    continue;
                }
                const bare = /(^|[^\\]);/.exec(s);
                if (bare !== null) {
                    const i = bare.index + (bare[1] ?? '').length;
                    problems.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .problemAt */ .l4)(lines, raw.map[i] !== undefined && raw.map[i] >= 0 ? raw.map[i] : start, `unescaped ";" in the TXT value of "${name}": octoDNS requires "\\;"`));
                }
                records.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_4__/* .makeRecord */ .Uo)(lines, owner, 'TXT', (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_3__/* .unescapeSemicolons */ .hb)(raw), start));
            }
        }
    }
    return out;
});


/***/ })

};
