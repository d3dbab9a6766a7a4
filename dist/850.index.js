export const id = 850;
export const ids = [850];
export const modules = {

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   DEFAULT_TRIES: () => (/* binding */ DEFAULT_TRIES),
/* harmony export */   MAX_CNAMES: () => (/* binding */ MAX_CNAMES),
/* harmony export */   codeOf: () => (/* binding */ codeOf),
/* harmony export */   createDnsLookup: () => (/* binding */ createDnsLookup),
/* harmony export */   failure: () => (/* binding */ failure),
/* harmony export */   failureOf: () => (/* binding */ failureOf),
/* harmony export */   parseDnsServer: () => (/* binding */ parseDnsServer),
/* harmony export */   resolversWho: () => (/* binding */ resolversWho),
/* harmony export */   settle: () => (/* binding */ settle)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6179);
/**
 * The DNS adapter of verification: DnsLookup over `node:dns/promises`. With `servers` (the
 * `--dns-server` values), every lookup goes to them; without, to the system's resolvers.
 *
 * CNAMEs are followed explicitly, one hop at a time: each name is asked for the records wanted
 * and for its CNAME at once. An authoritative server answers a TXT query at an alias with the
 * CNAME alone (resolveTxt then gives an empty list), a recursive one with the CNAME and the
 * target's records (resolveTxt gives the records and hides the alias), and a dangling alias
 * makes the query NXDOMAIN: the CNAME query tells the three apart, so the answer always names
 * the owner that holds the records and the aliases on the way.
 *
 * Each lookup runs on a resolver of its own, made (and given its servers) before its first
 * query: cancelling it on abort stops that lookup's queries and nobody else's, and no server list
 * changes under a running query. No lookup throws or leaves a rejection unhandled.
 */



const DEFAULT_TIMEOUT_MS = 2000;
const DEFAULT_TRIES = 3;
/** The longest CNAME chain followed; one more alias is reported as ECNAMELOOP. */
const MAX_CNAMES = 8;
/** Resolvers kept for reuse once their lookups are over (about the concurrency of a run). */
const MAX_IDLE_RESOLVERS = 64;
const PORT = /^[0-9]{1,5}$/;
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/;
const checkPort = (s, port) => {
    const n = Number(port);
    if (!PORT.test(port) || n < 1 || n > 65535) {
        throw new TypeError(`invalid DNS server "${s}": the port must be a number from 1 to 65535`);
    }
    return String(n);
};
/**
 * A DNS server as given on the command line or in the action's input, in the form
 * `Resolver.setServers` takes: `1.2.3.4`, `1.2.3.4:5353`, `2001:db8::53`, `[2001:db8::53]:5353`.
 * Anything else (a host name, a bad port, brackets round IPv4, a scoped address) throws a
 * TypeError with a one-line reason. Checked here because setServers does not check everything:
 * a port of 0 aborts the Node process, 65536 wraps round to 0.
 */
const parseDnsServer = (s) => {
    if (s === '')
        throw new TypeError('invalid DNS server "": empty');
    if (/\s/.test(s))
        throw new TypeError(`invalid DNS server "${s}": it contains whitespace`);
    if (s.includes('%')) {
        throw new TypeError(`invalid DNS server "${s}": a scoped IPv6 address (with %) is not supported`);
    }
    const bracketed = BRACKETED.exec(s);
    if (bracketed !== null) {
        const [, address = '', port] = bracketed;
        if (!node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(address)) {
            throw new TypeError(`invalid DNS server "${s}": only an IPv6 address goes in brackets ([2001:db8::53]:5353)`);
        }
        return port === undefined ? address : `[${address}]:${checkPort(s, port)}`;
    }
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(s))
        return s;
    const colon = s.lastIndexOf(':');
    const host = colon === -1 ? s : s.slice(0, colon);
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(host))
        return colon === -1 ? host : `${host}:${checkPort(s, s.slice(colon + 1))}`;
    if (host.includes(':')) {
        throw new TypeError(`invalid DNS server "${s}": not an IP address (an IPv6 address with a port goes in brackets: [2001:db8::53]:5353)`);
    }
    throw new TypeError(`invalid DNS server "${s}": not an IP address (a server is given by address, since finding it by name would need DNS itself)`);
};
const codeOf = (e) => typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
const KNOWN = new Set([
    'ENOTFOUND',
    'ENODATA',
    'ESERVFAIL',
    'EREFUSED',
    'ETIMEOUT',
    'ECONNREFUSED'
]);
const via = (cnames, asked) => cnames.length === 0
    ? ''
    : ` (reached from ${asked} through CNAME${cnames.length === 1 ? '' : 's'} ${cnames.join(' → ')})`;
