export const id = 974;
export const ids = [974];
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


/***/ })

};
