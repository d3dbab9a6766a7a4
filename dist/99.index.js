export const id = 99;
export const ids = [99];
export const modules = {

/***/ 3099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSmtpProbe: () => (/* binding */ createSmtpProbe)
});

// UNUSED EXPORTS: DEFAULT_STEP_TIMEOUT_MS, SMTP_PORT

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/verify/smtp-reply.ts
/** Generous against RFC 5321's limits: servers that exceed them a little still speak SMTP. */
const DEFAULT_REPLY_LIMITS = {
    maxLineBytes: 2048,
    maxLines: 100,
    maxBytes: 64 * 1024
};
const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const DASH = 0x2d;
const isDigit = (b) => b !== undefined && b >= 0x30 && b <= 0x39;
/** `2yz` to `5yz` (RFC 5321 4.2). */
const isCode = (line) => line.length >= 3 && line[0] >= 0x32 && line[0] <= 0x35 && isDigit(line[1]) && isDigit(line[2]);
/** Printable text of a line: controls (but tab) shown as `\xNN`, invalid UTF-8 as U+FFFD. */
const lineText = (bytes) => {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    let out = '';
    for (const c of text) {
        const code = c.charCodeAt(0);
        out +=
            (code < 0x20 && c !== '\t') || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c;
    }
    return out;
};
/** A short, printable quote of a bad line for an error message. */
const shown = (bytes) => {
    const text = lineText(bytes.subarray(0, 60));
    return JSON.stringify(bytes.length > 60 ? `${text}...` : text);
};
class ReplyReader {
    limits;
    pending = [];
    pendingSize = 0;
    lines = [];
    code;
    total = 0;
    failed;
    constructor(limits = DEFAULT_REPLY_LIMITS) {
        this.limits = limits;
    }
    /** Bytes read so far. */
    get bytesRead() {
        return this.total;
    }
    /** Whether a reply has begun (a continuation line read) without its last line yet. */
    get inReply() {
        return this.code !== undefined;
    }
    /** Bytes after the last complete line (a server that speaks before its turn). */
    get leftover() {
        return this.pendingSize;
    }
    push(chunk) {
        const replies = [];
        if (this.failed !== undefined)
            return { replies, error: this.failed };
        let start = 0;
        const fail = (error) => {
            this.failed = error;
            this.pending = [];
            this.pendingSize = 0;
            return { replies, error };
        };
        const room = this.limits.maxBytes - this.total;
        if (chunk.length > room) {
            // Only what fits is read: the rest may hold replies, but the bound is the bound.
            const read = this.push(chunk.subarray(0, Math.max(0, room)));
            if (read.error !== undefined)
                return read;
            replies.push(...read.replies);
            this.total = this.limits.maxBytes;
            return fail(`more than ${this.limits.maxBytes} bytes sent`);
        }
        this.total += chunk.length;
        for (let i = 0; i < chunk.length; i++) {
            if (chunk[i] !== LF)
                continue;
            const part = chunk.subarray(start, i);
            start = i + 1;
            let line = part;
            if (this.pendingSize > 0) {
                line = concat([...this.pending, part], this.pendingSize + part.length);
                this.pending = [];
                this.pendingSize = 0;
            }
            if (line.length > this.limits.maxLineBytes + 1) {
                return fail(`a line longer than ${this.limits.maxLineBytes} bytes`);
            }
            if (line.length > 0 && line[line.length - 1] === CR)
                line = line.subarray(0, line.length - 1);
            if (line.length > this.limits.maxLineBytes) {
                return fail(`a line longer than ${this.limits.maxLineBytes} bytes`);
            }
            const sep = line.length === 3 ? SP : line[3];
            if (!isCode(line) || (sep !== SP && sep !== DASH)) {
                return fail(`not an SMTP reply line: ${shown(line)}`);
            }
            const code = (line[0] - 0x30) * 100 + (line[1] - 0x30) * 10 + (line[2] - 0x30);
            if (this.code !== undefined && code !== this.code) {
                return fail(`a reply line with code ${code} inside a ${this.code} reply`);
            }
            this.code = code;
            this.lines.push(lineText(line.subarray(4)));
            if (sep === DASH) {
                if (this.lines.length >= this.limits.maxLines) {
                    return fail(`a reply of more than ${this.limits.maxLines} lines`);
                }
                continue;
            }
            replies.push({ code, lines: this.lines });
            this.code = undefined;
            this.lines = [];
        }
        const rest = chunk.subarray(start);
        if (rest.length > 0) {
            if (this.pendingSize + rest.length > this.limits.maxLineBytes + 1) {
                return fail(`a line longer than ${this.limits.maxLineBytes} bytes`);
            }
            // A copy: the socket may reuse its buffer.
            this.pending.push(Uint8Array.from(rest));
            this.pendingSize += rest.length;
        }
        return { replies };
    }
}
const concat = (parts, size) => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
};
/** The reply as one line of text for a message: `554 5.7.1 no service here`. */
const replyText = (reply, max = 200) => {
    const text = `${reply.code} ${reply.lines.join(' / ')}`.trim();
    return text.length > max ? `${text.slice(0, max)}...` : text;
};
/** The EHLO keywords of a 250 reply (the first line greets: the rest name extensions). */
const ehloKeywords = (reply) => reply.lines
    .slice(1)
    .map(l => l.trim().split(/\s+/)[0].toUpperCase())
    .filter(k => k !== '');