/** A failure worded for a mail admin: who was asked, what it answered, about which name. */
const failure = (asking, code, name, detail) => {
    const { who, timeoutMs, tries } = asking;
    const type = detail.type ?? asking.type;
    const path = via(detail.cnames, detail.asked);
    const message = (() => {
        switch (code) {
            case 'ENOTFOUND':
                return `${who} answered NXDOMAIN: ${name} does not exist${path}`;
            case 'ENODATA':
                return `${who} answered NODATA: ${name} exists but has no ${type} record${path}`;
            case 'ESERVFAIL':
                return `${who} answered SERVFAIL for ${name} ${type}${path}: the server could not resolve it (a broken delegation or a DNSSEC failure is the usual cause)`;
            case 'EREFUSED':
                return `${who} answered REFUSED for ${name} ${type}${path}: the server will not answer this query (it does not serve this zone, or does not recurse for this client)`;
            case 'ETIMEOUT':
                return `${who} did not answer the ${type} query for ${name}${path} (${tries === 1
                    ? `no reply within ${timeoutMs} ms`
                    : `no reply to ${tries} tries of ${timeoutMs} ms or more`})`;
            case 'ECONNREFUSED':
                return `${who} refused the connection for ${name} ${type}${path}: no DNS server listens there`;
            case 'EOTHER':
                return `${who} could not answer ${name} ${type}${path}: ${detail.nodeMessage ?? 'unknown error'}`;
        }
    })();
    return { code, name, ...(asking.server === undefined ? {} : { server: asking.server }), message };
};
const failureOf = (asking, e, name, detail) => {
    const code = codeOf(e);
    if (code !== undefined && KNOWN.has(code)) {
        return failure(asking, code, name, detail);
    }
    const nodeMessage = e instanceof Error ? e.message : String(e);
    return failure(asking, 'EOTHER', name, { ...detail, nodeMessage });
};
const settle = (p) => p.then(value => ({ ok: true, value }), (error) => ({ ok: false, error }));
/** An empty answer or NODATA: the name holds nothing of the type asked. */
const empty = (r) => r.ok ? r.value.length === 0 : codeOf(r.error) === 'ENODATA';
const NOTHING = { code: 'ENODATA' };
/**
 * Follows `asked`'s CNAMEs, asking each name for its records (the plan's queries) and for its
 * CNAME at once, and answers with the records of the first name that is no alias. Undefined when
 * `stopped` turned true meanwhile.
 */
const follow = async (resolver, asking, asked, plan, stopped) => {
    const cnames = [];
    let name = asked;
    for (;;) {
        const [alias, ...answers] = await Promise.all([
            settle(resolver.resolveCname(name)),
            ...plan.queries.map(q => settle(q(resolver, name)))
        ]);
        if (stopped() || alias === undefined)
            return undefined;
        const detail = { asked, cnames };
        const target = alias.ok && alias.value[0] !== undefined ? (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalDomain */ .T)(alias.value[0]) : undefined;
        if (target !== undefined) {
            const loop = target === asked || cnames.includes(target);
            if (loop || cnames.length === MAX_CNAMES) {
                const chain = [asked, ...cnames, target].join(' → ');
                const error = {
                    code: 'ECNAMELOOP',
                    name,
                    ...(asking.server === undefined ? {} : { server: asking.server }),
                    message: loop
                        ? `${asking.who} answered a CNAME loop: ${chain}`
                        : `${asking.who} answered a chain of more than ${MAX_CNAMES} CNAMEs: ${chain} (resolvers give up before the end)`
                };
                return { ok: false, error, cnames };
            }
            cnames.push(target);
            name = target;
            continue;
        }
        // No alias: the records (or the failure) are this name's own. When they are missing and the
        // CNAME query failed otherwise than by NODATA or NXDOMAIN, that failure is the answer: an
        // alias may hide behind it.
        const aliasCode = codeOf(alias.ok ? undefined : alias.error);
        if (!alias.ok && answers.every(empty) && aliasCode !== 'ENODATA' && aliasCode !== 'ENOTFOUND') {
            const error = failureOf(asking, alias.error, name, { ...detail, type: 'CNAME' });
            return { ok: false, error, cnames };
        }
        const outcome = plan.combine(answers);
        if (outcome.ok)
            return { ok: true, value: outcome.value, owner: name, cnames };
        const error = failureOf(asking, outcome.error, name, { ...detail, type: outcome.type });
        return { ok: false, error, cnames };
    }
};
/** One record type: its records, or the failure of its query. */
const single = (type, value) => ([answer]) => {
    if (answer === undefined || (answer.ok && answer.value.length === 0)) {
        return { ok: false, error: NOTHING, type };
    }
    return answer.ok
        ? { ok: true, value: value(answer.value) }
        : { ok: false, error: answer.error, type };
};
/** A and AAAA: the addresses of either (IPv4 first); when both fail, the more telling failure. */
const bothFamilies = ([v4, v6]) => {
    const found = [v4, v6].flatMap(a => (a !== undefined && a.ok ? a.value : []));
    if (found.length > 0)
        return { ok: true, value: found };
    // A real failure (a timeout, SERVFAIL) speaks before a plain "no record".
    if (v4 !== undefined && !v4.ok && !empty(v4))
        return { ok: false, error: v4.error, type: 'A' };
    if (v6 !== undefined && !v6.ok && !empty(v6))
        return { ok: false, error: v6.error, type: 'AAAA' };
    return { ok: false, error: NOTHING, type: 'A or AAAA' };
};
const txtPlan = {
    type: 'TXT',
    queries: [(r, n) => r.resolveTxt(n)],
    // RFC 8461 3.1: a record's character-strings are joined with nothing between them.
    combine: single('TXT', records => records.map(strings => strings.join('')))
};
const mxPlan = {
    type: 'MX',
    queries: [(r, n) => r.resolveMx(n)],
    combine: single('MX', records => records
        .map(({ exchange, priority }) => ({
        exchange: (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalDomain */ .T)(exchange),
        priority
    }))
        .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange)))
};
const addressPlan = {
    type: 'A/AAAA',
    queries: [(r, n) => r.resolve4(n), (r, n) => r.resolve6(n)],
    combine: bothFamilies
};
/** Who answers through these resolvers, in words for messages (`--dns-server`, or the system's). */
const resolversWho = (servers) => servers.length === 0
    ? 'the system resolver'
    : servers.length === 1
        ? servers[0]
        : `the DNS servers asked (${servers.join(', ')})`;
