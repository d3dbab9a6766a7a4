export const id = 900;
export const ids = [900];
export const modules = {

/***/ 4900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_BYTES: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   createPolicyFetcher: () => (/* binding */ createPolicyFetcher),
/* harmony export */   policyHost: () => (/* binding */ policyHost),
/* harmony export */   skipIdentityCertificate: () => (/* binding */ skipIdentityCertificate)
/* harmony export */ });
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4956);
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6179);
/* harmony import */ var _tls_peer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9109);
/* harmony import */ var _site_well_known_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5809);
/**
 * The HTTPS probe (design sections 2 and 4, RFC 8461 section 3.3): GET
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` from each address of the policy host in turn,
 * with SNI and certificate name `mta-sts.<domain>`, TLS 1.2 or newer, no redirect followed and
 * at most 64 KiB of body read.
 *
 * node:https rather than fetch(): fetch hides the peer certificate. The connection is made with
 * `rejectUnauthorized: false` so that both the response and the certificate are seen; the
 * certificate is then judged here (chain and dates by OpenSSL against the trust store, the name
 * by tls.checkServerIdentity) and reported in `certificate` for the tls-certificate rules.
 */








const DEFAULT_MAX_BYTES = 64 * 1024;
/** `mta-sts.<domain>`, lower case, without a trailing dot. */
const policyHost = (domain) => `mta-sts.${(0,_domain_name_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalDomain */ .T)(domain)}`;
function createPolicyFetcher(opts = {}) {
    const port = opts.port ?? 443;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const secureContext = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .trustContext */ .K4)(opts.ca, 'createPolicyFetcher');
    return {
        fetch: (domain, addresses, signal) => fetchPolicy({ port, maxBytes, secureContext }, domain, addresses, signal)
    };
}
async function fetchPolicy(settings, domain, addresses, signal) {
    const started = performance.now();
    const host = policyHost(domain);
    const authority = settings.port === 443 ? host : `${host}:${settings.port}`;
    const url = `https://${authority}${_site_well_known_js__WEBPACK_IMPORTED_MODULE_5__/* .WELL_KNOWN_URL_PATH */ .V$}`;
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (kind, message, attempts, last) => ({
        ...answerFields(last),
        url,
        ...(last ? { address: last.address } : {}),
        elapsedMs: elapsed(),
        failure: { kind, message, attempts }
    });
    try {
        if (addresses.length === 0) {
            return failed('no-address', `${host} has no address to connect to`, []);
        }
        const attempts = [];
        let last;
        for (const raw of addresses) {
            const address = raw.replace(/^\[(.*)\]$/, '$1');
            if (signal.aborted) {
                const message = `${(0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .endpoint */ .sR)(address, settings.port)}: not tried, ${(0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .deadlineWord */ .Jw)(signal)} before its turn`;
                attempts.push({ address, message });
                return failed('timeout', message, attempts, last);
            }
            last = await attempt(settings, host, authority, address, signal, started);
            attempts.push({ address, message: last.summary });
            if (!last.failure) {
                return { ...answerFields(last), url, address, elapsedMs: elapsed() };
            }
            // An answer cut short, or the deadline passed: no other address is tried.
            if (last.status !== undefined || signal.aborted)
                break;
        }
        const final = last;
        const failure = final.failure;
        const message = attempts.length === 1
            ? failure.message
            : `every address of ${host} failed: ${attempts.map(a => a.message).join('; ')}`;
        return failed(failure.kind, message, attempts, final);
    }
    catch (err) {
        // Not expected (every attempt settles with an outcome); kept so that fetch never throws.
        return failed('protocol', `${host}: ${(0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)}`, []);
    }
}
/** The PolicyFetch fields an outcome carries, without undefined members. */
function answerFields(o) {
    if (!o)
        return {};
    const out = {};
    if (o.tlsVersion !== undefined)
        out.tlsVersion = o.tlsVersion;
    if (o.certificate !== undefined)
        out.certificate = o.certificate;
    if (o.status !== undefined)
        out.status = o.status;
    if (o.location !== undefined)
        out.location = o.location;
    if (o.contentType !== undefined)
        out.contentType = o.contentType;
    if (o.cacheControl !== undefined)
        out.cacheControl = o.cacheControl;
    if (o.age !== undefined)
        out.age = o.age;
    if (o.etag !== undefined)
        out.etag = o.etag;
    if (o.body !== undefined)
        out.body = o.body;
    if (o.truncated)
        out.truncated = true;
    return out;
}
const STAGE_WORDS = {
    connect: 'while connecting',
    handshake: 'during the TLS handshake',
    request: 'waiting for the HTTP response',
    body: 'reading the body'
};
/** GET the policy from one address. Settles once, with every socket destroyed; never rejects. */
function attempt(settings, host, authority, address, signal, started) {
    const where = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .endpoint */ .sR)(address, settings.port);
    return new Promise(resolve => {
        let stage = 'connect';
        let settled = false;
        let req;
        let socket;
        const outcome = { address, summary: '' };
        const chunks = [];
        let size = 0;
        const finish = (failure) => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            if (outcome.status !== undefined) {
                const body = Buffer.concat(chunks);
                outcome.body = new Uint8Array(body.subarray(0, settings.maxBytes));
            }
            if (failure) {
                outcome.failure = failure;
                outcome.summary = failure.message;
            }
            else {
                outcome.summary = `${where}: HTTP ${outcome.status}`;
            }
            // Whatever happened, nothing stays open: the request, its socket and the agent's socket.
            req?.destroy();
            socket?.destroy();
            resolve(outcome);
        };
        /** `(HTTP 200, 15 bytes of body read; ECONNRESET)`: what came, and the error's code. */
        const details = (code) => {
            const parts = stage === 'body' ? [`HTTP ${outcome.status}, ${size} bytes of body read`] : [];
            if (code)
                parts.push(code);
            return parts.length > 0 ? ` (${parts.join('; ')})` : '';
        };
        const onAbort = () => {
            const ms = Math.round(performance.now() - started);
            finish({
                kind: 'timeout',
                message: `${where}: ${(0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .deadlineWord */ .Jw)(signal)} after ${ms} ms ${STAGE_WORDS[stage]}${details()}`
            });
        };
        const onError = (err) => {
            if (settled)
                return;
            if (signal.aborted)
                return onAbort();
            const { kind, text } = classify(err, stage);
            finish({ kind, message: `${where}: ${text}${details((0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .codeOf */ .$N)(err))}` });
        };
        if (!node_net__WEBPACK_IMPORTED_MODULE_1___default().isIP(address)) {
            return finish({ kind: 'no-address', message: `${where}: not an IP address` });
        }
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        try {
            // The TLS connection is made here, not by an Agent: `agent: false` made a new Agent for
            // each request, which kept the TLS sessions it was sent for no later use (~5% of the CPU).
            const connection = {
                host: address,
                port: settings.port,
                servername: host,
                minVersion: 'TLSv1.2',
                rejectUnauthorized: false,
                // Trust (the chain and its dates) is read from socket.authorized; the name is checked
                // separately in describeCertificate, so Node's own name check must not mix into it.
                checkServerIdentity: () => undefined,
                secureContext: settings.secureContext
            };
            const options = {
                host: address,
                port: settings.port,
                path: _site_well_known_js__WEBPACK_IMPORTED_MODULE_5__/* .WELL_KNOWN_URL_PATH */ .V$,
                method: 'GET',
                headers: {
                    host: authority,
                    'user-agent': `${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .lH}/${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .xv}`,
                    accept: 'text/plain'
                },
                createConnection: () => {
                    const made = node_tls__WEBPACK_IMPORTED_MODULE_2___default().connect(connection);
                    skipIdentityCertificate(made);
                    return made;
                }
            };
            req = node_https__WEBPACK_IMPORTED_MODULE_0___default().request(options);
        }
        catch (err) {
            return onError(err);
        }
        req.on('error', onError);
        req.on('socket', s => {
            socket = s;
            socket.on('error', onError);
            socket.once('connect', () => {
                if (stage === 'connect')
                    stage = 'handshake';
            });
            socket.once('secureConnect', () => {
                stage = 'request';
                const tlsSocket = socket;
                outcome.tlsVersion = tlsSocket.getProtocol() ?? undefined;
                outcome.certificate = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .describeCertificate */ .dF)(tlsSocket, host);
            });
        });
        req.on('response', (res) => {
            stage = 'body';
            outcome.status = res.statusCode;
            const header = (name) => {
                const v = res.headers[name];
                return Array.isArray(v) ? v.join(', ') : v;
            };
            if (res.statusCode !== undefined && res.statusCode >= 300 && res.statusCode < 400) {
                outcome.location = header('location');
            }
            outcome.contentType = header('content-type');
            outcome.cacheControl = header('cache-control');
            outcome.age = header('age');
            outcome.etag = header('etag');
            res.on('error', onError);
            res.on('data', (chunk) => {
                if (settled)
                    return;
                chunks.push(chunk);
                size += chunk.length;
                if (size > settings.maxBytes) {
                    // Reading stops here: the rest is never asked for (the socket is destroyed).
                    outcome.truncated = true;
                    finish();
                }
            });
            res.on('end', () => finish());
            res.on('close', () => {
                if (!res.complete) {
                    onError(Object.assign(new Error('the connection closed before the end of the body'), {
                        code: 'ECONNRESET'
                    }));
                }
            });
        });
        req.end();
    });
}
/**
 * Node builds the peer's whole chain as objects (getPeerCertificate(true): three fingerprints and
 * the modulus in hex for each certificate) for one purpose, the argument of checkServerIdentity,
 * which here checks nothing (the name is judged in describeCertificate); that was ~15% of the CPU
 * of a loopback run. Until the handshake is done, the socket answers that call with an empty
 * object; trust (socket.authorized, OpenSSL's verdict on the chain) does not depend on it.
 */
