#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9225);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeIO */ .P)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ nodeIO)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/** What the CLI needs from the outside world, passed in so tests can run it in-process. */

/** Files bigger than this are not policies; reading them whole would only cost time. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const readStream = async (stream) => {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += b.length;
        if (total > MAX_INPUT_BYTES)
            throw new Error(`input is over ${MAX_INPUT_BYTES} bytes`);
        chunks.push(b);
    }
    return Buffer.concat(chunks);
};
const nodeIO = () => ({
    readFile: async (path) => {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (s.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (s.size > MAX_INPUT_BYTES)
            throw new Error(`${s.size} bytes is too large to be a policy`);
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    },
    isDirectory: async (path) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory(),
    readStdin: () => readStream(process.stdin),
    writeFile: (path, data) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, data),
    stdout: s => void process.stdout.write(s),
    stderr: s => void process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd()
});


/***/ }),

/***/ 9225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/finding.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const severityRank = (s) => (s === 'error' ? 3 : s === 'warning' ? 2 : 1);
/** True when a finding at this severity fails the run under `--fail-on`. */
const failsOn = (s, failOn) => failOn !== 'never' && severityRank(s) >= severityRank(failOn);
const compareFindings = (a, b) => (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    a.rule.localeCompare(b.rule);
const countFindings = (findings) => {
    const c = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            c.errors++;
        else if (f.severity === 'warning')
            c.warnings++;
        else
            c.notices++;
    }
    return c;
};

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/policy/parse.ts
/**
 * The MTA-STS policy body grammar (RFC 8461 section 3.2), with 1-based positions for every token.
 *
 * The parser never throws and never stops early: every line that can be read as `name: value`
 * becomes a field (even when indented or otherwise ungrammatical, so one mistake does not
 * cascade into "mode missing"), and every deviation from the grammar becomes a syntax issue.
 */

/** Senders may stop reading here (section 3.3); we lint no further either. */
const POLICY_SIZE_LIMIT = 65536;
/** Bounds memory on hostile input; one issue per line is plenty for a human. */
const MAX_ISSUES = 1000;
/**
 * A known field name read in place, as the constant string: later comparisons with it are then
 * identity checks, not character-by-character ones on a fresh slice.
 */
const knownName = (text, start, end) => {
    switch (end - start) {
        case 2:
            return text.startsWith('mx', start) ? 'mx' : undefined;
        case 4:
            return text.startsWith('mode', start) ? 'mode' : undefined;
        case 7:
            return text.startsWith('version', start)
                ? 'version'
                : text.startsWith('max_age', start)
                    ? 'max_age'
                    : undefined;
        default:
            return undefined;
    }
};
const isWsp = (c) => c === 0x20 || c === 0x09;
const isAlnum = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c) => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
/** Anything but tab, LF, CR and printable ASCII. */
const UNUSUAL = /[^\t\n\r\x20-\x7e]/;
const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** Cuts at the last terminator before the limit, so no line is judged on half its text. */
const cutAtLimit = (bytes) => {
    let end = POLICY_SIZE_LIMIT;
    while (end > 0 && bytes[end - 1] !== 0x0a)
        end--;
    return bytes.subarray(0, end > 0 ? end : POLICY_SIZE_LIMIT);
};
const decode = (input) => {
    if (typeof input === 'string') {
        // A string is measured as UTF-8 would store it; lone surrogates are reported per character.
        const size = Buffer.byteLength(input, 'utf8');
        if (size > POLICY_SIZE_LIMIT)
            return decode(Buffer.from(input, 'utf8'));
        const bom = input.charCodeAt(0) === 0xfeff;
        return {
            text: bom ? input.slice(1) : input,
            size,
            bom,
            invalidUtf8: false,
            truncated: false
        };
    }
    const size = input.length;
    const truncated = size > POLICY_SIZE_LIMIT;
    let bytes = truncated ? cutAtLimit(input) : input;
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom)
        bytes = bytes.subarray(3);
    const invalidUtf8 = !(0,external_node_buffer_.isUtf8)(bytes);
    return { text: utf8Decoder.decode(bytes), size, bom, invalidUtf8, truncated };
};
const parsePolicy = (input) => {
    const { text, size, bom, invalidUtf8, truncated } = decode(input);
    const fields = [];
    const issues = [];
    const result = {
        text,
        fields,
        issues,
        droppedIssues: 0,
        size,
        truncated,
        lf: 0,
        crlf: 0,
        firstLfLine: 0,
        firstCrlfLine: 0
    };
    const issue = (kind, line, column, t) => addIssue(result, kind, line, column, t);
    if (bom)
        issue('bom', 1, 1);
    const n = text.length;
    let start = 0;
    let line = 1;
    let sawContent = false;
    // Blank lines are judged at the end: only a single one right before EOF is a mere warning.
    const blankLines = [];
    let lastLineBlank = false;
    let lastLine = 1;
    // Most policies are printable ASCII with LF or CRLF: then lines are found natively, and no
    // line needs a character-by-character look for controls, invalid UTF-8 or surrogates.
    const plain = !UNUSUAL.test(text);
    // The next CR at or after `start` (n when none), searched again only once passed.
    let nextCr = -1;
    while (start < n || (start === n && line === 1)) {
        let end;
        let c = 0;
        if (plain) {
            const lf = text.indexOf('\n', start);
            end = lf < 0 ? n : lf;
            if (end > start && text.charCodeAt(end - 1) === 0x0d)
                end--;
            if (end < n)
                c = text.charCodeAt(end);
            // A CR inside the line is bare: hand the line to the general scanner below.
            if (nextCr < start) {
                nextCr = text.indexOf('\r', start);
                if (nextCr < 0)
                    nextCr = n;
            }
            if (nextCr < end) {
                end = nextCr;
                c = 0x0d;
            }
        }
        else {
            end = start;
            // Whether the line holds anything but printable ASCII and tabs.
            let unusual = false;
            while (end < n) {
                c = text.charCodeAt(end);
                if (c < 0x20 || c >= 0x7f) {
                    if (c === 0x0a || c === 0x0d)
                        break;
                    if (c !== 0x09)
                        unusual = true;
                }
                end++;
            }
            if (unusual)
                scanCharacters(text, start, end, line, invalidUtf8, issue);
        }
        const blank = scanLine(text, start, end, line, fields, issue);
        lastLine = line;
        if (blank)
            blankLines.push(line);
        else
            sawContent = true;
        lastLineBlank = blank;
        if (end >= n)
            break;
        if (c === 0x0d) {
            if (text.charCodeAt(end + 1) === 0x0a) {
                result.crlf++;
                if (result.firstCrlfLine === 0)
                    result.firstCrlfLine = line;
                start = end + 2;
            }
            else {
                // A bare CR is no terminator under the grammar; editors still break the line there.
                issue('bare-cr', line, end - start + 1);
                start = end + 1;
            }
        }
        else {
            result.lf++;
            if (result.firstLfLine === 0)
                result.firstLfLine = line;
            start = end + 1;
        }
        line++;
    }
    if (!sawContent) {
        // Nothing but blank lines: one finding says it all.
        const kept = issues.filter(i => i.kind === 'bom');
        issues.length = 0;
        issues.push(...kept, { kind: 'empty-body', line: 1, column: 1 });
        return result;
    }
    for (let k = 0; k < blankLines.length; k++) {
        const l = blankLines[k];
        const trailingSingle = l === lastLine && lastLineBlank && blankLines[k - 1] !== l - 1;
        issue(trailingSingle ? 'trailing-blank-line' : 'blank-line', l, 1);
    }
    if (issues.length > 1)
        issues.sort((a, b) => a.line - b.line || a.column - b.column);
    return result;
};
const addIssue = (result, kind, line, column, t) => {
    if (result.issues.length >= MAX_ISSUES) {
        result.droppedIssues++;
        return;
    }
    result.issues.push(t === undefined ? { kind, line, column } : { kind, line, column, text: t });
};
/** Characters no line may hold, anywhere: controls, invalid UTF-8, lone surrogates. */
const scanCharacters = (text, start, end, line, invalidUtf8, issue) => {
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c === 0x09)
            continue;
        if (c < 0x20 || c === 0x7f)
            issue('control-char', line, i - start + 1, text[i]);
        else if (c === 0xfffd && invalidUtf8)
            issue('invalid-utf8', line, i - start + 1);
        else if (c >= 0xd800 && c <= 0xdfff) {
            const paired = c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
            if (paired)
                i++;
            else
                issue('invalid-char', line, i - start + 1);
        }
    }
};
/** Reads one line [start, end) of text; returns true when it is blank (or whitespace only). */
const scanLine = (text, start, end, line, fields, issue) => {
    let p = start;
    while (p < end && isWsp(text.charCodeAt(p)))
        p++;
    if (p === end)
        return true;
    if (p > start)
        issue('leading-whitespace', line, 1);
    const first = text.charCodeAt(p);
    if (first === 0x23) {
        issue('comment', line, p - start + 1, text.slice(p, end));
        return false;
    }
    const colon = text.indexOf(':', p);
    if (colon < 0 || colon >= end) {
        issue('no-colon', line, p - start + 1, text.slice(p, end));
        return false;
    }
    let nameEnd = colon;
    while (nameEnd > p && isWsp(text.charCodeAt(nameEnd - 1)))
        nameEnd--;
    if (nameEnd < colon)
        issue('whitespace-before-colon', line, nameEnd - start + 1);
    const known = knownName(text, p, nameEnd);
    const name = known ?? text.slice(p, nameEnd);
    let grammatical = p === start && nameEnd === colon;
    if (name.length === 0) {
        issue('bad-name', line, p - start + 1, '');
        return false;
    }
    let badAt = isAlnum(first) ? -1 : p;
    if (badAt < 0 && known === undefined) {
        for (let i = p + 1; i < nameEnd; i++) {
            if (!isNameChar(text.charCodeAt(i))) {
                badAt = i;
                break;
            }
        }
    }
    if (badAt >= 0) {
        // A name the grammar cannot read: senders skip the line, so it is no field.
        issue('bad-name', line, badAt - start + 1, name);
        return false;
    }
    if (name.length > 32) {
        issue('name-too-long', line, p - start + 1, name);
        grammatical = false;
    }
    let v = colon + 1;
    while (v < end && isWsp(text.charCodeAt(v)))
        v++;
    let vEnd = end;
    while (vEnd > v && isWsp(text.charCodeAt(vEnd - 1)))
        vEnd--;
    fields.push({
        name,
        value: text.slice(v, vEnd),
        line,
        column: p - start + 1,
        valueColumn: v - start + 1,
        grammatical
    });
    return false;
};
/** The extension-value grammar: printable ASCII or UTF-8, single spaces only between them. */
const extensionValueProblem = (value) => {
    if (value.length === 0)
        return 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 0x09)
            return i;
        if (c === 0x20 && value.charCodeAt(i + 1) === 0x20)
            return i + 1;
    }
    return -1;
};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/policy/mx.ts
/**
 * `mx` pattern syntax (section 3.2: `["*."] Domain`, Domain as RFC 5321 4.1.2) and MX host
 * matching (section 4.1): a wildcard stands for exactly one whole label, names compare
 * case-insensitively as A-labels, and one trailing root dot on the host is ignored.
 */

const isLdh = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Converts a U-label name to its A-label form; undefined when IDNA rejects it. */
const toALabel = (name) => {
    const ascii = (0,external_node_url_.domainToASCII)(name);
    return ascii === '' ? undefined : ascii;
};
const hasNonAscii = (s) => {
    for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 0x7f)
            return true;
    return false;
};
/** Shared result for the common case: no allocation per valid pattern. */
const NO_ISSUES = Object.freeze([]);
/** Every syntax problem of one `mx` value; an empty list means the pattern is valid. */
const mxPatternIssues = (value) => {
    if (value.length === 0)
        return [{ problem: 'empty', offset: 0 }];
    if (isValidMxPattern(value))
        return NO_ISSUES;
    const issues = [];
    // Cheap tests first: most invalid values are only a trailing dot or one bad label away.
    const sep = value.search(/[\s,;]/);
    if (sep >= 0) {
        const parts = value.split(/[\s,;]+/).filter(p => p.length > 0);
        if (parts.length > 1)
            return [{ problem: 'list', offset: sep, part: parts.join(', ') }];
    }
    if (value.includes('/')) {
        const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i.exec(value)?.[1];
        return [{ problem: 'url', offset: 0, ...(host !== undefined && { fix: host }) }];
    }
    const colon = value.indexOf(':');
    if (value.startsWith('[') || (colon >= 0 && value.indexOf(':', colon + 1) >= 0)) {
        return [{ problem: 'ip', offset: 0 }];
    }
    if (colon >= 0) {
        const host = value.slice(0, colon);
        return [{ problem: 'port', offset: colon, part: value.slice(colon), fix: host }];
    }
    const last = value.charCodeAt(value.length - 1);
    if (last >= 0x30 && last <= 0x39 && IPV4.test(value))
        return [{ problem: 'ip', offset: 0 }];
    let body = value;
    let prefix = '';
    if (body.startsWith('*.')) {
        prefix = '*.';
        body = body.slice(2);
    }
    if (body.endsWith('.') && body.length > 1) {
        const trimmed = body.replace(/\.+$/, '');
        issues.push({ problem: 'trailing-dot', offset: value.length - 1, fix: prefix + trimmed });
        body = trimmed;
    }
    if (hasNonAscii(body)) {
        // Offsets past this point would be in the A-label text, not in what was written: stop here,
        // and offer the A-label only when it is itself a valid pattern.
        let at = 0;
        while (at < value.length && value.charCodeAt(at) <= 0x7f)
            at++;
        const ascii = toALabel(body);
        const fix = ascii === undefined ? undefined : prefix + ascii;
        const usable = fix !== undefined && mxPatternIssues(fix).length === 0;
        issues.push({ problem: 'u-label', offset: at, ...(usable && { fix }) });
        return issues;
    }
    const star = body.indexOf('*');
    if (star >= 0) {
        issues.push({ problem: 'wildcard', offset: prefix.length + star });
        return issues;
    }
    if (body.length === 0) {
        issues.push({ problem: 'empty-label', offset: value.length });
        return issues;
    }
    if (body.length > 253 - prefix.length) {
        issues.push({ problem: 'name-too-long', offset: 0 });
    }
    let offset = prefix.length;
    for (const label of body.split('.')) {
        if (label.length === 0) {
            // One empty label says it; "." would otherwise count twice.
            if (!issues.some(i => i.problem === 'empty-label'))
                issues.push({ problem: 'empty-label', offset });
        }
        else if (label.length > 63) {
            issues.push({ problem: 'label-too-long', offset, part: label });
        }
        else {
            let bad = -1;
            for (let i = 0; i < label.length; i++) {
                if (!isLdh(label.charCodeAt(i))) {
                    bad = i;
                    break;
                }
            }
            if (bad >= 0) {
                const ch = label[bad];
                issues.push({
                    problem: ch === '_' ? 'underscore' : 'bad-char',
                    offset: offset + bad,
                    part: ch
                });
            }
            else if (label.startsWith('-') || label.endsWith('-')) {
                issues.push({ problem: 'hyphen', offset, part: label });
            }
        }
        offset += label.length + 1;
    }
    return issues;
};
/** The common case, `[*.]label(.label)*` with LDH labels of 1-63, as one compiled regex. */
const VALID_PATTERN = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** True when the value is a valid `[*.]Domain` pattern (and no IP address). */
const isValidMxPattern = (v) => {
    if (v.length > 255 || !VALID_PATTERN.test(v))
        return false;
    if (v.length - (v.charCodeAt(0) === 0x2a ? 2 : 0) > 253)
        return false;
    // An all-digit dotted quad is grammatical but is an address, not a host name.
    const last = v.charCodeAt(v.length - 1);
    return !(last >= 0x30 && last <= 0x39 && IPV4.test(v));
};
/**
 * Normalises an MX host name for comparison: lower case, one trailing root dot removed, and
 * U-labels converted to A-labels (RFC 6125 6.4.2).
 */
const normalizeHost = (host) => {
    let h = host.endsWith('.') ? host.slice(0, -1) : host;
    if (hasNonAscii(h))
        h = toALabel(h) ?? h;
    return h.toLowerCase();
};
/** Section 4.1: does this (valid) pattern match this MX host name? */
const mxMatches = (pattern, host) => {
    const p = pattern.toLowerCase();
    const h = normalizeHost(host);
    if (p.startsWith('*.')) {
        const dot = h.indexOf('.');
        return dot > 0 && h.slice(dot + 1) === p.slice(2);
    }
    return p === h;
};

;// CONCATENATED MODULE: ./src/policy/effective.ts

const KNOWN_FIELDS = ['version', 'mode', 'max_age', 'mx'];
const MODES = (/* unused pure expression or super */ null && (['enforce', 'testing', 'none']));
const MAX_AGE_LIMIT = 31557600;
const isKnownField = (name) => name === 'version' || name === 'mode' || name === 'max_age' || name === 'mx';
const isMode = (v) => v === 'enforce' || v === 'testing' || v === 'none';
/** 1 to 10 ASCII digits, as the ABNF says; the value cap is checked separately. */
const isMaxAgeDigits = (v) => {
    if (v.length < 1 || v.length > 10)
        return false;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            return false;
    }
    return true;
};
/** FNV-1a with ASCII letters folded: mx values are compared by this first. */
const foldHash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c >= 0x41 && c <= 0x5a)
            c += 32;
        h = Math.imul(h ^ c, 0x01000193);
    }
    return h;
};
/** Case-insensitive equality without allocating in the ASCII case. */
const sameIgnoringCase = (a, b) => {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x > 0x7f || y > 0x7f)
            return a.toLowerCase() === b.toLowerCase();
        const lx = x >= 0x41 && x <= 0x5a ? x + 32 : x;
        const ly = y >= 0x41 && y <= 0x5a ? y + 32 : y;
        if (lx !== ly)
            return false;
    }
    return true;
};
/** Below this many mx lines, duplicates are found by direct comparison; above, by hash. */
const MX_LINEAR = 8;
const policyFacts = (parsed) => {
    const facts = { mx: [], mxValid: [], extensions: [], duplicates: [] };
    let byHash;
    for (const f of parsed.fields) {
        switch (f.name) {
            case 'version':
                if (facts.version === undefined)
                    facts.version = f;
                else
                    facts.duplicates.push({ field: f, first: facts.version });
                break;
            case 'mode':
                if (facts.mode === undefined)
                    facts.mode = f;
                else
                    facts.duplicates.push({ field: f, first: facts.mode });
                break;
            case 'max_age':
                if (facts.maxAge === undefined)
                    facts.maxAge = f;
                else
                    facts.duplicates.push({ field: f, first: facts.maxAge });
                break;
            case 'mx': {
                let first;
                if (facts.mx.length < MX_LINEAR) {
                    for (const e of facts.mx) {
                        if (sameIgnoringCase(e.value, f.value)) {
                            first = e;
                            break;
                        }
                    }
                }
                else {
                    if (byHash === undefined) {
                        byHash = new Map();
                        for (const e of facts.mx)
                            addHashed(byHash, e);
                    }
                    first = byHash.get(foldHash(f.value))?.find(e => sameIgnoringCase(e.value, f.value));
                    addHashed(byHash, f);
                }
                if (first !== undefined)
                    facts.duplicates.push({ field: f, first });
                facts.mx.push(f);
                facts.mxValid.push(isValidMxPattern(f.value));
                break;
            }
            default: {
                let first;
                for (const e of facts.extensions) {
                    if (e.name === f.name) {
                        first = e;
                        break;
                    }
                }
                if (first === undefined)
                    facts.extensions.push(f);
                else
                    facts.duplicates.push({ field: f, first });
            }
        }
    }
    return facts;
};
const addHashed = (map, f) => {
    const h = foldHash(f.value);
    const list = map.get(h);
    if (list === undefined)
        map.set(h, [f]);
    else
        list.push(f);
};
const effectivePolicy = (facts) => {
    // Keys are added in report order: version, mode, max_age, mx, extensions.
    const out = {};
    if (facts.version?.value === 'STSv1')
        out.version = 'STSv1';
    const mode = facts.mode?.value;
    if (mode !== undefined && isMode(mode))
        out.mode = mode;
    const age = facts.maxAge?.value;
    if (age !== undefined && isMaxAgeDigits(age) && Number(age) <= MAX_AGE_LIMIT) {
        out.max_age = Number(age);
    }
    out.mx = facts.mx.map(f => f.value);
    if (facts.extensions.length > 0) {
        out.extensions = Object.fromEntries(facts.extensions.map(f => [f.name, f.value]));
    }
    return out;
};

;// CONCATENATED MODULE: ./src/record/tags.ts
/**
 * The tag-list shape shared by the `_mta-sts` record (RFC 8461 3.1) and the `_smtp._tls` record
 * (RFC 8460 3): `v=<version>` first, then `delimiter field` one or more times, then an optional
 * final delimiter, where a delimiter is `*WSP ";" *WSP`. This scanner finds every tag with its
 * position and every deviation from that shape; what a tag's value may hold is decided by the
 * record's own grammar.
 */
const tags_isWsp = (c) => c === 0x20 || c === 0x09;
const tags_isAlnum = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const tags_isNameChar = (c) => tags_isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
/** A tag name as both RFCs define extension names: alnum, then up to 31 of alnum `_` `-` `.`. */
const tagNameProblem = (name) => {
    if (name.length === 0 || !tags_isAlnum(name.charCodeAt(0)))
        return 0;
    for (let i = 1; i < name.length; i++)
        if (!tags_isNameChar(name.charCodeAt(i)))
            return i;
    return name.length > 32 ? 32 : -1;
};
/** Extension values: one or more of 0x21-0x7E except `;` and `=`. */
const extValueProblem = (value) => {
    if (value.length === 0)
        return 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c < 0x21 || c > 0x7e || c === 0x3b || c === 0x3d)
            return i;
    }
    return -1;
};
const scanTagRecord = (text, version) => {
    const issues = [];
    const tags = [];
    const prefix = `v=${version};`;
    const rec = { text, tags, issues, exactPrefix: text.startsWith(prefix) };
    if (text.length === 0) {
        issues.push({ kind: 'empty', offset: 0 });
        return rec;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f) {
            issues.push({ kind: 'non-ascii', offset: i, text: text[i] });
            break;
        }
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
            issues.push({ kind: 'control-char', offset: i, text: text[i] });
            break;
        }
    }
    let start = 0;
    let stop = text.length;
    if (text.charCodeAt(0) === 0x22) {
        // A zone-file copy with its quotes: the quotes are not data. Read on inside them.
        issues.push({ kind: 'quotes', offset: 0 });
        start = 1;
        if (stop > 1 && text.charCodeAt(stop - 1) === 0x22)
            stop--;
    }
    const first = start;
    while (start < stop && tags_isWsp(text.charCodeAt(start)))
        start++;
    if (start > first)
        issues.push({ kind: 'leading-whitespace', offset: first });
    // Split into segments at ';', keeping offsets.
    let segStart = start;
    let index = 0;
    for (let i = start; i <= stop; i++) {
        if (i < stop && text.charCodeAt(i) !== 0x3b)
            continue;
        const isLast = i === stop;
        let a = segStart;
        let b = i;
        while (a < b && tags_isWsp(text.charCodeAt(a)))
            a++;
        while (b > a && tags_isWsp(text.charCodeAt(b - 1)))
            b--;
        if (index === 0) {
            if (!isLast && b < i)
                issues.push({ kind: 'space-before-semicolon', offset: b });
        }
        else if (isLast && b < i && a < b) {
            issues.push({ kind: 'trailing-whitespace', offset: b });
        }
        if (a === b) {
            // Only the final delimiter may be followed by nothing; the version may never be empty.
            if (index === 0)
                issues.push({ kind: 'version', offset: a, text: '' });
            else if (!isLast)
                issues.push({ kind: 'empty-field', offset: a });
        }
        else {
            readSegment(text, a, b, index, rec, version);
        }
        segStart = i + 1;
        index++;
    }
    if (tags.length === 0 && rec.version !== undefined) {
        issues.push({ kind: 'no-fields', offset: stop });
    }
    return rec;
};
/** A run of WSP followed by `name=`: a field that lost its `;` before it. */
const MISSING_DELIMITER = /[ \t]+[A-Za-z0-9][A-Za-z0-9_.-]*=/;
const readSegment = (text, a, b, index, rec, version) => {
    const seg = text.slice(a, b);
    const eq = seg.indexOf('=');
    // `v=STSv1 id=abc`: report the missing `;`, then read the rest as the next field.
    const lost = eq < 0 ? null : MISSING_DELIMITER.exec(seg.slice(eq + 1));
    const end = lost === null ? b : a + eq + 1 + lost.index;
    if (lost !== null)
        rec.issues.push({ kind: 'missing-semicolon', offset: end });
    const value = text.slice(a + eq + 1, end);
    if (index === 0) {
        // The version tag: exactly `v=<version>`, case-sensitive.
        if (eq < 0 || seg.slice(0, eq) !== 'v') {
            rec.issues.push({ kind: 'version', offset: a, text: text.slice(a, end) });
            // Still read `id=abc` (version forgotten) as a field: one mistake, one finding.
            if (eq > 0 && !/^v$/i.test(seg.slice(0, eq)))
                rec.tags.push({ name: seg.slice(0, eq), value, offset: a, valueOffset: a + eq + 1 });
        }
        else {
            rec.version = value;
            if (value !== version)
                rec.issues.push({ kind: 'version', offset: a, text: text.slice(a, end) });
        }
    }
    else if (eq < 0) {
        rec.issues.push({ kind: 'no-equals', offset: a, text: seg });
    }
    else {
        const name = seg.slice(0, eq);
        const bad = tagNameProblem(name);
        if (bad >= 0)
            rec.issues.push({ kind: 'bad-name', offset: a + bad, text: name });
        rec.tags.push({ name, value, offset: a, valueOffset: a + eq + 1 });
    }
    if (lost !== null) {
        let next = end;
        while (next < b && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09))
            next++;
        readSegment(text, next, b, index + 1, rec, version);
    }
};

;// CONCATENATED MODULE: ./src/record/sts.ts
/**
 * The `_mta-sts` TXT record (RFC 8461 section 3.1) and the RRset rule: of all TXT records at
 * `_mta-sts.<domain>`, those not starting with exactly `v=STSv1;` are discarded, and exactly one
 * must remain.
 */