// EXTERNAL MODULE: ./src/verify/tls-peer.ts
var tls_peer = __webpack_require__(9109);
// EXTERNAL MODULE: ./src/verify/types.ts
var types = __webpack_require__(4956);
;// CONCATENATED MODULE: ./src/verify/smtp.ts
/**
 * The SMTP probe (design sections 2 and 4, RFC 8461 section 4.2, RFC 3207): for one MX host,
 * connect to port 25 of its addresses in turn, read the greeting, EHLO, check that STARTTLS is
 * offered, upgrade the same connection to TLS 1.2 or newer with SNI the MX name, judge the
 * certificate for the MX name as senders in `enforce` do, then QUIT.
 *
 * It reports facts and never throws: what was said, what was offered, the handshake and the
 * certificate, or where and why the conversation stopped. Every step has its time limit, every
 * read its bounds (line length, lines per reply, bytes in all), and the caller's signal ends it
 * all. Loaded only when SMTP probing is on.
 */





const SMTP_PORT = 25;
const DEFAULT_STEP_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_ADDRESSES = 4;
/** How long the answer to QUIT is waited for: the probe's result no longer depends on it. */
const QUIT_WAIT_MS = 2_000;
function createSmtpProbe(opts = {}) {
    const settings = {
        port: opts.port ?? SMTP_PORT,
        stepMs: opts.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
        limits: { ...DEFAULT_REPLY_LIMITS, ...opts.limits },
        maxAddresses: Math.max(1, opts.maxAddresses ?? DEFAULT_MAX_ADDRESSES),
        secureContext: (0,tls_peer/* trustContext */.K4)(opts.ca, 'createSmtpProbe')
    };
    return { probe: (host, addresses, signal) => probeHost(settings, host, addresses, signal) };
}
async function probeHost(settings, name, addresses, signal) {
    const started = performance.now();
    const host = name.toLowerCase().replace(/\.$/, '');
    const base = () => ({
        host,
        port: settings.port,
        elapsedMs: Math.round(performance.now() - started)
    });
    const attempts = [];
    const failed = (kind, stage, message, last) => ({
        ...base(),
        ...(last !== undefined && factsOf(last)),
        failure: { kind, stage, message, attempts }
    });
    try {
        if (addresses.length === 0) {
            return failed('no-address', 'lookup', `${host} has no address to connect to`);
        }
        let last;
        for (const raw of addresses.slice(0, settings.maxAddresses)) {
            const address = raw.replace(/^\[(.*)\]$/, '$1');
            if (signal.aborted) {
                const message = `${(0,tls_peer/* endpoint */.sR)(address, settings.port)}: not tried, ${(0,tls_peer/* deadlineWord */.Jw)(signal)} before its turn`;
                attempts.push({ address, message });
                return failed('timeout', 'connect', message, last);
            }
            last = await converse(settings, host, address, signal);
            attempts.push({
                address,
                message: last.failure?.message ??
                    `${(0,tls_peer/* endpoint */.sR)(address, settings.port)}: STARTTLS with ${last.tlsVersion ?? 'TLS'}`
            });
            if (last.failure === undefined)
                return { ...base(), ...factsOf(last) };
            if (last.reached || signal.aborted)
                break;
        }
        const final = last;
        const failure = final.failure;
        const message = attempts.length === 1
            ? failure.message
            : `every address of ${host} failed: ${attempts.map(a => a.message).join('; ')}`;
        return failed(failure.kind, failure.stage, message, final);
    }
    catch (err) {
        // Not expected (every conversation settles with an outcome); kept so that probe never throws.
        return failed('protocol', 'connect', `${host}: ${(0,tls_peer/* errorText */.kc)(err)}`);
    }
}
/** The check's fields an outcome carries, without undefined members. */
const factsOf = (o) => {
    const out = { address: o.address };
    if (o.greeting !== undefined)
        out.greeting = o.greeting;
    if (o.ehlo !== undefined)
        out.ehlo = o.ehlo;
    if (o.starttls !== undefined)
        out.starttls = o.starttls;
    if (o.tlsVersion !== undefined)
        out.tlsVersion = o.tlsVersion;
    if (o.certificate !== undefined)
        out.certificate = o.certificate;
    return out;
};
// --- One conversation -----------------------------------------------------------------------
/** A step that ended the conversation: thrown inside converse(), caught there. */
class Stop extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const STAGE_WORDS = {
    lookup: 'looking up its addresses',
    connect: 'while connecting',
    greeting: 'waiting for the greeting',
    ehlo: 'waiting for the reply to EHLO',
    starttls: 'waiting for the reply to STARTTLS',
    handshake: 'during the TLS handshake'
};
/** `EHLO [192.0.2.1]`: the client's address as a literal (RFC 5321 4.1.3), no host name told. */
const ehloArgument = (local) => {
    if (local === undefined || local === '')
        return '[127.0.0.1]';
    const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(local)?.[1] ?? local;
    return external_node_net_default().isIPv4(v4) ? `[${v4}]` : `[IPv6:${local}]`;
};
/** One address: greeting, EHLO, STARTTLS, handshake, QUIT. Settles once; never rejects. */
async function converse(settings, host, address, signal) {
    const where = (0,tls_peer/* endpoint */.sR)(address, settings.port);
    const out = { address, reached: false };
    let stage = 'connect';
    const reader = new ReplyReader(settings.limits);
    const replies = [];
    /** What ended the conversation from outside a step (an error, a close, garbage, the signal). */
    let broken;
    let wake;
    let raw;
    let secure;
    const current = () => broken;
    const stopWith = (stop) => {
        broken ??= stop;
        wake?.();
    };
    const onAbort = () => stopWith(new Stop('timeout', `${where}: ${(0,tls_peer/* deadlineWord */.Jw)(signal)} ${STAGE_WORDS[stage]}`));
    const onData = (chunk) => {
        const read = reader.push(chunk);
        replies.push(...read.replies);
        if (read.error !== undefined) {
            stopWith(new Stop('protocol', `${where}: does not speak SMTP ${STAGE_WORDS[stage]}: ${read.error}`));
        }
        wake?.();
    };
    const onError = (err) => stopWith(classify(err, stage, where));
    const onClose = () => stopWith(stage === 'connect' || stage === 'greeting'
        ? new Stop('refused', `${where}: the connection was closed ${STAGE_WORDS[stage]}`)
        : new Stop(stage === 'handshake' ? 'tls' : 'protocol', `${where}: the server closed the connection ${STAGE_WORDS[stage]}`));
    /** Waits until `ready()` or the step's time runs out; throws the Stop that ended it. */
    const until = async (ready, ms = settings.stepMs) => {
        if (broken !== undefined)
            throw broken;
        if (ready())
            return;
        await new Promise(resolve => {
            const timer = setTimeout(() => {
                stopWith(new Stop('timeout', `${where}: no answer within ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} ${STAGE_WORDS[stage]}`));
            }, ms);
            wake = () => {
                if (broken === undefined && !ready())
                    return;
                clearTimeout(timer);
                wake = undefined;
                resolve();
            };
        });
        // Read again: the step's wait may have ended because something broke it.
        const after = current();
        if (after !== undefined)
            throw after;
    };
    const reply = async (next) => {
        stage = next;
        await until(() => replies.length > 0);
        return replies.shift();
    };
    const send = (line) => {
        ;
        (secure ?? raw)?.write(`${line}\r\n`);
    };
    /** QUIT, politely: its answer changes nothing, so it is waited for briefly and never judged. */
    const quit = async () => {
        send('QUIT');
        await until(() => replies.length > 0, Math.min(settings.stepMs, QUIT_WAIT_MS)).catch(() => undefined);
    };
    try {
        if (!external_node_net_default().isIP(address))
            throw new Stop('no-address', `${where}: not an IP address`);
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        // Connect.
        let connected = false;
        raw = external_node_net_default().connect({ host: address, port: settings.port });
        raw.on('error', onError);
        raw.on('close', onClose);
        raw.on('data', onData);
        raw.once('connect', () => {
            connected = true;
            wake?.();
        });
        await until(() => connected);
        // The greeting: 220, or a server that turns this client away.
        const greeting = await reply('greeting');
        out.reached = true;
        out.greeting = greeting;
        if (greeting.code !== 220) {
            await quit();
            throw new Stop(greeting.code >= 400 ? 'rejected' : 'protocol', `${where}: greeted with ${JSON.stringify(replyText(greeting))} instead of 220`);
        }
        // EHLO: the extensions, STARTTLS among them or not.
        send(`EHLO ${ehloArgument(raw.localAddress)}`);
        const ehlo = await reply('ehlo');
        if (ehlo.code !== 250) {
            await quit();
            throw new Stop('no-starttls', `${where}: answered EHLO with ${JSON.stringify(replyText(ehlo))}, so no extension (STARTTLS included) is offered`);
        }
        out.ehlo = ehloKeywords(ehlo).slice(0, 50);
        out.starttls = out.ehlo.includes('STARTTLS');
        if (!out.starttls) {
            await quit();
            throw new Stop('no-starttls', `${where}: EHLO does not list STARTTLS`);
        }
        // STARTTLS: 220, then nothing more before the handshake.
        send('STARTTLS');
        const ready = await reply('starttls');
        if (ready.code !== 220) {
            await quit();
            throw new Stop('starttls-refused', `${where}: answered STARTTLS with ${JSON.stringify(replyText(ready))} instead of 220`);
        }
        if (replies.length > 0 || reader.leftover > 0 || reader.inReply) {
            throw new Stop('protocol', `${where}: sent more after its 220 reply to STARTTLS, before the TLS handshake`);
        }
        // The handshake on the same connection, the MX name as SNI; the certificate judged after.
        stage = 'handshake';
        raw.off('data', onData);
        raw.off('close', onClose);
        let done = false;
        const options = {
            socket: raw,
            servername: host,
            minVersion: 'TLSv1.2',
            rejectUnauthorized: false,
            checkServerIdentity: () => undefined
        };
        if (settings.secureContext !== undefined)
            options.secureContext = settings.secureContext;
        secure = external_node_tls_default().connect(options);
        secure.on('error', onError);
        secure.on('close', onClose);
        secure.on('data', onData);
        secure.once('secureConnect', () => {
            done = true;
            wake?.();
        });
        await until(() => done);
        out.tlsVersion = secure.getProtocol() ?? undefined;
        out.certificate = (0,tls_peer/* describeCertificate */.dF)(secure, host);
        await quit();
        return out;
    }
    catch (e) {
        const stop = e instanceof Stop ? e : new Stop('protocol', `${where}: ${(0,tls_peer/* errorText */.kc)(e)}`);
        out.failure = { kind: stop.kind, stage, message: stop.message };
        return out;
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        wake = undefined;
        secure?.destroy();
        raw?.destroy();
    }
}
/** What a socket error means at this stage. */
function classify(err, stage, where) {
    const code = (0,tls_peer/* codeOf */.$N)(err);
    switch (code) {
        case 'ECONNREFUSED':
            return new Stop('refused', `${where}: connection refused`);
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EADDRNOTAVAIL':
        case 'EAFNOSUPPORT':
            return new Stop('refused', `${where}: could not connect: address unreachable (${code})`);
        case 'ETIMEDOUT':
            return new Stop('timeout', `${where}: timed out ${STAGE_WORDS[stage]}`);
    }
    if (stage === 'handshake') {
        const why = (0,tls_peer/* opensslReason */.jv)(err) ?? (0,tls_peer/* errorText */.kc)(err);
        return (0,tls_peer/* isVersionFailure */.lR)(code, why)
            ? new Stop('tls', `${where}: TLS handshake failed, ${types/* TLS_TOO_OLD */.L}: ${why}`)
            : new Stop('tls', `${where}: TLS handshake failed: ${why}`);
    }
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return stage === 'connect' || stage === 'greeting'
            ? new Stop('refused', `${where}: the connection was reset ${STAGE_WORDS[stage]}`)
            : new Stop('protocol', `${where}: the connection was reset ${STAGE_WORDS[stage]}`);
    }
    return new Stop(stage === 'connect' ? 'refused' : 'protocol', `${where}: ${stage === 'connect' ? 'could not connect' : 'failed'} ${STAGE_WORDS[stage]}: ${(0,tls_peer/* errorText */.kc)(err)}${code === '' ? '' : ` (${code})`}`);
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