function skipIdentityCertificate(socket) {
    socket.getPeerCertificate = (() => ({}));
    const restore = () => {
        delete socket.getPeerCertificate;
    };
    socket.once('secureConnect', restore);
    socket.once('close', restore);
}
// --- Failures -------------------------------------------------------------------------------
/** What kind of failure an error is, and a message for it (without the address or the code). */
function classify(err, stage) {
    const code = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .codeOf */ .$N)(err);
    const message = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err);
    const openssl = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .opensslReason */ .jv)(err);
    switch (code) {
        case 'ECONNREFUSED':
            return { kind: 'refused', text: 'connection refused' };
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EADDRNOTAVAIL':
        case 'EAFNOSUPPORT':
            return { kind: 'refused', text: 'could not connect: address unreachable' };
        case 'ETIMEDOUT':
            return { kind: 'timeout', text: `timed out ${STAGE_WORDS[stage]}` };
        case 'ECONNRESET':
        case 'EPIPE':
            return {
                kind: 'reset',
                text: stage === 'body'
                    ? 'the connection was closed before the end of the body'
                    : stage === 'request'
                        ? 'socket hang up: the connection was closed before an HTTP response'
                        : `the connection was reset ${STAGE_WORDS[stage]}`
            };
    }
    if (code.startsWith('HPE_') || code === 'ERR_INVALID_HTTP_RESPONSE') {
        return { kind: 'protocol', text: `not a valid HTTP response: ${message}` };
    }
    const tlsError = (0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .isTlsError */ .sl)(err) || stage === 'handshake';
    if (tlsError) {
        const why = openssl ?? message;
        if ((0,_tls_peer_js__WEBPACK_IMPORTED_MODULE_4__/* .isVersionFailure */ .lR)(code, why)) {
            return {
                kind: 'tls',
                text: `TLS handshake failed, ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .TLS_TOO_OLD */ .L}: ${why}`
            };
        }
        if (/CERT/.test(code) || /certificate/i.test(why)) {
            return {
                kind: 'certificate',
                text: `TLS handshake failed on the certificate: ${why}`
            };
        }
        return { kind: 'tls', text: `TLS handshake failed: ${why}` };
    }
    return {
        kind: stage === 'connect' ? 'refused' : 'protocol',
        text: `${stage === 'connect' ? 'could not connect' : 'failed'}: ${message}`
    };
}


