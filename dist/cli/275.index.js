export const id = 275;
export const ids = [275,974];
export const modules = {

/***/ 4974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareDrift: () => (/* binding */ compareDrift),
/* harmony export */   nd: () => (/* binding */ STATE_VERSION),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   rT: () => (/* binding */ STATE_TOOL)
/* harmony export */ });
/* unused harmony exports HISTORY_LIMIT, policyDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _message_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4838);
/* harmony import */ var _policy_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2927);
/**
 * Drift between runs (`--state FILE`, design section 2): what each domain served last time, kept
 * in a state, weighed against what it serves now. Pure: the state in, the verified domains in,
 * findings and the new state out; the file is read and written by state-file.ts.
 *
 * Two rules of the id gate apply here live, under their own ids (their modules are gate rules,
 * so these checks feed findings with the same ids rather than running as rules):
 * - `id-not-changed`: the served policy changed (in effective values) while the live id stayed;
 *   reported on every run until the id changes, since senders keep what they cached under it.
 * - `id-reused`: the live id went back to one seen earlier with a different policy.
 */



const STATE_VERSION = 1;
const STATE_TOOL = 'mta-sts-lint';
/** (id, policy) pairs kept per domain, the most recently first seen last. */
const HISTORY_LIMIT = 50;
const emptyState = () => ({
    version: STATE_VERSION,
    tool: STATE_TOOL,
    domains: {}
});
/**
 * The sha256 (hex) of the policy's effective values as canonical JSON: keys in a fixed order, mx
 * patterns lower-cased, without repeats and sorted, extensions sorted by name. Two policies have
 * the same digest exactly when samePolicy says they are the same (a byte-only change is none).
 */
const policyDigest = (p) => {
    const ext = p.extensions ?? {};
    const canonical = {
        version: p.version ?? null,
        mode: p.mode ?? null,
        max_age: p.max_age ?? null,
        mx: [...new Set(p.mx.map(m => m.toLowerCase()))].sort(),
        extensions: Object.keys(ext)
            .sort()
            .map(k => [k, ext[k]])
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex');
};
const RULE_SEVERITY = { 'id-not-changed': 'error', 'id-reused': 'error' };
const day = (iso) => iso === undefined ? 'an earlier run' : (0,_message_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(new Date(iso)).slice(0, 10);
const bounded = (list) => list.length > HISTORY_LIMIT ? list.slice(list.length - HISTORY_LIMIT) : list;
/** One domain: its findings and its next state. */
const compareDomain = (prev, { domain, live }, now) => {
    const next = {
        ...prev,
        digestsUnderId: [...(prev?.digestsUnderId ?? [])],
        history: [...(prev?.history ?? [])]
    };
    const findings = [];
    const id = live.id;
    // An unknown id or policy (a lookup or fetch that failed) leaves what was known as it was.
    if (id !== undefined && id !== prev?.id) {
        next.id = id;
        next.idFirstSeen = now;
        next.digestsUnderId = [];
    }
    const cert = live.certificate?.notAfter;
    if (cert !== undefined && cert !== prev?.notAfter) {
        next.notAfter = cert;
        next.notAfterFirstSeen = now;
    }
    if (live.policy === undefined)
        return { findings, next };
    const digest = policyDigest(live.policy);
    if (digest !== prev?.policyDigest) {
        next.policyDigest = digest;
        next.policyFirstSeen = now;
    }
    next.policy = live.policy;
    if (id === undefined)
        return { findings, next };
    const underId = next.digestsUnderId;
    if (!underId.includes(digest))
        underId.push(digest);
    next.digestsUnderId = bounded(underId);
    const record = `_mta-sts.${domain}`;
    // The same id, another policy than one served under it since it was first seen.
    if (underId.some(d => d !== digest)) {
        const changed = prev?.policy !== undefined && prev.policyDigest !== undefined && prev.policyDigest !== digest
            ? `changed since ${day(prev.policyFirstSeen)} (${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_1__/* .listChanges */ .Wd)((0,_policy_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .policyChanges */ .cb)(prev.policy, live.policy))})`
            : `is not the one first served under it on ${day(next.idFirstSeen)}`;
        findings.push({
            rule: 'id-not-changed',
            url: live.url,
            message: `the policy served at ${live.url} ${changed}, but the id in ${record} is still ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(id)}: senders keep the policy they cached under that id until the id changes (or its max_age runs out); publish a new id in ${record} now that the new policy is served`
        });
    }
    // An id seen before with a policy not served under it since it came back.
    const earlier = next.history.find(h => h.id === id && h.policy !== digest && !underId.includes(h.policy));
    if (earlier !== undefined) {
        findings.push({
            rule: 'id-reused',
            url: record,
            message: `${record} publishes id ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(id)} again, first seen on ${day(earlier.firstSeen)} with a different policy than the one served at ${live.url} now: senders that cached that policy under this id will not fetch this one; publish an id never used before`
        });
    }
    if (!next.history.some(h => h.id === id && h.policy === digest)) {
        next.history = bounded([...next.history, { id, policy: digest, firstSeen: now }]);
    }
    return { findings, next };
};
/**
 * The verified domains weighed against the state: findings (id-not-changed, id-reused, subject to
 * the configured severities) and the state to write. Domains not verified this run keep theirs.
 */
const compareDrift = (state, verified, now, severities) => {
    const domains = { ...state.domains };
    const findings = [];
    const at = now.toISOString();
    for (const v of verified) {
        const prev = Object.hasOwn(state.domains, v.domain) ? state.domains[v.domain] : undefined;
        const result = compareDomain(prev, v, at);
        domains[v.domain] = result.next;
        for (const f of result.findings) {
            const setting = severities?.[f.rule];
            if (setting === 'off')
                continue;
            findings.push({
                rule: f.rule,
                severity: setting ?? RULE_SEVERITY[f.rule],
                message: f.message,
                domain: v.domain,
                url: f.url
            });
        }
    }
    return { findings, state: { version: STATE_VERSION, tool: STATE_TOOL, domains } };
};


/***/ }),