const STS_VERSION = 'STSv1';
/** 1 to 32 of A-Z a-z 0-9. */
const isValidId = (id) => /^[A-Za-z0-9]{1,32}$/.test(id);
const parseStsRecord = (text, index = 1) => {
    const rec = scanTagRecord(text, STS_VERSION);
    rec.index = index;
    const id = rec.tags.find(t => t.name === 'id');
    if (id !== undefined)
        rec.id = id;
    return rec;
};
/** Looks like an attempt at an MTA-STS record, even if not one a sender would select. */
const looksLikeSts = (text) => /^["'\s]*v\s*=\s*sts/i.test(text) || /^\s*id=/.test(text);
const parseStsRRset = (texts) => {
    const records = texts.map((t, i) => parseStsRecord(t, i + 1));
    const selected = records.filter(r => r.exactPrefix);
    const unrelated = records.length > 1 ? records.filter(r => !r.exactPrefix && !looksLikeSts(r.text)) : [];
    const set = { records, selected, unrelated };
    if (selected.length === 1)
        set.effective = selected[0];
    else if (records.length === 1)
        set.effective = records[0];
    return set;
};

;// CONCATENATED MODULE: ./src/record/tlsrpt.ts
/**
 * The `_smtp._tls` TLS-RPT record (RFC 8460 section 3): `v=TLSRPTv1`, then a required `rua` with
 * one or more comma-separated `mailto:` or `https:` URIs, then extension fields.
 */

const TLSRPT_VERSION = 'TLSRPTv1';
/** Splits `rua` at commas (WSP allowed around each) and checks each URI. */
const parseRua = (tag) => {
    const uris = [];
    const issues = [];
    let pos = 0;
    for (const raw of tag.value.split(',')) {
        const lead = raw.length - raw.trimStart().length;
        const uri = raw.trim();
        const offset = tag.valueOffset + pos + lead;
        pos += raw.length + 1;
        if (uri.length === 0) {
            issues.push({ problem: 'empty', offset, text: tag.value.trim() === '' ? 'rua' : uri });
            continue;
        }
        uris.push({ uri, offset });
        const ws = uri.search(/\s/);
        if (ws >= 0) {
            issues.push({ problem: 'whitespace', offset: offset + ws, text: uri });
            continue;
        }
        const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
        if (scheme === undefined) {
            issues.push({ problem: 'no-scheme', offset, text: uri });
            continue;
        }
        const lower = scheme.toLowerCase();
        if (lower !== 'mailto' && lower !== 'https') {
            issues.push({ problem: 'scheme', offset, text: uri });
            continue;
        }
        const bang = uri.indexOf('!');
        if (bang >= 0) {
            issues.push({ problem: 'unencoded', offset: offset + bang, text: uri });
            continue;
        }
        if (lower === 'mailto') {
            if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(uri.slice(7).split('?')[0] ?? '')) {
                issues.push({ problem: 'bad-mailto', offset, text: uri });
            }
        }
        else {
            let ok;
            try {
                ok = new URL(uri).hostname.length > 0;
            }
            catch {
                ok = false;
            }
            if (!ok)
                issues.push({ problem: 'bad-https', offset, text: uri });
        }
    }
    return { uris, issues };
};
const parseTlsRptRecord = (text, index = 1) => {
    const rec = scanTagRecord(text, TLSRPT_VERSION);
    rec.index = index;
    rec.uris = [];
    rec.ruaIssues = [];
    const rua = rec.tags.find(t => t.name === 'rua');
    if (rua !== undefined) {
        rec.rua = rua;
        const { uris, issues } = parseRua(rua);
        rec.uris = uris;
        rec.ruaIssues = issues;
    }
    return rec;
};
const looksLikeTlsRpt = (text) => /^["'\s]*v\s*=\s*tlsrpt/i.test(text);
const parseTlsRptRRset = (texts) => {
    const records = texts.map((t, i) => parseTlsRptRecord(t, i + 1));
    const selected = records.filter(r => r.exactPrefix);
    const set = { records, selected };
    if (selected.length === 1)
        set.effective = selected[0];
    else if (records.length === 1 && looksLikeTlsRpt(records[0].text))
        set.effective = records[0];
    return set;
};

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; read here to avoid bundling package.json. */
const VERSION = '0.1.0';
const TOOL_NAME = 'mta-sts-lint';
const DOCS_BASE = 'https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/';

;// CONCATENATED MODULE: ./src/rules/define.ts

/** Declares a rule; its docs link is derived from its id, so every rule has one. */
const defineRule = (meta, check) => ({ meta: { ...meta, docs: `${DOCS_BASE}${meta.id}.md` }, check });

;// CONCATENATED MODULE: ./src/rules/text.ts
/** Small helpers for rule messages. */
// eslint-disable-next-line no-control-regex -- the characters JSON.stringify would escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Quotes untrusted text for a message: JSON escapes controls; long values are shortened. */
const q = (s, max = 80) => {
    const t = s.length > max ? `${s.slice(0, max)}…` : s;
    // JSON escaping only where needed: most values are plain text.
    return NEEDS_ESCAPE.test(t) ? JSON.stringify(t) : `"${t}"`;
};
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** A human duration for a number of seconds: "7 days", "16.8 hours", "90 seconds". */
const duration = (seconds) => {
    const units = [
        [86400, 'day'],
        [3600, 'hour'],
        [60, 'minute']
    ];
    for (const [size, name] of units) {
        if (seconds >= size) {
            const n = Math.round((seconds / size) * 10) / 10;
            return `${n} ${n === 1 ? name : `${name}s`}`;
        }
    }
    return plural(seconds, 'second');
};
/** Optimal string alignment distance, for "did you mean" hints on short names. */
const editDistance = (a, b) => {
    const d = [];
    for (let i = 0; i <= a.length; i++)
        d.push([i]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                v = Math.min(v, d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
};
/** The known name a field name was probably meant to be, if any. */
const lookalike = (name, known) => {
    const norm = name.toLowerCase().replace(/[-. ]/g, '_');
    for (const k of known) {
        if (norm === k || norm.replace(/_/g, '') === k.replace(/_/g, ''))
            return k;
    }
    for (const k of known) {
        // Short names are close to everything: "x" is not a misspelt "mx", but "nmx" and "mxs" are.
        if (k.length <= 3 && norm.length < k.length)
            continue;
        const limit = k.length <= 3 ? 1 : 2;
        if (Math.abs(norm.length - k.length) <= limit && editDistance(norm, k) <= limit)
            return k;
    }
    return undefined;
};

;// CONCATENATED MODULE: ./src/rules/policy-syntax.ts




const GRAMMAR = 'RFC 8461 3.2';
const describe = (i) => {
    const t = i.text ?? '';
    switch (i.kind) {
        case 'empty-body':
            return 'the policy is empty; it needs at least "version: STSv1", a "mode:" and a "max_age:" line';
        case 'bom':
            return "the file starts with a UTF-8 byte-order mark, which strict senders (Postfix's MTA-STS resolver, mox) reject; save it as UTF-8 without BOM";
        case 'invalid-utf8':
            return 'invalid UTF-8 byte sequence; save the file as UTF-8 (outside extension values the policy is plain ASCII)';
        case 'invalid-char':
            return 'unpaired UTF-16 surrogate, which UTF-8 cannot encode; remove it';
        case 'control-char':
            return `control character ${q(t)} is not allowed in a policy; remove it`;
        case 'bare-cr':
            return 'line ends with a bare CR; each line must end with LF or CRLF';
        case 'blank-line':
            return 'blank line; the policy grammar allows no empty lines, so strict senders reject the policy: remove it';
        case 'trailing-blank-line':
            return 'blank line at the end of the file (two line breaks after the last field); the grammar allows one, and strict senders such as mox reject the policy: remove the extra line break';
        case 'leading-whitespace':
            return 'line starts with whitespace (copied from an indented block?); every line must start with its field name: remove the indentation';
        case 'whitespace-before-colon':
            return 'whitespace between the field name and ":" is not allowed; remove it';
        case 'comment':
            return 'comments are not part of the policy grammar and senders such as mox and checkdmarc reject the line; remove it (keep notes in a README)';
        case 'no-colon': {
            const hint = t.includes('=')
                ? `; fields are written "name: value", with ":" not "=": ${q(t.replace(/\s*=\s*/, ': '))}`
                : '; each line must be one "name: value" field';
            return `line is not a "name: value" field: ${q(t)}${hint}`;
        }
        case 'bad-name': {
            const guess = lookalike(t.trim(), KNOWN_FIELDS);
            const hint = guess === undefined ? '' : `; did you mean ${q(guess)}?`;
            return `${q(t)} is not a valid field name (a letter or digit, then letters, digits, "_", "-" or "."), so senders skip the line${hint}`;
        }
        case 'name-too-long':
            return `field name ${q(t)} is longer than 32 characters; shorten it`;
        default:
            return `${i.kind} at this position`;
    }
};
/* harmony default export */ const policy_syntax = (defineRule({
    id: 'policy-syntax',
    severity: 'error',
    target: 'policy',
    rfc: GRAMMAR,
    description: 'a line that is not "name: value" under the policy grammar (blank line, indentation, comment, bare CR, BOM, control character, invalid UTF-8, empty body)'
}, ({ parsed }, report) => {
    for (const i of parsed.issues) {
        report({
            message: describe(i),
            line: i.line,
            column: i.column,
            ...(i.kind === 'trailing-blank-line' && { severity: 'warning' })
        });
    }
    if (parsed.droppedIssues > 0) {
        report({
            message: `${parsed.droppedIssues} more syntax problems are not listed; fix the ones above first (is this really a policy file?)`
        });
    }
    // Extension values have a grammar of their own; known fields are judged by their own rules.
    for (const f of parsed.fields) {
        if (isKnownField(f.name))
            continue;
        if (f.value.length === 0) {
            report({
                message: `field ${q(f.name)} has no value; give it one or remove the line`,
                line: f.line,
                column: f.valueColumn
            });
            continue;
        }
        const at = extensionValueProblem(f.value);
        if (at >= 0) {
            const what = f.value[at] === '\t' ? 'a tab' : 'two spaces in a row';
            report({
                message: `the value of ${q(f.name)} holds ${what}; extension values allow only single spaces between visible characters`,
                line: f.line,
                column: f.valueColumn + at
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-version.ts


/* harmony default export */ const policy_version = (defineRule({
    id: 'policy-version',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'version missing or not exactly STSv1'
}, ({ facts, parsed }, report) => {
    const f = facts.version;
    if (f === undefined) {
        const near = parsed.fields.find(x => x.name.toLowerCase() === 'version');
        report({
            message: near === undefined
                ? 'the version field is missing; add the line "version: STSv1" (required)'
                : `the version field is missing: ${q(near.name)} on line ${near.line} is not it, because field names are case-sensitive; write "version: STSv1"`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    if (f.value === 'STSv1')
        return;
    let hint = '';
    if (f.value.length === 0)
        hint = ' (it is empty)';
    else if (f.value.toLowerCase() === 'stsv1')
        hint = ' (values are case-sensitive)';
    else if (/^stsv\d+$/i.test(f.value))
        hint = ' (STSv1 is the only version RFC 8461 defines)';
    report({
        message: `version must be exactly "STSv1"; found ${q(f.value)}${hint}: write "version: STSv1"`,
        line: f.line,
        column: f.valueColumn
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-mode.ts



/** The likely intended mode of a wrong value, for the fix hint. */
const intended = (v) => {
    const bare = v.replace(/^[[(<{"']+|[\])>}"']+$/g, '').trim();
    const lower = bare.toLowerCase();
    if (isMode(lower))
        return lower;
    if (lower === 'report' || lower === 'reporting')
        return 'testing';
    if (lower === 'enforcing' || lower === 'enforced')
        return 'enforce';
    if (lower === 'test')
        return 'testing';
    return undefined;
};
/* harmony default export */ const policy_mode = (defineRule({
    id: 'policy-mode',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 5',
    description: 'mode missing or not exactly enforce, testing or none'
}, ({ facts, parsed }, report) => {
    const f = facts.mode;
    if (f === undefined) {
        const near = parsed.fields.find(x => x.name.toLowerCase() === 'mode');
        report({
            message: near === undefined
                ? 'the mode field is missing; add "mode: testing" (or enforce, or none). There is no default: some checkers assume "none", but senders reject a policy without mode'
                : `the mode field is missing: ${q(near.name)} on line ${near.line} is not it, because field names are case-sensitive; write "mode: ${intended(near.value) ?? 'testing'}"`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    if (isMode(f.value))
        return;
    const fix = intended(f.value);
    let hint = '';
    if (f.value.length === 0)
        hint = ' (it is empty)';
    else if (/^report/i.test(f.value))
        hint = ' ("report" was a mode in drafts of the RFC; testing is what it became)';
    else if (/^[[(<{"']/.test(f.value))
        hint = ' (remove the brackets or quotes left from a template)';
    else if (fix !== undefined && fix === f.value.toLowerCase())
        hint = ' (values are case-sensitive)';
    report({
        message: `mode must be enforce, testing or none; found ${q(f.value)}${hint}${fix === undefined ? '' : `: write "mode: ${fix}"`}`,
        line: f.line,
        column: f.valueColumn
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-max-age.ts



const UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** The seconds a malformed value probably meant, when that is unambiguous. */
const meant = (v) => {
    const grouped = /^\d{1,3}([_,' ]\d{3})+$/.exec(v);
    if (grouped !== null)
        return Number(v.replace(/[_,' ]/g, ''));
    const unit = /^(\d+)\s*([smhdw])$/i.exec(v);
    if (unit !== null)
        return Number(unit[1]) * UNITS[unit[2].toLowerCase()];
    if (/^\+\d+$/.test(v) || /^\d+\.0*$/.test(v))
        return Number(v);
    return undefined;
};
/* harmony default export */ const policy_max_age = (defineRule({
    id: 'policy-max-age',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'max_age missing, not 1-10 digits, or above 31557600'
}, ({ facts, parsed }, report) => {
    const f = facts.maxAge;
    if (f === undefined) {
        const near = parsed.fields.find(x => x.name.toLowerCase().replace(/[-.]/g, '_') === 'max_age' || x.name === 'maxage');
        report({
            message: near === undefined
                ? 'the max_age field is missing; add "max_age: 604800" (seconds senders may cache the policy; one week here) (required)'
                : `the max_age field is missing: ${q(near.name)} on line ${near.line} is not it (field names are exact and case-sensitive); write "max_age: ${near.value}"`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    const v = f.value;
    if (!isMaxAgeDigits(v)) {
        const m = meant(v);
        const fix = m !== undefined && m <= MAX_AGE_LIMIT ? `: write "max_age: ${m}"` : '';
        const why = v.length === 0
            ? 'it is empty'
            : /^\d+$/.test(v)
                ? `it has ${v.length} digits`
                : 'only digits are allowed (no sign, unit, decimal point or grouping)';
        report({
            message: `max_age must be 1 to 10 digits giving seconds; found ${q(v)}, ${why}${fix}`,
            line: f.line,
            column: f.valueColumn
        });
        return;
    }
    const n = Number(v);
    if (n > MAX_AGE_LIMIT) {
        report({
            message: `max_age ${n} is above the maximum of 31557600 seconds (365.25 days): Postfix's resolver, checkdmarc and mailauth reject the policy; use at most "max_age: 31557600"`,
            line: f.line,
            column: f.valueColumn
        });
        return;
    }
    if (v.length > 1 && v.startsWith('0')) {
        report({
            message: `max_age ${q(v)} has leading zeros; it means ${n}, but some parsers read it differently: write "max_age: ${n}"`,
            line: f.line,
            column: f.valueColumn,
            severity: 'warning'
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-max-age-short.ts



const DAY = 86400;
const WEEK = 7 * DAY;
/* harmony default export */ const policy_max_age_short = (defineRule({
    id: 'policy-max-age-short',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 10.2',
    description: 'max_age of 0, under one day, or under a week in enforce mode'
}, ({ facts, mode }, report) => {
    const f = facts.maxAge;
    if (f === undefined || !isMaxAgeDigits(f.value))
        return;
    const n = Number(f.value);
    // A short max_age with mode none is the removal procedure of section 8.3, not a mistake.
    if (n > MAX_AGE_LIMIT || mode === 'none')
        return;
    if (n === 0) {
        report({
            line: f.line,
            column: f.valueColumn,
            message: 'max_age 0 lets senders keep the policy for no time at all, so it protects no delivery between fetches; use weeks, e.g. "max_age: 1209600" (14 days)'
        });
    }
    else if (n < DAY) {
        report({
            line: f.line,
            column: f.valueColumn,
            message: `max_age ${n} (${duration(n)}) is under one day; senders refetch constantly and an attacker who blocks the fetch removes the protection (RFC 8461 10.2): use at least "max_age: 604800" (one week)`
        });
    }
    else if (n < WEEK && mode === 'enforce') {
        report({
            line: f.line,
            column: f.valueColumn,
            message: `max_age ${n} (${duration(n)}) is under a week in enforce mode; RFC 8461 10.2 recommends weeks or more so a blocked refresh does not expire the policy: use e.g. "max_age: 1209600" (14 days)`
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-mx-missing.ts


/* harmony default export */ const policy_mx_missing = (defineRule({
    id: 'policy-mx-missing',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'no mx field while mode is enforce or testing'
}, ({ facts, mode, parsed }, report) => {
    if (facts.mx.length > 0 || (mode !== 'enforce' && mode !== 'testing'))
        return;
    const near = parsed.fields.find(x => x.name !== 'mx' && (x.name.toLowerCase() === 'mx' || /^n?mx$|^mxs?$/i.test(x.name)));
    const hint = near === undefined
        ? ''
        : ` (${q(near.name)} on line ${near.line} is not an mx field: names are exact and case-sensitive)`;
    report({
        message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail${hint}; add one line per host, e.g. "mx: mail.example.com"`,
        line: facts.mode?.line ?? 1,
        column: facts.mode?.column ?? 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-mx-pattern.ts



const policy_mx_pattern_describe = (value, i) => {
    const fix = i.fix === undefined ? '' : `: write "mx: ${i.fix}"`;
    const part = i.part ?? '';
    switch (i.problem) {
        case 'empty':
            return 'mx has no value; give one MX host name or pattern per mx line, or remove the line';
        case 'list':
            return `mx holds a list (${q(value)}); each pattern needs its own line: ${part
                .split(', ')
                .map(p => `"mx: ${p}"`)
                .join(', ')}`;
        case 'url':
            return `mx must be a host name, not a URL: ${q(value)}${fix}`;
        case 'ip':
            return `mx ${q(value)} is an IP address; MX records name hosts, so an address never matches: use the MX host name`;
        case 'port':
            return `mx must be a host name without a port (${q(part)})${fix}`;
        case 'u-label':
            return i.fix === undefined
                ? `mx ${q(value)} is not a valid internationalised name; write its A-label (xn--) form`
                : `mx ${q(value)} uses a U-label; the policy must hold the A-label (Punycode) form${fix}`;
        case 'trailing-dot':
            return `mx ${q(value)} ends with a dot; patterns are written without the root dot (strict senders reject the policy)${fix}`;
        case 'wildcard':
            return `mx ${q(value)} has a wildcard outside the first label; "*" may only be the whole first label, as in "*.example.com", and matches exactly one label`;
        case 'empty-label':
            return `mx ${q(value)} has an empty label (two dots in a row, or a leading dot); remove the extra dot`;
        case 'label-too-long':
            return `mx ${q(value)} has a label of ${part.length} characters; DNS labels are at most 63`;
        case 'name-too-long':
            return `mx ${q(value)} is longer than 253 characters, more than any DNS name`;
        case 'underscore':
            return `mx ${q(value)} contains "_", which host names cannot hold; use the MX record's host name`;
        case 'bad-char':
            return `mx ${q(value)} contains ${q(part)}; host names hold only letters, digits, "-" and "."`;
        case 'hyphen':
            return `mx ${q(value)} has the label ${q(part)} starting or ending with "-", which host names cannot`;
    }
};
/* harmony default export */ const policy_mx_pattern = (defineRule({
    id: 'policy-mx-pattern',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 4.1',
    description: 'an mx value that is not [*.]Domain (wildcard placement, trailing dot, bad label, U-label, list, IP address, port)'
}, ({ facts }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
        if (facts.mxValid[k])
            continue;
        const f = facts.mx[k];
        for (const i of mxPatternIssues(f.value)) {
            report({ message: policy_mx_pattern_describe(f.value, i), line: f.line, column: f.valueColumn + i.offset });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-mx-wildcard.ts


/* harmony default export */ const policy_mx_wildcard = (defineRule({
    id: 'policy-mx-wildcard',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 4.1, 10.4',
    description: 'a wildcard mx pattern; a warning when it sits directly under a public suffix'
}, ({ facts, isPublicSuffix }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
        const f = facts.mx[k];
        if (!facts.mxValid[k] || !f.value.startsWith('*.'))
            continue;
        const suffix = f.value.slice(2).toLowerCase();
        const isPublic = !suffix.includes('.') || (isPublicSuffix?.(suffix) ?? false);
        if (isPublic) {
            report({
                message: `mx ${q(f.value)} sits directly under the public suffix ${q(suffix)}: any host with a certificate for a name there could receive your mail (RFC 8461 10.4); list your MX hosts by name`,
                line: f.line,
                column: f.valueColumn,
                severity: 'warning'
            });
        }
        else {
            report({
                message: `mx ${q(f.value)} is a wildcard: it accepts any host with a certificate for one label under ${q(suffix)} (but not ${q(suffix)} itself, nor deeper names); prefer listing the MX hosts by name`,
                line: f.line,
                column: f.valueColumn
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-duplicate-field.ts


const message = (f, seen) => f.name === 'mx'
    ? `mx ${q(f.value)} repeats line ${seen.line}; remove the duplicate`
    : seen.value === f.value
        ? `${f.name} repeats line ${seen.line}; remove the duplicate`
        : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${q(seen.value)} and ignore ${q(f.value)}: keep one line with the value you mean`;
/* harmony default export */ const policy_duplicate_field = (defineRule({
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
}, ({ facts }, report) => {
    for (const { field, first } of facts.duplicates) {
        report({ message: message(field, first), line: field.line, column: field.column });
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-unknown-field.ts



/* harmony default export */ const policy_unknown_field = (defineRule({
    id: 'policy-unknown-field',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 9.3',
    description: 'an extension field (legal, ignored by senders); a warning when it looks like a misspelt or mis-cased known field'
}, ({ parsed }, report) => {
    for (const f of parsed.fields) {
        // `id:` lines have a rule of their own (policy-id-field).
        if (isKnownField(f.name) || f.name === 'id')
            continue;
        const meant = lookalike(f.name, KNOWN_FIELDS);
        if (meant !== undefined) {
            const why = f.name.toLowerCase() === meant ? 'field names are case-sensitive' : 'is it misspelt?';
            report({
                message: `${q(f.name)} is not the ${meant} field (${why}); senders ignore this line: write "${meant}: ${f.value}"`,
                line: f.line,
                column: f.column,
                severity: 'warning'
            });
        }
        else {
            report({
                message: `unknown field ${q(f.name)}: legal as an extension, but no sender reads it (the registry holds only version, mode, max_age and mx); remove it unless a tool of yours needs it`,
                line: f.line,
                column: f.column
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-line-endings.ts


/* harmony default export */ const policy_line_endings = (defineRule({
    id: 'policy-line-endings',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2 (erratum 6253)',
    description: 'LF and CRLF line endings mixed in one file'
}, ({ parsed }, report) => {
    if (parsed.lf === 0 || parsed.crlf === 0)
        return;
    // Point at the first line using the less common ending.
    const crlfMinor = parsed.crlf <= parsed.lf;
    const line = crlfMinor ? parsed.firstCrlfLine : parsed.firstLfLine;
    report({
        message: `line endings are mixed: ${plural(parsed.lf, 'line')} ${parsed.lf === 1 ? 'ends' : 'end'} with LF and ${plural(parsed.crlf, 'line')} with CRLF (first ${crlfMinor ? 'CRLF' : 'LF'} on line ${line}); both are legal, but pick one (LF is fine: CRLF is not required)`,
        line,
        column: 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-too-large.ts


/* harmony default export */ const policy_too_large = (defineRule({
    id: 'policy-too-large',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.3',
    description: 'policy body over 64 KiB'
}, ({ parsed }, report) => {
    if (parsed.size <= POLICY_SIZE_LIMIT)
        return;
    report({
        message: `the policy is ${parsed.size} bytes, over the ${POLICY_SIZE_LIMIT}-byte (64 KiB) limit senders may apply, so strict ones (mox, Postfix's resolver) reject it; it was not linted further. A policy needs a few hundred bytes: is this the right file?`,
        line: 1,
        column: 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-id-field.ts


/* harmony default export */ const policy_id_field = (defineRule({
    id: 'policy-id-field',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 3.1, 3.2',
    description: 'the policy carries an id: line (senders ignore it; some checkers reject it); an error when it differs from the TXT record id'
}, ({ parsed, recordId }, report) => {
    const f = parsed.fields.find(x => x.name === 'id');
    if (f === undefined)
        return;
    if (recordId !== undefined && recordId !== f.value) {
        report({
            message: `id ${q(f.value)} differs from the _mta-sts record's id ${q(recordId)}; they must agree: write "id: ${recordId}" or publish the new id`,
            line: f.line,
            column: f.valueColumn,
            severity: 'error'
        });
        return;
    }
    report({
        message: 'the policy carries an "id:" line: senders ignore it (the id that counts is in the _mta-sts TXT record) and checkdmarc rejects the whole policy for it; remove it unless this repository keeps its id here on purpose',
        line: f.line,
        column: f.column
    });
}));

;// CONCATENATED MODULE: ./src/rules/mx-not-covered.ts



const BY_MODE = { enforce: 'error', testing: 'warning', none: 'notice' };
/* harmony default export */ const mx_not_covered = (defineRule({
    id: 'mx-not-covered',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 4.1',
    description: 'an MX host of the domain matched by no mx pattern (error in enforce, warning in testing, notice in none)'
}, ({ facts, mxHosts, mode }, report) => {
    if (mxHosts === undefined)
        return;
    const valid = facts.mx.filter((_, k) => facts.mxValid[k]);
    const where = facts.mx.at(-1) ?? facts.mode;
    const compared = valid.length === 0
        ? 'the policy has no valid mx pattern'
        : `compared with ${valid.map(f => q(f.value)).join(', ')}`;
    const consequence = mode === 'enforce'
        ? 'senders enforcing the policy will not deliver to it'
        : mode === 'testing'
            ? 'in enforce mode senders would not deliver to it'
            : 'it would be refused once the mode is enforce';
    for (const host of mxHosts) {
        if (valid.some(f => mxMatches(f.value, host)))
            continue;
        const h = normalizeHost(host);
        const hints = [];
        const deeper = valid.find(f => f.value.startsWith('*.') && h.endsWith(f.value.slice(1).toLowerCase()));
        if (deeper !== undefined) {
            hints.push(`${q(deeper.value)} covers exactly one label, not ${q(h)} (checkers with multi-label matching, such as checkdmarc and mailauth, wrongly pass it)`);
        }
        const invalidNear = facts.mx.find(f => !valid.includes(f) && f.value.toLowerCase().replace(/\.+$/, '') === h);
        if (invalidNear !== undefined) {
            hints.push(`the invalid pattern on line ${invalidNear.line} would cover it once fixed`);
        }
        report({
            message: `MX host ${q(h)} is matched by no mx pattern (${compared}); ${consequence}: add ${q(`mx: ${h}`)}${hints.length > 0 ? ` (${hints.join('; ')})` : ''}`,
            line: where?.line ?? 1,
            column: where?.column ?? 1,
            severity: mode === undefined ? 'error' : BY_MODE[mode]
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/mx-pattern-unused.ts



/* harmony default export */ const mx_pattern_unused = (defineRule({
    id: 'mx-pattern-unused',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 4.1, 8.1',
    description: "an mx pattern that matches none of the domain's MX hosts"
}, ({ facts, mxHosts }, report) => {
    if (mxHosts === undefined || mxHosts.length === 0)
        return;
    const hosts = mxHosts.map(normalizeHost);
    for (let k = 0; k < facts.mx.length; k++) {
        const f = facts.mx[k];
        if (!facts.mxValid[k])
            continue;
        if (hosts.some(h => mxMatches(f.value, h)))
            continue;
        report({
            message: `mx ${q(f.value)} matches none of the domain's MX hosts (${hosts.map(h => q(h)).join(', ')}); a stale entry or a typo? Keep a retired host listed until senders' cached policies have expired (max_age), then remove it`,
            line: f.line,
            column: f.valueColumn
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/tag-messages.ts
/** Messages for the tag-list shape shared by the _mta-sts and _smtp._tls records. */


const describeTagIssue = (i, version, record, inSet) => {
    const t = i.text ?? '';
    const prefix = `v=${version};`;
    switch (i.kind) {
        case 'empty':
            return `the record is empty; it must start with "${prefix}"`;
        case 'non-ascii':
            return `non-ASCII character ${q(t)}; the record must be plain US-ASCII`;
        case 'control-char':
            return `control character ${q(t)} is not allowed in the record`;
        case 'quotes':
            return `the record data starts with a quote: the quotes of a zone file are syntax, not data, and senders discard the record; publish ${q(record.replace(/^"+|"+$/g, ''))}`;
        case 'leading-whitespace':
            return `the record starts with whitespace, so senders do not see "${prefix}" and discard it; remove the leading whitespace`;
        case 'version': {
            let hint = '';
            if (t.toLowerCase() === `v=${version}`.toLowerCase() ||
                t.toLowerCase() === version.toLowerCase())
                hint = ' (it is case-sensitive)';
            return t.length === 0
                ? `the record must start with "v=${version}"`
                : `the record must start with exactly "v=${version}"; found ${q(t)}${hint}`;
        }
        case 'space-before-semicolon':
            return inSet
                ? `whitespace before the first ";": senders select records by the exact prefix "${prefix}" (${version === 'STSv1' ? 'RFC 8461 3.1, erratum 6285' : 'RFC 8460 3'}), so among several TXT records this one is discarded; write "${prefix}"`
                : `whitespace before the first ";": the grammar allows it, but senders that select records by the exact prefix "${prefix}" discard it${version === 'STSv1' ? ' (erratum 6285)' : ''}; write "${prefix}"`;
        case 'trailing-whitespace':
            return 'trailing whitespace without a final ";" is not in the grammar; remove it (or end the record with ";")';
        case 'empty-field':
            return 'empty field (";;" or a leading ";"); remove the extra ";"';
        case 'no-equals':
            return `${q(t)} is not a name=value field; write it as name=value or remove it`;
        case 'bad-name':
            return `${q(t)} is not a valid tag name (a letter or digit, then up to 31 letters, digits, "_", "-", ".")`;
        case 'missing-semicolon':
            return 'fields must be separated by ";"; insert one here';
        case 'no-fields':
            return undefined;
    }
};
/** Severity of a tag issue that the grammar tolerates but senders may not. */
const tagIssueSeverity = (i, inSet) => (i.kind === 'space-before-semicolon' && !inSet) || i.kind === 'trailing-whitespace'
    ? 'warning'
    : undefined;
/**
 * Extension values of a record (every tag but `v` and the record's own `known` one, whose value
 * has a grammar of its own): one or more visible ASCII characters other than `;` and `=`.
 */
const reportExtensionValues = (r, known, report) => {
    for (const t of r.tags) {
        if (t.name === known)
            continue;
        const at = extValueProblem(t.value);
        // A non-ASCII character is reported once, by the record-wide check.
        if (at < 0 || t.value.charCodeAt(at) > 0x7f)
            continue;
        report({
            message: t.value.length === 0
                ? `tag ${q(t.name)} has no value`
                : `the value of tag ${q(t.name)} holds ${q(t.value[at])}; extension values allow visible ASCII except ";" and "="`,
            line: r.index,
            column: t.valueOffset + at + 1
        });
    }
};

;// CONCATENATED MODULE: ./src/rules/txt-syntax.ts



/* harmony default export */ const txt_syntax = (defineRule({
    id: 'txt-syntax',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'the _mta-sts record does not follow the grammar (version first and exact, delimiters, extension syntax, quotes, non-ASCII, trailing junk)'
}, ({ rrset }, report) => {
    const inSet = rrset.records.length > 1;
    for (const r of rrset.records) {
        if (inSet && !r.exactPrefix && !looksLikeSts(r.text))
            continue;
        for (const i of r.issues) {
            const message = describeTagIssue(i, STS_VERSION, r.text, inSet);
            if (message === undefined)
                continue;
            const severity = tagIssueSeverity(i, inSet);
            report({ message, line: r.index, column: i.offset + 1, ...(severity && { severity }) });
        }
        reportExtensionValues(r, 'id', report);
    }
}));

;// CONCATENATED MODULE: ./src/rules/txt-id.ts



/** The id a malformed one was probably meant to be, when that is clear. */
const suggestion = (id) => {
    const stripped = id.replace(/[-:._ +]/g, '');
    if (stripped !== id && isValidId(stripped))
        return stripped;
    return undefined;
};
/* harmony default export */ const txt_id = (defineRule({
    id: 'txt-id',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'id missing, empty, over 32 characters, or not only letters and digits'
}, ({ rrset }, report) => {
    const candidates = rrset.selected.length > 0 ? rrset.selected : rrset.effective ? [rrset.effective] : [];
    for (const r of candidates) {
        // A record that is not MTA-STS at all gets one finding (txt-syntax), not two.
        if (r.version !== 'STSv1' && !looksLikeSts(r.text))
            continue;
        const id = r.id;
        if (id === undefined) {
            const near = r.tags.find(t => t.name.toLowerCase() === 'id');
            report({
                message: near === undefined
                    ? 'the record has no id; add one, e.g. "v=STSv1; id=20250701T150000Z;" (letters and digits, at most 32)'
                    : `the record has no id: tag names are case-sensitive, so ${q(near.name)} is not "id"; write "id=${near.value}"`,
                line: r.index,
                column: (near?.offset ?? r.text.length) + 1
            });
            continue;
        }
        const v = id.value;
        if (isValidId(v))
            continue;
        let why;
        if (v.length === 0)
            why = 'it is empty';
        else if (/^[A-Za-z0-9]+$/.test(v))
            why = /^[0-9a-f]{40}$/i.test(v)
                ? `it has ${v.length} characters, over the limit of 32 (a SHA-1 hash is 40 hex digits: use MD5, or a timestamp)`
                : `it has ${v.length} characters, over the limit of 32`;
        else {
            const bad = /[^A-Za-z0-9]/.exec(v)?.[0] ?? '';
            why = `${q(bad)} is not allowed: only letters and digits (dates are written without "-" and ":")`;
        }
        const fix = suggestion(v);
        report({
            message: `invalid id ${q(v)}: ${why}${fix === undefined ? '' : `; write "id=${fix}"`}`,
            line: r.index,
            column: id.valueOffset + 1
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/txt-multiple.ts

/* harmony default export */ const txt_multiple = (defineRule({
    id: 'txt-multiple',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'more than one record starting "v=STSv1;" (senders then use no policy)'
}, ({ rrset }, report) => {
    if (rrset.selected.length < 2)
        return;
    const second = rrset.selected[1];
    report({
        message: `${rrset.selected.length} TXT records start with "v=STSv1;" (records ${rrset.selected.map(r => r.index).join(', ')}); with more than one, senders behave as if the domain had no policy: keep exactly one`,
        line: second.index,
        column: 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/txt-duplicate-field.ts


/* harmony default export */ const txt_duplicate_field = (defineRule({
    id: 'txt-duplicate-field',
    severity: 'warning',
    target: 'record',
    rfc: 'RFC 8461 3.1, 3.2',
    description: 'a tag repeated in the _mta-sts record (the first is in effect)'
}, ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
        const seen = new Map();
        for (const t of r.tags) {
            const first = seen.get(t.name);
            if (first === undefined) {
                seen.set(t.name, t.value);
                continue;
            }
            report({
                message: `tag ${q(t.name)} appears again; senders use the first value ${q(first)} and ignore ${q(t.value)} (mox rejects the record): remove the duplicate`,
                line: r.index,
                column: t.offset + 1
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/txt-missing.ts


/* harmony default export */ const txt_missing = (defineRule({
    id: 'txt-missing',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'no _mta-sts record (error live), or the repository keeps no record for the domain (notice: the id gate cannot run)'
}, ({ rrset, origin, domain }, report) => {
    if (rrset.records.length === 1 || rrset.selected.length > 0)
        return;
    if (rrset.records.some(r => looksLikeSts(r.text)))
        return;
    const name = domain === undefined ? '_mta-sts.<domain>' : `_mta-sts.${domain}`;
    if (rrset.records.length === 0 && origin === 'repo') {
        report({
            message: `this repository keeps no _mta-sts record for ${domain ?? 'the domain'}, so the id gate cannot check that the id changes with the policy; declare where the id lives in .mta-sts.yml: "domains: {${domain ?? '<domain>'}: {record: <zone or DNS file>}}" or "{id: <id>}"`,
            severity: 'notice'
        });
        return;
    }
    report({
        message: rrset.records.length === 0
            ? `there is no TXT record at ${name}, so senders never look for the policy; publish "v=STSv1; id=<id>" there`
            : `none of the ${rrset.records.length} TXT records at ${name} starts with "v=STSv1;", so senders find no policy; publish "v=STSv1; id=<id>"`,
        line: 1,
        column: 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/txt-unknown-field.ts



/* harmony default export */ const txt_unknown_field = (defineRule({
    id: 'txt-unknown-field',
    severity: 'notice',
    target: 'record',
    rfc: 'RFC 8461 3.1, 9.2',
    description: 'a tag other than v and id (legal, ignored by senders); a warning for a mis-cased id'
}, ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
        for (const t of r.tags) {
            // Only well-formed extensions are "legal but ignored"; bad ones are txt-syntax errors.
            if (t.name === 'id' || tagNameProblem(t.name) >= 0 || extValueProblem(t.value) >= 0)
                continue;
            const lower = t.name.toLowerCase();
            const misCased = lower === 'id' || lower === 'v';
            const message = t.name === 'v'
                ? 'a second "v" tag: the version may only come first, so senders ignore this one; remove it'
                : misCased
                    ? `tag ${q(t.name)} is not the ${lower} tag (tag names are case-sensitive); senders ignore it: write "${lower}=${t.value}"`
                    : `unknown tag ${q(t.name)}: legal, but senders ignore it (the registry holds only v and id); remove it unless you need it`;
            report({
                message,
                line: r.index,
                column: t.offset + 1,
                ...(misCased && { severity: 'warning' })
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/txt-unrelated-record.ts


/* harmony default export */ const txt_unrelated_record = (defineRule({
    id: 'txt-unrelated-record',
    severity: 'warning',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'a TXT record at _mta-sts that is not an MTA-STS record (legal, but some tools fail on it)'
}, ({ rrset }, report) => {
    for (const r of rrset.unrelated) {
        report({
            message: `record ${r.index} (${q(r.text, 40)}) is not an MTA-STS record: senders ignore it, but checkdmarc and go-mtasts fail on it; move it elsewhere unless it must be here`,
            line: r.index,
            column: 1
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/tlsrpt-syntax.ts




const describeRua = (i) => {
    switch (i.problem) {
        case 'empty':
            return i.text === 'rua'
                ? 'rua has no destination; give a mailto: or https: URI'
                : 'empty rua destination (a stray ","); remove it';
        case 'whitespace':
            return `rua destination ${q(i.text)} holds whitespace; separate destinations with ","`;
        case 'no-scheme':
            return `rua destination ${q(i.text)} has no scheme; write "mailto:${i.text}" for an address or an https: URL`;
        case 'scheme':
            return `rua destination ${q(i.text)} uses an unsupported scheme; RFC 8460 allows only mailto: and https:`;
        case 'unencoded':
            return `rua destination ${q(i.text)} holds "!", which must be percent-encoded (%21); size limits like "!10m" are DMARC syntax, not TLS-RPT`;
        case 'bad-mailto':
            return `rua destination ${q(i.text)} is not a mailto: URI with an address`;
        case 'bad-https':
            return `rua destination ${q(i.text)} is not a valid https: URL`;
    }
};
/* harmony default export */ const tlsrpt_syntax = (defineRule({
    id: 'tlsrpt-syntax',
    severity: 'error',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3',
    description: 'the _smtp._tls record does not follow RFC 8460 (version, rua URIs, delimiters)'
}, ({ rrset }, report) => {
    const inSet = rrset.records.length > 1;
    if (rrset.selected.length > 1) {
        report({
            message: `${rrset.selected.length} TXT records start with "v=TLSRPTv1;" (records ${rrset.selected.map(r => r.index).join(', ')}); with more than one, reporters send no reports: keep exactly one`,
            line: rrset.selected[1].index,
            column: 1
        });
    }
    for (const r of rrset.records) {
        if (inSet && !r.exactPrefix && !looksLikeTlsRpt(r.text))
            continue;
        for (const i of r.issues) {
            const message = describeTagIssue(i, TLSRPT_VERSION, r.text, inSet);
            if (message === undefined)
                continue;
            const severity = tagIssueSeverity(i, inSet);
            report({ message, line: r.index, column: i.offset + 1, ...(severity && { severity }) });
        }
        if (r.version !== TLSRPT_VERSION && !looksLikeTlsRpt(r.text))
            continue;
        if (r.rua === undefined) {
            report({
                message: 'the record has no rua; add where reports go, e.g. "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
                line: r.index,
                column: r.text.length + 1
            });
        }
        for (const i of r.ruaIssues) {
            report({ message: describeRua(i), line: r.index, column: i.offset + 1 });
        }
        reportExtensionValues(r, 'rua', report);
    }
}));

;// CONCATENATED MODULE: ./src/rules/tlsrpt-duplicate-field.ts


/* harmony default export */ const tlsrpt_duplicate_field = (defineRule({
    id: 'tlsrpt-duplicate-field',
    severity: 'warning',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3',
    description: 'a tag repeated in the _smtp._tls record'
}, ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
        const seen = new Set();
        for (const t of r.tags) {
            if (!seen.has(t.name)) {
                seen.add(t.name);
                continue;
            }
            report({
                message: t.name === 'rua'
                    ? 'rua appears twice; reporters may read only one: list every destination in one rua, separated by ","'
                    : `tag ${q(t.name)} appears twice; remove the duplicate`,
                line: r.index,
                column: t.offset + 1
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/tlsrpt-missing.ts


/* harmony default export */ const tlsrpt_missing = (defineRule({
    id: 'tlsrpt-missing',
    severity: 'notice',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3, RFC 8461 5',
    description: 'no TLS-RPT record, so delivery failures go unreported (a warning in testing mode)'
}, ({ rrset, mode }, report) => {
    // A single record is the record meant; tlsrpt-syntax says what is wrong with it.
    if (rrset.records.length === 1 || rrset.selected.length > 0)
        return;
    if (rrset.records.some(r => looksLikeTlsRpt(r.text)))
        return;
    const why = mode === 'testing'
        ? 'in testing mode reports are the only thing the policy produces, so without them testing tells you nothing'
        : 'failures to deliver over TLS go unreported';
    report({
        message: `there is no _smtp._tls (TLS-RPT) record: ${why}; publish "v=TLSRPTv1; rua=mailto:tlsrpt@<domain>" at _smtp._tls.<domain>`,
        line: 1,
        column: 1,
        ...(mode === 'testing' && { severity: 'warning' })
    });
}));

;// CONCATENATED MODULE: ./src/gate/diff.ts
/**
 * Pure helpers of the id gate: what changed between two effective policies, fresh ids, dates,
 * and the conditions the gate rules and the comparison share.
 */


const show = (v) => v === undefined ? '(none)' : typeof v === 'number' ? String(v) : q(v);
/** The mx patterns as a set: case-insensitive, order and repeats do not matter. */
const mxSet = (p) => new Set(p.mx.map(m => m.toLowerCase()));
/**
 * What changed from `a` to `b` in the values senders act on: version, mode, max_age, the set of
 * mx patterns (case-insensitive), extension fields. Empty when nothing did (a byte-only change).
 */
const policyChanges = (a, b) => {
    const out = [];
    if (a.version !== b.version)
        out.push(`version ${show(a.version)} → ${show(b.version)}`);
    if (a.mode !== b.mode)
        out.push(`mode ${show(a.mode)} → ${show(b.mode)}`);
    if (a.max_age !== b.max_age)
        out.push(`max_age ${show(a.max_age)} → ${show(b.max_age)}`);
    const ma = mxSet(a);
    const mb = mxSet(b);
    const added = [...mb].filter(m => !ma.has(m));
    const removed = [...ma].filter(m => !mb.has(m));
    if (added.length > 0)
        out.push(`mx ${added.map(m => q(m)).join(', ')} added`);
    if (removed.length > 0)
        out.push(`mx ${removed.map(m => q(m)).join(', ')} removed`);
    const ea = a.extensions ?? {};
    const eb = b.extensions ?? {};
    for (const name of new Set([...Object.keys(ea), ...Object.keys(eb)])) {
        const va = Object.hasOwn(ea, name) ? ea[name] : undefined;
        const vb = Object.hasOwn(eb, name) ? eb[name] : undefined;
        if (va === vb)
            continue;
        out.push(va === undefined
            ? `field ${q(name)} added`
            : vb === undefined
                ? `field ${q(name)} removed`
                : `field ${q(name)} ${q(va)} → ${q(vb)}`);
    }
    return out;
};
const samePolicy = (a, b) => policyChanges(a, b).length === 0;
/** At most `max` changes in words, the rest counted. */
const listChanges = (changes, max = 3) => changes.length <= max
    ? changes.join('; ')
    : `${changes.slice(0, max).join('; ')}; and ${changes.length - max} more`;
const pad = (n) => String(n).padStart(2, '0');
/** An id for `date`: UTC `YYYYMMDDTHHMMSSZ`, letters and digits only. */
const idForDate = (date) => `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
/** The id for `now`, moved on by seconds until no id in `taken` has it. */
const freshId = (now, taken) => {
    let t = Math.floor(now.getTime() / 1000) * 1000;
    let id = idForDate(new Date(t));
    while (taken.has(id)) {
        t += 1000;
        id = idForDate(new Date(t));
    }
    return id;
};
/** A date for a message: `2025-07-01T15:00:00Z`. */
const formatDate = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Whether a state has a _mta-sts record. */
const hasRecord = (s) => s.record ?? (s.id !== undefined || s.idComputed === true);
/** The policy changed between base and head: added, removed, or different effective values. */
const policyChanged = (base, head) => {
    const a = base?.policy;
    const b = head.policy;
    if (a === undefined || b === undefined)
        return a !== b;
    return !samePolicy(a, b);
};
/**
 * id-not-changed's condition: both sides have a policy and a literal id, the policy changed,
 * the id did not.
 */
const idStale = (ctx) => ctx.head.idComputed !== true &&
    ctx.base?.policy !== undefined &&
    ctx.head.policy !== undefined &&
    ctx.head.id !== undefined &&
    ctx.head.id === ctx.base.id &&
    ctx.changed;
/** The head's id is new: literal, and different from the base's (or the domain is new). */
const idIsNew = (ctx) => ctx.head.idComputed !== true && ctx.head.id !== undefined && ctx.head.id !== ctx.base?.id;
/** id-reused's condition: the earlier state that published the head's new id with another policy. */
const idReusedAt = (ctx) => {
    const policy = ctx.head.policy;
    if (!idIsNew(ctx) || policy === undefined || ctx.history === undefined)
        return undefined;
    return ctx.history.entries.find(e => e.id === ctx.head.id && e.policy !== undefined && !samePolicy(e.policy, policy));
};
/** A policy senders would cache and act on: mode enforce or testing with a valid max_age. */
const isActive = (p) => p !== undefined && (p.mode === 'enforce' || p.mode === 'testing') && p.max_age !== undefined;
/**
 * When removing the domain's policy or record becomes safe, from the history's commit dates
 * (newest first; entry 0 is the base, still served at `now`).
 */
const removalTiming = (entries, now) => {
    const out = {};
    for (let i = 0; i < entries.length; i++) {
        const p = entries[i].policy;
        if (!isActive(p))
            continue;
        out.lastActive ??= { entry: entries[i], index: i };
        const until = i === 0 ? now : entries[i - 1].date;
        const safe = new Date(until.getTime() + p.max_age * 1000);
        if (out.safeAfter === undefined || safe > out.safeAfter) {
            out.safeAfter = safe;
            out.longest = { policy: p, until };
        }
    }
    return out;
};
/**
 * The latest date an enforce/testing policy older than the history's oldest entry could still be
 * cached: it stopped being served by then, and no max_age exceeds the RFC's limit.
 */
const unknownPastSafeAfter = (entries) => {
    const oldest = entries[entries.length - 1];
    return oldest === undefined ? undefined : new Date(oldest.date.getTime() + MAX_AGE_LIMIT * 1000);
};
const maxAgeWords = (seconds) => `${seconds} s, ${duration(seconds)}`;

;// CONCATENATED MODULE: ./src/rules/id-not-changed.ts



/* harmony default export */ const id_not_changed = (defineRule({
    id: 'id-not-changed',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 3.1, 8.1',
    description: 'the effective policy changed since the base but the id did not (the message carries a suggested fresh id)'
}, (ctx, report) => {
    const { domain, head, base, at } = ctx;
    if (idStale(ctx)) {
        const shared = ctx.sharedWith.length > 0
            ? `; the policy also serves ${ctx.sharedWith.join(', ')}, whose id must change as well`
            : '';
        report({
            message: `the policy of ${domain} changed since the base (${listChanges(ctx.changes)}) but its id is still ${q(head.id ?? '')} in ${ctx.idWhere}: senders that cached the old policy do not fetch the new one until its max_age runs out; write a new id there, e.g. ${ctx.suggestedId} (mta-sts-lint bump does it)${shared}`,
            ...at
        });
        return;
    }
    // A byte-only change (whitespace, line endings, field order, a repeat) is no change to
    // senders: worth a word, not a new id.
    if (head.idComputed !== true &&
        !ctx.changed &&
        head.policy !== undefined &&
        base?.policy !== undefined &&
        head.id !== undefined &&
        head.id === base.id &&
        head.policyBytes !== undefined &&
        base.policyBytes !== undefined &&
        !sameBytes(head.policyBytes, base.policyBytes)) {
        report({
            message: `the policy file ${q(head.policyFile ?? '')} of ${domain} changed since the base, but not its effective values (only bytes: whitespace, line endings, field order or repeats), so senders see the same policy and the id ${q(head.id)} can stay`,
            severity: 'notice',
            ...at
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/id-reused.ts



/* harmony default export */ const id_reused = (defineRule({
    id: 'id-reused',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 3.1',
    description: "the new id was already used in this repository's history for a different policy (a notice when history was too short to be sure)"
}, (ctx, report) => {
    const { domain, head, history, at } = ctx;
    if (!idIsNew(ctx) || head.policy === undefined)
        return;
    const id = q(head.id ?? '');
    const earlier = idReusedAt(ctx);
    if (earlier !== undefined && earlier.policy !== undefined) {
        const commit = earlier.commit === undefined ? '' : ` (commit ${earlier.commit.slice(0, 7)})`;
        report({
            message: `the new id ${id} of ${domain} in ${ctx.idWhere} was already published on ${formatDate(earlier.date)}${commit} with a different policy (then → now: ${listChanges(policyChanges(earlier.policy, head.policy))}): senders that cached that policy under this id will not fetch this one; write an id never used before, e.g. ${ctx.suggestedId}`,
            ...at
        });
        return;
    }
    if (history === undefined) {
        report({
            message: `could not check that the new id ${id} of ${domain} was never used before for another policy: no history of its id source was available (the git checkout is needed; the REST fallback reads the base only)`,
            severity: 'notice',
            ...at
        });
    }
    else if (!history.complete) {
        const n = history.entries.length;
        report({
            message: `the new id ${id} of ${domain} is not in the ${n} ${n === 1 ? 'version' : 'versions'} of history available, but ${history.reason ?? 'history was cut short'}, so it may have been used before for another policy; set fetch-depth: 0 on actions/checkout to make the check complete`,
            severity: 'notice',
            ...at
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/id-without-change.ts


/* harmony default export */ const id_without_change = (defineRule({
    id: 'id-without-change',
    severity: 'notice',
    target: 'gate',
    rfc: 'RFC 8461 3.1',
    description: 'the id changed but the policy did not (harmless: senders just refetch it)'
}, ({ domain, head, base, changed, idWhere, at }, report) => {
    if (head.idComputed === true || changed)
        return;
    if (head.policy === undefined || base?.policy === undefined)
        return;
    if (head.id === undefined || base.id === undefined || head.id === base.id)
        return;
    report({
        message: `the id of ${domain} changed from ${q(base.id)} to ${q(head.id)} in ${idWhere}, but the policy did not (same effective values): harmless, senders only fetch the same policy again; keep it if a refetch is what you want, or restore ${q(base.id)}`,
        ...at
    });
}));

;// CONCATENATED MODULE: ./src/rules/unsafe-removal.ts



/** The RFC's suggested max_age for the `mode: none` stage (section 8.3). */
const NONE_STAGE = 'publish "mode: none" with a short max_age (86400) under a new id';
/* harmony default export */ const unsafe_removal = (defineRule({
    id: 'unsafe-removal',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 8.3, 10.2',
    description: 'a policy or its TXT record is removed without first publishing mode: none under a new id and waiting out the longest max_age served before (the message carries the earliest safe date when known)'
}, ({ domain, head, base, history, now, at }, report) => {
    if (base === undefined)
        return;
    const policyGone = base.policy !== undefined && head.policy === undefined;
    const recordGone = hasRecord(base) && !hasRecord(head);
    if (!policyGone && !recordGone)
        return;
    const file = base.policyFile === undefined ? '' : ` ${q(base.policyFile)}`;
    const what = policyGone && recordGone
        ? `the policy${file} and the _mta-sts record of ${domain} are removed`
        : policyGone
            ? `the policy${file} of ${domain} is removed`
            : `the _mta-sts record of ${domain} is removed`;
    const policy = base.policy;
    if (policy === undefined) {
        report({
            message: `${what}, and the base holds no policy for it, so whether "mode: none" was published and waited out first cannot be checked: senders that cached an enforce or testing policy keep applying it until its max_age runs out`,
            severity: 'notice',
            ...at
        });
        return;
    }
    // Straight from enforce or testing to removal: the none stage never happened.
    if (policy.mode !== 'none') {
        const entries = history?.entries.length
            ? history.entries
            : [{ date: now, policy, ...(base.id !== undefined && { id: base.id }) }];
        const timing = removalTiming(entries, now);
        const state = policy.mode === undefined
            ? 'a policy that is not mode: none'
            : `mode: ${policy.mode}${policy.max_age === undefined ? '' : ` (max_age ${maxAgeWords(policy.max_age)})`}`;
        const wait = timing.safeAfter === undefined || timing.longest === undefined
            ? 'wait out the longest max_age served before'
            : `wait until every earlier policy has expired (${formatDate(timing.safeAfter)} if released now, set by max_age ${maxAgeWords(timing.longest.policy.max_age)})`;
        report({
            message: `${what} while the base still serves ${state}: senders that cached it keep applying it, with no way to learn it is gone; first ${NONE_STAGE}, release it, ${wait}, and only then remove the policy and the record`,
            ...at
        });
        return;
    }
    // The base serves mode: none: check it came under a new id and the older policies expired.
    if (history === undefined || history.entries.length === 0) {
        report({
            message: `${what} after "mode: none" at the base, but no history was available to check that it was published under a new id and that the earlier enforce or testing policies have expired (up to max_age after they were last served); make sure of both before merging`,
            severity: 'notice',
            ...at
        });
        return;
    }
    const timing = removalTiming(history.entries, now);
    const cut = history.complete ? undefined : (history.reason ?? 'history was cut short');
    const bound = cut === undefined ? undefined : unknownPastSafeAfter(history.entries);
    const l = timing.longest;
    if (timing.safeAfter !== undefined && l !== undefined && now < timing.safeAfter) {
        // Published under the same id, the none stage reached no sender that had cached the
        // policy before it: they all keep that one until it expires.
        const last = timing.lastActive?.entry;
        const sameId = base.id !== undefined && last?.id === base.id
            ? `; the "mode: none" policy was published under the same id ${q(base.id)} as the mode: ${last.policy?.mode} policy before it, so senders that cached that one never fetched it (next time publish it under a new id)`
            : '';
        report({
            message: `${what} too early: a mode: ${l.policy.mode} policy (max_age ${maxAgeWords(l.policy.max_age)}) was served until ${formatDate(l.until)} (commit dates), so senders may keep it cached until ${formatDate(timing.safeAfter)}${cut === undefined ? '' : ` at least (${cut})`}${sameId}; keep the "mode: none" policy and the record until then`,
            ...at
        });
        return;
    }
    if (bound !== undefined && now < bound) {
        const known = timing.safeAfter === undefined
            ? 'no enforce or testing policy is in the history that was available'
            : `the policies in the history that was available expired by ${formatDate(timing.safeAfter)}`;
        report({
            message: `${what}; ${known}, but ${cut}, so an older enforce or testing policy could still be cached until ${formatDate(bound)} at the latest; make sure none was served within its max_age before merging`,
            severity: 'notice',
            ...at
        });
    }
}));

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/repo/hosting.ts
/**
 * How the committed files get published: what the repo rules (pages-jekyll, policy-location)
 * read about a repository. The loader lists the files once and reads small text files on
 * demand; the rest is pure text analysis of GitHub Actions workflows and Jekyll's `_config.yml`,
 * line by line (the few keys that matter do not need a YAML parser, and the rules stay cheap to
 * load).
 */



/** Folders that never hold a site's sources. */
const SKIP_DIRS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    '.cache',
    'bower_components'
]);
/** Bounds of the file list: a huge tree costs at most this. */
const MAX_FILES = 50_000;
const MAX_DEPTH = 10;
/** `read()` returns files up to this size: workflows, CNAME, _config.yml, policies. */
const MAX_READ_BYTES = 256 * 1024;
/** The policy path senders fetch, below a site's root. */
const WELL_KNOWN_POLICY = '.well-known/mta-sts.txt';
/** Every file below the root (symbolic links not followed), without SKIP_DIRS, bounded. */
const listFiles = async (root, opts = {}) => {
    const maxFiles = opts.maxFiles ?? MAX_FILES;
    const maxDepth = opts.maxDepth ?? MAX_DEPTH;
    const files = [];
    let truncated = false;
    const walk = async (rel, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (files.length >= maxFiles) {
                truncated = true;
                return;
            }
            const child = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory() && !SKIP_DIRS.has(e.name)) {
                if (depth < maxDepth)
                    await walk(child, depth + 1);
                else
                    truncated = true;
            }
            else if (e.isFile())
                files.push(child);
        }
    };
    await walk('', 0);
    return { files: files.sort(), truncated };
};
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * The context repo rules check: the file list, and `read()` for small UTF-8 files of that list
 * (anything else reads as undefined; paths outside the list are never opened).
 */
const loadRepoContext = async (root, policies, opts = {}) => {
    const { files } = await listFiles(root, opts);
    const known = new Set(files);
    const cache = new Map();
    const read = (file) => {
        if (!known.has(file))
            return undefined;
        if (cache.has(file))
            return cache.get(file);
        let text;
        try {
            const abs = external_node_path_default().join(root, file);
            if ((0,external_node_fs_namespaceObject.statSync)(abs).size <= MAX_READ_BYTES)
                text = decoder.decode((0,external_node_fs_namespaceObject.readFileSync)(abs));
        }
        catch {
            text = undefined;
        }
        cache.set(file, text);
        return text;
    };
    return { files, read, policies, rootName: external_node_path_default().basename(external_node_path_default().resolve(root)) };
};
/** The policies discovery would find in a file list: every `.well-known/mta-sts.txt` and a root `mta-sts.txt`. */
const policiesIn = (files) => files
    .filter(f => f === 'mta-sts.txt' || f === WELL_KNOWN_POLICY || f.endsWith(`/${WELL_KNOWN_POLICY}`))
    .map(file => ({ file }));
/**
 * A context over files held in memory (tests, documentation examples). Without `policies`, the
 * policies are the files discovery would find, with no domain.
 */
const repoFromFiles = (files, opts = {}) => {
    const list = Object.keys(files).sort();
    const ctx = {
        files: list,
        read: f => (Object.hasOwn(files, f) ? files[f] : undefined),
        policies: opts.policies ?? policiesIn(list)
    };
    if (opts.rootName !== undefined)
        ctx.rootName = opts.rootName;
    return ctx;
};
/**
 * Files written one after the other, each under a `==> path <==` line (the format of
 * `head file1 file2`), as documentation examples show a repository. Text before the first
 * header is ignored; a file's text ends with a newline unless it is empty.
 */
const parseFileListing = (text) => {
    const out = {};
    let current;
    let lines = [];
    const flush = () => {
        if (current === undefined)
            return;
        while (lines.length > 0 && lines[lines.length - 1] === '')
            lines.pop();
        out[current] = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    };
    for (const line of text.split('\n')) {
        const m = /^==> (.+) <==$/.exec(line);
        if (m !== null) {
            flush();
            current = m[1];
            lines = [];
        }
        else
            lines.push(line);
    }
    flush();
    return out;
};
const indentOf = (line) => /^ */.exec(line)?.[0].length ?? 0;
const isBlank = (line) => /^\s*(#.*)?$/.test(line);
/** A `key: rest` line (optionally a list item `- key: rest`): the key's column and text. */
const KEY_LINE = /^(\s*)(-\s+)?(["']?)([A-Za-z0-9_.-]+)\3\s*:(?:\s+(.*?)|\s*)$/;
const keyLine = (line) => {
    const m = KEY_LINE.exec(line);
    if (m === null)
        return undefined;
    return {
        column: m[1].length + (m[2]?.length ?? 0),
        key: m[4],
        rest: m[5] ?? '',
        item: m[2] !== undefined
    };
};
/** A plain or quoted YAML scalar as written on one line, without its comment. */
const scalar = (rest) => {
    const t = rest.trim();
    const q = /^(["'])(.*?)\1\s*(?:#\s*(.*))?$/.exec(t);
    if (q !== null)
        return q[3] === undefined ? { value: q[2] } : { value: q[2], comment: q[3] };
    const c = /^(.*?)(?:\s+#\s*(.*))?$/.exec(t);
    const value = (c?.[1] ?? t).trim();
    return c?.[2] === undefined ? { value } : { value, comment: c[2].trim() };
};
/** Splits a one-line flow mapping `{ a: 1, b: "x" }` into its pairs. */
const flowPairs = (text) => {
    const inner = /^\{(.*)\}\s*(#.*)?$/.exec(text.trim())?.[1];
    if (inner === undefined)
        return [];
    return inner
        .split(',')
        .map(p => /^\s*(["']?)([A-Za-z0-9_.-]+)\1\s*:\s*(.*?)\s*$/.exec(p))
        .filter((m) => m !== null)
        .map(m => [m[2], scalar(m[3]).value]);
};
/**
 * Every step of a workflow that runs an action (`uses:`), with its `with:` inputs. Reads block
 * YAML as workflows are written; a step written as one flow mapping is not seen.
 */
const workflowSteps = (text) => {
    const lines = text.split(/\r?\n/);
    const steps = [];
    lines.forEach((line, i) => {
        const k = keyLine(line);
        if (k === undefined || k.key !== 'uses')
            return;
        const { value, comment } = scalar(k.rest);
        const at = value.indexOf('@');
        const step = {
            action: at === -1 ? value : value.slice(0, at),
            ref: at === -1 ? '' : value.slice(at + 1),
            line: i + 1,
            column: line.indexOf(value, k.column + 4) + 1,
            inputs: new Map()
        };
        if (comment !== undefined)
            step.comment = comment;
        // The step's other keys sit at the same column; the block ends at a line left of it.
        const col = k.column;
        const sibling = (j) => {
            const s = keyLine(lines[j]);
            return s !== undefined && s.column === col ? s : undefined;
        };
        let start = i;
        if (!k.item) {
            for (let j = i - 1; j >= 0; j--) {
                if (isBlank(lines[j]))
                    continue;
                const s = sibling(j);
                if (s !== undefined && s.item) {
                    start = j;
                    break;
                }
                if (indentOf(lines[j]) < col && s === undefined)
                    break;
                start = j;
            }
        }
        let end = i;
        for (let j = i + 1; j < lines.length; j++) {
            if (isBlank(lines[j]))
                continue;
            const s = sibling(j);
            if (indentOf(lines[j]) > col || (s !== undefined && !s.item))
                end = j;
            else
                break;
        }
        const inputs = step.inputs;
        for (let j = start; j <= end; j++) {
            const w = sibling(j);
            if (w?.key !== 'with')
                continue;
            if (w.rest.startsWith('{')) {
                for (const [name, v] of flowPairs(w.rest)) {
                    inputs.set(name, { value: v, line: j + 1, column: lines[j].indexOf(name) + 1 });
                }
                continue;
            }
            let inner;
            for (let n = j + 1; n <= end; n++) {
                if (isBlank(lines[n]))
                    continue;
                const ind = indentOf(lines[n]);
                if (ind <= col)
                    break;
                inner ??= ind;
                const p = keyLine(lines[n]);
                if (p === undefined || p.column !== inner || p.item)
                    continue;
                inputs.set(p.key, { value: scalar(p.rest).value, line: n + 1, column: p.column + 1 });
            }
        }
        steps.push(step);
    });
    return steps;
};
/**
 * The major version an action ref stands for: `v4`, `v4.0.1`, or a commit whose comment names
 * it (`# v3.0.1`, `# tag=v4`); undefined for a branch or an unlabelled commit.
 */
const actionMajor = (ref, comment) => {
    const tag = /^v?(\d+)(?:\.\d+){0,2}$/i.exec(ref);
    if (tag !== null)
        return Number(tag[1]);
    if (comment !== undefined && /^[0-9a-f]{7,64}$/i.test(ref)) {
        const c = /(?:^|[\s=@:])v(\d+)(?:\.\d+){0,2}\b/i.exec(comment) ?? /^(\d+)\.\d+(?:\.\d+)?$/.exec(comment);
        if (c !== null)
            return Number(c[1]);
    }
    return undefined;
};
/** The Pages actions, lower case, as `WorkflowStep.action` holds them. */
const UPLOAD_PAGES_ARTIFACT = 'actions/upload-pages-artifact';
const DEPLOY_PAGES = 'actions/deploy-pages';
const JEKYLL_BUILD_PAGES = 'actions/jekyll-build-pages';
/** The workflows GitHub runs: `.github/workflows/*.yml` and `*.yaml`. */
const isWorkflow = (file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
/** Every step of every workflow that runs one of the Pages actions. */
const pagesSteps = (ctx) => {
    const out = [];
    for (const file of ctx.files) {
        if (!isWorkflow(file))
            continue;
        const text = ctx.read(file);
        if (text === undefined)
            continue;
        for (const s of workflowSteps(text)) {
            const action = s.action.toLowerCase();
            if (action === UPLOAD_PAGES_ARTIFACT ||
                action === DEPLOY_PAGES ||
                action === JEKYLL_BUILD_PAGES) {
                out.push({ ...s, action, file });
            }
        }
    }
    return out;
};
/** The top-level `include:` of a Jekyll `_config.yml` (the last one, as YAML keeps it). */
const jekyllInclude = (text) => {
    const lines = text.split(/\r?\n/);
    let found;
    for (let i = 0; i < lines.length; i++) {
        const m = /^(["']?)include\1\s*:\s*(.*)$/.exec(lines[i]);
        if (m === null)
            continue;
        let rest = m[2].trim();
        if (rest.startsWith('[')) {
            // A flow list may run over several lines.
            let j = i;
            while (!/\]\s*(#.*)?$/.test(rest) && j + 1 < lines.length)
                rest += ` ${lines[++j].trim()}`;
            const inner = /^\[(.*)\]/.exec(rest)?.[1] ?? '';
            const entries = inner
                .split(',')
                .map(e => scalar(e).value)
                .filter(e => e !== '');
            found = { line: i + 1, column: 1, entries, style: 'flow' };
        }
        else if (rest !== '' && !rest.startsWith('#')) {
            found = { line: i + 1, column: 1, entries: [scalar(rest).value], style: 'flow' };
        }
        else {
            const entries = [];
            for (let j = i + 1; j < lines.length; j++) {
                if (isBlank(lines[j]))
                    continue;
                const item = /^\s*-\s*(.*)$/.exec(lines[j]);
                if (item === null)
                    break;
                entries.push(scalar(item[1]).value);
            }
            found = { line: i + 1, column: 1, entries, style: 'block' };
        }
    }
    return found;
};
/**
 * True when one of Jekyll's `include` entries brings `.well-known` back: Jekyll keeps an entry
 * when a pattern matches its path (fnmatch) or the path starts with the pattern.
 */
const includesWellKnown = (entries) => entries.some(raw => {
    const e = raw.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    if (e === '' || e === '.' || '.well-known'.startsWith(e))
        return true;
    if (!/[*?[]/.test(e))
        return false;
    const re = e
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    try {
        return new RegExp(`^${re}$`).test('.well-known');
    }
    catch {
        return false;
    }
});
/** The `mta-sts.<domain>` a GitHub Pages CNAME file holds (first line; no newline needed). */
const cnameDomain = (text) => {
    const host = (text.split(/\r?\n/)[0] ?? '').trim().replace(/\.$/, '');
    return /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i.exec(host)?.[1]?.toLowerCase();
};
/** A site folder as a path prefix: `""` for the root, from `.`, `./`, `/`, `./docs/`. */
const siteRoot = (dir) => {
    const n = external_node_path_default().posix.normalize(dir.replace(/\\/g, '/').replace(/^\/+/, '') || '.');
    return n === '.' || n === './' ? '' : n.replace(/\/+$/, '');
};
/** A path below a site folder given as `""` for the root. */
const join = (dir, file) => (dir === '' ? file : `${dir}/${file}`);
/** The folders GitHub Pages publishes from a branch: its root or `docs/`. */
const BRANCH_SITE_ROOTS = ['', 'docs'];

;// CONCATENATED MODULE: ./src/rules/policy-location.ts



/** Policies deeper than this many folders are not looked for. */
const MAX_POLICY_DEPTH = 6;
/** `.well_known`, `well-known`, `.Well-Known`, `.wellknown`, `.well-know`: meant as `.well-known`. */
const looksLikeWellKnown = (name) => {
    if (name === '.well-known')
        return false;
    const n = name.toLowerCase().replace(/^\.+/, '').replace(/[_ ]/g, '-');
    return (n === 'well-known' || n === 'wellknown' || editDistance(name.toLowerCase(), '.well-known') <= 2);
};
/** `mta_sts.txt`, `MTA-STS.txt`, `mta-sts.txt.txt`, `mta-sts`: meant as `mta-sts.txt`. */
const looksLikePolicyName = (name) => {
    if (name === 'mta-sts.txt')
        return false;
    let n = name.toLowerCase().replace(/_/g, '-');
    while (n.endsWith('.txt'))
        n = n.slice(0, -4);
    return n === 'mta-sts' || n === 'mtasts' || n === 'mta.sts' || editDistance(n, 'mta-sts') <= 1;
};
/** Text that is a policy rather than, say, a script named `mta-sts`. */
const looksLikePolicy = (text) => text !== undefined &&
    /^\s*version\s*:\s*STSv1\s*$/im.test(text) &&
    /^\s*(mode|max_age|mx)\s*:/im.test(text);
const whyName = (name) => {
    if (name.toLowerCase() === 'mta-sts.txt')
        return 'names are case-sensitive on web servers';
    if (name.includes('_'))
        return 'a dash, not an underscore';
    if (/\.txt\.txt$/i.test(name)) {
        return 'the extension is doubled, as editors do when a system hides known extensions';
    }
    if (!/\.txt$/i.test(name))
        return 'the name ends in .txt';
    return 'a misspelling';
};
const whyFolder = (name) => {
    if (name.toLowerCase() === '.well-known')
        return 'names are case-sensitive on web servers';
    if (!name.startsWith('.'))
        return 'the name starts with a dot';
    if (name.includes('_'))
        return 'a dash, not an underscore';
    if (!name.includes('-'))
        return 'a dash between "well" and "known"';
    return 'a misspelling';
};
/* harmony default export */ const policy_location = (defineRule({
    id: 'policy-location',
    severity: 'warning',
    target: 'repo',
    rfc: 'RFC 8461 3.3',
    description: 'a committed policy that will not be served at /.well-known/mta-sts.txt of its site, or a misspelt or mis-cased file name'
}, (ctx, report) => {
    const files = new Set(ctx.files);
    for (const file of ctx.files) {
        const parts = file.split('/');
        if (parts.length - 1 > MAX_POLICY_DEPTH || parts.some(p => SKIP_DIRS.has(p)))
            continue;
        const name = parts[parts.length - 1];
        const folders = parts.slice(0, -1);
        const folder = folders[folders.length - 1];
        const dir = folders.join('/');
        const nameOk = name === 'mta-sts.txt';
        if (!nameOk && !looksLikePolicyName(name))
            continue;
        if (nameOk && folder === '.well-known')
            continue;
        // A repository named .well-known is published as that folder: its root is the folder.
        const rootIsWellKnown = dir === '' && ctx.rootName === '.well-known';
        if (nameOk && rootIsWellKnown)
            continue;
        const problems = [];
        let target;
        let verb = 'rename';
        if (folder === '.well-known' || rootIsWellKnown) {
            target = join(dir, 'mta-sts.txt');
        }
        else if (folder !== undefined && looksLikeWellKnown(folder)) {
            target = join(folders.slice(0, -1).join('/'), WELL_KNOWN_POLICY);
            problems.push(`the folder "${folder}" is not ".well-known" (${whyFolder(folder)})`);
        }
        else {
            // Anywhere else it is served beside the site's pages, if at all. A file that merely
            // has a look-alike name must hold a policy to count.
            if (!(nameOk && dir === '') && !looksLikePolicy(ctx.read(file)))
                continue;
            target = join(dir, WELL_KNOWN_POLICY);
            verb = 'move';
            problems.push(dir === ''
                ? 'at the root it is served at /mta-sts.txt'
                : `it is not in a .well-known folder, so its site serves it at /mta-sts.txt at best`);
        }
        if (!nameOk)
            problems.push(`"${name}" is not "mta-sts.txt" (${whyName(name)})`);
        const domain = ctx.policies.find(p => p.file === file || p.file === target)?.domain;
        const url = domain === undefined
            ? '/.well-known/mta-sts.txt'
            : `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
        const head = `${file} is not served at ${url}, the one place senders fetch a policy from: ${problems.join('; ')}`;
        if (files.has(target)) {
            const same = ctx.read(file) !== undefined && ctx.read(file) === ctx.read(target);
            report({
                message: same
                    ? `${head}. It is a copy of ${target}, which is served: delete this copy so the two cannot drift apart`
                    : `${head}. ${target} is the policy served, and this file differs from it: delete this file, or replace ${target} with it if it is the one you meant to publish`,
                file,
                line: 1,
                ...(same && { severity: 'notice' })
            });
        }
        else {
            report({
                message: `${head}; ${verb} it to ${target}${dir === '' && nameOk ? ' (a repository published as the .well-known folder itself must be named ".well-known")' : ''}`,
                file,
                line: 1
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/pages-jekyll.ts


/** A value GitHub fills in at run time: nothing can be said about it here. */
const isExpression = (v) => v.includes('${{');
const DROPS_DOT_FOLDERS = 'leaves out folders whose names start with "."';
const OUT_OF_ARTIFACT = 'leaves folders whose names start with "." out of the Pages artifact';
/** ` and https://mta-sts.example.com/.well-known/mta-sts.txt answers 404`, when the domain is known. */
const served = (domain) => domain === undefined ? '' : ` and https://mta-sts.${domain}/${WELL_KNOWN_POLICY} answers 404`;
/** The policies named in a message: the first, and how many more. */
const which = (files) => `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more)` : ''}`;
/** The `_config.yml` of a Jekyll site folder, if there is one (Jekyll also reads `.yaml`). */
const jekyllConfig = (ctx, site) => {
    for (const name of ['_config.yml', '_config.yaml']) {
        const file = join(site, name);
        const text = ctx.read(file);
        if (text === undefined && !ctx.files.includes(file))
            continue;
        const include = text === undefined ? undefined : jekyllInclude(text);
        return include === undefined ? { file } : { file, include };
    }
    return undefined;
};
/** How to write the include list with `.well-known` added. */
const includeFix = (config) => {
    const inc = config.include;
    if (inc === undefined)
        return `add include: [".well-known"] to ${config.file}`;
    if (inc.style === 'block')
        return `add "- .well-known" under include: in ${config.file}`;
    const entries = [...inc.entries, '.well-known'].map(e => JSON.stringify(e)).join(', ');
    return `write include: [${entries}] in ${config.file}`;
};
/** Points at the include line of `_config.yml`, or at its first line. */
const atConfig = (config) => ({
    message: '',
    file: config.file,
    line: config.include?.line ?? 1,
    column: config.include?.column ?? 1
});
/** What the version of the upload action is, for the message. */
const versionText = (step) => {
    const ref = step.ref === '' ? '' : `@${step.ref.length > 12 ? step.ref.slice(0, 12) : step.ref}`;
    const name = `${UPLOAD_PAGES_ARTIFACT}${ref}`;
    if (actionMajor(step.ref, step.comment) !== undefined)
        return name;
    if (/^[0-9a-f]{7,64}$/i.test(step.ref)) {
        return `${name} (a commit without a version comment, taken as v4 or later)`;
    }
    return `${name} (${step.ref === '' ? 'no version' : 'a branch'}, taken as v4 or later)`;
};
/* harmony default export */ const pages_jekyll = (defineRule({
    id: 'pages-jekyll',
    severity: 'error',
    target: 'repo',
    rfc: 'RFC 8461 3.3',
    description: 'a GitHub Pages build drops .well-known: Jekyll without .nojekyll or include, or upload-pages-artifact v4+ without include-hidden-files: true'
}, (ctx, report) => {
    const policies = ctx.policies.filter(p => p.file === WELL_KNOWN_POLICY || p.file.endsWith(`/${WELL_KNOWN_POLICY}`));
    if (policies.length === 0)
        return;
    const domainOf = (file) => policies.find(p => p.file === file)?.domain;
    const steps = pagesSteps(ctx);
    // Pages deployed by a workflow: the artifact action drops hidden folders from v4 on.
    for (const step of steps) {
        if (step.action !== UPLOAD_PAGES_ARTIFACT)
            continue;
        const major = actionMajor(step.ref, step.comment);
        if (major !== undefined && major < 4)
            continue;
        const hidden = step.inputs.get('include-hidden-files');
        if (hidden !== undefined && (/^true$/i.test(hidden.value) || isExpression(hidden.value))) {
            continue;
        }
        const upload = step.inputs.get('path')?.value ?? '_site/';
        let affected = policies.map(p => p.file);
        if (!isExpression(upload)) {
            const dir = siteRoot(upload);
            const under = affected.filter(f => dir === '' || f.startsWith(`${dir}/`));
            // A committed folder without the policy is some other site; a folder that is not
            // committed is build output, which the build may have copied the policy into.
            if (under.length > 0)
                affected = under;
            else if (ctx.files.some(f => f.startsWith(`${dir}/`)))
                continue;
        }
        const what = `${OUT_OF_ARTIFACT}, so ${which(affected)} is not published${served(domainOf(affected[0]))}`;
        if (hidden !== undefined) {
            report({
                message: `include-hidden-files: ${hidden.value} ${what}; write "include-hidden-files: true"`,
                file: step.file,
                line: hidden.line,
                column: hidden.column
            });
        }
        else {
            report({
                message: `${versionText(step)} ${what}; add "include-hidden-files: true" under "with:" of this step`,
                file: step.file,
                line: step.line,
                column: step.column
            });
        }
    }
    // Jekyll run by a workflow: actions/jekyll-build-pages ignores .nojekyll; only include helps.
    for (const step of steps) {
        if (step.action !== JEKYLL_BUILD_PAGES)
            continue;
        const source = step.inputs.get('source')?.value ?? './';
        if (isExpression(source))
            continue;
        const site = siteRoot(source);
        const policy = join(site, WELL_KNOWN_POLICY);
        if (!policies.some(p => p.file === policy))
            continue;
        const config = jekyllConfig(ctx, site);
        if (config?.include !== undefined && includesWellKnown(config.include.entries))
            continue;
        const what = `${JEKYLL_BUILD_PAGES} builds ${site === '' ? 'the repository' : `${site}/`} with Jekyll, which ${DROPS_DOT_FOLDERS} (this action does not read .nojekyll), so ${policy} is not published${served(domainOf(policy))}`;
        if (config === undefined) {
            report({
                message: `${what}; create ${join(site, '_config.yml')} holding include: [".well-known"]`,
                file: step.file,
                line: step.line,
                column: step.column
            });
        }
        else {
            report({ ...atConfig(config), message: `${what}; ${includeFix(config)}` });
        }
    }
    // Pages built from a branch, which GitHub does with Jekyll unless .nojekyll says not to.
    if (steps.length > 0)
        return;
    for (const site of BRANCH_SITE_ROOTS) {
        const policy = join(site, WELL_KNOWN_POLICY);
        if (!policies.some(p => p.file === policy))
            continue;
        if (ctx.files.includes(join(site, '.nojekyll')))
            continue;
        const cnameFile = join(site, 'CNAME');
        const cnameText = ctx.read(cnameFile);
        const cname = cnameText === undefined ? undefined : cnameDomain(cnameText);
        const config = jekyllConfig(ctx, site);
        if (cname === undefined && config === undefined)
            continue;
        if (config?.include !== undefined && includesWellKnown(config.include.entries))
            continue;
        const nojekyll = join(site, '.nojekyll');
        const what = `GitHub Pages builds this site with Jekyll, which ${DROPS_DOT_FOLDERS}, so ${policy} is not published${served(domainOf(policy) ?? cname)}`;
        if (config !== undefined) {
            report({
                ...atConfig(config),
                message: `${what}; ${includeFix(config)}, or add an empty file ${nojekyll}`
            });
        }
        else {
            report({
                message: `${what}; add an empty file ${nojekyll} (or a ${join(site, '_config.yml')} holding include: [".well-known"])`,
                file: cnameFile,
                line: 1,
                column: 1
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/registry.ts
/**
 * Every rule, in the order findings are listed by `mta-sts-lint rules`. Ids are never reused:
 * a retired rule stays here as a comment so its id is not handed out again.
 */































const RULES = [
    policy_syntax,
    policy_version,
    policy_mode,
    policy_max_age,
    policy_max_age_short,
    policy_mx_missing,
    policy_mx_pattern,
    policy_mx_wildcard,
    policy_duplicate_field,
    policy_unknown_field,
    policy_line_endings,
    policy_too_large,
    policy_id_field,
    mx_not_covered,
    mx_pattern_unused,
    txt_syntax,
    txt_id,
    txt_multiple,
    txt_duplicate_field,
    txt_missing,
    txt_unknown_field,
    txt_unrelated_record,
    tlsrpt_syntax,
    tlsrpt_duplicate_field,
    tlsrpt_missing,
    id_not_changed,
    id_reused,
    id_without_change,
    unsafe_removal,
    policy_location,
    pages_jekyll
];
const byTarget = new Map();
for (const r of RULES)
    byTarget.set(r.meta.target, [...(byTarget.get(r.meta.target) ?? []), r]);
const rulesFor = (target) => (byTarget.get(target) ?? []);
const ruleById = (id) => RULES.find(r => r.meta.id === id);

;// CONCATENATED MODULE: ./src/lint.ts





/** More findings of one rule in one file help nobody; the rest are counted in one more. */
const MAX_FINDINGS_PER_RULE = 100;
const runRules = (target, ctx, opts = {}, 
/** When given, only these rules run (e.g. policy-too-large alone on an oversized body). */
only) => {
    const findings = [];
    // One reporter for the whole run (it is called per finding; rules are many, findings few).
    let rule;
    let setting;
    let count = 0;
    const report = (r) => {
        count++;
        if (count > MAX_FINDINGS_PER_RULE || rule === undefined)
            return;
        const f = {
            rule: rule.meta.id,
            severity: setting ?? r.severity ?? rule.meta.severity,
            message: r.message
        };
        const file = r.file ?? opts.file;
        if (file !== undefined)
            f.file = file;
        if (r.line !== undefined)
            f.line = r.line;
        if (r.column !== undefined)
            f.column = r.column;
        if (opts.domain !== undefined)
            f.domain = opts.domain;
        findings.push(f);
    };
    for (const r of rulesFor(target)) {
        if (only !== undefined && !only.has(r.meta.id))
            continue;
        const configured = opts.severities?.[r.meta.id];
        if (configured === 'off')
            continue;
        setting = configured;
        rule = r;
        count = 0;
        r.check(ctx, report);
        if (count > MAX_FINDINGS_PER_RULE) {
            const extra = {
                rule: r.meta.id,
                severity: setting ?? r.meta.severity,
                message: `${count - MAX_FINDINGS_PER_RULE} more ${r.meta.id} findings are not listed`
            };
            if (opts.file !== undefined)
                extra.file = opts.file;
            if (opts.domain !== undefined)
                extra.domain = opts.domain;
            findings.push(extra);
        }
    }
    return findings;
};
/** A body over the size limit is reported by policy-too-large alone: senders read none of it. */
const OVERSIZED_ONLY = new Set(['policy-too-large']);
/** The effective policy is for reports and the gate: plain linting does not pay for it. */
class PolicyLintResult {
    findings;
    parsed;
    facts;
    mode;
    #policy;
    constructor(findings, parsed, facts, mode) {
        this.findings = findings;
        this.parsed = parsed;
        this.facts = facts;
        this.mode = mode;
    }
    get policy() {
        return (this.#policy ??= effectivePolicy(this.facts));
    }
}
const lintPolicy = (input, opts = {}) => {
    const parsed = parsePolicy(input);
    const facts = policyFacts(parsed);
    const modeValue = facts.mode?.value;
    const mode = modeValue !== undefined && isMode(modeValue) ? modeValue : undefined;
    const ctx = { parsed, facts };
    if (mode !== undefined)
        ctx.mode = mode;
    if (opts.mxHosts !== undefined)
        ctx.mxHosts = opts.mxHosts;
    if (opts.recordId !== undefined)
        ctx.recordId = opts.recordId;
    if (opts.isPublicSuffix !== undefined)
        ctx.isPublicSuffix = opts.isPublicSuffix;
    const findings = runRules('policy', ctx, opts, parsed.truncated ? OVERSIZED_ONLY : undefined);
    return new PolicyLintResult(findings, parsed, facts, mode);
};
const lintRecords = (texts, opts = {}) => {
    const rrset = parseStsRRset(texts);
    const ctx = { rrset };
    if (opts.origin !== undefined)
        ctx.origin = opts.origin;
    if (opts.domain !== undefined)
        ctx.domain = opts.domain;
    const findings = runRules('record', ctx, opts);
    const record = {};
    const eff = rrset.effective;
    // Only a record senders would read counts: not one with quotes or leading space, not STSv2.
    if (eff !== undefined && eff.version === 'STSv1' && eff.text.startsWith('v=STSv1')) {
        record.v = 'STSv1';
        if (eff.id !== undefined && isValidId(eff.id.value))
            record.id = eff.id.value;
    }
    return { findings, rrset, record };
};
const lintTlsRpt = (texts, opts = {}) => {
    const rrset = parseTlsRptRRset(texts);
    const ctx = { rrset };
    if (opts.mode !== undefined)
        ctx.mode = opts.mode;
    return { findings: runRules('tlsrpt', ctx, opts), rrset };
};

;// CONCATENATED MODULE: ./src/public-suffix.ts
let cached;
const loadPublicSuffixCheck = () => (cached ??= __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.t.bind(__nccwpck_require__, 935, 19)).then(({ getPublicSuffix }) => (name) => {
    const lower = name.toLowerCase();
    // Private suffixes count: under github.io anyone can get a host name too.
    return getPublicSuffix(lower, { allowPrivateDomains: true }) === lower;
}));
/** True when any mx value of these policies is a wildcard, so the list is worth loading. */
const needsPublicSuffix = (mxValues) => mxValues.some(v => v.startsWith('*.'));

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for untrusted text (policy contents, file names) in each place it is rendered.
 */
/** C0/C1 controls, DEL, line/paragraph separators and bidi overrides: unsafe on a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const hex = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const escapeTerminal = (s) => s.replace(TERMINAL_UNSAFE, hex);
const UNSAFE_BUT_LINE_BREAKS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Like escapeTerminal, but CR and LF stay (workflow commands encode them themselves). */
const escapeControls = (s) => s.replace(UNSAFE_BUT_LINE_BREAKS, hex);
/** Workflow-command message data (`::error ...::data`). */
const escapeCommandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Workflow-command property values (`file=...,title=...`). */
const escapeCommandProperty = (s) => escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * Markdown for a table cell or inline text: every character that could start markup, an
 * HTML tag, an entity, a link or a table cell boundary is escaped; line breaks become spaces.
 */
const escapeMarkdown = (s) => escapeTerminal(s.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"'@:]/g, c => `\\${c}`);

;// CONCATENATED MODULE: ./src/report/github.ts

const formatGithub = (findings) => findings
    .map(f => {
    const props = [];
    if (f.file !== undefined)
        props.push(`file=${escapeCommandProperty(escapeControls(f.file))}`);
    if (f.line !== undefined)
        props.push(`line=${f.line}`);
    if (f.column !== undefined)
        props.push(`col=${f.column}`);
    props.push(`title=${escapeCommandProperty(f.rule)}`);
    const text = f.url === undefined ? f.message : `${f.message} (${f.url})`;
    return `::${f.severity} ${props.join(',')}::${escapeCommandData(escapeControls(text))}\n`;
})
    .join('');

;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report (design section 3): a stable shape users script against. */


const buildReport = (findings, extras = {}) => ({
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    summary: countFindings(findings),
    findings: findings.map(f => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        file: f.file ?? null,
        line: f.line ?? null,
        column: f.column ?? null,
        domain: f.domain ?? null,
        url: f.url ?? null
    })),
    ...extras
});
const formatJson = (findings, extras = {}) => `${JSON.stringify(buildReport(findings, extras), null, 2)}\n`;

;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const formatSarif = (findings, rules) => {
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = findings.map(f => {
        const text = f.url === undefined ? f.message : `${f.message} (${f.url})`;
        const result = {
            ruleId: f.rule,
            level: LEVEL[f.severity],
            message: { text }
        };
        const i = index.get(f.rule);
        if (i !== undefined)
            result.ruleIndex = i;
        if (f.file !== undefined) {
            const region = {};
            if (f.line !== undefined)
                region.startLine = f.line;
            if (f.column !== undefined)
                region.startColumn = f.column;
            result.locations = [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                        ...(f.line !== undefined && { region })
                    }
                }
            ];
        }
        return result;
    });
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: VERSION,
                        informationUri: 'https://github.com/mta-sts-lint/mta-sts-lint',
                        rules: rules.map(r => ({
                            id: r.id,
                            shortDescription: { text: r.description },
                            helpUri: r.docs,
                            help: { text: `${r.description} (${r.rfc}). See ${r.docs}` },
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { tags: [r.target, 'mta-sts'] }
                        }))
                    }
                },
                results
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
};

;// CONCATENATED MODULE: ./src/report/text.ts
/** The eslint-style terminal format: `file:line:col  severity  message  rule-id`, then a summary. */


const paint = (on, code, s) => on ? `\u001b[${code}m${s}\u001b[0m` : s;
const SEVERITY_COLOR = { error: '31', warning: '33', notice: '36' };
const text_location = (f, label) => {
    const file = f.file ?? f.url ?? label ?? '';
    const pos = f.line === undefined ? '' : `:${f.line}${f.column === undefined ? '' : `:${f.column}`}`;
    return escapeTerminal(file) + pos;
};
const formatText = (findings, opts) => {
    const lines = findings.map(f => [
        text_location(f, opts.label),
        paint(opts.color, SEVERITY_COLOR[f.severity], f.severity),
        escapeTerminal(f.message),
        paint(opts.color, '2', f.rule)
    ].join('  '));
    const c = countFindings(findings);
    const total = c.errors + c.warnings + c.notices;
    const counts = `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}, ${c.notices} ${c.notices === 1 ? 'notice' : 'notices'}`;
    const summary = total === 0
        ? paint(opts.color, '32', '✔ no problems')
        : paint(opts.color, c.errors > 0 ? '31;1' : c.warnings > 0 ? '33;1' : '36;1', `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${counts})`);
    return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n');
};

;// CONCATENATED MODULE: ./src/gate/compare.ts




/** Where a domain's findings point: the id source line, else the policy file, else the config entry. */
const locate = (d) => {
    if (d.head.idLocation !== undefined)
        return d.head.idLocation;
    if (d.head.policyFile !== undefined)
        return { file: d.head.policyFile, line: 1 };
    return d.configLocation;
};
const describeWhere = (d) => {
    const loc = d.head.idLocation;
    if (loc === undefined)
        return 'the place this repository keeps its _mta-sts record';
    return loc.line === undefined
        ? JSON.stringify(loc.file)
        : `${JSON.stringify(loc.file)} line ${loc.line}`;
};
/** Compares every domain; see CompareResult. */
const compareDomains = (domains, opts) => {
    const taken = new Set();
    for (const d of domains) {
        for (const s of [d.head, d.base])
            if (s?.id !== undefined)
                taken.add(s.id);
        for (const e of d.history?.entries ?? [])
            if (e.id !== undefined)
                taken.add(e.id);
    }
    const suggestedId = freshId(opts.now, taken);
    const byPolicyFile = new Map();
    for (const d of domains) {
        const f = d.head.policyFile;
        if (f !== undefined && d.head.policy !== undefined) {
            byPolicyFile.set(f, [...(byPolicyFile.get(f) ?? []), d.domain]);
        }
    }
    const findings = [];
    const verdicts = [];
    for (const d of domains) {
        const location = locate(d);
        const changes = d.base?.policy !== undefined && d.head.policy !== undefined
            ? policyChanges(d.base.policy, d.head.policy)
            : [];
        const ctx = {
            ...d,
            now: opts.now,
            changed: policyChanged(d.base, d.head),
            changes,
            suggestedId,
            at: {
                ...(location?.line !== undefined && { line: location.line }),
                ...(location?.column !== undefined && { column: location.column })
            },
            idWhere: describeWhere(d),
            sharedWith: (d.head.policyFile === undefined
                ? []
                : (byPolicyFile.get(d.head.policyFile) ?? [])).filter(x => x !== d.domain)
        };
        findings.push(...runRules('gate', ctx, {
            domain: d.domain,
            ...(location !== undefined && { file: location.file }),
            ...(opts.severities !== undefined && { severities: opts.severities })
        }));
        const verdict = {
            domain: d.domain,
            changed: ctx.changed,
            needsNewId: idStale(ctx) || idReusedAt(ctx) !== undefined
        };
        if (location !== undefined)
            verdict.location = location;
        verdicts.push(verdict);
    }
    const result = {
        findings,
        changed: verdicts.some(v => v.changed),
        domains: verdicts
    };
    if (verdicts.some(v => v.needsNewId))
        result.newId = suggestedId;
    return result;
};
/** The effective policy of a file's bytes (what the gate compares); undefined for no file. */
const readPolicy = (bytes) => bytes === null ? undefined : effectivePolicy(policyFacts(parsePolicy(bytes)));
/**
 * Merges the histories of a domain's policy file and id source into one timeline of states,
 * newest first (the first is the base), for id-reused and unsafe-removal. Where one history is
 * cut short, the timeline stops at its oldest version (older states would be half known).
 */
const buildHistory = (input) => {
    const toPolicy = input.readPolicy ?? ((b) => readPolicy(b));
    const lists = [input.policy, input.idSource].filter((l) => l !== undefined);
    const points = [];
    const seen = new Set();
    for (const l of lists) {
        for (const v of l.versions) {
            if (seen.has(v.commit))
                continue;
            seen.add(v.commit);
            points.push({ commit: v.commit, date: v.date });
        }
    }
    // Newest first; equal dates keep the order git gave (children before parents).
    points.sort((a, b) => b.date.getTime() - a.date.getTime());
    let horizon = -Infinity;
    for (const l of lists) {
        const oldest = l.versions[l.versions.length - 1];
        if (!l.complete && oldest !== undefined) {
            horizon = Math.max(horizon, oldest.date.getTime());
        }
    }
    /** The version of a file in effect at a point: the one of that commit, else the newest older one. */
    const versionAt = (l, p) => {
        if (l === undefined)
            return undefined;
        return (l.versions.find(v => v.commit === p.commit) ??
            l.versions.find(v => v.date.getTime() <= p.date.getTime()));
    };
    const entries = [];
    for (const p of points) {
        if (p.date.getTime() < horizon)
            break;
        const entry = { commit: p.commit, date: p.date };
        const pv = versionAt(input.policy, p);
        if (pv?.content != null) {
            const policy = toPolicy(pv.content);
            if (policy !== undefined)
                entry.policy = policy;
        }
        const iv = versionAt(input.idSource, p);
        if (iv?.content != null) {
            const id = input.readId(iv.content);
            if (id !== undefined)
                entry.id = id;
        }
        entries.push(entry);
    }
    const incomplete = lists.filter(l => !l.complete);
    const history = { entries, complete: incomplete.length === 0 };
    const reason = incomplete.find(l => l.reason !== undefined)?.reason;
    if (incomplete.length > 0)
        history.reason = reason ?? 'history was cut short';
    return history;
};

;// CONCATENATED MODULE: ./src/repo/config.ts
/**
 * The optional config file: `.mta-sts.yml` at the root, else `.github/mta-sts.yml`, or the path
 * given by `--config` (the action's `config` input). It is parsed with positions, validated
 * against the JSON Schema that ships beside this module (config-schema.json, also for editors),
 * then checked for what a schema cannot say: rule ids that exist, one spelling per domain.
 *
 * yaml and ajv are loaded only when a config file exists: most runs have none, and they should
 * not pay for the two libraries' start-up.
 */




/** The config files looked for at the root, in this order; at most one may exist. */
const CONFIG_FILES = ['.mta-sts.yml', '.github/mta-sts.yml'];
/** Names people give the file that are not read: a run stops and says to rename it. */
const MISNAMED = ['.mta-sts.yaml', '.github/mta-sts.yaml', 'mta-sts.yml', '.mta-sts.yml.yml'];
/** A config file is a few lines; a larger one is not ours. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** The keys the schema allows, for "did you mean" hints (a test keeps them equal to the schema). */
const ROOT_KEYS = ['domains', 'rules', 'verify', 'history-depth'];
const DOMAIN_KEYS = ['policy', 'record', 'id', 'mx', 'tlsrpt'];
const VERIFY_KEYS = ['cert-expiry-days', 'smtp'];
const SEVERITY_SETTINGS = ['off', 'notice', 'warning', 'error'];
/** A config file that cannot be used: the run stops (exit 2) with this one-line message. */
class ConfigError extends Error {
    name = 'ConfigError';
}
const emptyConfig = () => ({ domains: {}, rules: {}, verify: {} });
const noConfig = () => ({ config: emptyConfig(), lineOf: () => undefined });
const isFile = async (p) => {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
};
/** A path for messages: relative to the root when inside it, with `/`. */
const display = (root, abs) => {
    const rel = external_node_path_default().relative(root, abs);
    return rel === '' || external_node_path_default().isAbsolute(rel) ? abs : rel.split((external_node_path_default()).sep).join('/');
};
/**
 * Finds, reads and checks the config file. Without one, the config is empty and no parser is
 * loaded. `explicitPath` (from `--config`) is relative to the working directory; paths inside
 * the file are relative to `root`. `ruleIds` are the ids a `rules:` entry may name.
 */
const loadConfig = async (root, explicitPath, ruleIds) => {
    let abs;
    if (explicitPath !== undefined) {
        abs = external_node_path_default().resolve(explicitPath);
        if (!(await isFile(abs)))
            throw new ConfigError(`${explicitPath}: config file not found`);
    }
    else {
        const found = [];
        for (const name of CONFIG_FILES)
            if (await isFile(external_node_path_default().join(root, name)))
                found.push(name);
        if (found.length > 1) {
            throw new ConfigError(`${found.join(' and ')} both exist; keep one of them (only one config file is read)`);
        }
        if (found.length === 0) {
            for (const name of MISNAMED) {
                if (await isFile(external_node_path_default().join(root, name))) {
                    throw new ConfigError(`${name}: the config file is read only as .mta-sts.yml or .github/mta-sts.yml; rename it (or pass --config ${name})`);
                }
            }
            return noConfig();
        }
        abs = external_node_path_default().join(root, found[0]);
    }
    const file = display(external_node_path_default().resolve(root), abs);
    let bytes;
    try {
        if ((await (0,promises_.stat)(abs)).size > MAX_CONFIG_BYTES) {
            throw new ConfigError(`${file}: the config file is over ${MAX_CONFIG_BYTES} bytes`);
        }
        bytes = await (0,promises_.readFile)(abs);
    }
    catch (e) {
        if (e instanceof ConfigError)
            throw e;
        throw new ConfigError(`${file}: cannot read the config file: ${e.message}`);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new ConfigError(`${file}: the config file is not UTF-8 text`);
    }
    return parseConfig(text, file, ruleIds);
};
let validator;
const loadValidator = () => (validator ??= Promise.all([
    __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23)),
    __nccwpck_require__.e(/* import() */ 212).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8831, 19))
]).then(([ajv, schema]) => {
    // ajv is CommonJS with an ES-module flag: its class is `default` of the module object in
    // every loader (Node, jest, the bundle).
    const Ajv = ajv.default.default;
    return new Ajv({ allErrors: true, allowUnionTypes: true, strict: true }).compile(schema.default);
}));
/** The JSON Schema the file is validated against. */
const loadConfigSchema = async () => (await __nccwpck_require__.e(/* import() */ 212).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8831, 19))).default;
/**
 * Parses and checks a config file's text. `file` names it in messages (and in `LoadedConfig`).
 * Throws a ConfigError naming the first problem in file order, with its key and line:column.
 */
const parseConfig = async (text, file, ruleIds) => {
    const yaml = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const fail = (p) => {
        const { line, column } = at(p.offset);
        throw new ConfigError(`${file}:${line}:${column}: ${p.message}`);
    };
    const syntax = doc.errors[0];
    if (syntax !== undefined) {
        fail({
            offset: syntax.pos[0],
            message: syntax.code === 'MULTIPLE_DOCS'
                ? 'the file holds more than one YAML document (a second "---"); keep one'
                : `not valid YAML: ${syntax.message.split('\n')[0]}`
        });
    }
    const tree = new Tree(yaml, doc, source);
    const structural = tree.check();
    if (structural.length > 0)
        fail(first(structural));
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // Only an alias bomb gets here (too many alias expansions).
        fail({ offset: 0, message: `not usable YAML: ${e.message.split('\n')[0]}` });
    }
    const validate = await loadValidator();
    if (!validate(data))
        fail(first(schemaProblems(validate.errors ?? [], tree, data)));
    const { config, problems } = build(data, tree, ruleIds);
    if (problems.length > 0)
        fail(first(problems));
    return {
        config,
        file,
        lineOf: keyPath => {
            const node = tree.find(keyPath);
            return node === undefined ? undefined : at(node.offset);
        }
    };
};
const first = (problems) => problems.reduce((a, b) => (b.offset < a.offset ? b : a));
/**
 * The parsed document as nested maps and lists with positions: finds a key path, and checks
 * what the schema cannot see in plain data (repeated keys, keys that are not plain names).
 */
class Tree {
    yaml;
    doc;
    source;
    constructor(yaml, doc, source) {
        this.yaml = yaml;
        this.doc = doc;
        this.source = source;
    }
    start(node) {
        return node?.range?.[0] ?? 0;
    }
    /** The text a plain scalar was written as (an id like 0123 must not become 123). */
    raw(node) {
        if (!this.yaml.isScalar(node) || node.type !== 'PLAIN' || !node.range)
            return;
        return this.source.slice(node.range[0], node.range[1]);
    }
    pairs(map) {
        return map.items;
    }
    keyText(pair) {
        const k = pair.key;
        if (this.yaml.isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) {
            return String(k.value);
        }
        return undefined;
    }
    /** Problems of form, before the data is validated; also keeps ids as written. */
    check() {
        const problems = [];
        const root = this.doc.contents;
        if (root === null)
            return problems;
        const walk = (node, keyPath) => {
            if (this.yaml.isMap(node)) {
                const seen = new Map();
                for (const pair of this.pairs(node)) {
                    const keyNode = pair.key;
                    const key = this.keyText(pair);
                    const offset = this.start(keyNode ?? pair.value);
                    if (key === undefined) {
                        problems.push({
                            offset,
                            message: `${config_show(keyPath) || 'the file'}: a key must be a plain name`
                        });
                        continue;
                    }
                    const path = [...keyPath, key];
                    const norm = keyPath.length === 1 && keyPath[0] === 'domains' ? domainKey(key) : key;
                    const before = seen.get(norm);
                    if (before !== undefined) {
                        const same = before.key === key ? 'is given twice' : `is the same domain as "${before.key}"`;
                        problems.push({
                            offset,
                            message: `${config_show(path)} ${same} (line ${this.lineAt(before.offset)}); keep one`
                        });
                    }
                    else
                        seen.set(norm, { key, offset });
                    const value = pair.value;
                    // An id such as 20241119001 or 0123 is read as a number by YAML: keep its text.
                    if (path.length === 3 && path[0] === 'domains' && key === 'id' && value !== null) {
                        const raw = this.raw(value);
                        if (raw !== undefined && this.yaml.isScalar(value) && typeof value.value !== 'string') {
                            value.value = raw;
                        }
                    }
                    walk(value, path);
                }
            }
            else if (this.yaml.isSeq(node)) {
                node.items.forEach((item, i) => walk(item, [...keyPath, String(i)]));
            }
        };
        walk(root, []);
        return problems;
    }
    /** The 1-based line of an offset. */
    lineAt(offset) {
        let line = 1;
        for (let i = 0; i < offset && i < this.source.length; i++)
            if (this.source[i] === '\n')
                line++;
        return line;
    }
    /** The key (or list item) at a key path; a domain segment matches in any spelling. */
    find(keyPath) {
        let node = this.doc.contents;
        let found;
        for (let i = 0; i < keyPath.length; i++) {
            const seg = keyPath[i];
            if (this.yaml.isMap(node)) {
                const domains = i === 1 && keyPath[0] === 'domains';
                const want = domains ? domainKey(seg) : seg;
                const pair = this.pairs(node).find(p => {
                    const k = this.keyText(p);
                    return k !== undefined && (domains ? domainKey(k) : k) === want;
                });
                if (pair === undefined)
                    return undefined;
                const value = pair.value;
                found = { offset: this.start(pair.key ?? value), value };
                node = value;
            }
            else if (this.yaml.isSeq(node) && /^\d+$/.test(seg)) {
                const item = node.items[Number(seg)];
                if (item === undefined)
                    return undefined;
                found = { offset: this.start(item), value: item };
                node = item;
            }
            else
                return undefined;
        }
        return found;
    }
    /** Where to point at a value: the value itself, else its key. */
    valueOffset(keyPath) {
        if (keyPath.length === 0)
            return this.start(this.doc.contents);
        const f = this.find(keyPath);
        if (f === undefined)
            return 0;
        return f.value?.range ? f.value.range[0] : f.offset;
    }
    keyOffset(keyPath) {
        return this.find(keyPath)?.offset ?? this.valueOffset(keyPath.slice(0, -1));
    }
}
/** A key path as messages show it: `domains.example.com.mx` (list items go by their value). */
const config_show = (keyPath) => keyPath.filter((k, i) => !(keyPath[i - 1] === 'mx' && /^\d+$/.test(k))).join('.');
/** A value as messages show it. */
const config_describe = (v) => {
    if (v === null || v === undefined)
        return 'nothing';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return 'a mapping';
};
/** The known name a misspelt one was probably meant to be. */
const didYouMean = (name, known) => {
    const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const exact = known.find(k => squash(k) === squash(name));
    if (exact !== undefined)
        return exact;
    const limit = name.length <= 4 ? 1 : name.length <= 10 ? 2 : 3;
    let best;
    let bestDistance = limit + 1;
    for (const k of known) {
        const d = editDistance(name.toLowerCase(), k);
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return best;
};
const unknownKey = (keyPath, key, known) => {
    const meant = didYouMean(key, known);
    return `${config_show([...keyPath, key])} is not a known key (${meant === undefined ? `known keys: ${known.join(', ')}` : `did you mean "${meant}"?`})`;
};
/** The lower case A-label form of a domain key, for comparing spellings. */
const domainKey = (name) => normalizeDomain(name) ?? name.toLowerCase();
const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * A domain or host name in canonical form (lower case A-labels, no trailing dot), or undefined
 * when it is not a valid name of at least two labels.
 */
const normalizeDomain = (name) => {
    const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
    if (trimmed === '' || /[\s/:@*_\\]/.test(trimmed))
        return undefined;
    const ascii = /^[\x21-\x7e]*$/.test(trimmed) ? trimmed.toLowerCase() : (0,external_node_url_.domainToASCII)(trimmed);
    const labels = ascii.split('.');
    if (ascii.length > 253 || labels.length < 2 || !labels.every(l => LDH_LABEL.test(l)))
        return;
    // All-numeric top label: an IP address, not a name.
    if (/^\d+$/.test(labels[labels.length - 1]))
        return undefined;
    return ascii;
};
const domainProblem = (name) => {
    const lower = name.toLowerCase();
    if (/^_?mta-sts\./.test(lower)) {
        const bare = lower.replace(/^_?mta-sts\./, '');
        return `domains: "${name}" names the ${lower.startsWith('_') ? 'TXT record' : 'policy host'}; write the mail domain itself: "${bare}:"`;
    }
    if (/^\d+(\.\d+){3}$/.test(name) || name.includes(':')) {
        return `domains: "${name}" is an address; write the mail domain (the part after @)`;
    }
    if (!name.includes('.')) {
        return DOMAIN_KEYS.includes(name)
            ? `domains: "${name}" is not a domain name; put the settings under one: "example.com:", then "${name}:" indented below it`
            : `domains: "${name}" is not a domain name (one label; write the whole domain, e.g. "${name}.com")`;
    }
    return `domains: "${name}" is not a valid domain name (letters, digits and hyphens in dot-separated labels of at most 63 characters)`;
};
const pathProblem = (keyPath, value) => {
    const why = external_node_path_default().posix.isAbsolute(value)
        ? 'is absolute'
        : /^[A-Za-z]:/.test(value) || value.startsWith('\\\\')
            ? 'is a Windows path'
            : value.includes('\\')
                ? 'uses "\\"; write "/"'
                : value.split('/').includes('..')
                    ? 'leaves the root with ".."'
                    : value === ''
                        ? 'is empty'
                        : 'is not a path';
    return `${config_show(keyPath)} must be a path inside the repository, relative to the root: ${config_describe(value)} ${why}`;
};
const idProblem = (keyPath, value) => {
    const bare = value.replace(/[^A-Za-z0-9]/g, '');
    const hint = value.length === 0
        ? ' (it is empty)'
        : /^[0-9a-f]{33,}$/i.test(value)
            ? ` (${value.length} characters: a hash this long does not fit; use a date such as 20250701T150000Z)`
            : bare.length >= 1 && bare.length <= 32 && bare !== value
                ? ` (only letters and digits: write "${bare}")`
                : value.length > 32
                    ? ` (${value.length} characters)`
                    : '';
    return `${config_show(keyPath)} must be 1 to 32 letters and digits (RFC 8461 3.1); found ${config_describe(value)}${hint}`;
};
const hostProblem = (keyPath, value) => {
    const why = value.startsWith('*.')
        ? 'a wildcard: list the MX host names themselves, as the MX records give them'
        : /^\d+(\.\d+){3}$/.test(value) || value.includes(':')
            ? 'an address: MX records name hosts'
            : 'not a host name';
    return `${config_show(keyPath)}: ${config_describe(value)} is ${why}`;
};
const severityProblem = (keyPath, value) => {
    const text = typeof value === 'string' ? value : '';
    const meant = SEVERITY_SETTINGS.find(s => s === text.toLowerCase());
    const hint = meant !== undefined
        ? ` (values are case-sensitive: write ${meant})`
        : value === false
            ? ' (write off)'
            : value === true
                ? ' (write error, warning or notice)'
                : '';
    return `${config_show(keyPath)} must be off, notice, warning or error; found ${config_describe(value)}${hint}`;
};
/** Messages for what ajv reports, pointed at the key or value at fault. */
const schemaProblems = (errors, tree, data) => {
    const problems = [];
    for (const e of errors) {
        const keyPath = e.instancePath
            .split('/')
            .slice(1)
            .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const value = keyPath.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : v), data);
        const last = keyPath[keyPath.length - 1];
        const parent = keyPath[keyPath.length - 2];
        // propertyNames: the key itself is at fault (ajv reports it twice; one message is enough).
        const badKey = e.propertyName ?? e.params.propertyName;
        if (badKey !== undefined) {
            if (e.keyword === 'propertyNames')
                continue;
            problems.push({
                offset: tree.keyOffset([...keyPath, badKey]),
                message: keyPath[0] === 'domains'
                    ? domainProblem(badKey)
                    : `rules.${badKey} is not a rule id (rule ids are lower case words joined by "-"; "mta-sts-lint rules" lists them)`
            });
            continue;
        }
        const valueAt = tree.valueOffset(keyPath);
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = e.params.additionalProperty;
                const known = keyPath.length === 0
                    ? ROOT_KEYS
                    : keyPath[0] === 'verify'
                        ? VERIFY_KEYS
                        : keyPath[0] === 'domains'
                            ? DOMAIN_KEYS
                            : [];
                problems.push({
                    offset: tree.keyOffset([...keyPath, key]),
                    message: unknownKey(keyPath, key, known)
                });
                break;
            }
            case 'type': {
                if (keyPath.length === 2 && keyPath[0] === 'rules') {
                    problems.push({ offset: valueAt, message: severityProblem(keyPath, value) });
                    break;
                }
                const type = e.params.type;
                const types = Array.isArray(type) ? type : [type];
                let expected;
                if (keyPath.length === 0) {
                    expected = 'a mapping with domains, rules and verify';
                }
                else if (types.includes('object')) {
                    expected =
                        keyPath[0] === 'domains' && keyPath.length === 1
                            ? 'a mapping of domain names to their settings (example.com: followed by indented keys)'
                            : keyPath[0] === 'rules'
                                ? 'a mapping of rule ids to off, notice, warning or error'
                                : 'a mapping of keys to values';
                }
                else if (types.includes('boolean'))
                    expected = 'true or false';
                else if (types.includes('integer'))
                    expected = 'a whole number';
                else if (last === 'mx' || parent === 'mx')
                    expected = 'a host name or a list of host names';
                else if (last === 'id')
                    expected = '1 to 32 letters and digits';
                else
                    expected = last === 'tlsrpt' ? 'a TLS-RPT record or a path' : 'a path';
                problems.push({
                    offset: valueAt,
                    message: `${config_show(keyPath) || 'the config'} must be ${expected}; found ${config_describe(value)}`
                });
                break;
            }
            case 'enum':
                problems.push({ offset: valueAt, message: severityProblem(keyPath, value) });
                break;
            case 'pattern':
            case 'minLength': {
                const text = String(value);
                const message = last === 'id'
                    ? idProblem(keyPath, text)
                    : last === 'mx' || parent === 'mx'
                        ? hostProblem(keyPath, text)
                        : pathProblem(keyPath, text);
                problems.push({ offset: valueAt, message });
                break;
            }
            case 'minimum':
            case 'maximum': {
                const range = last === 'history-depth' ? '1 and 100000' : '0 and 3650';
                problems.push({
                    offset: valueAt,
                    message: `${config_show(keyPath)} must be between ${range}; found ${config_describe(value)}`
                });
                break;
            }
            case 'minItems':
                problems.push({
                    offset: valueAt,
                    message: `${config_show(keyPath)} is an empty list; list the MX hosts, or remove the key`
                });
                break;
            default:
                problems.push({ offset: valueAt, message: `${config_show(keyPath)}: ${e.message ?? 'invalid'}` });
        }
    }
    return problems;
};
const TLSRPT_RECORD = /^\s*v\s*=|;|\brua\s*=/i;
/** The typed config from validated data, and what the schema could not check. */
const build = (raw, tree, ruleIds) => {
    const config = emptyConfig();
    const problems = [];
    if (raw === null)
        return { config, problems };
    for (const [name, entry] of Object.entries(raw.domains ?? {})) {
        const domain = normalizeDomain(name);
        if (domain === undefined || /^_?mta-sts\./.test(domain)) {
            problems.push({ offset: tree.keyOffset(['domains', name]), message: domainProblem(name) });
            continue;
        }
        const out = {};
        const keyPath = (k) => ['domains', domain, k];
        // The schema has ruled out absolute paths and "..": only "./" and "//" are left to tidy.
        const filePath = (v) => external_node_path_default().posix.normalize(v).replace(/\/$/, '');
        if (entry?.policy !== undefined)
            out.policy = filePath(entry.policy);
        if (entry?.record !== undefined)
            out.record = filePath(entry.record);
        if (entry?.id !== undefined)
            out.id = String(entry.id);
        if (entry?.id !== undefined && entry.record !== undefined) {
            const [a, b] = [
                ['domains', name, 'id'],
                ['domains', name, 'record']
            ].sort((x, y) => tree.keyOffset(x) - tree.keyOffset(y));
            problems.push({
                offset: tree.keyOffset(b),
                message: `${config_show(keyPath(b[2]))}: give either id or record, not both (${a[2]} is set on line ${tree.lineAt(tree.keyOffset(a))}); the id is kept in one place`
            });
        }
        if (entry?.mx !== undefined) {
            const hosts = typeof entry.mx === 'string' ? [entry.mx] : entry.mx;
            const mx = [];
            hosts.forEach((h, i) => {
                const host = normalizeDomain(h);
                const at = typeof entry.mx === 'string'
                    ? ['domains', name, 'mx']
                    : ['domains', name, 'mx', String(i)];
                if (host === undefined) {
                    problems.push({
                        offset: tree.valueOffset(at),
                        message: hostProblem(keyPath('mx'), h)
                    });
                }
                else if (!mx.includes(host))
                    mx.push(host);
            });
            out.mx = mx;
        }
        if (entry?.tlsrpt !== undefined) {
            const t = entry.tlsrpt;
            if (TLSRPT_RECORD.test(t))
                out.tlsrpt = { record: t };
            else if (!validPath(t)) {
                problems.push({
                    offset: tree.valueOffset(['domains', name, 'tlsrpt']),
                    message: `${pathProblem(keyPath('tlsrpt'), t)} (or give the record itself: "v=TLSRPTv1; rua=mailto:…")`
                });
            }
            else
                out.tlsrpt = { file: external_node_path_default().posix.normalize(t) };
        }
        config.domains[domain] = out;
    }
    for (const [id, setting] of Object.entries(raw.rules ?? {})) {
        if (!ruleIds.includes(id)) {
            const meant = didYouMean(id, ruleIds);
            problems.push({
                offset: tree.keyOffset(['rules', id]),
                message: `rules.${id} is not a rule id (${meant === undefined ? '"mta-sts-lint rules" lists them' : `did you mean "${meant}"?`})`
            });
        }
        else
            config.rules[id] = setting;
    }
    const v = raw.verify ?? {};
    if (v['cert-expiry-days'] !== undefined)
        config.verify.certExpiryDays = v['cert-expiry-days'];
    if (v.smtp !== undefined)
        config.verify.smtp = v.smtp;
    if (raw['history-depth'] !== undefined)
        config.historyDepth = raw['history-depth'];
    return { config, problems };
};
const validPath = (p) => p !== '' &&
    !external_node_path_default().posix.isAbsolute(p) &&
    !/^[A-Za-z]:/.test(p) &&
    !p.includes('\\') &&
    !p.split('/').includes('..');

;// CONCATENATED MODULE: ./src/repo/discover.ts
/**
 * Zero-configuration discovery of committed policies: every `.well-known/mta-sts.txt` below the
 * root and a root `mta-sts.txt`, and the domain each one serves when the layout says it.
 */


/** Folders that never hold a site's sources. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', '.cache', 'bower_components']);
/** Bounds a walk over a huge tree. */
const MAX_ENTRIES = 200_000;
const MTA_STS_HOST = /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i;
/** `mta-sts.example.com` (as in a CNAME file or a folder name) gives `example.com`. */
const domainFromHost = (host) => MTA_STS_HOST.exec(host.trim().replace(/\.$/, ''))?.[1]?.toLowerCase();
const discoverPolicies = async (root) => {
    const found = [];
    let seen = 0;
    const walk = async (rel) => {
        let entries;
        try {
            entries = await readdir(path.join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (++seen > MAX_ENTRIES)
                return;
            const child = rel === '' ? e.name : `${rel}/${e.name}`;
            // Symbolic links are not followed: they could lead out of the repository.
            if (e.isDirectory() && !SKIP.has(e.name))
                await walk(child);
            else if (e.isFile() &&
                e.name === 'mta-sts.txt' &&
                (rel === '' || path.posix.basename(rel) === '.well-known'))
                found.push(child);
        }
    };
    await walk('');
    const out = [];
    for (const file of found) {
        const site = path.posix.dirname(path.posix.dirname(file));
        const entry = { file };
        const cname = await readCname(root, file === 'mta-sts.txt' ? '' : site === '.' ? '' : site);
        if (cname !== undefined) {
            entry.domain = cname;
            entry.domainSource = 'CNAME';
        }
        else {
            const folders = [...file.split('/').slice(0, -1), path.basename(path.resolve(root))];
            for (const f of folders) {
                const d = domainFromHost(f);
                if (d !== undefined) {
                    entry.domain = d;
                    entry.domainSource = `folder ${f}`;
                    break;
                }
            }
        }
        out.push(entry);
    }
    return out;
};
const readCname = async (root, site) => {
    try {
        const text = await readFile(path.join(root, site, 'CNAME'), 'utf8');
        return domainFromHost(text.split(/\r?\n/)[0] ?? '');
    }
    catch {
        return undefined;
    }
};

;// CONCATENATED MODULE: ./src/repo/sources/text.ts
/**
 * Helpers shared by the id-source parsers: decoded strings that remember where each character
 * came from in the file (so an id can be bumped in place), 1-based line/column lookup, owner-name
 * normalisation and the record/problem builders.
 */

const mapped = (text, start) => ({
    text,
    map: Array.from({ length: text.length }, (_, i) => start + i)
});
const unmapped = (text) => ({
    text,
    map: new Array(text.length).fill(-1)
});
/** Mutable builder for a decoded string. */
class MappedBuilder {
    text = '';
    map = [];
    src;
    push(ch, offset, file = 0) {
        this.text += ch;
        for (let i = 0; i < ch.length; i++) {
            this.map.push(offset < 0 ? -1 : offset + i);
            if (file !== 0 && this.src === undefined)
                this.src = new Array(this.map.length - 1).fill(0);
            this.src?.push(file);
        }
    }
    append(m) {
        if (m.src !== undefined && this.src === undefined)
            this.src = new Array(this.map.length).fill(0);
        this.text += m.text;
        for (let i = 0; i < m.text.length; i++) {
            this.map.push(m.map[i] ?? -1);
            this.src?.push(m.src?.[i] ?? 0);
        }
    }
    done() {
        const out = { text: this.text, map: this.map };
        if (this.src !== undefined)
            out.src = this.src;
        return out;
    }
}
/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
const unescapeSemicolons = (m) => {
    const b = new MappedBuilder();
    for (let i = 0; i < m.text.length; i++) {
        if (m.text[i] === '\\' && m.text[i + 1] === ';') {
            b.push(';', m.map[i + 1] ?? -1, m.src?.[i + 1] ?? 0);
            i++;
        }
        else {
            b.push(m.text[i] ?? '', m.map[i] ?? -1, m.src?.[i] ?? 0);
        }
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
 * Where the id's characters are in the value: the first `id` tag as the record grammar reads it,
 * else (a record too broken for that, e.g. `id=` first) the first `id=` after a start, `;`,
 * blank or quote.
 */
const idRange = (value) => {
    const rec = parseStsRecord(value);
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
    if (!looksLikeSts(value.text))
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
/**
 * Owner names: lower case, without the final dot; `@` is the origin; a relative name gets the
 * origin appended when it is known. An absolute name (final dot) stays as it is.
 */
const qualify = (name, origin) => {
    const n = name.trim().toLowerCase();
    if (n === '@' || n === '')
        return origin ?? '';
    if (n.endsWith('.'))
        return n.slice(0, -1);
    return origin === undefined || origin === '' ? n : `${n}.${origin}`;
};
/**
 * A relative name that already ends with the origin (`_mta-sts.example.com` with no final dot in
 * the `example.com` zone) means `<name>.<origin>`: the classic missing-dot slip, worth a problem.
 */
const repeatsOrigin = (name, origin) => {
    if (origin === undefined || origin === '')
        return false;
    const n = name.trim().toLowerCase();
    if (n === '' || n === '@' || n.endsWith('.'))
        return false;
    return n === origin || n.endsWith(`.${origin}`);
};
const missingDotMessage = (name, origin) => `"${name}" has no final dot, so it means "${qualify(name, origin)}"`;
/** A domain name as written in a directive or a file name: lower case, no final dot. */
const text_normalizeDomain = (name) => name.trim().toLowerCase().replace(/\.$/, '');
/** `example.com`, `mail.example.co.uk`: labels of letters, digits and hyphens, a letter TLD. */
const looksLikeDomain = (name) => name.length <= 253 &&
    /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i.test(name);
/** The base name of a path (`/` or `\` separated). */
const baseName = (file) => file.replace(/^.*[/\\]/, '');
/** Builds a record with its position and, for a TXT, its id span. */
const makeRecord = (lines, owner, type, value, at) => {
    const { line, column } = lines.pos(at);
    const rec = { owner, type, value: value.text, line, column };
    if (type === 'TXT') {
        const id = idSpanOf(value);
        if (id !== undefined && id.file === 0)
            rec.idSpan = id.span;
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

;// CONCATENATED MODULE: ./src/repo/sources/bind.ts

const RR_TYPES = new Set(('A AAAA AFSDB ALIAS ANAME APL ATMA CAA CDNSKEY CDS CERT CNAME CSYNC DHCID DLV DNAME DNSKEY DS ' +
    'EUI48 EUI64 GPOS HINFO HIP HTTPS IPSECKEY ISDN KEY KX L32 L64 LOC LP MB MD MF MG MINFO MR MX ' +
    'NAPTR NID NS NSAP NSAP-PTR NSEC NSEC3 NSEC3PARAM NULL NXT OPENPGPKEY PTR PX RP RRSIG RT SIG ' +
    'SMIMEA SOA SPF SRV SSHFP SVCB TA TKEY TLSA TSIG TXT URI WKS X25 ZONEMD').split(' '));
const CLASSES = new Set(['IN', 'CH', 'HS', 'CS']);
const TTL = /^(?:\d+|(?:\d+[wdhms])+)$/i;
const bind_isBlank = (c) => c === ' ' || c === '\t' || c === '\r';
/** Splits the file into entries (logical lines) of tokens. */
const tokenize = (text, lines, problems) => {
    const entries = [];
    const n = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineStart = i;
    let depth = 0;
    let openParen = -1;
    let entry;
    const add = (tok) => {
        if (entry === undefined) {
            entry = { blankOwner: tok.start > lineStart, tokens: [] };
            entries.push(entry);
        }
        entry.tokens.push(tok);
    };
    while (i < n) {
        const c = text[i];
        if (c === '\n') {
            i++;
            lineStart = i;
            if (depth === 0)
                entry = undefined;
            continue;
        }
        if (bind_isBlank(c)) {
            i++;
            continue;
        }
        if (c === ';') {
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '(') {
            if (depth === 0)
                openParen = i;
            depth++;
            if (entry === undefined) {
                entry = { blankOwner: i > lineStart, tokens: [] };
                entries.push(entry);
            }
            i++;
            continue;
        }
        if (c === ')') {
            if (depth === 0)
                problems.push(problemAt(lines, i, 'unbalanced ")" in the zone file'));
            else
                depth--;
            i++;
            continue;
        }
        const start = i;
        const b = new MappedBuilder();
        if (c === '"') {
            i++;
            let closed = false;
            while (i < n) {
                const d = text[i];
                if (d === '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (d === '\n')
                    break;
                if (d === '\\')
                    i = readEscape(text, i, b);
                else {
                    b.push(d ?? '', i);
                    i++;
                }
            }
            if (!closed)
                problems.push(problemAt(lines, start, 'unterminated quoted string'));
            add({ value: b.done(), start, end: i, quoted: true });
            continue;
        }
        while (i < n) {
            const d = text[i];
            if (d === '\n' || bind_isBlank(d) || d === ';' || d === '(' || d === ')' || d === '"')
                break;
            if (d === '\\')
                i = readEscape(text, i, b);
            else {
                b.push(d ?? '', i);
                i++;
            }
        }
        add({ value: b.done(), start, end: i, quoted: false });
    }
    if (depth > 0)
        problems.push(problemAt(lines, openParen, 'unclosed "(" in the zone file'));
    return entries;
};
/** Reads `\X` or `\DDD` at `i` (the backslash) into `b`; returns the offset after it. */
const readEscape = (text, i, b) => {
    const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4));
    if (digits !== null) {
        b.push(String.fromCharCode(Number(digits[0]) & 0xff), -1);
        return i + 4;
    }
    const next = text[i + 1];
    if (next === undefined || next === '\n') {
        // A lone backslash at the end: keep it as written.
        b.push('\\', i);
        return i + 1;
    }
    b.push(next, -1);
    return i + 2;
};
const TEMPLATE_EXT = /\.(?:j2|jinja2?|tmpl|tpl|template|erb|in|example|sample|dist)$/i;
const NOT_TLD = new Set(('txt js mjs cjs ts json yaml yml md conf cfg ini tf tfvars zone db sh py rb xml html htm toml ' +
    'log bak old orig lock csv env properties hosts fwd rev signed jnl').split(' '));
/** The zone a file name names: `example.com.zone`, `db.example.com`, `example.com.db`, `example.com`. */
const originFromFileName = (file) => {
    let base = baseName(file).toLowerCase();
    while (TEMPLATE_EXT.test(base))
        base = base.replace(TEMPLATE_EXT, '');
    const candidates = [];
    const db = /^db\.(.+)$/.exec(base);
    if (db?.[1] !== undefined)
        candidates.push(db[1]);
    const ext = /^(.+?)\.(?:zone|db|fwd|hosts|signed)$/.exec(base);
    if (ext?.[1] !== undefined)
        candidates.push(ext[1]);
    const tld = base.replace(/\.$/, '').replace(/^.*\./, '');
    if (!NOT_TLD.has(tld))
        candidates.push(base);
    for (const c of candidates) {
        const d = text_normalizeDomain(c);
        if (looksLikeDomain(d))
            return d;
    }
    return undefined;
};
const tokText = (t) => t?.value.text ?? '';
/** Where a record's value starts: the first character of the first data token. */
const valueStart = (t) => {
    const first = t.value.map.find(m => m >= 0);
    return first ?? (t.quoted ? t.start + 1 : t.start);
};
const parseBind = (text, ctx) => guarded('bind', () => {
    const lines = new LineIndex(text);
    const problems = [];
    const records = [];
    const fromName = originFromFileName(ctx.file);
    let origin = fromName;
    let fileOrigin = fromName;
    let sawOriginDirective = false;
    let previousOwner;
    for (const entry of tokenize(text, lines, problems)) {
        const toks = entry.tokens;
        const head = toks[0];
        if (head === undefined)
            continue;
        if (!entry.blankOwner && !head.quoted && head.value.text.startsWith('$')) {
            const directive = head.value.text.toUpperCase();
            if (directive === '$ORIGIN') {
                const arg = toks[1];
                if (arg === undefined) {
                    problems.push(problemAt(lines, head.start, '$ORIGIN without a domain name'));
                    continue;
                }
                origin = qualify(arg.value.text, origin);
                if (!sawOriginDirective && (records.length === 0 || fileOrigin === undefined))
                    fileOrigin = origin;
                sawOriginDirective = true;
            }
            // $TTL, $INCLUDE, $GENERATE: nothing to read for the records we yield.
            continue;
        }
        let k = 0;
        let owner;
        if (entry.blankOwner) {
            owner = previousOwner;
            if (owner === undefined) {
                problems.push(problemAt(lines, head.start, 'record without an owner name'));
                continue;
            }
        }
        else {
            owner = qualify(head.value.text, origin);
            if (repeatsOrigin(head.value.text, origin))
                problems.push(problemAt(lines, head.start, missingDotMessage(head.value.text, origin)));
            k = 1;
        }
        previousOwner = owner;
        // Optional TTL and class, in either order.
        for (let n = 0; n < 2; n++) {
            const t = toks[k];
            if (t === undefined || t.quoted)
                break;
            if (TTL.test(t.value.text) || CLASSES.has(t.value.text.toUpperCase()))
                k++;
            else
                break;
        }
        const typeTok = toks[k];
        if (typeTok === undefined) {
            problems.push(problemAt(lines, head.start, 'record without a type'));
            continue;
        }
        const type = tokText(typeTok).toUpperCase();
        if (typeTok.quoted || (!RR_TYPES.has(type) && !/^TYPE\d+$/.test(type))) {
            problems.push(problemAt(lines, typeTok.start, `expected a record type, found "${tokText(typeTok)}"`));
            continue;
        }
        const data = toks.slice(k + 1);
        const first = data[0];
        if (type === 'TXT') {
            if (first === undefined) {
                problems.push(problemAt(lines, typeTok.start, 'TXT record without data'));
                continue;
            }
            const b = new MappedBuilder();
            for (const t of data)
                b.append(t.value);
            records.push(makeRecord(lines, owner, 'TXT', b.done(), valueStart(first)));
        }
        else if (type === 'MX' || type === 'CNAME') {
            const host = type === 'MX' ? data[1] : first;
            if (host === undefined) {
                problems.push(problemAt(lines, typeTok.start, `${type} record without a target host`));
                continue;
            }
            const target = qualify(host.value.text, origin);
            if (repeatsOrigin(host.value.text, origin))
                problems.push(problemAt(lines, host.start, missingDotMessage(host.value.text, origin)));
            records.push(makeRecord(lines, owner, type, { text: target, map: [] }, valueStart(host)));
        }
    }
    const out = { format: 'bind', records, problems };
    if (fileOrigin !== undefined && fileOrigin !== '')
        out.origin = fileOrigin;
    return out;
});

;// CONCATENATED MODULE: ./src/repo/sources/dnscontrol.ts

const isIdentStart = (c) => /[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 0x7f;
const isIdentPart = (c) => /[\w$]/.test(c) || c.charCodeAt(0) > 0x7f;
const SIMPLE_ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    b: '\b',
    f: '\f',
    v: '\v',
    '0': '\0'
};
/** Reads a JS escape at `i` (the backslash) into `b`; returns the offset after it. */
const dnscontrol_readEscape = (text, i, b) => {
    const e = text[i + 1];
    if (e === undefined)
        return i + 1;
    if (e === '\r' && text[i + 2] === '\n')
        return i + 3;
    if (e === '\n' || e === '\r' || e === '\u2028' || e === '\u2029')
        return i + 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined && !(e === '0' && /\d/.test(text[i + 2] ?? ''))) {
        b.push(simple, -1);
        return i + 2;
    }
    if (e === 'x') {
        const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 4));
        if (hex !== null) {
            b.push(String.fromCharCode(parseInt(hex[0], 16)), -1);
            return i + 4;
        }
    }
    if (e === 'u') {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 10));
        if (braced?.[1] !== undefined) {
            const cp = parseInt(braced[1], 16);
            b.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', -1);
            return i + 2 + braced[0].length;
        }
        const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2, i + 6));
        if (hex !== null) {
            b.push(String.fromCharCode(parseInt(hex[0], 16)), -1);
            return i + 6;
        }
    }
    b.push(e, -1);
    return i + 2;
};
/** Tokens that end an expression: after them a `/` divides, elsewhere it starts a regex. */
const endsExpression = (t) => t !== undefined &&
    (t.kind === 'ident' ||
        t.kind === 'number' ||
        t.kind === 'string' ||
        t.kind === 'template' ||
        t.kind === 'regex' ||
        (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')));
const dnscontrol_tokenize = (text, lines, problems) => {
    const toks = [];
    const n = text.length;
    let i = 0;
    const readTemplate = (start, from) => {
        // Reads template text from `from` up to the closing backtick or a `${`.
        const b = new MappedBuilder();
        let j = from;
        let interpolated = false;
        while (j < n) {
            const c = text[j];
            if (c === '`') {
                j++;
                toks.push({ kind: 'template', start, end: j, text: '', value: b.done(), interpolated });
                i = j;
                return;
            }
            if (c === '\\') {
                j = dnscontrol_readEscape(text, j, b);
                continue;
            }
            if (c === '$' && text[j + 1] === '{') {
                // Keep `${expr}` as written (unmapped) and skip over the expression.
                interpolated = true;
                const exprStart = j;
                let depth = 0;
                let k = j + 2;
                while (k < n) {
                    const d = text[k];
                    if (d === '{')
                        depth++;
                    else if (d === '}') {
                        if (depth === 0)
                            break;
                        depth--;
                    }
                    else if (d === '"' || d === "'" || d === '`') {
                        k = skipString(text, k);
                        continue;
                    }
                    k++;
                }
                for (const ch of text.slice(exprStart, Math.min(k + 1, n)))
                    b.push(ch, -1);
                j = k + 1;
                continue;
            }
            b.push(c ?? '', j);
            j++;
        }
        problems.push(problemAt(lines, start, 'unterminated template literal'));
        toks.push({ kind: 'template', start, end: n, text: '', value: b.done(), interpolated });
        i = n;
    };
    while (i < n) {
        const c = text[i] ?? '';
        if (c === '/' && text[i + 1] === '/') {
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            if (close < 0) {
                problems.push(problemAt(lines, i, 'unterminated comment'));
                i = n;
            }
            else
                i = close + 2;
            continue;
        }
        if (/\s/.test(c) || c === '\ufeff') {
            i++;
            continue;
        }
        const start = i;
        if (c === '"' || c === "'") {
            const b = new MappedBuilder();
            i++;
            let closed = false;
            while (i < n) {
                const d = text[i];
                if (d === c) {
                    closed = true;
                    i++;
                    break;
                }
                if (d === '\n')
                    break;
                if (d === '\\')
                    i = dnscontrol_readEscape(text, i, b);
                else {
                    b.push(d ?? '', i);
                    i++;
                }
            }
            if (!closed)
                problems.push(problemAt(lines, start, 'unterminated string'));
            toks.push({ kind: 'string', start, end: i, text: '', value: b.done() });
            continue;
        }
        if (c === '`') {
            readTemplate(start, i + 1);
            continue;
        }
        if (isIdentStart(c)) {
            i++;
            while (i < n && isIdentPart(text[i] ?? ''))
                i++;
            toks.push({ kind: 'ident', start, end: i, text: text.slice(start, i) });
            continue;
        }
        if (/\d/.test(c) || (c === '.' && /\d/.test(text[i + 1] ?? ''))) {
            i++;
            while (i < n && /[\w.]/.test(text[i] ?? ''))
                i++;
            toks.push({ kind: 'number', start, end: i, text: text.slice(start, i) });
            continue;
        }
        if (c === '/' && !endsExpression(toks[toks.length - 1])) {
            // A regex literal: up to the unescaped `/` outside a class, on this line.
            let j = i + 1;
            let inClass = false;
            while (j < n && text[j] !== '\n') {
                const d = text[j];
                if (d === '\\')
                    j++;
                else if (d === '[')
                    inClass = true;
                else if (d === ']')
                    inClass = false;
                else if (d === '/' && !inClass)
                    break;
                j++;
            }
            if (j < n && text[j] === '/') {
                j++;
                while (j < n && /[a-z]/i.test(text[j] ?? ''))
                    j++;
                toks.push({ kind: 'regex', start, end: j, text: text.slice(start, j) });
                i = j;
                continue;
            }
        }
        toks.push({ kind: 'punct', start, end: i + 1, text: c });
        i++;
    }
    return toks;
};
/** Skips a quoted string starting at `i` (its quote); returns the offset after it. */
const skipString = (text, i) => {
    const q = text[i];
    let j = i + 1;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else if (c === q)
            return j + 1;
        else if (c === '\n' && q !== '`')
            return j;
        else
            j++;
    }
    return j;
};
/** For every opening bracket token, the index of its closing one (or tokens.length). */
const matchBrackets = (toks, lines, problems) => {
    const match = new Array(toks.length).fill(-1);
    const stack = [];
    const pairs = { ')': '(', ']': '[', '}': '{' };
    toks.forEach((t, k) => {
        if (t.kind !== 'punct')
            return;
        if (t.text === '(' || t.text === '[' || t.text === '{')
            stack.push(k);
        else if (t.text === ')' || t.text === ']' || t.text === '}') {
            // Pop to the matching opener (tolerating a stray closer).
            const want = pairs[t.text];
            // Look a few levels down only: a stray closer must not cost a scan of the whole stack.
            let top = stack.length - 1;
            const floor = Math.max(-1, stack.length - 1 - 16);
            while (top > floor && toks[stack[top] ?? 0]?.text !== want)
                top--;
            if (top === floor)
                top = -1;
            if (top < 0) {
                problems.push(problemAt(lines, t.start, `unbalanced "${t.text}"`));
                return;
            }
            while (stack.length > top + 1) {
                const open = stack.pop() ?? 0;
                match[open] = k;
            }
            const open = stack.pop() ?? 0;
            match[open] = k;
        }
    });
    for (const open of stack) {
        problems.push(problemAt(lines, toks[open]?.start ?? 0, `unclosed "${toks[open]?.text ?? ''}"`));
        match[open] = toks.length;
    }
    return match;
};
/** The top-level comma-separated arguments of the call whose `(` is at `open`. */
const splitArgs = (toks, match, open) => {
    const close = match[open] ?? toks.length;
    const args = [];
    let a = open + 1;
    let k = open + 1;
    while (k < close) {
        const t = toks[k];
        if (t === undefined)
            break;
        const m = match[k] ?? -1;
        if (m > k) {
            k = m + 1;
            continue;
        }
        if (t.kind === 'punct' && t.text === ',') {
            args.push([a, k]);
            a = k + 1;
        }
        k++;
    }
    if (a < close)
        args.push([a, close]);
    return args;
};
const isStringTok = (t) => t !== undefined &&
    t.value !== undefined &&
    (t.kind === 'string' || (t.kind === 'template' && t.interpolated !== true));
/**
 * Evaluates an argument: a string, `[strings]` (joined), `a + b` (literals joined, other terms
 * as `${term}`), `QUALIFY("x")` (with `qualifyIn`), or anything else as `${source}`.
 */
const evalArg = (text, toks, match, [a, b], qualifyIn, depth = 0) => {
    const first = toks[a];
    const last = toks[b - 1];
    if (first === undefined || last === undefined || a >= b)
        return undefined;
    const source = text.slice(first.start, last.end);
    const base = { source, start: first.start };
    if (depth > 16) {
        // Deeper than any real configuration: kept as an expression, never recursed into.
        const hole = `\${${source}}`;
        return {
            ...base,
            value: { text: hole, map: new Array(hole.length).fill(-1) },
            literal: false
        };
    }
    // ["part1", "part2"]
    if (first.kind === 'punct' && first.text === '[' && match[a] === b - 1) {
        const builder = new MappedBuilder();
        let literal = true;
        for (const [x, y] of splitArgs(toks, match, a)) {
            const part = evalArg(text, toks, match, [x, y], qualifyIn, depth + 1);
            if (part === undefined)
                continue;
            builder.append(part.value);
            literal &&= part.literal;
        }
        return { ...base, value: builder.done(), literal };
    }
    // QUALIFY("x")
    if (first.kind === 'ident' &&
        first.text === 'QUALIFY' &&
        toks[a + 1]?.text === '(' &&
        match[a + 1] === b - 1 &&
        isStringTok(toks[a + 2]) &&
        a + 3 === b - 1) {
        const name = toks[a + 2]?.value?.text ?? '';
        if (qualifyIn !== undefined) {
            // Absolute (final dot) when the domain is known, so it is not qualified twice.
            const host = qualify(name, qualifyIn);
            const text = qualifyIn === '' && !name.endsWith('.') ? host : `${host}.`;
            return { ...base, value: { text, map: [] }, literal: true };
        }
    }
    // Terms joined by top-level `+`.
    const terms = [];
    let s = a;
    for (let k = a; k < b; k++) {
        const m = match[k] ?? -1;
        if (m > k) {
            k = m;
            continue;
        }
        const t = toks[k];
        if (t?.kind === 'punct' && t.text === '+') {
            terms.push([s, k]);
            s = k + 1;
        }
    }
    terms.push([s, b]);
    const builder = new MappedBuilder();
    let literal = true;
    for (const [x, y] of terms) {
        const t = toks[x];
        if (t !== undefined && y === x + 1 && (t.kind === 'string' || t.kind === 'template')) {
            builder.append(t.value ?? { text: '', map: [] });
            if (t.interpolated === true)
                literal = false;
            continue;
        }
        const tl = toks[y - 1];
        const src = t === undefined || tl === undefined || y <= x ? '' : text.slice(t.start, tl.end);
        for (const ch of `\${${src}}`)
            builder.push(ch, -1);
        literal = false;
    }
    return { ...base, value: builder.done(), literal };
};
/** `"example.com!tag"` → `example.com`. */
const domainOf = (v) => {
    if (v === undefined || !v.literal)
        return undefined;
    const d = text_normalizeDomain(v.value.text.replace(/!.*$/, ''));
    return d === '' ? undefined : d;
};
const dnscontrol_valueStart = (v) => v.value.map.find(m => m >= 0) ?? v.start;
const parseDnscontrol = (text) => guarded('dnscontrol', () => {
    const lines = new LineIndex(text);
    const problems = [];
    const records = [];
    const toks = dnscontrol_tokenize(text, lines, problems);
    const match = matchBrackets(toks, lines, problems);
    const domains = new Set();
    /** Open D() calls: the domain (undefined when not a literal) and the closing token index. */
    const stack = [];
    for (let k = 0; k < toks.length; k++) {
        while (stack.length > 0 && (stack[stack.length - 1]?.close ?? 0) < k)
            stack.pop();
        const t = toks[k];
        if (t?.kind !== 'ident' || toks[k + 1]?.text !== '(')
            continue;
        const prev = toks[k - 1];
        if (prev !== undefined &&
            (prev.text === '.' || (prev.kind === 'ident' && prev.text === 'function')))
            continue;
        const open = k + 1;
        const args = splitArgs(toks, match, open);
        if (t.text === 'D' || t.text === 'D_EXTEND') {
            const a0 = args[0];
            const domain = a0 === undefined ? undefined : domainOf(evalArg(text, toks, match, a0));
            if (domain !== undefined && t.text === 'D')
                domains.add(domain);
            stack.push({ domain, close: match[open] ?? toks.length });
            continue;
        }
        if (t.text !== 'TXT' && t.text !== 'MX' && t.text !== 'CNAME')
            continue;
        const inD = stack.length > 0;
        const domain = stack[stack.length - 1]?.domain;
        const [nameArg, ...rest] = args;
        if (nameArg === undefined)
            continue;
        const name = evalArg(text, toks, match, nameArg);
        if (name === undefined || !name.literal)
            continue;
        // Inside a D whose domain is not a literal, owners stay relative.
        const zone = inD ? domain : undefined;
        const owner = qualify(name.value.text, zone);
        if (repeatsOrigin(name.value.text, zone))
            problems.push(problemAt(lines, name.start, missingDotMessage(name.value.text, zone)));
        const valueArg = t.text === 'MX' ? rest[1] : rest[0];
        if (valueArg === undefined) {
            problems.push(problemAt(lines, t.start, `${t.text}() without a value`));
            continue;
        }
        const v = evalArg(text, toks, match, valueArg, zone ?? '');
        if (v === undefined)
            continue;
        let rec;
        if (t.text === 'TXT') {
            rec = makeRecord(lines, owner, 'TXT', v.value, dnscontrol_valueStart(v));
        }
        else {
            const target = v.literal ? qualify(v.value.text, zone) : v.value.text;
            if (v.literal && repeatsOrigin(v.value.text, zone))
                problems.push(problemAt(lines, v.start, missingDotMessage(v.value.text, zone)));
            rec = makeRecord(lines, owner, t.text, { text: target, map: [] }, dnscontrol_valueStart(v));
        }
        if (!v.literal)
            rec.expression = v.source;
        records.push(rec);
    }
    const out = { format: 'dnscontrol', records, problems };
    if (domains.size === 1)
        out.origin = [...domains][0] ?? '';
    return out;
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/repo/sources/octodns.ts
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
    const m = /^(.+?)\.ya?ml$/i.exec(baseName(file));
    if (m?.[1] === undefined)
        return undefined;
    const d = text_normalizeDomain(m[1]);
    return looksLikeDomain(d) ? d : undefined;
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
    const b = new MappedBuilder();
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i] ?? '';
        if (c !== '\\') {
            b.push(c, start + i);
            continue;
        }
        const e = raw[i + 1] ?? '';
        const simple = DOUBLE_ESCAPES[e];
        if (simple !== undefined) {
            b.push(simple, -1);
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
        b.push(String.fromCodePoint(cp), -1);
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
    if (!(0,dist.isScalar)(node) || range === null || range === undefined)
        return unmapped(value);
    const [start, end] = range;
    const raw = text.slice(start, end);
    let m;
    if (!raw.includes('\n')) {
        if (node.type === 'PLAIN')
            m = mapped(raw, start);
        else if (node.type === 'QUOTE_SINGLE' && raw.length >= 2) {
            const b = new MappedBuilder();
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
    const out = unmapped(value);
    const range2 = idRange(value.replace(/\\;/g, ';'));
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
const deref = (doc, node) => ((0,dist.isAlias)(node) ? node.resolve(doc) : node);
const asList = (doc, node) => {
    const n = deref(doc, node);
    return (0,dist.isSeq)(n) ? n.items.map(i => deref(doc, i)) : n === undefined || n === null ? [] : [n];
};
const scalarText = (node) => {
    if (!(0,dist.isScalar)(node))
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
    return (0,dist.isScalar)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        ? start + 1
        : start;
};
const parseOctodns = (text, ctx) => guarded('octodns', () => {
    const lines = new LineIndex(text);
    const problems = [];
    const records = [];
    const origin = octodnsOrigin(ctx.file);
    const out = { format: 'octodns', records, problems };
    if (origin !== undefined)
        out.origin = origin;
    const lineCounter = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    for (const e of doc.errors) {
        const p = e.linePos?.[0];
        problems.push({
            message: `YAML: ${e.message.split('\n')[0] ?? e.code}`,
            line: p?.line ?? 1,
            column: p?.col ?? 1
        });
    }
    const top = deref(doc, doc.contents);
    if (top === null || top === undefined || ((0,dist.isScalar)(top) && top.value === null))
        return out;
    if (!(0,dist.isMap)(top)) {
        problems.push(problemAt(lines, 0, 'not an octoDNS zone file: the top level is not a mapping'));
        return out;
    }
    for (const pair of top.items) {
        const key = deref(doc, pair.key);
        const name = (0,dist.isScalar)(key) && key.value === null ? '' : scalarText(key);
        if (name === undefined)
            continue;
        const owner = qualify(name, origin);
        if (repeatsOrigin(name, origin) && (0,dist.isScalar)(key))
            problems.push(problemAt(lines, key.range?.[0] ?? 0, missingDotMessage(name, origin)));
        for (const item of asList(doc, pair.value)) {
            if (!(0,dist.isMap)(item))
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
                problems.push(problemAt(lines, at, `${type} record "${name}" without value or values`));
                continue;
            }
            for (const v of values) {
                if (type === 'MX') {
                    const m = deref(doc, v);
                    const host = (0,dist.isMap)(m)
                        ? deref(doc, m.get('exchange', true) ?? m.get('value', true))
                        : undefined;
                    const hostText = scalarText(host);
                    if (hostText === undefined || !(0,dist.isScalar)(host)) {
                        const at = (0,dist.isMap)(m) || (0,dist.isScalar)(m) ? (m.range?.[0] ?? 0) : 0;
                        problems.push(problemAt(lines, at, `MX value of "${name}" without exchange`));
                        continue;
                    }
                    const target = qualify(hostText, origin);
                    const start = scalarStart(host, scalarMapped(text, host, hostText));
                    if (!hostText.endsWith('.'))
                        problems.push(problemAt(lines, start, finalDot(hostText)));
                    records.push(makeRecord(lines, owner, 'MX', { text: target, map: [] }, start));
                    continue;
                }
                const s = scalarText(v);
                if (s === undefined || !(0,dist.isScalar)(v)) {
                    const at = (0,dist.isMap)(v) || (0,dist.isSeq)(v) ? (v.range?.[0] ?? 0) : 0;
                    problems.push(problemAt(lines, at, `${type} value of "${name}" is not a string`));
                    continue;
                }
                const raw = scalarMapped(text, v, s);
                const start = scalarStart(v, raw);
                if (type === 'CNAME') {
                    if (!s.endsWith('.'))
                        problems.push(problemAt(lines, start, finalDot(s)));
                    records.push(makeRecord(lines, owner, 'CNAME', { text: qualify(s, origin), map: [] }, start));
                    continue;
                }
                const bare = /(^|[^\\]);/.exec(s);
                if (bare !== null) {
                    const i = bare.index + (bare[1] ?? '').length;
                    problems.push(problemAt(lines, raw.map[i] !== undefined && raw.map[i] >= 0 ? raw.map[i] : start, `unescaped ";" in the TXT value of "${name}": octoDNS requires "\\;"`));
                }
                records.push(makeRecord(lines, owner, 'TXT', unescapeSemicolons(raw), start));
            }
        }
    }
    return out;
});

;// CONCATENATED MODULE: ./src/repo/sources/plain.ts

const plain_isBlank = (c) => c === ' ' || c === '\t';
/** `"a" "b"` (double quotes, escapes `\"` `\\` `\DDD`) or `'a'`; undefined when not that form. */
const readQuoted = (line, start, from) => {
    let i = from;
    const b = new MappedBuilder();
    if (line[i] === "'") {
        const close = line.lastIndexOf("'");
        if (close <= i || line.slice(close + 1).trim() !== '')
            return undefined;
        return mapped(line.slice(i + 1, close), start + i + 1);
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
                    b.push(String.fromCharCode(Number(digits[0]) & 0xff), -1);
                    i += 4;
                }
                else if (i + 1 < line.length) {
                    b.push(line[i + 1] ?? '', -1);
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
        while (plain_isBlank(line[i]))
            i++;
    }
    return strings > 0 ? b.done() : undefined;
};
const parsePlain = (text) => guarded('plain', () => {
    const lines = new LineIndex(text);
    const records = [];
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(offset);
    for (const raw of body.split('\n')) {
        const start = offset;
        offset += raw.length + 1;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let i = 0;
        while (plain_isBlank(line[i]))
            i++;
        if (i === line.length || line[i] === '#')
            continue;
        const quoted = line[i] === '"' || line[i] === "'" ? readQuoted(line, start, i) : undefined;
        const value = quoted ?? mapped(line, start);
        const at = quoted === undefined ? start : (quoted.map.find(m => m >= 0) ?? start + i + 1);
        const owner = /^["'\s]*v\s*=\s*tlsrpt/i.test(value.text) ? '_smtp._tls' : '_mta-sts';
        records.push(makeRecord(lines, owner, 'TXT', value, at));
    }
    return { format: 'plain', records, problems: [] };
});

;// CONCATENATED MODULE: ./src/repo/sources/terraform.ts


const terraform_isIdentStart = (c) => /[A-Za-z_]/.test(c) || c.charCodeAt(0) > 0x7f;
const terraform_isIdentPart = (c) => /[\w-]/.test(c) || c.charCodeAt(0) > 0x7f;
const STRING_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/**
 * Scans nested template syntax without recursion (a hostile `"${"${"${...` cannot overflow the
 * stack): from inside a string (`'s'`, just after its quote) or an interpolation (`'i'`, just
 * after `${`), the offset just after the `"` or `}` that closes it. A string also stops at a line
 * end (unterminated); `closed` tells which happened.
 */
const scanNested = (text, from, end, first) => {
    // 's' = inside a string; a number = brace depth inside an interpolation.
    const stack = [first === 's' ? 's' : 0];
    let j = from;
    while (j < end) {
        const top = stack[stack.length - 1] ?? 's';
        const c = text[j];
        if (top === 's') {
            if (c === '\\')
                j += 2;
            else if ((c === '$' || c === '%') && text[j + 1] === '{' && text[j - 1] !== c) {
                stack.push(0);
                j += 2;
            }
            else if (c === '"') {
                stack.pop();
                j++;
                if (stack.length === 0)
                    return { end: j, closed: true };
            }
            else if (c === '\n') {
                stack.pop();
                if (stack.length === 0)
                    return { end: j, closed: false };
                j++;
            }
            else
                j++;
            continue;
        }
        if (c === '"')
            stack.push('s');
        else if (c === '{')
            stack[stack.length - 1] = top + 1;
        else if (c === '}') {
            if (top === 0) {
                stack.pop();
                if (stack.length === 0)
                    return { end: j + 1, closed: true };
            }
            else
                stack[stack.length - 1] = top - 1;
        }
        j++;
    }
    return { end: Math.min(j, end), closed: false };
};
/** From just after `${` or `%{`: the offset of the matching `}` (or the end). */
const skipInterp = (text, i, end) => {
    const r = scanNested(text, i, end, 'i');
    return r.closed ? r.end - 1 : end;
};
/** From a `"`: the offset after the closing quote (or the end of the line). */
const terraform_skipString = (text, i, end) => scanNested(text, i + 1, end, 's').end;
/**
 * Template text between `from` and `to` as parts. `escapes`: backslash escapes apply (quoted
 * strings; not heredocs). `stripIndent`: characters to drop at each line start (`<<-`).
 */
const templateParts = (text, from, to, escapes) => {
    const parts = [];
    let b = new MappedBuilder();
    let i = from;
    while (i < to) {
        const c = text[i] ?? '';
        if (escapes && c === '\\') {
            const e = text[i + 1] ?? '';
            const simple = STRING_ESCAPES[e];
            if (simple !== undefined) {
                b.push(simple, -1);
                i += 2;
                continue;
            }
            const len = e === 'u' ? 4 : e === 'U' ? 8 : 0;
            const hex = text.slice(i + 2, i + 2 + len);
            if (len > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
                const cp = parseInt(hex, 16);
                b.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', -1);
                i += 2 + len;
                continue;
            }
            b.push('\\', i);
            i++;
            continue;
        }
        if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
            // `$${` is a literal `${`.
            b.push(c, -1);
            b.push('{', i + 2);
            i += 3;
            continue;
        }
        if ((c === '$' || c === '%') && text[i + 1] === '{') {
            if (b.text.length > 0)
                parts.push({ kind: 'lit', value: b.done() });
            b = new MappedBuilder();
            const close = skipInterp(text, i + 2, to);
            parts.push({ kind: 'interp', start: i + 2, end: close, directive: c === '%' });
            i = close + 1;
            continue;
        }
        b.push(c, i);
        i++;
    }
    if (b.text.length > 0)
        parts.push({ kind: 'lit', value: b.done() });
    return parts;
};
const lex = (text, from, to, lines, problems) => {
    const toks = [];
    const problem = (at, message) => {
        if (lines !== undefined)
            problems?.push(problemAt(lines, at, message));
    };
    let i = from;
    while (i < to) {
        const c = text[i] ?? '';
        const start = i;
        if (c === '\n') {
            toks.push({ kind: 'newline', start, end: i + 1, text: '\n' });
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
            i++;
            continue;
        }
        if (c === '#' || (c === '/' && text[i + 1] === '/')) {
            while (i < to && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            if (close < 0 || close + 2 > to) {
                problem(i, 'unterminated comment');
                i = to;
            }
            else
                i = close + 2;
            continue;
        }
        if (c === '"') {
            const end = terraform_skipString(text, i, to);
            const closed = text[end - 1] === '"' && end - 1 > i;
            if (!closed)
                problem(i, 'unterminated string');
            const inner = closed ? end - 1 : end;
            toks.push({
                kind: 'string',
                start,
                end,
                text: '',
                parts: templateParts(text, i + 1, inner, true)
            });
            i = end;
            continue;
        }
        if (c === '<' && text[i + 1] === '<') {
            const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(to, i + 300)));
            if (m !== null) {
                const indent = m[1] === '-';
                const id = m[2] ?? '';
                const bodyStart = i + m[0].length;
                // The closing line: optional blanks, the identifier, optional blanks.
                let lineAt = bodyStart;
                let close = -1;
                while (lineAt < to) {
                    const nl = text.indexOf('\n', lineAt);
                    const lineEnd = nl < 0 || nl > to ? to : nl;
                    if (text.slice(lineAt, lineEnd).trim() === id) {
                        close = lineAt;
                        break;
                    }
                    lineAt = lineEnd + 1;
                }
                const bodyEnd = close < 0 ? to : close;
                if (close < 0)
                    problem(i, `unterminated heredoc <<${m[1] ?? ''}${id}`);
                toks.push({
                    kind: 'string',
                    start,
                    end: bodyEnd,
                    text: '',
                    parts: heredocParts(text, bodyStart, bodyEnd, indent)
                });
                if (close < 0)
                    i = to;
                else {
                    const nl = text.indexOf('\n', close);
                    i = nl < 0 || nl > to ? to : nl;
                }
                continue;
            }
        }
        if (terraform_isIdentStart(c)) {
            i++;
            while (i < to && terraform_isIdentPart(text[i] ?? ''))
                i++;
            toks.push({ kind: 'ident', start, end: i, text: text.slice(start, i) });
            continue;
        }
        if (/\d/.test(c)) {
            i++;
            while (i < to && /[\w.]/.test(text[i] ?? ''))
                i++;
            toks.push({ kind: 'number', start, end: i, text: text.slice(start, i) });
            continue;
        }
        const two = text.slice(i, i + 2);
        if (['=>', '==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
            toks.push({ kind: 'punct', start, end: i + 2, text: two });
            i += 2;
            continue;
        }
        toks.push({ kind: 'punct', start, end: i + 1, text: c });
        i++;
    }
    return toks;
};
/** A heredoc body as template parts; `<<-` drops the smallest indentation of its lines. */
const heredocParts = (text, from, to, indent) => {
    if (!indent)
        return templateParts(text, from, to, false);
    const body = text.slice(from, to);
    const ls = body.split('\n');
    let min = Infinity;
    for (const l of ls) {
        if (l.trim() === '')
            continue;
        const lead = /^[ \t]*/.exec(l)?.[0].length ?? 0;
        min = Math.min(min, lead);
    }
    if (!Number.isFinite(min) || min === 0)
        return templateParts(text, from, to, false);
    // Read each line after its indentation, then join.
    const parts = [];
    let at = from;
    for (const l of ls) {
        const lineEnd = at + l.length;
        const cut = Math.min(at + min, lineEnd);
        const lineParts = templateParts(text, cut, Math.min(lineEnd + 1, to), false);
        parts.push(...lineParts);
        at = lineEnd + 1;
    }
    return parts;
};
/** Index of the bracket closing the one at `k`, or `end`. */
const closeOf = (toks, k, end) => {
    let depth = 0;
    for (let j = k; j < end; j++) {
        const t = toks[j];
        if (t?.kind !== 'punct')
            continue;
        if (t.text === '{' || t.text === '[' || t.text === '(')
            depth++;
        else if (t.text === '}' || t.text === ']' || t.text === ')') {
            depth--;
            if (depth === 0)
                return j;
        }
    }
    return end;
};
const parseBody = (toks, from, to, depth = 0) => {
    const items = [];
    let k = from;
    while (k < to) {
        const t = toks[k];
        if (t === undefined)
            break;
        if (t.kind !== 'ident') {
            k++;
            continue;
        }
        const next = toks[k + 1];
        if (next?.kind === 'punct' && (next.text === '=' || next.text === ':')) {
            // Attribute: up to a newline outside brackets.
            let j = k + 2;
            let d = 0;
            while (j < to) {
                const u = toks[j];
                if (u === undefined)
                    break;
                if (u.kind === 'newline' && d === 0)
                    break;
                if (u.kind === 'punct') {
                    if (u.text === '{' || u.text === '[' || u.text === '(')
                        d++;
                    else if (u.text === '}' || u.text === ']' || u.text === ')') {
                        if (d === 0)
                            break;
                        d--;
                    }
                    else if (u.text === ',' && d === 0)
                        break;
                }
                j++;
            }
            items.push({ kind: 'attr', name: t.text, expr: [k + 2, j] });
            k = j + 1;
            continue;
        }
        // Block: labels, then `{`.
        const labels = [];
        let j = k + 1;
        while (j < to) {
            const u = toks[j];
            if (u?.kind === 'string')
                labels.push(literalText(u) ?? '');
            else if (u?.kind === 'ident')
                labels.push(u.text);
            else
                break;
            j++;
        }
        const open = toks[j];
        if (open?.kind === 'punct' && open.text === '{') {
            const close = closeOf(toks, j, to);
            const body = depth < 32 ? parseBody(toks, j + 1, close, depth + 1) : [];
            items.push({ kind: 'block', type: t.text, labels, body, start: t.start });
            k = close + 1;
            continue;
        }
        k = j + 1;
    }
    return items;
};
/** A string token without interpolation: its text. */
const literalText = (t) => {
    if (t.kind !== 'string' || t.parts === undefined)
        return undefined;
    let s = '';
    for (const p of t.parts) {
        if (p.kind !== 'lit')
            return undefined;
        s += p.value.text;
    }
    return s;
};
const HASH_CALL = /\b(?:md5|sha1|sha256|sha512|filemd5|filesha1|filesha256|filesha512|base64sha256|base64sha512|filebase64sha256|filebase64sha512|bcrypt|uuid|uuidv5|timestamp|plantimestamp)\s*\(/;
const isTfvars = (name) => /\.tfvars$/i.test(name);
const isAutoTfvars = (name) => /^terraform\.tfvars$/i.test(baseName(name)) || /\.auto\.tfvars$/i.test(name);
class Workspace {
    siblings;
    files = [];
    byName = new Map();
    constructor(own, siblings) {
        this.siblings = siblings;
        this.files.push(own);
        this.byName.set(own.name, own);
    }
    file(name) {
        const have = this.byName.get(name);
        if (have !== undefined)
            return have;
        const text = this.siblings.get(name);
        if (text === undefined)
            return undefined;
        const toks = lex(text, 0, text.length, undefined, undefined);
        const f = {
            index: this.files.length,
            name,
            text,
            toks,
            body: parseBody(toks, 0, toks.length)
        };
        this.files.push(f);
        this.byName.set(name, f);
        return f;
    }
    /** The .tf files to search for `variable` and `locals`: this one, then the siblings. */
    tfFiles() {
        const out = [this.files[0]].filter((f) => f !== undefined);
        for (const name of [...this.siblings.keys()].sort()) {
            if (!/\.tf$/i.test(name) || name === this.files[0]?.name)
                continue;
            const f = this.file(name);
            if (f !== undefined)
                out.push(f);
        }
        return out;
    }
    /** Where `var.x` gets its value: the tfvars attribute or the variable's default. */
    variable(name) {
        const names = [...this.siblings.keys()].filter(isTfvars).sort();
        const auto = names.filter(isAutoTfvars).sort((a, b) => {
            // terraform.tfvars first, then *.auto.tfvars in lexical order: the last one wins.
            const ta = /^terraform\.tfvars$/i.test(baseName(a)) ? 0 : 1;
            const tb = /^terraform\.tfvars$/i.test(baseName(b)) ? 0 : 1;
            return ta - tb || (a < b ? -1 : a > b ? 1 : 0);
        });
        let found;
        for (const n of auto) {
            const f = this.file(n);
            const attr = f?.body.find((i) => i.kind === 'attr' && i.name === name);
            if (f !== undefined && attr !== undefined)
                found = { file: f, attr };
        }
        if (found !== undefined)
            return found;
        for (const n of names) {
            if (isAutoTfvars(n))
                continue;
            const f = this.file(n);
            const attr = f?.body.find((i) => i.kind === 'attr' && i.name === name);
            if (f !== undefined && attr !== undefined)
                return { file: f, attr };
        }
        for (const f of this.tfFiles()) {
            for (const b of f.body) {
                if (b.kind !== 'block' || b.type !== 'variable' || b.labels[0] !== name)
                    continue;
                const attr = b.body.find((i) => i.kind === 'attr' && i.name === 'default');
                if (attr !== undefined)
                    return { file: f, attr };
            }
        }
        return undefined;
    }
    local(name) {
        for (const f of this.tfFiles()) {
            for (const b of f.body) {
                if (b.kind !== 'block' || b.type !== 'locals')
                    continue;
                const attr = b.body.find((i) => i.kind === 'attr' && i.name === name);
                if (attr !== undefined)
                    return { file: f, attr };
            }
        }
        return undefined;
    }
}
const exprSource = (f, [a, b]) => {
    const first = f.toks[a];
    const last = f.toks[b - 1];
    if (first === undefined || last === undefined || b <= a)
        return '';
    return f.text.slice(first.start, last.end);
};
/** Significant tokens (no newlines) of a range. */
const sig = (toks, [a, b]) => {
    const out = [];
    for (let k = a; k < b; k++)
        if (toks[k]?.kind !== 'newline')
            out.push(k);
    return out;
};
class Evaluator {
    ws;
    constructor(ws) {
        this.ws = ws;
    }
    computedLocals = new Map();
    references = new Map();
    /** True when an expression's source hashes or reads a clock, directly or through locals. */
    computed(source) {
        if (HASH_CALL.test(source))
            return true;
        for (const m of source.matchAll(/\blocal\.([A-Za-z_][\w-]*)/g)) {
            const name = m[1] ?? '';
            let known = this.computedLocals.get(name);
            if (known === undefined) {
                // Memoised, and false while in progress: a cycle or a wide graph stays linear.
                this.computedLocals.set(name, false);
                const def = this.ws.local(name);
                known = def !== undefined && this.computed(exprSource(def.file, def.attr.expr));
                this.computedLocals.set(name, known);
            }
            if (known)
                return true;
        }
        return false;
    }
    /** `var.x` or `local.x`, resolved to a literal string when it is one (memoised). */
    reference(kind, name, depth) {
        const key = `${kind}.${name}`;
        if (this.references.has(key))
            return this.references.get(key);
        if (depth > 8)
            return undefined;
        this.references.set(key, undefined); // a cycle resolves to nothing
        const def = kind === 'var' ? this.ws.variable(name) : kind === 'local' ? this.ws.local(name) : undefined;
        const v = def === undefined ? undefined : this.expr(def.file, def.attr.expr, depth + 1);
        this.references.set(key, v);
        return v;
    }
    /** A whole expression that could not be read: `${source}` as a hole. */
    hole(source, resolvedFrom) {
        const computed = this.computed(source);
        if (resolvedFrom !== undefined && resolvedFrom.holes.every(h => h.resolved)) {
            return {
                kind: 'str',
                value: resolvedFrom.value,
                holes: [{ start: 0, end: resolvedFrom.value.text.length, source, resolved: true, computed }]
            };
        }
        const text = `\${${source}}`;
        return {
            kind: 'str',
            value: { text, map: new Array(text.length).fill(-1) },
            holes: [{ start: 0, end: text.length, source: text, resolved: false, computed }]
        };
    }
    expr(f, range, depth = 0) {
        const ks = sig(f.toks, range);
        const k0 = ks[0];
        if (k0 === undefined)
            return undefined;
        const t0 = f.toks[k0];
        if (t0 === undefined)
            return undefined;
        const source = exprSource(f, [k0, (ks[ks.length - 1] ?? k0) + 1]);
        // Deeper than any real configuration: not read, so hostile nesting cannot exhaust the stack.
        if (depth > 16)
            return this.hole(source);
        // A string or heredoc.
        if (ks.length === 1 && t0.kind === 'string')
            return this.template(f, t0.parts ?? [], depth);
        // A number (an id kept unquoted in tfvars).
        if (ks.length === 1 && t0.kind === 'number') {
            const b = new MappedBuilder();
            for (let i = 0; i < t0.text.length; i++)
                b.push(t0.text[i] ?? '', t0.start + i, f.index);
            return { kind: 'str', value: b.done(), holes: [] };
        }
        // A list.
        if (t0.kind === 'punct' && t0.text === '[') {
            const close = closeOf(f.toks, k0, range[1]);
            if (close === (ks[ks.length - 1] ?? -1)) {
                const items = [];
                let a = k0 + 1;
                let d = 0;
                for (let j = k0 + 1; j <= close; j++) {
                    const u = f.toks[j];
                    if (u?.kind === 'punct' && (u.text === '[' || u.text === '(' || u.text === '{'))
                        d++;
                    else if (u?.kind === 'punct' &&
                        (u.text === ']' || u.text === ')' || u.text === '}') &&
                        j !== close)
                        d--;
                    if (j === close || (d === 0 && u?.kind === 'punct' && u.text === ',')) {
                        const v = this.expr(f, [a, j], depth);
                        if (v !== undefined)
                            items.push(v);
                        a = j + 1;
                    }
                }
                return { kind: 'list', items };
            }
        }
        // Parentheses around an expression.
        if (t0.kind === 'punct' &&
            t0.text === '(' &&
            closeOf(f.toks, k0, range[1]) === ks[ks.length - 1])
            return this.expr(f, [k0 + 1, ks[ks.length - 1] ?? k0 + 1], depth);
        // var.x / local.x
        const t1 = f.toks[ks[1] ?? -1];
        const t2 = f.toks[ks[2] ?? -1];
        if (ks.length === 3 && t0.kind === 'ident' && t1?.text === '.' && t2?.kind === 'ident') {
            const v = this.reference(t0.text, t2.text, depth);
            return this.hole(source, v?.kind === 'str' ? v : undefined);
        }
        return this.hole(source);
    }
    template(f, parts, depth) {
        const b = new MappedBuilder();
        const holes = [];
        for (const p of parts) {
            if (p.kind === 'lit') {
                const m = p.value;
                for (let i = 0; i < m.text.length; i++)
                    b.push(m.text[i] ?? '', m.map[i] ?? -1, f.index);
                continue;
            }
            const inner = f.text.slice(p.start, p.end);
            const written = `${p.directive ? '%' : '$'}{${inner}}`;
            const start = b.text.length;
            let resolved;
            if (!p.directive) {
                const toks = lex(f.text, p.start, p.end, undefined, undefined);
                const sub = { ...f, toks };
                const v = this.expr(sub, [0, toks.length], depth + 1);
                if (v?.kind === 'str' && v.holes.every(h => h.resolved))
                    resolved = v;
            }
            const computed = this.computed(inner);
            if (resolved !== undefined) {
                b.append(resolved.value);
                holes.push({ start, end: b.text.length, source: written, resolved: true, computed });
            }
            else {
                for (const ch of written)
                    b.push(ch, -1);
                holes.push({ start, end: b.text.length, source: written, resolved: false, computed });
            }
        }
        return { kind: 'str', value: b.done(), holes };
    }
}
// ---------------------------------------------------------------------------------------------
// Records
const NAME_ATTRS = ['name', 'subdomain', 'hostname', 'record_name', 'host'];
const TYPE_ATTRS = ['type', 'record_type', 'fieldtype'];
const VALUE_ATTRS = [
    'content',
    'value',
    'data',
    'target',
    'txt',
    'records',
    'rrdatas',
    'values',
    'record'
];
/** The record type a resource declares, by attribute or by its resource type's name. */
const recordType = (ev, f, block) => {
    for (const a of TYPE_ATTRS) {
        const attr = block.body.find((i) => i.kind === 'attr' && i.name === a);
        if (attr === undefined)
            continue;
        const v = ev.expr(f, attr.expr);
        if (v?.kind === 'str' && v.holes.every(h => h.resolved))
            return v.value.text.toUpperCase();
        return undefined;
    }
    const rt = block.labels[0] ?? '';
    if (/(?:^|_)txt(?:_|$)/i.test(rt))
        return 'TXT';
    if (/(?:^|_)mx(?:_|$)/i.test(rt))
        return 'MX';
    if (/(?:^|_)cname(?:_|$)/i.test(rt))
        return 'CNAME';
    return undefined;
};
/** The owner from a name value: an unresolved trailing interpolation (the zone) is dropped. */
const ownerOf = (name) => {
    if (name === undefined)
        return '';
    let text = name.value.text;
    const last = name.holes[name.holes.length - 1];
    if (last !== undefined && !last.resolved && last.end === text.length) {
        text = text.slice(0, last.start);
        if (text.endsWith('.'))
            text = text.slice(0, -1);
    }
    const n = text.trim().toLowerCase().replace(/\.$/, '');
    return n === '@' ? '' : n;
};
const flatten = (v) => v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten);
/** Re-places holes after characters were dropped: `pos[i]` is the new index of old index i. */
const moveHoles = (holes, pos) => holes.map(h => ({ ...h, start: pos[h.start] ?? 0, end: pos[h.end] ?? 0 }));
/**
 * Zone-file presentation form (`"part1" "part2"`, as Cloud DNS takes TXT rrdatas):
 * the strings joined. Undefined when the value is not in that form.
 */
const presentation = (s) => {
    const t = s.value.text;
    if (!t.startsWith('"'))
        return undefined;
    const b = new MappedBuilder();
    const pos = [];
    let i = 0;
    let strings = 0;
    const skip = () => {
        pos[i] = b.text.length;
        i++;
    };
    while (i < t.length) {
        if (t[i] !== '"')
            return undefined;
        skip();
        let closed = false;
        while (i < t.length) {
            const c = t[i];
            if (c === '"') {
                closed = true;
                skip();
                break;
            }
            pos[i] = b.text.length;
            if (c === '\\' && i + 1 < t.length) {
                pos[i + 1] = b.text.length;
                b.push(t[i + 1] ?? '', -1);
                i += 2;
                continue;
            }
            b.push(c ?? '', s.value.map[i] ?? -1, s.value.src?.[i] ?? 0);
            i++;
        }
        if (!closed)
            return undefined;
        strings++;
        while (t[i] === ' ' || t[i] === '\t')
            skip();
    }
    if (strings === 0)
        return undefined;
    pos[t.length] = b.text.length;
    return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) };
};
/**
 * The AWS provider's long-TXT trick: it sends `"` + value + `"`, so `first255\"\"rest` arrives
 * as `"first255""rest"`, one record of two strings.
 */
const route53Split = (s) => {
    const t = s.value.text;
    if (!t.includes('""'))
        return s;
    const b = new MappedBuilder();
    const pos = [];
    for (let i = 0; i < t.length; i++) {
        pos[i] = b.text.length;
        if (t[i] === '"' && t[i + 1] === '"' && i > 0 && i + 2 < t.length) {
            pos[i + 1] = b.text.length;
            i++;
            continue;
        }
        b.push(t[i] ?? '', s.value.map[i] ?? -1, s.value.src?.[i] ?? 0);
    }
    pos[t.length] = b.text.length;
    return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) };
};
const parseTerraform = (text, ctx) => guarded('terraform', () => {
    const lines = new LineIndex(text);
    const problems = [];
    const records = [];
    const toks = lex(text, 0, text.length, lines, problems);
    const own = {
        index: 0,
        name: ctx.file,
        text,
        toks,
        body: parseBody(toks, 0, toks.length)
    };
    const ws = new Workspace(own, ctx.siblings ?? new Map());
    const ev = new Evaluator(ws);
    let depth = 0;
    for (const t of toks) {
        if (t.kind !== 'punct')
            continue;
        if (t.text === '{')
            depth++;
        else if (t.text === '}') {
            if (depth === 0)
                problems.push(problemAt(lines, t.start, 'unbalanced "}"'));
            else
                depth--;
        }
    }
    if (depth > 0)
        problems.push(problemAt(lines, text.length, 'unclosed "{" at the end of the file'));
    for (const block of own.body) {
        if (block.kind !== 'block' || block.type !== 'resource')
            continue;
        const type = recordType(ev, own, block);
        if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME')
            continue;
        const resourceType = block.labels[0] ?? '';
        const attrOf = (n) => block.body.find((i) => i.kind === 'attr' && i.name === n);
        const nameAttr = NAME_ATTRS.map(attrOf).find(a => a !== undefined);
        const nameValue = nameAttr === undefined ? undefined : ev.expr(own, nameAttr.expr);
        const owner = ownerOf(nameValue?.kind === 'str' ? nameValue : undefined);
        const values = [];
        const valueAttr = VALUE_ATTRS.map(attrOf).find(a => a !== undefined);
        if (valueAttr !== undefined) {
            const at = toks[valueAttr.expr[0]]?.start ?? block.start;
            for (const v of flatten(ev.expr(own, valueAttr.expr)))
                values.push({ v, at });
        }
        else {
            // `record { value = ... }` / `record { exchange = ... }` blocks (azurerm).
            for (const b of block.body) {
                if (b.kind !== 'block' || b.type !== 'record')
                    continue;
                const attr = b.body.find((i) => i.kind === 'attr' && (i.name === 'value' || i.name === 'exchange'));
                if (attr === undefined)
                    continue;
                const at = toks[attr.expr[0]]?.start ?? b.start;
                for (const v of flatten(ev.expr(own, attr.expr)))
                    values.push({ v, at });
            }
        }
        for (const { v: raw, at } of values) {
            let v = raw;
            // Cloud DNS takes TXT rrdatas in presentation form; the AWS provider wraps each value in
            // quotes itself, so only its `\"\"` split is read (a value quoted again is kept as written).
            if (type === 'TXT' && resourceType === 'google_dns_record_set')
                v = presentation(v) ?? v;
            if (type === 'TXT' && resourceType === 'aws_route53_record')
                v = route53Split(v);
            const firstOwn = v.value.map.findIndex((m, i) => m >= 0 && (v.value.src?.[i] ?? 0) === 0);
            const start = firstOwn >= 0 ? (v.value.map[firstOwn] ?? at) : at;
            const pos = lines.pos(start);
            if (type !== 'TXT') {
                let host = v.value.text.trim();
                if (type === 'MX')
                    host = host.replace(/^\d+\s+/, '');
                const rec = {
                    owner,
                    type,
                    value: host.toLowerCase().replace(/\.$/, ''),
                    ...pos
                };
                if (v.holes.some(h => !h.resolved))
                    rec.expression = v.holes.map(h => h.source).join('');
                records.push(rec);
                continue;
            }
            const rec = { owner, type, value: v.value.text, ...pos };
            const range = looksLikeSts(v.value.text) ? idRange(v.value.text) : undefined;
            if (range !== undefined) {
                const [a, b] = range;
                const idHoles = v.holes.filter(h => h.start < Math.max(b, a + 1) && h.end > a);
                if (idHoles.length > 0) {
                    rec.expression = idHoles.map(h => h.source).join('');
                    if (idHoles.some(h => h.computed))
                        rec.computed = true;
                    else if (idHoles.some(h => !h.resolved))
                        problems.push({
                            message: `the id comes from ${rec.expression}, which has no literal value here (no *.tfvars entry, default or local)`,
                            ...pos
                        });
                }
                const span = rec.computed === true ? undefined : idSpanOf(v.value);
                if (span !== undefined) {
                    rec.idSpan = span.span;
                    if (span.file !== 0)
                        rec.idFile = ws.files[span.file]?.name ?? '';
                }
            }
            records.push(rec);
        }
    }
    return { format: 'terraform', records, problems };
});

;// CONCATENATED MODULE: ./src/repo/sources/index.ts
/**
 * Id sources: which format a file is in, parsing it, and finding the records for a domain.
 */







const PARSERS = {
    bind: parseBind,
    octodns: parseOctodns,
    dnscontrol: parseDnscontrol,
    terraform: parseTerraform,
    plain: parsePlain
};
const DNS_TYPES = 'A|AAAA|ALIAS|CAA|CNAME|DNAME|DS|HTTPS|LOC|MX|NAPTR|NS|PTR|SPF|SRV|SSHFP|SVCB|TLSA|TXT|URLFWD';
/** octoDNS: a `type:` key holding a DNS record type. */
const OCTODNS_TYPE = new RegExp(`^[ \\t-]*type:[ \\t]*["']?(?:${DNS_TYPES})["']?[ \\t]*(?:#.*)?\\r?$`, 'm');
/** A master-file line: `$ORIGIN`/`$TTL` or `... IN <type> ...`. */
const ZONE_DIRECTIVE = /^\$(?:ORIGIN|TTL)\b/im;
const ZONE_RECORD = new RegExp(`[ \\t]IN[ \\t]+(?:SOA|${DNS_TYPES})[ \\t]`);
/** A master-file line without a class: `_mta-sts 3600 TXT "..."`. */
const ZONE_LINE = new RegExp(`^[^\\s;#$"'/]\\S*[ \\t]+(?:\\d+[ \\t]+)?(?:SOA|${DNS_TYPES})[ \\t]+\\S`, 'm');
/** Prose and markup: never a record source, even when it quotes a zone line. */
const PROSE = /\.(?:md|markdown|rst|adoc|html?|txt\.md)$/;
/** DNSControl: `D("...",` or a record call with a quoted name. */
const DNSCONTROL_D = /(?:^|[^\w$.])D(?:_EXTEND)?\s*\(\s*["'`]/;
const DNSCONTROL_RECORD = /(?:^|[^\w$.])(?:TXT|MX|CNAME)\s*\(\s*["'`]/;
const STS_TEXT = /^\uFEFF?[ \t]*["']?[ \t]*v\s*=\s*(?:STSv1|TLSRPTv1)/i;
/**
 * The format of a file, by its name and content; undefined when it does not look like a place
 * that keeps DNS records (a GitHub workflow, a Terraform `*.tfvars`, prose).
 */
const detectFormat = (file, text) => {
    const base = baseName(file).toLowerCase();
    if (PROSE.test(base))
        return undefined;
    if (base.endsWith('.tf'))
        return 'terraform';
    if (base.endsWith('.tfvars') || base.endsWith('.tf.json'))
        return undefined;
    if (/\.ya?ml$/.test(base))
        return OCTODNS_TYPE.test(text) ? 'octodns' : undefined;
    if (/\.(?:[cm]?js|ts)$/.test(base)) {
        if (base === 'dnsconfig.js' || DNSCONTROL_D.test(text) || DNSCONTROL_RECORD.test(text))
            return 'dnscontrol';
        return undefined;
    }
    if (/\.(?:zone|db|hosts|fwd)$/.test(base) || /^db\./.test(base))
        return 'bind';
    if (ZONE_DIRECTIVE.test(text) || ZONE_RECORD.test(text))
        return 'bind';
    // The weakest signal, a record line without a class: only for files without an extension.
    if (!base.includes('.') && ZONE_LINE.test(text))
        return 'bind';
    if (STS_TEXT.test(text))
        return 'plain';
    return undefined;
};
/**
 * Parses a file in its detected format (or `ctx.format` when given, e.g. from the config);
 * undefined when the format is not known. Never throws: problems are in `problems`.
 */
const parseSource = (file, text, ctx = {}) => {
    const format = ctx.format ?? detectFormat(file, text);
    if (format === undefined)
        return undefined;
    const full = { file };
    if (ctx.siblings !== undefined)
        full.siblings = ctx.siblings;
    return PARSERS[format](text, full);
};
/**
 * The records of a type at `<name>.<domain>` (`name` '' = the domain itself). A relative owner
 * (`_mta-sts`) counts when the file does not say its origin or says it is this domain.
 */
const findRecord = (file, domain, type, name) => {
    const d = domain.trim().toLowerCase().replace(/\.$/, '');
    const n = name.toLowerCase();
    const absolute = n === '' ? d : `${n}.${d}`;
    const relativeOk = file.origin === undefined || file.origin === d;
    return file.records.filter(r => r.type === type && (r.owner === absolute || (relativeOk && r.owner === n)));
};

;// CONCATENATED MODULE: ./src/repo/model.ts
/**
 * The repository as the linter sees it, at one commit: which policies it commits, which domains
 * they serve, and where each domain's `_mta-sts` record (its id), MX hosts and TLS-RPT record
 * are kept. Built the same way from the working tree and from the base commit, through a
 * FileView, so the gate compares like with like.
 */



/** Files larger than this are not policies, zones or configs worth reading. */
const MAX_SOURCE_BYTES = 1024 * 1024;
/** Bounds the files read to look for DNS records in a large repository. */
const MAX_SOURCE_CANDIDATES = 2000;
const WELL_KNOWN = '.well-known/mta-sts.txt';
const isPolicyPath = (f) => f === 'mta-sts.txt' || f === WELL_KNOWN || f.endsWith(`/${WELL_KNOWN}`);
const model_decoder = new TextDecoder('utf-8', { fatal: false });
const model_text = (b) => b === null ? undefined : model_decoder.decode(b);
/** File names that may keep DNS records; others are never read for them. */
const SOURCE_NAME = /(?:\.(?:zone|db|hosts|fwd|tf|ya?ml|[cm]?js|ts|txt)$|(?:^|\/)db\.[^/]+$)/i;
/** Content a file must hold to be worth parsing as a DNS source. */
const SOURCE_HINT = /_mta-sts|_smtp\._tls/i;
const dirOf = (f) => {
    const d = external_node_path_default().posix.dirname(f);
    return d === '.' ? '' : d;
};
/** The site root of a policy: the folder holding `.well-known` (or the root for `mta-sts.txt`). */
const siteRootOf = (policy) => policy === 'mta-sts.txt' ? '' : dirOf(dirOf(policy));
const layoutDomain = async (view, files, policy, rootName) => {
    const site = siteRootOf(policy);
    const cname = site === '' ? 'CNAME' : `${site}/CNAME`;
    if (files.has(cname)) {
        const d = domainFromHost(model_text(await view.read(cname))?.split(/\r?\n/)[0] ?? '');
        if (d !== undefined)
            return { domain: d, foundBy: `CNAME file ${cname}` };
    }
    const folders = policy.split('/').slice(0, -1).reverse();
    if (rootName !== undefined)
        folders.push(rootName);
    for (const f of folders) {
        const d = domainFromHost(f.replace(/\.github\.io$/i, ''));
        if (d !== undefined)
            return { domain: d, foundBy: `folder name ${f}` };
    }
    return undefined;
};
/** Reads and parses every file that may keep DNS records (bounded). */
const readSources = async (view, files, forced, notes) => {
    const sources = new Map();
    const candidates = files.filter(f => forced.has(f) || (SOURCE_NAME.test(f) && !f.startsWith('.github/') && !isPolicyPath(f)));
    if (candidates.length > MAX_SOURCE_CANDIDATES) {
        notes.push(`${candidates.length} files could keep DNS records; only the first ${MAX_SOURCE_CANDIDATES} were read (name the record file in .mta-sts.yml)`);
    }
    const byDir = new Map();
    for (const f of files) {
        if (!/\.(?:tf|tfvars)$/.test(f))
            continue;
        const d = dirOf(f);
        byDir.set(d, [...(byDir.get(d) ?? []), f]);
    }
    for (const f of candidates.slice(0, MAX_SOURCE_CANDIDATES)) {
        const t = model_text(await view.read(f));
        if (t === undefined || (!forced.has(f) && !SOURCE_HINT.test(t)))
            continue;
        let siblings;
        if (f.endsWith('.tf')) {
            siblings = new Map();
            for (const s of byDir.get(dirOf(f)) ?? []) {
                if (s === f)
                    continue;
                const st = model_text(await view.read(s));
                if (st !== undefined)
                    siblings.set(external_node_path_default().posix.basename(s), st);
            }
        }
        const parsed = parseSource(f, t, siblings === undefined ? {} : { siblings });
        if (parsed !== undefined)
            sources.set(f, parsed);
    }
    return sources;
};
/** The domains a set of DNS sources declares an `_mta-sts` record (TXT or CNAME) for. */
const domainsWithRecords = (sources) => {
    const out = new Map();
    for (const [file, s] of sources) {
        for (const r of s.records) {
            const m = /^_mta-sts\.(.+)$/.exec(r.owner);
            if (m !== null && (r.type === 'TXT' || r.type === 'CNAME') && m[1].includes('.')) {
                if (!out.has(m[1]))
                    out.set(m[1], file);
            }
        }
    }
    return out;
};
/** A record whose text still holds an expression (`${...}`) from its source language. */
const unevaluated = (r) => r.computed === true || r.value.includes('${');
const idSourceFromRecords = (file, kind, recs) => {
    const cname = recs.find(r => r.type === 'CNAME');
    const txt = recs.filter(r => r.type === 'TXT');
    const first = txt[0] ?? cname;
    const src = {
        kind,
        file,
        records: txt.map(r => r.value),
        positions: txt.map(r => ({ line: r.line, column: r.column }))
    };
    if (first !== undefined) {
        src.line = first.line;
        src.column = first.column;
    }
    if (cname !== undefined && txt.length === 0)
        src.delegatedTo = cname.value;
    if (txt.some(unevaluated))
        src.unevaluated = true;
    const sts = txt.filter(r => r.value.startsWith('v=STSv1'));
    const withId = sts.length === 1 ? sts[0] : txt.length === 1 ? txt[0] : undefined;
    if (withId !== undefined) {
        const m = /(?:^|;)\s*id=([^;\s]*)/.exec(withId.value);
        // A computed id (md5 of the policy) is an expression, not an id to compare or lint.
        if (withId.computed === true)
            src.computed = true;
        else if (m !== null && !m[1].includes('${'))
            src.id = m[1];
        if (withId.idSpan !== undefined) {
            // idFile is a sibling's name (a tfvars file beside the .tf), not a path.
            const spanFile = withId.idFile === undefined ? file : external_node_path_default().posix.join(dirOf(file), withId.idFile);
            src.span = { file: spanFile, start: withId.idSpan[0], end: withId.idSpan[1] };
        }
    }
    return src;
};
/** Finds a domain's records across the sources: the first file that keeps any of that kind. */
const recordsOf = (sources, domain, type, name, only) => {
    for (const [file, s] of sources) {
        if (only !== undefined && file !== only)
            continue;
        const recs = findRecord(s, domain, type, name);
        if (recs.length > 0)
            return { file, records: recs };
    }
    return undefined;
};
const buildModel = async (view, opts) => {
    const config = opts.loaded.config;
    const files = [...(await view.list())].sort();
    const fileSet = new Set(files);
    const notes = [];
    const domains = new Map();
    const configLine = (d) => {
        const p = opts.loaded.lineOf(['domains', d]);
        return p === undefined || opts.loaded.file === undefined
            ? undefined
            : { file: opts.loaded.file, ...p };
    };
    const add = (domain, foundBy) => {
        let m = domains.get(domain);
        if (m === undefined) {
            m = { domain, foundBy, zoneKept: false };
            const at = configLine(domain);
            if (at !== undefined)
                m.configLine = at;
            domains.set(domain, m);
        }
        return m;
    };
    // 1. Policies: discovered, plus the ones the config names.
    const policyFiles = files.filter(isPolicyPath);
    for (const [d, c] of Object.entries(config.domains)) {
        if (c.policy !== undefined && fileSet.has(c.policy) && !policyFiles.includes(c.policy)) {
            policyFiles.push(c.policy);
        }
        const m = add(d, 'the config file');
        if (c.policy !== undefined) {
            if (fileSet.has(c.policy))
                m.policyFile = c.policy;
        }
        else if (policyFiles.length === 1)
            m.policyFile = policyFiles[0];
    }
    // 2. Domains from the layout, for policies the config does not claim.
    const claimed = new Set([...domains.values()].map(d => d.policyFile));
    for (const p of policyFiles) {
        if (claimed.has(p))
            continue;
        const found = await layoutDomain(view, fileSet, p, opts.rootName);
        if (found !== undefined) {
            const m = add(found.domain, found.foundBy);
            m.policyFile ??= p;
        }
    }
    // 3. DNS sources: every file that may keep records, plus the ones the config names.
    const forced = new Set();
    for (const c of Object.values(config.domains)) {
        if (c.record !== undefined && fileSet.has(c.record) && !isPolicyPath(c.record))
            forced.add(c.record);
        if (c.tlsrpt !== undefined && 'file' in c.tlsrpt && fileSet.has(c.tlsrpt.file))
            forced.add(c.tlsrpt.file);
    }
    const sources = await readSources(view, files, forced, notes);
    for (const [d, file] of domainsWithRecords(sources)) {
        if (!domains.has(d))
            add(d, `DNS records in ${file}`);
    }
    // One policy in the repository serves every domain that has no policy of its own.
    if (policyFiles.length === 1) {
        for (const m of domains.values()) {
            // A policy the config names but that is gone stays gone (a removal, for the gate).
            if (config.domains[m.domain]?.policy === undefined)
                m.policyFile ??= policyFiles[0];
        }
    }
    // A single domain owns the relative `_mta-sts` records of files that do not say their origin.
    const single = domains.size === 1 ? [...domains.keys()][0] : undefined;
    // 4. Each domain's id source, MX hosts and TLS-RPT record.
    for (const m of domains.values()) {
        const c = config.domains[m.domain] ?? {};
        const d = m.domain;
        const inFiles = (only) => recordsOf(sources, d, 'TXT', '_mta-sts', only) ??
            recordsOf(sources, d, 'CNAME', '_mta-sts', only);
        if (c.id !== undefined) {
            const at = opts.loaded.lineOf(['domains', d, 'id']);
            m.idSource = {
                kind: 'config',
                file: opts.loaded.file ?? '.mta-sts.yml',
                records: [`v=STSv1; id=${c.id}`],
                positions: [{ line: at?.line ?? 1, column: at?.column ?? 1 }],
                id: c.id,
                ...(at !== undefined && { line: at.line, column: at.column })
            };
        }
        else if (c.record !== undefined && c.record === m.policyFile) {
            m.idSource = { kind: 'policy', file: c.record, records: [], positions: [] };
            const lines = model_text(await view.read(c.record))?.split('\n') ?? [];
            const at = lines.findIndex(l => /^id\s*:/.test(l));
            if (at >= 0) {
                const value = /^id\s*:[ \t]*([^\s]*)/.exec(lines[at]);
                m.idSource.line = at + 1;
                m.idSource.column = lines[at].indexOf(value?.[1] ?? '', 3) + 1;
                if (value?.[1])
                    m.idSource.id = value[1];
            }
        }
        else {
            const found = c.record !== undefined ? inFiles(c.record) : inFiles();
            if (found !== undefined) {
                const kind = sources.get(found.file)?.format ?? 'plain';
                m.idSource = idSourceFromRecords(found.file, kind, found.records);
            }
            else if (single === d) {
                for (const [file, s] of sources) {
                    if (s.origin !== undefined)
                        continue;
                    const recs = s.records.filter(r => r.owner === '_mta-sts');
                    if (recs.length > 0) {
                        m.idSource = idSourceFromRecords(file, s.format, recs);
                        break;
                    }
                }
            }
            if (c.record !== undefined && m.idSource === undefined) {
                notes.push(`${c.record} (record of ${d} in the config) holds no _mta-sts record for ${d}`);
            }
        }
        const mx = recordsOf(sources, d, 'MX', '');
        if (c.mx !== undefined) {
            const at = opts.loaded.lineOf(['domains', d, 'mx']);
            m.mx = {
                hosts: c.mx,
                file: opts.loaded.file ?? '.mta-sts.yml',
                ...(at !== undefined && { line: at.line })
            };
        }
        else if (mx !== undefined) {
            m.mx = { hosts: mx.records.map(r => r.value), file: mx.file, line: mx.records[0].line };
        }
        const zone = [...sources.values()].some(s => s.origin === d &&
            (s.format === 'bind' || s.format === 'octodns' || s.format === 'dnscontrol'));
        m.zoneKept = zone || mx !== undefined;
        if (c.tlsrpt !== undefined && 'record' in c.tlsrpt) {
            const at = opts.loaded.lineOf(['domains', d, 'tlsrpt']);
            m.tlsrpt = {
                records: [c.tlsrpt.record],
                ...(opts.loaded.file !== undefined && { file: opts.loaded.file }),
                ...(at !== undefined && { line: at.line, column: at.column })
            };
        }
        else {
            const only = c.tlsrpt !== undefined && 'file' in c.tlsrpt ? c.tlsrpt.file : undefined;
            const t = recordsOf(sources, d, 'TXT', '_smtp._tls', only);
            if (t !== undefined) {
                m.tlsrpt = {
                    records: t.records.map(r => r.value),
                    file: t.file,
                    line: t.records[0].line,
                    column: t.records[0].column,
                    // A record built from expressions cannot be judged from its text.
                    ...(t.records.some(unevaluated) && { unevaluated: true })
                };
            }
            else if (m.zoneKept) {
                const zoneFile = mx?.file ?? m.idSource?.file;
                m.tlsrpt = { records: [], ...(zoneFile !== undefined && { file: zoneFile }) };
            }
        }
    }
    const policies = policyFiles.map(file => ({
        file,
        domains: [...domains.values()].filter(d => d.policyFile === file).map(d => d.domain)
    }));
    return { files, policies, domains: [...domains.values()], sources, notes };
};

;// CONCATENATED MODULE: ./src/repo/pipeline.ts
/**
 * Repository mode, shared by `mta-sts-lint check` and the action: build the model of the
 * working tree, lint every policy, record and TLS-RPT record it keeps, run the hosting checks,
 * and, given a base, the id gate. The data flows one way: discover, parse, rules, gate, report.
 */










/** A problem with the run itself (exit 2), not a finding. */
class CheckError extends Error {
}
/** Rules that depend on the domain, not only the file: run once per domain served. */
const DOMAIN_RULES = new Set(['mx-not-covered', 'mx-pattern-unused', 'policy-id-field']);
/** The working tree as a FileView. */
const workingTree = (root) => ({
    list: async () => (await listFiles(root)).files,
    read: async (rel) => {
        const abs = external_node_path_default().join(root, rel);
        try {
            const s = await (0,promises_.stat)(abs);
            if (!s.isFile() || s.size > MAX_SOURCE_BYTES * 64)
                return null;
            return await (0,promises_.readFile)(abs);
        }
        catch {
            return null;
        }
    }
});
/** A commit as a FileView, through the gate's base source (its list, else the head's paths). */
const commitView = (source, fallback) => ({
    list: async () => (source.list === undefined ? fallback : source.list()),
    read: async (rel) => source.read(rel)
});
const shift = (f, file, at) => {
    const out = { ...f, file };
    if (at === undefined) {
        delete out.line;
        delete out.column;
        return out;
    }
    out.line = at.line;
    out.column = at.column + Math.max(0, (f.column ?? 1) - 1);
    return out;
};
/** The id of a domain as one version of its id source says it. */
const idReader = (m, src, yaml) => (bytes) => {
    const t = new TextDecoder().decode(bytes);
    if (src.kind === 'config') {
        const doc = yaml?.parse(t);
        const id = doc?.domains?.[m.domain]?.id;
        return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    }
    if (src.kind === 'policy')
        return lintPolicy(bytes).facts.extensions.find(e => e.name === 'id')?.value;
    const parsed = parseSource(src.file, t);
    if (parsed === undefined)
        return undefined;
    const rec = findRecord(parsed, m.domain, 'TXT', '_mta-sts').find(r => r.value.startsWith('v=STSv1'));
    return rec === undefined ? undefined : /(?:^|;)\s*id=([^;\s]*)/.exec(rec.value)?.[1];
};
const runRepository = async (opts) => {
    const root = opts.root;
    const ruleIds = RULES.map(r => r.meta.id);
    let loaded;
    try {
        loaded = await loadConfig(root, opts.configPath, ruleIds);
    }
    catch (e) {
        throw new CheckError(e.message);
    }
    const severities = { ...loaded.config.rules, ...(opts.severities ?? {}) };
    const rootName = opts.rootName ?? external_node_path_default().basename(root);
    const head = workingTree(root);
    const model = await buildModel(head, { loaded, rootName });
    // Nothing left at the head is a finding when the base had something (an unsafe removal).
    if (model.policies.length === 0 && model.domains.length === 0 && opts.gate === undefined) {
        throw new CheckError('no MTA-STS policy found (looked for **/.well-known/mta-sts.txt and a root mta-sts.txt) and no _mta-sts record; name them in .mta-sts.yml');
    }
    const findings = [];
    const notes = [...model.notes];
    // Policies: each file once; domain-dependent rules once per domain it serves.
    let psl;
    const lints = new Map();
    for (const p of model.policies) {
        const bytes = await head.read(p.file);
        if (bytes === null)
            continue;
        const base = {
            file: p.file,
            severities,
            ...(p.domains.length === 1 && { domain: p.domains[0] })
        };
        let lint = lintPolicy(bytes, base);
        if (needsPublicSuffix(lint.policy.mx)) {
            psl ??= await loadPublicSuffixCheck();
            lint = lintPolicy(bytes, { ...base, isPublicSuffix: psl });
        }
        lints.set(p.file, { bytes, lint });
        findings.push(...lint.findings.filter(f => p.domains.length === 0 || !DOMAIN_RULES.has(f.rule)));
    }
    const perDomain = new Map();
    for (const m of model.domains) {
        const out = {};
        perDomain.set(m.domain, out);
        const src = m.idSource;
        const pl = m.policyFile === undefined ? undefined : lints.get(m.policyFile);
        if (pl !== undefined)
            out.policy = pl.lint.policy;
        // The records the repository keeps for the domain.
        if (src === undefined) {
            findings.push(...lintRecords([], { severities, origin: 'repo', domain: m.domain }).findings.map(f => m.policyFile !== undefined
                ? { ...f, file: m.policyFile }
                : m.configLine !== undefined
                    ? {
                        ...f,
                        file: m.configLine.file,
                        line: m.configLine.line,
                        column: m.configLine.column
                    }
                    : f));
        }
        else if (src.kind === 'policy') {
            const idField = pl?.lint.facts.extensions.find(e => e.name === 'id');
            if (idField !== undefined) {
                out.id = idField.value;
                const r = lintRecords([`v=STSv1; id=${idField.value}`], { severities, domain: m.domain });
                findings.push(...r.findings.map(f => shift(f, src.file, { line: idField.line, column: idField.valueColumn - 12 })));
            }
        }
        else if (src.delegatedTo === undefined && src.unevaluated !== true) {
            const r = lintRecords(src.records, { severities, domain: m.domain, origin: 'repo' });
            out.id = r.record.id ?? src.id;
            findings.push(...r.findings.map(f => shift(f, src.file, src.positions[(f.line ?? 1) - 1] ?? src.positions[0])));
        }
        // Rules that weigh the policy against this domain's MX hosts and record id.
        if (pl !== undefined) {
            const extra = {
                ...(m.mx !== undefined && { mxHosts: m.mx.hosts }),
                ...(out.id !== undefined && src?.kind !== 'policy' && { recordId: out.id })
            };
            const again = lintPolicy(pl.bytes, {
                file: m.policyFile,
                domain: m.domain,
                severities,
                ...extra,
                ...(psl !== undefined && { isPublicSuffix: psl })
            });
            findings.push(...again.findings.filter(f => DOMAIN_RULES.has(f.rule)));
        }
        // TLS-RPT, when the repository keeps the domain's zone or names the record.
        if (m.tlsrpt !== undefined && m.tlsrpt.unevaluated !== true) {
            const t = m.tlsrpt;
            const mode = pl?.lint.mode;
            const r = lintTlsRpt(t.records, {
                severities,
                domain: m.domain,
                ...(mode !== undefined && { mode })
            });
            findings.push(...r.findings.map(f => t.file === undefined
                ? f
                : shift(f, t.file, t.line === undefined ? undefined : { line: t.line, column: t.column ?? 1 })));
        }
    }
    // Hosting: where the policy will be served from.
    const ctx = await loadRepoContext(root, model.policies.map(p => ({
        file: p.file,
        ...(p.domains.length === 1 && { domain: p.domains[0] })
    })));
    ctx.rootName = rootName;
    findings.push(...runRules('repo', ctx, { severities }));
    const result = {
        findings,
        domains: [],
        files: model.policies.map(p => p.file),
        changed: false,
        needsNewId: [],
        changedDomains: [],
        notes,
        notices: [],
        model,
        config: loaded
    };
    // The id gate.
    if (opts.gate !== undefined) {
        try {
            const verdict = await runGate(opts, model, loaded, perDomain, lints, severities, result.notices);
            findings.push(...verdict.findings);
            result.changed = verdict.changed;
            result.needsNewId = verdict.needsNewId;
            result.changedDomains = verdict.changedDomains;
            if (verdict.newId !== undefined)
                result.newId = verdict.newId;
        }
        catch (e) {
            // A base that fails mid-way (network, a vanished commit) skips the gate, loudly.
            result.notices.push(`id gate skipped: ${e.message}`);
        }
    }
    result.domains = model.domains.map(m => {
        const d = { domain: m.domain };
        if (m.policyFile !== undefined)
            d.policyFile = m.policyFile;
        if (m.idSource !== undefined) {
            d.idSource =
                m.idSource.delegatedTo !== undefined
                    ? `CNAME to ${m.idSource.delegatedTo} (${m.idSource.file})`
                    : `${m.idSource.file}${m.idSource.line === undefined ? '' : `:${m.idSource.line}`}`;
        }
        const l = perDomain.get(m.domain);
        if (l?.id !== undefined)
            d.id = l.id;
        if (l?.policy !== undefined)
            d.policy = l.policy;
        return d;
    });
    return result;
};
const runGate = async (opts, head, loaded, perDomain, lints, severities, notes) => {
    const gate = opts.gate;
    const view = commitView(gate.source, head.files);
    // The config as it was at the base: a domain it named may be gone now.
    let baseLoaded = {
        config: { domains: {}, rules: {}, verify: {} },
        lineOf: () => undefined
    };
    const configFile = loaded.file ?? '.mta-sts.yml';
    const baseConfigBytes = await gate.source.read(configFile).catch(() => null);
    if (baseConfigBytes !== null) {
        try {
            baseLoaded = await parseConfig(new TextDecoder().decode(baseConfigBytes), configFile, RULES.map(r => r.meta.id));
        }
        catch {
            notes.push(`the config file at the base (${configFile}) could not be read; domains it named are compared as discovered`);
        }
    }
    const base = await buildModel(view, {
        loaded: baseLoaded,
        rootName: opts.rootName ?? external_node_path_default().basename(opts.root)
    });
    const yaml = head.domains.some(d => d.idSource?.kind === 'config') ||
        base.domains.some(d => d.idSource?.kind === 'config')
        ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))
        : undefined;
    const stateOf = async (m, v, own) => {
        const s = {};
        if (m.policyFile !== undefined) {
            s.policyFile = m.policyFile;
            const bytes = own !== undefined ? (lints.get(m.policyFile)?.bytes ?? null) : await v.read(m.policyFile);
            if (bytes !== null) {
                s.policyBytes = bytes;
                const p = own?.policy ?? readPolicy(bytes);
                if (p !== undefined)
                    s.policy = p;
            }
        }
        const src = m.idSource;
        if (src !== undefined) {
            if (own !== undefined && own.id !== undefined)
                s.id = own.id;
            else if (src.kind === 'policy' && s.policyBytes !== undefined) {
                const id = idReader(m, src, yaml)(s.policyBytes);
                if (id !== undefined)
                    s.id = id;
            }
            else if (src.id !== undefined)
                s.id = src.id;
            if (src.computed === true)
                s.idComputed = true;
            if (own !== undefined && src.line !== undefined) {
                s.idLocation = {
                    file: src.file,
                    line: src.line,
                    ...(src.column !== undefined && { column: src.column })
                };
            }
            if (src.delegatedTo !== undefined)
                s.record = true;
        }
        else
            s.record = false;
        return s;
    };
    const inputs = [];
    const names = [
        ...new Set([...head.domains.map(d => d.domain), ...base.domains.map(d => d.domain)])
    ];
    for (const name of names) {
        const h = head.domains.find(d => d.domain === name);
        const b = base.domains.find(d => d.domain === name);
        const input = {
            domain: name,
            head: h === undefined ? { record: false } : await stateOf(h, view, perDomain.get(name))
        };
        if (b !== undefined)
            input.base = await stateOf(b, view, undefined);
        if (h?.configLine !== undefined)
            input.configLocation = h.configLine;
        const src = h?.idSource ?? b?.idSource;
        const policyFile = h?.policyFile ?? b?.policyFile;
        if (gate.history !== undefined && (src !== undefined || policyFile !== undefined)) {
            try {
                const fileHistory = async (f) => f === undefined ? undefined : gate.history?.versions(f, loaded.config.historyDepth ?? 100);
                const policy = await fileHistory(policyFile);
                const idSource = src === undefined
                    ? undefined
                    : src.file === policyFile
                        ? policy
                        : await fileHistory(src.file);
                input.history = buildHistory({
                    ...(policy !== undefined && { policy }),
                    ...(idSource !== undefined && { idSource }),
                    readId: src === undefined ? () => undefined : idReader((h ?? b), src, yaml)
                });
            }
            catch (e) {
                notes.push(`history of ${name} unavailable: ${e.message}`);
            }
        }
        inputs.push(input);
    }
    const verdict = compareDomains(inputs, { now: opts.now ?? new Date(), severities });
    return {
        findings: verdict.findings,
        changed: verdict.changed,
        ...(verdict.newId !== undefined && { newId: verdict.newId }),
        needsNewId: verdict.domains.filter(d => d.needsNewId).map(d => d.domain),
        changedDomains: verdict.domains.filter(d => d.changed).map(d => d.domain)
    };
};

;// CONCATENATED MODULE: ./src/repo/sources/bump.ts
/**
 * Changing the id where it is kept: replace exactly the id's characters (a record's `idSpan`)
 * and nothing else, so quoting, line endings, comments and formatting stay byte-identical.
 */

/**
 * `text` with the characters in `span` ([start, end), 0-based, from a record's `idSpan`)
 * replaced by `newId`. Throws a RangeError when the span is not inside the text or the new id is
 * not a valid MTA-STS id (1 to 32 of A-Z a-z 0-9): a bump must never write a broken record.
 */
const bumpId = (text, span, newId) => {
    const [start, end] = span;
    if (!Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end < start ||
        end > text.length)
        throw new RangeError(`id span [${start}, ${end}) is not inside the text (${text.length} characters)`);
    if (!isValidId(newId))
        throw new RangeError(`"${newId}" is not a valid MTA-STS id`);
    return text.slice(0, start) + newId + text.slice(end);
};
const bump_pad = (n, width = 2) => String(n).padStart(width, '0');
/**
 * A fresh id from the time: `YYYYMMDDTHHMMSSZ` in UTC (16 characters, valid per RFC 8461 3.1).
 * Throws a RangeError on an invalid Date.
 */
const newPolicyId = (now) => {
    if (Number.isNaN(now.getTime()))
        throw new RangeError('invalid date for a policy id');
    return (`${bump_pad(now.getUTCFullYear(), 4)}${bump_pad(now.getUTCMonth() + 1)}${bump_pad(now.getUTCDate())}T` +
        `${bump_pad(now.getUTCHours())}${bump_pad(now.getUTCMinutes())}${bump_pad(now.getUTCSeconds())}Z`);
};

;// CONCATENATED MODULE: ./src/repo/bump.ts
/**
 * `bump`: a fresh id written wherever the repository keeps each domain's id, replacing exactly
 * the id's characters so quoting, line endings and formatting stay as they were.
 */


/** The offset of a 1-based line and column in a text. */
const offsetOf = (text, line, column) => {
    let offset = 0;
    for (let l = 1; l < line; l++) {
        const nl = text.indexOf('\n', offset);
        if (nl < 0)
            return -1;
        offset = nl + 1;
    }
    return offset + column - 1;
};
/** The span of an id value written at a position (a YAML scalar or an `id:` line value). */
const idSpanAt = (text, offset) => {
    const m = /^(?:id\s*:\s*)?(["']?)([A-Za-z0-9]*)\1/.exec(text.slice(offset));
    if (m === null || m[2] === '')
        return undefined;
    const start = offset + m[0].length - m[1].length - m[2].length;
    return [start, start + m[2].length];
};
const planBump = (model, domains, now, config, 
/** Reads a file of the working tree as text (default: from the root the model was built on). */
read = file => (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')) => {
    const id = newPolicyId(now);
    const texts = new Map();
    const touched = new Map();
    const skipped = [];
    const edits = new Map();
    const text = (file) => {
        let t = texts.get(file);
        if (t === undefined) {
            t = read(file);
            texts.set(file, t);
        }
        return t;
    };
    for (const d of domains) {
        const m = model.domains.find(x => x.domain === d);
        const src = m?.idSource;
        if (m === undefined || src === undefined) {
            skipped.push(`${d}: the repository keeps no id for it (declare one in .mta-sts.yml)`);
            continue;
        }
        if (src.computed === true) {
            skipped.push(`${d}: its id is computed from the policy (${src.file}) and changes by itself`);
            continue;
        }
        if (src.delegatedTo !== undefined) {
            skipped.push(`${d}: its _mta-sts record is a CNAME to ${src.delegatedTo}; bump it there`);
            continue;
        }
        let file = src.file;
        let span;
        if (src.span !== undefined) {
            file = src.span.file;
            span = [src.span.start, src.span.end];
        }
        else if (src.kind === 'config') {
            const at = config.lineOf(['domains', d, 'id']);
            if (at !== undefined)
                span = idSpanAt(text(file), offsetOf(text(file), at.line, at.column));
        }
        else if (src.kind === 'policy' && m.policyFile !== undefined) {
            const t = text(m.policyFile);
            const line = t.split(/\r?\n/).findIndex(l => /^id\s*:/.test(l));
            if (line >= 0)
                span = idSpanAt(t, offsetOf(t, line + 1, 1));
            file = m.policyFile;
        }
        if (span === undefined) {
            skipped.push(`${d}: the id in ${file} could not be located exactly; change it by hand to ${id}`);
            continue;
        }
        const list = edits.get(file) ?? [];
        if (!list.some(([s]) => s === span[0]))
            list.push(span);
        edits.set(file, list);
        touched.set(file, [...(touched.get(file) ?? []), d]);
    }
    const writes = [...edits].map(([file, spans]) => {
        // Apply from the end, so earlier offsets stay right.
        let t = text(file);
        for (const s of [...spans].sort((a, b) => b[0] - a[0]))
            t = bumpId(t, s, id);
        return { file, text: t, domains: touched.get(file) ?? [] };
    });
    return { id, writes, skipped };
};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/gate/ports.ts
var ports = __nccwpck_require__(7039);
;// CONCATENATED MODULE: ./src/gate/git.ts
/**
 * The gate's git adapters: file contents at the base commit and a file's history, read with the
 * `git` binary (no shell, every call bounded in time). A shallow checkout (`fetch-depth: 1`, the
 * actions/checkout default) is handled by fetching the base commit itself and deepening history
 * a bounded number of commits when a file's history is cut short. Failures are returned typed,
 * never thrown past the factory functions; `read` and `versions` throw a SourceError.
 */




const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_FETCH_TIMEOUT = 120_000;
const DEFAULT_DEEPEN = [100, 400];
const MAX_BUFFER = 256 * 1024 * 1024;
const git_short = (sha) => sha.slice(0, 7);
/** The last meaningful line of git's stderr, for a message. */
const gitSays = (stderr) => {
    const lines = stderr
        .split('\n')
        .map(l => l.trim())
        .filter(l => l !== '' && !l.startsWith('hint:'));
    const last = lines.find(l => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? '';
    return last.replace(/^(fatal|error): /, '');
};
/** Runs git in `cwd`; resolves with the exit code, rejects only with a SourceError. */
const git = (cwd, args, timeoutMs, input) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.execFile)('git', args, {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_BUFFER,
        windowsHide: true,
        // Messages in English whatever the locale; never wait for a password prompt.
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' }
    }, (err, stdout, stderr) => {
        const errText = stderr.toString('utf8');
        if (err === null) {
            resolve({ code: 0, stdout, stderr: errText });
            return;
        }
        const e = err;
        const what = `git ${args[0] ?? ''}`;
        if (e.code === 'ENOENT') {
            reject(new ports/* SourceError */.c('git-missing', 'git is not installed (or not on PATH)'));
        }
        else if (e.killed === true) {
            reject(new ports/* SourceError */.c('timeout', `${what} did not finish within ${timeoutMs / 1000} s`));
        }
        else if (typeof e.code === 'number') {
            resolve({ code: e.code, stdout, stderr: errText });
        }
        else {
            reject(new ports/* SourceError */.c('failed', `${what} failed: ${e.message}`));
        }
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
});
const asSourceError = (e) => e instanceof ports/* SourceError */.c ? e : new ports/* SourceError */.c('failed', e.message);
/** The repository that holds `root`, with the root's prefix inside it. */
const openRepo = async (root, opts) => {
    try {
        if (!(await (0,promises_.stat)(root)).isDirectory())
            throw new Error('not a folder');
    }
    catch {
        throw new ports/* SourceError */.c('not-a-repository', `${root} is not a folder`);
    }
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const r = await git(root, ['rev-parse', '--show-prefix'], timeoutMs);
    if (r.code !== 0) {
        throw new ports/* SourceError */.c('not-a-repository', `${root} is not in a git repository (${gitSays(r.stderr)}); the id gate needs the checkout's .git folder, or a token for the REST API`);
    }
    return {
        cwd: root,
        prefix: r.stdout.toString('utf8').trim(),
        timeoutMs,
        fetchTimeoutMs: opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT,
        remote: opts.remote ?? 'origin'
    };
};
const isShallow = async (repo) => {
    const r = await git(repo.cwd, ['rev-parse', '--is-shallow-repository'], repo.timeoutMs);
    return r.code === 0 && r.stdout.toString('utf8').trim() === 'true';
};
/** The commits at the edge of a shallow clone (their parents are missing). */
const shallowCommits = async (repo) => {
    const r = await git(repo.cwd, ['rev-parse', '--git-path', 'shallow'], repo.timeoutMs);
    if (r.code !== 0)
        return new Set();
    const file = external_node_path_default().resolve(repo.cwd, r.stdout.toString('utf8').trim());
    try {
        return new Set((await (0,promises_.readFile)(file, 'utf8')).split('\n').filter(l => l !== ''));
    }
    catch {
        return new Set();
    }
};
/** The commit a revision names in the local clone, if it is there. */
const localCommit = async (repo, rev) => {
    const r = await git(repo.cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo.timeoutMs);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
};
const UNREACHABLE = /not our ref|couldn't find remote ref|no such remote ref|unadvertised object|not a valid object|remote error: upload-pack/i;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * The commit `rev` names, fetching it from the remote when the clone lacks it: `--depth=1` on a
 * shallow clone, so only that commit comes (GitHub serves any commit by sha).
 */
const ensureCommit = async (repo, rev) => {
    if (rev === '' || rev.startsWith('-') || [...rev].some(ch => ch <= ' ' || ch === '\x7f')) {
        throw new ports/* SourceError */.c('failed', `${JSON.stringify(rev)} is not a revision`);
    }
    const local = await localCommit(repo, rev);
    if (local !== undefined)
        return { sha: local, fetched: false };
    const shallow = await isShallow(repo);
    const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
    if (shallow)
        args.push('--depth=1');
    args.push(repo.remote, rev);
    const f = await git(repo.cwd, args, repo.fetchTimeoutMs);
    const name = SHA.test(rev) ? `commit ${git_short(rev)}` : `ref ${JSON.stringify(rev)}`;
    if (f.code !== 0) {
        const says = gitSays(f.stderr);
        if (UNREACHABLE.test(f.stderr)) {
            throw new ports/* SourceError */.c('unreachable', `the base ${name} is neither in the local clone nor on the remote "${repo.remote}" (a force-push can drop it): ${says}`);
        }
        throw new ports/* SourceError */.c('failed', `cannot fetch the base ${name} from the remote "${repo.remote}": ${says}`);
    }
    const sha = await localCommit(repo, SHA.test(rev) ? rev : 'FETCH_HEAD');
    if (sha === undefined) {
        throw new ports/* SourceError */.c('unreachable', `the remote "${repo.remote}" did not send the ${name}`);
    }
    return { sha, fetched: true };
};
/** A path relative to the root, made relative to the top of the repository; undefined if it leaves the root. */
const fullPath = (repo, rel) => {
    const norm = external_node_path_default().posix.normalize(rel.replace(/\\/g, '/'));
    if (norm === '.' || norm.startsWith('../') || norm === '..' || external_node_path_default().posix.isAbsolute(norm)) {
        return undefined;
    }
    return `${repo.prefix}${norm}`;
};
/** The path of a repository file relative to the root (with `../` when it lies outside it). */
const relPath = (repo, full) => full.startsWith(repo.prefix)
    ? full.slice(repo.prefix.length)
    : external_node_path_default().posix.relative(repo.prefix.replace(/\/$/, '') || '.', full);
/** The regular file at `full` in `commit`, or null when there is none (absent, folder, link). */
const readAt = async (repo, commit, full) => {
    const ls = await git(repo.cwd, ['--literal-pathspecs', 'ls-tree', '--full-tree', '-z', commit, '--', full], repo.timeoutMs);
    if (ls.code !== 0) {
        throw new ports/* SourceError */.c('failed', `cannot list ${full} at ${git_short(commit)}: ${gitSays(ls.stderr)}`);
    }
    for (const entry of ls.stdout.toString('utf8').split('\0')) {
        const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (m === null || m[4] !== full)
            continue;
        if (m[2] !== 'blob' || m[1] === '120000')
            return null;
        const cat = await git(repo.cwd, ['cat-file', 'blob', m[3]], repo.timeoutMs);
        if (cat.code !== 0) {
            throw new ports/* SourceError */.c('failed', `cannot read ${full} at ${git_short(commit)}: ${gitSays(cat.stderr)}`);
        }
        return new Uint8Array(cat.stdout);
    }
    return null;
};
/**
 * Base file contents read with git. Fetches the base commit when the clone lacks it (shallow
 * checkouts). `rev` is a sha or a ref; a ref is looked up locally first, then on the remote.
 */
const gitBaseSource = async (root, rev, opts = {}) => {
    try {
        const repo = await openRepo(root, opts);
        const { sha, fetched } = await ensureCommit(repo, rev);
        const source = {
            name: `git (${fetched ? 'fetched ' : ''}${git_short(sha)})`,
            sha,
            fetched,
            read: async (rel) => {
                const full = fullPath(repo, rel);
                return full === undefined ? null : readAt(repo, sha, full);
            },
            list: async () => {
                const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z', '--name-only'];
                args.push(sha);
                if (repo.prefix !== '')
                    args.push('--', repo.prefix);
                const r = await git(repo.cwd, args, repo.timeoutMs);
                if (r.code !== 0) {
                    throw new ports/* SourceError */.c('failed', `cannot list the files of ${git_short(sha)}: ${gitSays(r.stderr)}`);
                }
                return r.stdout
                    .toString('utf8')
                    .split('\0')
                    .filter(p => p !== '' && p.startsWith(repo.prefix))
                    .map(p => p.slice(repo.prefix.length))
                    .sort();
            }
        };
        return { ok: true, value: source };
    }
    catch (e) {
        return { ok: false, error: asSourceError(e) };
    }
};
/**
 * Parses `git log --follow --format=%x01%H %cI --name-status -z`: one chunk a commit, the header
 * ended by NUL, then status tokens (`M`, `A`, `D`, `R078` with two paths).
 */
const parseLog = (out, current) => {
    const entries = [];
    let path = current;
    for (const chunk of out.split('\x01')) {
        if (chunk === '')
            continue;
        const nul = chunk.indexOf('\0');
        const header = nul === -1 ? chunk : chunk.slice(0, nul);
        const m = /^([0-9a-f]+) (\S+)/.exec(header.trim());
        if (m === null)
            continue;
        const tokens = (nul === -1 ? '' : chunk.slice(nul + 1)).replace(/^\n/, '').split('\0');
        let deleted = false;
        let here = path;
        let older = path;
        for (let i = 0; i < tokens.length;) {
            const status = tokens[i];
            if (status === '' || status === '\n') {
                i++;
                continue;
            }
            if (/^[RC]/.test(status)) {
                // A rename: the file is `tokens[i + 2]` here and was `tokens[i + 1]` before.
                here = tokens[i + 2] ?? here;
                older = tokens[i + 1] ?? older;
                i += 3;
            }
            else {
                here = tokens[i + 1] ?? here;
                older = here;
                deleted = status.startsWith('D');
                i += 2;
            }
        }
        entries.push({ commit: m[1], date: new Date(m[2]), full: here, deleted });
        path = older;
    }
    return entries;
};
/** Reads `commit:path` for many entries with one `git cat-file --batch`. */
const readMany = async (repo, entries) => {
    const wanted = entries.map(e => (e.deleted ? undefined : `${e.commit}:${e.full}`));
    const batchable = wanted.filter((w) => w !== undefined && !w.includes('\n'));
    const found = new Map();
    if (batchable.length > 0) {
        const r = await git(repo.cwd, ['cat-file', '--batch'], repo.timeoutMs, `${batchable.join('\n')}\n`);
        if (r.code !== 0) {
            throw new ports/* SourceError */.c('failed', `cannot read file history: ${gitSays(r.stderr)}`);
        }
        const out = r.stdout;
        let pos = 0;
        for (const name of batchable) {
            const eol = out.indexOf(0x0a, pos);
            if (eol === -1)
                break;
            const header = out.toString('utf8', pos, eol);
            pos = eol + 1;
            const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (m === null) {
                found.set(name, null); // "<name> missing" or "ambiguous"
                continue;
            }
            const size = Number(m[2]);
            found.set(name, m[1] === 'blob' ? new Uint8Array(out.subarray(pos, pos + size)) : null);
            pos += size + 1;
        }
    }
    const result = [];
    for (let i = 0; i < entries.length; i++) {
        const w = wanted[i];
        if (w === undefined)
            result.push(null);
        else if (found.has(w))
            result.push(found.get(w) ?? null);
        else
            result.push(await readAt(repo, entries[i].commit, entries[i].full));
    }
    return result;
};
/**
 * A file's history from the base commit, following renames. On a shallow clone whose history
 * stops before the file's first commit, deepens the clone step by step (bounded) and says
 * `complete: false` when that was not enough.
 */
const gitHistory = async (root, base, opts = {}) => {
    let repo;
    let sha;
    try {
        repo = await openRepo(root, opts);
        sha = (await ensureCommit(repo, base)).sha;
    }
    catch (e) {
        return { ok: false, error: asSourceError(e) };
    }
    const steps = opts.deepen ?? DEFAULT_DEEPEN;
    let step = 0;
    const versions = async (rel, limit) => {
        const full = fullPath(repo, rel);
        if (full === undefined)
            throw new ports/* SourceError */.c('failed', `${rel} is outside the root`);
        const max = Math.max(1, Math.floor(limit));
        for (;;) {
            const r = await git(repo.cwd, [
                '--literal-pathspecs',
                'log',
                '--follow',
                '-M',
                `-n${max + 1}`,
                '--format=%x01%H %cI',
                '--name-status',
                '-z',
                sha,
                '--',
                full
            ], repo.timeoutMs);
            if (r.code !== 0) {
                throw new ports/* SourceError */.c('failed', `git log of ${rel} failed: ${gitSays(r.stderr)}`);
            }
            const entries = parseLog(r.stdout.toString('utf8'), full);
            const overLimit = entries.length > max;
            const kept = entries.slice(0, max);
            const shallow = await shallowCommits(repo);
            // Complete when the oldest version is a real first commit of the file, not the edge of a
            // shallow clone (there git shows the file as added, whatever came before). A file with no
            // version at all did not exist from the edge to the base: nothing to deepen for.
            const oldest = entries[entries.length - 1];
            const cut = oldest !== undefined && shallow.has(oldest.commit);
            const done = async (complete, reason) => {
                const contents = await readMany(repo, kept);
                const out = kept.map((e, i) => {
                    const v = { commit: e.commit, date: e.date, content: contents[i] };
                    const p = relPath(repo, e.full);
                    if (p !== rel)
                        v.path = p;
                    return v;
                });
                return reason === undefined
                    ? { versions: out, complete }
                    : { versions: out, complete, reason };
            };
            if (overLimit)
                return done(false, `history was cut at ${max} versions`);
            if (!cut)
                return done(true);
            if (step >= steps.length) {
                const total = steps.reduce((a, b) => a + b, 0);
                return done(false, steps.length === 0
                    ? 'the clone is shallow'
                    : `the clone is shallow, and ${total} more commits did not reach the file's first commit`);
            }
            const f = await git(repo.cwd, [
                'fetch',
                '--no-tags',
                '--no-recurse-submodules',
                '--quiet',
                `--deepen=${steps[step]}`,
                repo.remote,
                sha
            ], repo.fetchTimeoutMs).catch((e) => ({
                code: -1,
                stdout: Buffer.alloc(0),
                stderr: asSourceError(e).message
            }));
            step++;
            if (f.code !== 0) {
                step = steps.length;
                return done(false, `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`);
            }
        }
    };
    // One call at a time: two `git fetch --deepen` at once would fight over the shallow file.
    let queue = Promise.resolve();
    const serial = (rel, limit) => {
        const next = queue.then(() => versions(rel, limit));
        queue = next.catch(() => undefined);
        return next;
    };
    return { ok: true, value: { versions: serial } };
};

;// CONCATENATED MODULE: ./src/gate/open.ts

const openGate = async (root, base, rest) => {
    const notes = [];
    const notices = [];
    if (base.skip !== undefined)
        return { notes, notices: [base.skip] };
    if (base.notice !== undefined)
        notices.push(base.notice);
    const tries = [base.sha ?? base.ref, base.fallbackRef].filter((r) => r !== undefined);
    let lastError = 'no base commit';
    for (const rev of tries) {
        const git = await gitBaseSource(root, rev);
        if (!git.ok) {
            lastError = git.error.message;
            continue;
        }
        if (rev === base.fallbackRef) {
            notices.push(`compared with ${rev}, as ${base.sha ?? base.ref} is unreachable`);
        }
        const history = await gitHistory(root, git.value.sha);
        if (!history.ok) {
            notices.push(`history unavailable (${history.error.message}); id-reused and unsafe-removal see only the base`);
        }
        notes.push(`id gate: compared with ${git.value.name}`);
        return {
            source: git.value,
            ...(history.ok && { history: history.value }),
            notes,
            notices,
            sha: git.value.sha
        };
    }
    const rev = base.sha ?? base.ref;
    if (rest !== undefined && rev !== undefined && rest.token !== '') {
        const { restBaseSource } = await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 6021));
        const source = restBaseSource({ ...rest, sha: rev });
        notices.push(`git could not read the base (${lastError}); read through the REST API instead, without history`);
        notes.push(`id gate: compared with ${source.name}`);
        return { source, notes, notices, sha: rev };
    }
    notices.push(`id gate skipped: the base ${rev ?? ''} cannot be read (${lastError})`);
    return { notes, notices };
};

;// CONCATENATED MODULE: ./src/gate/base.ts
/**
 * Which commit the gate compares the working tree with, from the workflow event (design 5.3).
 * Pure: the event name and payload in, a sha or a ref (or a reason to skip) out.
 */
const ZERO_SHA = /^0+$/;
const base_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const base_short = (sha) => sha.slice(0, 7);
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** A value at a path of nested objects, when it is a non-empty string. */
const at = (payload, ...keys) => {
    let cur = payload;
    for (const k of keys)
        cur = obj(cur)?.[k];
    return str(cur);
};
/**
 * `override` (the `base` input, `--base`) wins over the event: a full hex sha is a commit,
 * anything else a ref (branch, tag, `HEAD~1`).
 */
const resolveBase = (eventName, payload, override) => {
    const o = override?.trim();
    if (o !== undefined && o !== '') {
        return base_SHA.test(o)
            ? { sha: o.toLowerCase(), reason: `base ${base_short(o)} given explicitly` }
            : { ref: o, reason: `base ${JSON.stringify(o)} given explicitly` };
    }
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const sha = at(payload, 'pull_request', 'base', 'sha');
            const branch = at(payload, 'pull_request', 'base', 'ref');
            if (sha === undefined || !base_SHA.test(sha)) {
                return noBase(`the ${eventName} event payload has no pull_request.base.sha`);
            }
            return {
                sha: sha.toLowerCase(),
                reason: `${eventName}: the base of the pull request, ${base_short(sha)}${branch === undefined ? '' : ` (${branch})`}`
            };
        }
        case 'merge_group': {
            const sha = at(payload, 'merge_group', 'base_sha');
            if (sha === undefined || !base_SHA.test(sha)) {
                return noBase('the merge_group event payload has no merge_group.base_sha');
            }
            return { sha: sha.toLowerCase(), reason: `merge_group: the queue's base, ${base_short(sha)}` };
        }
        case 'push':
            return pushBase(payload);
        case 'schedule':
        case 'workflow_dispatch':
            return noBase(`a ${eventName} run has no base commit, so the id gate does not run (it runs on pull requests and pushes; give the base input to compare with a ref)`);
        default:
            return noBase(`the ${eventName || 'unknown'} event has no base commit, so the id gate does not run (give the base input to compare with a ref)`);
    }
};
const noBase = (why) => ({ reason: why, skip: why });
const pushBase = (payload) => {
    const p = obj(payload);
    if (p?.deleted === true)
        return noBase('the push deleted the branch: nothing to check');
    const before = str(p?.before);
    const ref = str(p?.ref);
    const branch = ref?.startsWith('refs/heads/') === true ? ref.slice('refs/heads/'.length) : ref;
    const defaultBranch = at(payload, 'repository', 'default_branch');
    const onDefault = branch !== undefined && branch === defaultBranch;
    if (before !== undefined && base_SHA.test(before) && !ZERO_SHA.test(before)) {
        const res = {
            sha: before.toLowerCase(),
            reason: `push: the commit before the push, ${base_short(before)}`
        };
        if (defaultBranch !== undefined && !onDefault)
            res.fallbackRef = defaultBranch;
        return res;
    }
    // `before` is all zeros: the branch is new.
    if (defaultBranch === undefined) {
        return noBase('first push of this branch and the payload names no default branch: the id gate has no base and does not run');
    }
    if (onDefault) {
        return noBase(`first push of the default branch ${JSON.stringify(defaultBranch)}: there is no earlier commit to compare with, so the id gate does not run`);
    }
    const why = `first push of ${branch === undefined ? 'this branch' : JSON.stringify(branch)} (before is all zeros): comparing with the default branch ${JSON.stringify(defaultBranch)} instead`;
    return { ref: defaultBranch, reason: why, notice: why };
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/** Command-line parsing with node:util.parseArgs; every mistake is a UsageError (exit 2). */

class UsageError extends Error {
}
const COMMANDS = ['check', 'policy', 'record', 'tlsrpt', 'bump', 'rules'];
const FORMATS = ['text', 'json', 'sarif', 'github'];
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    debug: { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    mx: { type: 'string', multiple: true },
    tlsrpt: { type: 'string', multiple: true },
    domain: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    base: { type: 'string' },
    mode: { type: 'string' },
    root: { type: 'string' }
};
/** Which options each command accepts, beyond the common ones. */
const COMMAND_OPTIONS = {
    check: ['root', 'config', 'base'],
    policy: ['mx', 'tlsrpt', 'domain'],
    record: ['domain'],
    tlsrpt: ['mode', 'domain'],
    bump: ['root', 'config', 'base', 'domain'],
    rules: []
};
const COMMON = [
    'format',
    'fail-on',
    'output',
    'color',
    'no-color',
    'help',
    'version',
    'debug',
    'rule'
];
const oneOf = (name, value, allowed) => {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
};
const parseCliArgs = (argv) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (e) {
        // parseArgs messages are one line and name the option; drop its internal code prefix.
        throw new UsageError(e.message.replace(/^\S+: /, ''));
    }
    const { values, positionals } = parsed;
    const first = positionals[0];
    let command = 'check';
    let rest = positionals;
    if (first !== undefined && COMMANDS.includes(first)) {
        command = first;
        rest = positionals.slice(1);
    }
    else if (first !== undefined && values.help !== true && values.version !== true) {
        throw new UsageError(`unknown command "${first}"; commands are ${COMMANDS.join(', ')}`);
    }
    const allowed = new Set([...COMMON, ...COMMAND_OPTIONS[command]]);
    for (const [name, v] of Object.entries(values)) {
        if (v !== undefined && !allowed.has(name)) {
            throw new UsageError(`--${name} does not apply to the ${command} command`);
        }
    }
    const severities = {};
    for (const r of values.rule ?? []) {
        const m = /^([a-z0-9-]+)=(off|notice|warning|error)$/.exec(r);
        if (m === null)
            throw new UsageError(`--rule takes RULE-ID=off|notice|warning|error; got "${r}"`);
        severities[m[1]] = m[2];
    }
    const args = {
        command,
        positionals: rest,
        format: oneOf('format', values.format ?? 'text', FORMATS),
        failOn: oneOf('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'notice', 'never']),
        color: values['no-color'] === true ? false : values.color,
        help: values.help === true,
        version: values.version === true,
        debug: values.debug === true,
        severities,
        mx: values.mx ?? [],
        tlsrpt: values.tlsrpt ?? [],
        root: values.root ?? '.',
        domains: values.domain ?? []
    };
    if (command !== 'bump' && args.domains.length > 1) {
        throw new UsageError(`--domain may be given once for the ${command} command`);
    }
    if (values.output !== undefined)
        args.output = values.output;
    if (values.domain !== undefined && command !== 'bump')
        args.domain = values.domain[0];
    if (values.config !== undefined)
        args.config = values.config;
    if (values.base !== undefined)
        args.base = values.base;
    if (values.mode !== undefined)
        args.mode = oneOf('mode', values.mode, ['enforce', 'testing', 'none']);
    return args;
};

;// CONCATENATED MODULE: ./src/cli/help.ts
const help_COMMON = `Common options:
  -f, --format text|json|sarif|github   output format (default text)
      --fail-on error|warning|notice|never
                                        exit 1 when a finding is at or above this (default error)
  -o, --output FILE                     write the report to FILE instead of standard output
  -c, --config FILE                     the config file (default .mta-sts.yml or .github/mta-sts.yml)
      --rule RULE-ID=off|notice|warning|error
                                        change a rule's severity (repeatable)
      --no-color                        no colours (also NO_COLOR=1)
      --debug                           show a stack trace on an internal error
  -h, --help                            this help
  -v, --version                         print the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run failed.`;
const USAGE = {
    check: `mta-sts-lint [check] [--root DIR] [--config FILE] [--base REF]
  Finds every .well-known/mta-sts.txt (and a root mta-sts.txt) under DIR (default .), the
  domains they serve (.mta-sts.yml, a CNAME file, an mta-sts.<domain> folder) and where each
  domain's _mta-sts record is kept (zone files, octoDNS, DNSControl, Terraform, the config), and
  lints them all. With --base, also fails when a policy changed since REF but its id did not.`,
    policy: `mta-sts-lint policy FILE|- [--mx HOST]... [--domain DOMAIN] [--tlsrpt TXT]...
  Lints one policy file (- reads standard input). Each --mx names an MX host of the domain; a
  host no mx pattern matches (RFC 8461 4.1) is an mx-not-covered finding. Each --tlsrpt is one
  TXT record at _smtp._tls.<domain>, linted and weighed against the policy's mode.`,
    record: `mta-sts-lint record TXT [TXT...]
  Lints the _mta-sts TXT record. Each argument is one record of the RRset, its strings already
  joined; with several, records not starting "v=STSv1;" are discarded and exactly one must remain.`,
    tlsrpt: `mta-sts-lint tlsrpt TXT [TXT...] [--mode enforce|testing|none]
  Lints the _smtp._tls TLS-RPT record (RFC 8460); --mode is the policy's mode, which decides how
  much a missing record matters.`,
    bump: `mta-sts-lint bump [--root DIR] [--domain DOMAIN]... [--base REF]
  Writes a fresh id (UTC YYYYMMDDTHHMMSSZ) wherever the repository keeps the id of each named
  domain, or of every domain whose policy changed since REF (default HEAD), changing nothing else
  in those files.`,
    rules: `mta-sts-lint rules [--format json]
  Lists every rule with its default severity, description and documentation link.`
};
const HELP = `mta-sts-lint: lint MTA-STS (RFC 8461) policies and records, exactly.

Usage:
${Object.values(USAGE)
    .map(u => `  ${u.split('\n')[0]}`)
    .join('\n')}

${help_COMMON}

Run "mta-sts-lint COMMAND --help" for a command's details.
`;
const commandHelp = (command) => `Usage: ${USAGE[command]}

${help_COMMON}
`;

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The CLI adapter: arguments in, formatted findings and an exit code out. */



















const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_FAILURE = 2;
/** Turns a file-system error into a one-line reason. */
const readError = (what, e) => {
    const err = e;
    const reason = err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
            ? 'it is a directory, not a policy file'
            : err.code === 'EACCES'
                ? 'permission denied'
                : err.message;
    return new UsageError(`cannot read ${what}: ${reason}`);
};
const lintOptions = (args, extra = {}) => {
    for (const id of Object.keys(args.severities)) {
        if (ruleById(id) === undefined) {
            throw new UsageError(`--rule names unknown rule "${id}"; see "${TOOL_NAME} rules"`);
        }
    }
    const opts = { severities: args.severities, ...extra };
    if (args.domain !== undefined)
        opts.domain = args.domain;
    return opts;
};
const runPolicy = async (args, io) => {
    if (args.positionals.length !== 1) {
        throw new UsageError('policy takes exactly one FILE (or - for standard input)');
    }
    const file = args.positionals[0];
    let bytes;
    try {
        bytes = file === '-' ? await io.readStdin() : await io.readFile(external_node_path_default().resolve(io.cwd, file));
    }
    catch (e) {
        throw readError(file === '-' ? 'standard input' : `"${file}"`, e);
    }
    const opts = lintOptions(args, file === '-' ? {} : { file: toPosix(file) });
    const lint = lintPolicy(bytes, {
        ...opts,
        ...(args.mx.length > 0 && { mxHosts: args.mx })
    });
    let findings = lint.findings;
    if (needsPublicSuffix(lint.policy.mx)) {
        // Re-run with the Public Suffix List only when a wildcard needs it (it is costly to load).
        const isPublicSuffix = await loadPublicSuffixCheck();
        findings = lintPolicy(bytes, {
            ...opts,
            isPublicSuffix,
            ...(args.mx.length > 0 && { mxHosts: args.mx })
        }).findings;
    }
    if (args.tlsrpt.length > 0) {
        const tls = lintTlsRpt(args.tlsrpt, {
            ...lintOptions(args),
            ...(lint.mode !== undefined && { mode: lint.mode })
        });
        findings = [...findings, ...tls.findings.map(f => ({ ...f, file: '_smtp._tls' }))];
    }
    return { findings, extras: { policy: lint.policy }, label: '<stdin>' };
};
const runRecord = (args) => {
    if (args.positionals.length === 0)
        throw new UsageError('record takes one or more TXT records');
    const lint = lintRecords(args.positionals, lintOptions(args));
    return { findings: lint.findings, extras: { record: lint.record }, label: '_mta-sts' };
};
const runTlsRpt = (args) => {
    if (args.positionals.length === 0)
        throw new UsageError('tlsrpt takes one or more TXT records');
    const mode = args.mode !== undefined && isMode(args.mode) ? args.mode : undefined;
    const lint = lintTlsRpt(args.positionals, {
        ...lintOptions(args),
        ...(mode !== undefined && { mode })
    });
    return { findings: lint.findings, extras: {}, label: '_smtp._tls' };
};
/** The root folder of `check` and `bump`, which must exist. */
const rootOf = async (args, io) => {
    const root = external_node_path_default().resolve(io.cwd, args.root);
    let isDir;
    try {
        isDir = await io.isDirectory(root);
    }
    catch (e) {
        throw readError(`--root "${args.root}"`, e);
    }
    if (!isDir)
        throw new UsageError(`--root "${args.root}" is not a directory`);
    return root;
};
/** Runs the repository pipeline; with a base, the id gate too (git only: no token here). */
const repository = async (args, io, base) => {
    const root = await rootOf(args, io);
    lintOptions(args);
    let gate;
    const notes = [];
    if (base !== undefined) {
        const opened = await openGate(root, resolveBase('', undefined, base));
        notes.push(...opened.notes, ...opened.notices.map(n => `notice: ${n}`));
        if (opened.source === undefined)
            throw new UsageError(opened.notices.join('; '));
        gate = {
            source: opened.source,
            ...(opened.history !== undefined && { history: opened.history })
        };
    }
    try {
        const result = await runRepository({
            root,
            ...(args.config !== undefined && { configPath: external_node_path_default().resolve(io.cwd, args.config) }),
            severities: args.severities,
            ...(gate !== undefined && { gate })
        });
        result.notes.unshift(...notes);
        result.notes.push(...result.notices.map(n => `notice: ${n}`));
        return { root, result };
    }
    catch (e) {
        if (e instanceof CheckError)
            throw new UsageError(e.message);
        throw e;
    }
};
const runCheck = async (args, io) => {
    if (args.positionals.length > 0) {
        throw new UsageError(`check takes no arguments; got "${args.positionals[0]}" (use --root DIR)`);
    }
    const { result } = await repository(args, io, args.base);
    return { findings: result.findings, extras: { domains: result.domains }, notes: result.notes };
};
const runBump = async (args, io) => {
    if (args.positionals.length > 0) {
        throw new UsageError(`bump takes no arguments; got "${args.positionals[0]}" (use --domain)`);
    }
    const named = args.domains.map(d => d.toLowerCase().replace(/\.$/, ''));
    const { root, result } = await repository(args, io, named.length > 0 ? args.base : (args.base ?? 'HEAD'));
    const targets = named.length > 0 ? named : [...result.needsNewId];
    const unknown = targets.filter(d => !result.model.domains.some(m => m.domain === d));
    if (unknown.length > 0) {
        throw new UsageError(`no domain ${unknown.join(', ')} in this repository (see "mta-sts-lint check")`);
    }
    if (named.length === 0) {
        // Changed domains whose id changes by itself need no bump: say so, rather than nothing.
        for (const d of result.changedDomains) {
            const src = result.model.domains.find(m => m.domain === d)?.idSource;
            if (src?.computed === true) {
                targets.push(d);
            }
        }
    }
    const plan = planBump(result.model, targets, new Date(), result.config, f => (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(root, f), 'utf8'));
    for (const w of plan.writes) {
        await io.writeFile(external_node_path_default().join(root, w.file), w.text);
    }
    const lines = [
        ...plan.writes.map(w => `${w.file}: id of ${w.domains.join(', ')} is now ${plan.id}`),
        ...plan.skipped
    ];
    if (targets.length === 0 || plan.writes.length + plan.skipped.length === 0) {
        lines.push(result.changed
            ? 'a policy changed, and every id already changes with it (a new id, or one computed from the policy): nothing to bump'
            : 'no policy changed since the base: nothing to bump');
    }
    return { findings: [], extras: {}, notes: [...result.notes, ...lines], quietSummary: true };
};
const listRules = (args) => {
    if (args.format === 'json') {
        return `${JSON.stringify(RULES.map(r => r.meta), null, 2)}\n`;
    }
    const width = Math.max(...RULES.map(r => r.meta.id.length));
    return `${RULES.map(r => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n${' '.repeat(width + 11)}${r.meta.docs}`).join('\n')}\n`;
};
const useColor = (args, io) => {
    if (args.color !== undefined)
        return args.color;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdoutIsTTY && args.output === undefined;
};
const render = (args, io, outcome) => {
    const findings = [...outcome.findings].sort(compareFindings);
    switch (args.format) {
        case 'json':
            return formatJson(findings, outcome.extras);
        case 'sarif':
            return formatSarif(findings, RULES.map(r => r.meta));
        case 'github':
            return formatGithub(findings);
        case 'text': {
            const notes = (outcome.notes ?? []).map(n => `${escapeTerminal(n)}\n`).join('');
            if (outcome.quietSummary === true)
                return notes;
            return (formatText(findings, {
                color: useColor(args, io),
                ...(outcome.label !== undefined && { label: outcome.label })
            }) + notes);
        }
    }
};
/** Runs the CLI; resolves to the exit code. Never throws. */
const runCli = async (argv, io) => {
    let debug = argv.includes('--debug');
    try {
        const args = parseCliArgs(argv);
        debug = args.debug;
        if (args.version) {
            io.stdout(`${VERSION}\n`);
            return EXIT_OK;
        }
        if (args.help) {
            io.stdout(argv.some(a => a === args.command) ? commandHelp(args.command) : HELP);
            return EXIT_OK;
        }
        if (args.command === 'rules') {
            io.stdout(listRules(args));
            return EXIT_OK;
        }
        const outcome = args.command === 'policy'
            ? await runPolicy(args, io)
            : args.command === 'record'
                ? runRecord(args)
                : args.command === 'tlsrpt'
                    ? runTlsRpt(args)
                    : args.command === 'bump'
                        ? await runBump(args, io)
                        : await runCheck(args, io);
        const text = render(args, io, outcome);
        if (args.output !== undefined) {
            try {
                await io.writeFile(external_node_path_default().resolve(io.cwd, args.output), text);
            }
            catch (e) {
                throw new UsageError(`cannot write --output "${args.output}": ${e.message}`);
            }
        }
        else {
            io.stdout(text);
        }
        return outcome.findings.some(f => failsOn(f.severity, args.failOn)) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`${TOOL_NAME}: ${escapeTerminal(e.message)}\n`);
        }
        else {
            const err = e;
            io.stderr(`${TOOL_NAME}: internal error: ${escapeTerminal(err.message ?? String(e))}\n`);
            if (debug && err.stack !== undefined)
                io.stderr(`${err.stack}\n`);
        }
        return EXIT_FAILURE;
    }
};
const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');


/***/ }),

/***/ 7039:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SourceError)
/* harmony export */ });
/**
 * The gate's view of the outside world: file contents at the base commit and the history of a
 * file. Adapters: git (fetching the base on a shallow clone), the REST API (fallback).
 */
class SourceError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'SourceError';
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