/***/ }),

/***/ 9109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ codeOf),
/* harmony export */   Jw: () => (/* binding */ deadlineWord),
/* harmony export */   K4: () => (/* binding */ trustContext),
/* harmony export */   dF: () => (/* binding */ describeCertificate),
/* harmony export */   jv: () => (/* binding */ opensslReason),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   lR: () => (/* binding */ isVersionFailure),
/* harmony export */   sR: () => (/* binding */ endpoint),
/* harmony export */   sl: () => (/* binding */ isTlsError)
/* harmony export */ });
/* unused harmony export altNames */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What the TLS probes (https.ts for the policy host, smtp.ts for the MX hosts) read of a peer the
 * same way: the certificate as the certificate rules see it, OpenSSL's reasons for a failed
 * handshake, the extra CAs a test trusts, and how an address and a deadline are named.
 */


/**
 * A secure context, TLS 1.2 or newer, trusting Node's default store (NODE_EXTRA_CA_CERTS
 * included) or, when `ca` (PEM) is given, Node's bundled roots plus those.
 */
function trustContext(ca, who) {
    const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
    extra.forEach((pem, i) => {
        // Node ignores a CA that holds no certificate: say so instead of trusting less than asked.
        if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new TypeError(`${who}: ca[${i}] holds no PEM certificate`);
        }
    });
    // Built once per fetcher or probe, not per connection (as tls.connect does when given none):
    // Node's default context costs ~0.35 ms, a quarter of a domain's CPU on loopback. Without `ca`
    // it is Node's default store, NODE_EXTRA_CA_CERTS included, as each connection would build.
    return extra.length === 0
        ? node_tls__WEBPACK_IMPORTED_MODULE_1___default().createSecureContext({ minVersion: 'TLSv1.2' })
        : node_tls__WEBPACK_IMPORTED_MODULE_1___default().createSecureContext({ ca: [...(node_tls__WEBPACK_IMPORTED_MODULE_1___default().rootCertificates), ...extra], minVersion: 'TLSv1.2' });
}
/** `127.0.0.1:443`, `[::1]:25`. */
const endpoint = (address, port) => node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
/** `timed out` when the signal is a deadline, else `aborted`. */
const deadlineWord = (signal) => signal.reason?.name === 'TimeoutError'
    ? 'timed out'
    : 'aborted';