/***/ 9275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStateFile: () => (/* binding */ readStateFile),
/* harmony export */   writeStateFile: () => (/* binding */ writeStateFile)
/* harmony export */ });
/* unused harmony export parseState */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _check_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1248);
/* harmony import */ var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2601);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4974);
/**
 * The drift state on disk (`--state FILE`, the action's `state` input): pure JSON, versioned,
 * read before verification and written after it, atomically (a temporary file in the same
 * folder, then a rename). A file that is not ours, or that this version cannot read, fails the
 * run with one line and is never overwritten.
 */






const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const OPTIONAL_STRINGS = [
    'id',
    'idFirstSeen',
    'policyDigest',
    'policyFirstSeen',
    'notAfter',
    'notAfterFirstSeen'
];
/** Why a domain's entry is not one this version wrote, or undefined when it is. */
const entryProblem = (e) => {
    if (!isObject(e))
        return 'is not an object';
    for (const k of OPTIONAL_STRINGS) {
        if (e[k] !== undefined && typeof e[k] !== 'string')
            return `${k} is not a string`;
    }
    if (e.policy !== undefined && (!isObject(e.policy) || !Array.isArray(e.policy.mx))) {
        return 'policy is not a policy';
    }
    if (!Array.isArray(e.digestsUnderId) || !e.digestsUnderId.every(d => typeof d === 'string')) {
        return 'digestsUnderId is not a list of strings';
    }
    if (!Array.isArray(e.history) ||
        !e.history.every(h => isObject(h) &&
            typeof h.id === 'string' &&
            typeof h.policy === 'string' &&
            typeof h.firstSeen === 'string')) {
        return 'history is not a list of { id, policy, firstSeen }';
    }
    return undefined;
};
/** The state a file holds, or why it is not one (the message names no file). */
const parseState = (text) => {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`not JSON (${e.message})`, { cause: e });
    }
    if (!isObject(data) || data.tool !== _drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_TOOL */ .rT) {
        throw new Error(`not an ${_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_TOOL */ .rT} state file (no "tool": "${_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_TOOL */ .rT}")`);
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
        throw new Error(`its version ${JSON.stringify(data.version)} is not a version number`);
    }
    if (data.version > _drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_VERSION */ .nd) {
        throw new Error(`its version ${data.version} is newer than this ${_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_TOOL */ .rT} reads (${_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_VERSION */ .nd}); upgrade ${_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_TOOL */ .rT} or give another file`);
    }
    if (!isObject(data.domains))
        throw new Error('it has no "domains" object');
    for (const [domain, entry] of Object.entries(data.domains)) {
        const problem = entryProblem(entry);
        if (problem !== undefined)
            throw new Error(`its entry for ${domain}: ${problem}`);
    }
    return data;
};
/** The state kept in `file`; an empty one when there is no file yet (the first run). */
const readStateFile = async (file) => {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return (0,_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyState */ .p$)();
        throw new _check_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckError */ .t(`state file ${file}: cannot be read (${e.message})`);
    }
    try {
        return parseState(text);
    }
    catch (e) {
        throw new _check_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckError */ .t(`state file ${file}: ${e.message}; it was left as it is (give another --state file, or remove this one to start afresh)`);
    }
};
/** Writes the state: a temporary file beside `file`, then renamed over it (its folder made). */
const writeStateFile = async (file, state) => {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,_make_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFolders */ .w)(dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(state, null, 2)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
        throw new _check_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckError */ .t(`state file ${file}: cannot be written (${e.message})`);
    }
};


/***/ })

};