const createDnsLookup = (opts = {}) => {
    const servers = (opts.servers ?? []).map(parseDnsServer);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const tries = opts.tries ?? DEFAULT_TRIES;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
        throw new TypeError(`invalid DNS timeout ${timeoutMs}: a whole number of milliseconds, 1 or more`);
    }
    if (!Number.isInteger(tries) || tries < 1) {
        throw new TypeError(`invalid DNS tries ${tries}: a whole number, 1 or more`);
    }
    const who = resolversWho(servers);
    const base = { who, timeoutMs, tries, ...(servers.length === 1 ? { server: servers[0] } : {}) };
    const newResolver = () => {
        const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.Resolver({ timeout: timeoutMs, tries });
        if (servers.length > 0)
            resolver.setServers(servers);
        return resolver;
    };
    // One resolver per signal (a domain's lookups share its deadline) while it has lookups running:
    // an abort cancels that domain's queries and no other's. When its last lookup ends, the resolver
    // goes back to a pool for the next signal (a new c-ares channel and its socket cost more than
    // the queries of a domain on loopback); a cancelled one is dropped. Lookups without a signal
    // share one resolver that is never cancelled.
    const bySignal = new WeakMap();
    const idle = [];
    let unsignalled;
    const acquire = (signal) => {
        if (signal === undefined)
            return (unsignalled ??= newResolver());
        let held = bySignal.get(signal);
        if (held === undefined) {
            held = { resolver: idle.pop() ?? newResolver(), lookups: 0 };
            bySignal.set(signal, held);
        }
        held.lookups++;
        return held.resolver;
    };
    const release = (signal, cancelled) => {
        const held = signal === undefined ? undefined : bySignal.get(signal);
        if (signal === undefined || held === undefined || --held.lookups > 0)
            return;
        bySignal.delete(signal);
        if (!cancelled && idle.length < MAX_IDLE_RESOLVERS)
            idle.push(held.resolver);
    };
    /**
     * Runs one lookup on its signal's resolver. An abort cancels the queries of that signal and
     * answers at once with ETIMEOUT; whatever the lookup then settles to is dropped.
     */
    const run = async (input, plan, signal) => {
        const { type } = plan;
        const asking = { ...base, type };
        const asked = (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalDomain */ .T)(input);
        const fail = (e) => ({
            ok: false,
            error: failureOf(asking, e, asked, { asked, cnames: [] }),
            cnames: []
        });
        const abortAnswer = () => {
            // AbortSignal.timeout's reason: a DOMException named TimeoutError (of any realm).
            const reason = signal?.reason;
            const why = typeof reason === 'object' &&
                reason !== null &&
                'name' in reason &&
                reason.name === 'TimeoutError'
                ? 'the time allowed for the lookup ran out'
                : 'the lookup was cancelled';
            const error = failure(asking, 'ETIMEOUT', asked, { asked, cnames: [] });
            error.message = `${who} gave no answer to the ${type} query for ${asked} before ${why}`;
            return { ok: false, error, cnames: [] };
        };
        if (signal?.aborted === true)
            return abortAnswer();
        let resolver;
        try {
            resolver = acquire(signal);
        }
        catch (e) {
            return fail(e);
        }
        let aborted = false;
        let onAbort;
        const abortion = new Promise(resolve => {
            onAbort = () => {
                aborted = true;
                resolver.cancel();
                resolve(abortAnswer());
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        });
        const lookup = follow(resolver, asking, asked, plan, () => aborted).then(answer => answer ?? abortAnswer(), fail);
        try {
            return await Promise.race([lookup, abortion]);
        }
        finally {
            if (onAbort !== undefined)
                signal?.removeEventListener('abort', onAbort);
            release(signal, aborted);
        }
    };
    return {
        txt: (name, signal) => run(name, txtPlan, signal),
        addresses: (host, signal) => run(host, addressPlan, signal),
        mx: (domain, signal) => run(domain, mxPlan, signal)
    };
};


/***/ })

};