/** An error's message (not by instanceof: errors of Node's core may come from another realm). */
const errorText = (err) => {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
};
/** A Node or OpenSSL error code, in the forms they come in. */
function codeOf(err) {
    const e = err;
    return typeof e?.code === 'string' ? e.code : '';
}
/**
 * OpenSSL's reason in words (`tlsv1 alert protocol version`), from the error's `reason` or from
 * its message (`...:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:...`).
 */
function opensslReason(err) {
    const e = err;
    if (typeof e?.reason === 'string' && e.library === 'SSL routines')
        return e.reason;
    const m = /SSL routines:[^:]*:([^:]+):/.exec(errorText(err));
    return m ? m[1] : undefined;
}
/** Whether a failed handshake's code and reason say no TLS version of 1.2 or newer was agreed. */
const isVersionFailure = (code, why) => /protocol.version|unsupported.protocol|no.protocols.available|version.too.low/i.test(`${code} ${why}`);
/** Whether a TLS error is about the handshake (an OpenSSL reason, an SSL or TLS code). */
const isTlsError = (err) => {
    const code = codeOf(err);
    return (opensslReason(err) !== undefined ||
        code.startsWith('ERR_SSL_') ||
        code.startsWith('ERR_TLS_') ||
        code === 'EPROTO');
};
// --- The certificate ------------------------------------------------------------------------
/**
 * The peer certificate as the certificate rules see it, judged for `host`; undefined when none
 * was sent. The socket must have been made with `rejectUnauthorized: false` and no name check of
 * Node's own: trust (chain and dates) is read from `socket.authorized`, the name is checked here.
 */
function describeCertificate(socket, host) {
    // The X509Certificate form parses fields on demand: getPeerCertificate() would also compute
    // three fingerprints and the modulus in hex, which nothing here reads (13% of a loopback run).
    const cert = socket.getPeerX509Certificate();
    if (cert === undefined)
        return undefined;
    const dnsNames = altNames(cert.subjectAltName)
        .filter(n => n.startsWith('DNS:'))
        .map(n => n.slice(4));
    const cn = /^CN=(.*)$/m.exec(cert.subject)?.[1];
    const names = dnsNames.length > 0 ? dnsNames : cn === undefined ? [] : [cn];
    const trusted = socket.authorized;
    const problems = [];
    if (!trusted)
        problems.push(String(socket.authorizationError ?? 'not trusted'));
    let validForHost;
    if (dnsNames.length === 0) {
        // RFC 8461 sections 3.3 and 4.2 match the DNS-ID only: no fallback on the subject CN.
        validForHost = false;
        problems.push(`no DNS name in the certificate's subjectAltName, so it is not valid for ${host}`);
    }
    else {
        // Whole-label wildcards only (RFC 6125 6.4.3), and never the subject CN.
        validForHost = cert.checkHost(host, { subject: 'never', partialWildcards: false }) !== undefined;
        if (!validForHost) {
            problems.push(`${host} is not among the certificate's names: ${dnsNames.join(', ')}`);
        }
    }
    const info = {
        names,
        notBefore: isoDate(cert.validFrom),
        notAfter: isoDate(cert.validTo),
        issuer: cert.issuer.split('\n').filter(Boolean).join(', '),
        trusted,
        validForHost
    };
    if (problems.length > 0)
        info.problem = problems.join('; ');
    return info;
}
/** Node's `subjectaltname` (`DNS:a, DNS:b, IP Address:1.2.3.4`, odd values JSON-quoted). */
function altNames(text) {
    if (!text)
        return [];
    const out = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '\\' && i + 1 < text.length)
                current += text[++i];
            else if (c === '"')
                quoted = false;
            else
                current += c;
        }
        else if (c === '"') {
            quoted = true;
        }
        else if (c === ',' && text[i + 1] === ' ') {
            out.push(current);
            current = '';
            i++;
        }
        else {
            current += c;
        }
    }
    out.push(current);
    return out.filter(n => n.length > 0);
}
/** OpenSSL's `Dec  6 17:53:22 2026 GMT` as ISO; the text as given when it does not parse. */
function isoDate(text) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? text : new Date(t).toISOString();
}


/***/ })

};
