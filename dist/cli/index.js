#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BaseUnreadableError),
/* harmony export */   t: () => (/* binding */ CheckError)
/* harmony export */ });
/**
 * A problem with the run itself, not a finding: a bad config, a base the gate cannot read, an
 * input that makes no sense. Adapters show its message alone (the CLI exits 2, the action fails
 * the step), never a stack trace.
 */
class CheckError extends Error {
}
/** The gate's base could not be read part-way through (the REST API failed, say): fails closed. */
class BaseUnreadableError extends CheckError {
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hT: () => (/* binding */ parseCliArgs)
/* harmony export */ });
/* unused harmony exports FORMATS, MAX_CONCURRENCY */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3772);
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6179);
/* harmony import */ var _scale_domain_list_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8685);
/** Command-line parsing with node:util.parseArgs; every mistake is a UsageError (exit 2). */




class UsageError extends Error {
}
const COMMANDS = [
    'check',
    'policy',
    'record',
    'tlsrpt',
    'verify',
    'merge',
    'bump',
    'rules',
    'help'
];
const FORMATS = ['text', 'json', 'sarif', 'github'];
/** The most domains --concurrency lets run side by side (the default, 16, is the stage's). */
const MAX_CONCURRENCY = 256;
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
    root: { type: 'string' },
    verify: { type: 'boolean' },
    'dns-server': { type: 'string', multiple: true },
    timeout: { type: 'string' },
    wait: { type: 'string' },
    state: { type: 'string' },
    'domains-file': { type: 'string' },
    concurrency: { type: 'string' },
    shard: { type: 'string' },
    authoritative: { type: 'boolean' },
    smtp: { type: 'boolean' }
};
/** Which options each command accepts, beyond the common ones. */
const COMMAND_OPTIONS = {
    check: [
        'root',
        'config',
        'base',
        'verify',
        'dns-server',
        'timeout',
        'wait',
        'state',
        'concurrency',
        'authoritative',
        'smtp'
    ],
    policy: ['mx', 'tlsrpt', 'domain'],
    record: ['domain'],
    tlsrpt: ['mode', 'domain'],
    verify: [
        'root',
        'config',
        'dns-server',
        'timeout',
        'wait',
        'state',
        'domains-file',
        'concurrency',
        'shard',
        'authoritative',
        'smtp'
    ],
    merge: [],
    bump: ['root', 'config', 'base', 'domain'],
    rules: [],
    help: []
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
/** Why a value is no host or domain name, when a common shape says it; else nothing. */
const notANameBecause = (value) => {
    if (value.trim() === '')
        return ' (it is empty)';
    if (value.startsWith('*.'))
        return ' (a wildcard: give the names themselves)';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return ' (a URL: give the host name alone)';
    if (/^\[?[0-9a-f:.]+\]?$/i.test(value) && /[:]|^\d+(\.\d+){3}$/.test(value))
        return ' (an address: MX records and domains are names)';
    if (/:\d+$/.test(value))
        return ' (a port: give the host name alone)';
    if (value.includes('@'))
        return ' (an email address: give the part after @)';
    if (/\s/.test(value))
        return ' (it holds whitespace)';
    if (!value.replace(/\.$/, '').includes('.'))
        return ' (a single label: give the whole name)';
    return '';
};
/** An MX host name, as the domain's MX records give it (canonical: lower case A-labels). */
const hostName = (value) => {
    const host = (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_1__/* .validDomain */ .b)(value);
    if (host === undefined) {
        throw new UsageError(`--mx ${JSON.stringify(value)} is not a host name${notANameBecause(value)}`);
    }
    return host;
};
/** A mail domain (canonical); not the policy host mta-sts.<domain> nor the record's name. */
const domainName = (value) => {
    const domain = (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_1__/* .validDomain */ .b)(value);
    if (domain === undefined) {
        const record = /^_mta-sts\./i.exec(value) === null ? '' : value.slice('_mta-sts.'.length);
        const why = record === ''
            ? notANameBecause(value)
            : ` (the name of the TXT record: give the mail domain itself, ${JSON.stringify(record)})`;
        throw new UsageError(`--domain ${JSON.stringify(value)} is not a domain name${why}`);
    }
    if (domain.startsWith('mta-sts.')) {
        throw new UsageError(`--domain ${JSON.stringify(value)} names the policy host; give the mail domain itself, ${JSON.stringify(domain.slice('mta-sts.'.length))}`);
    }
    return domain;
};
/** A number of seconds from an option: digits, within bounds. */
const seconds = (name, value, fallback, max) => {
    if (value === undefined)
        return fallback;
    if (!/^\d{1,6}$/.test(value) || Number(value) > max) {
        throw new UsageError(`--${name} takes a number of seconds from 0 to ${max}; got "${value}"`);
    }
    return Number(value);
};
/** --concurrency: a whole number from 1 to MAX_CONCURRENCY. */
const concurrency = (value) => {
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > MAX_CONCURRENCY) {
        throw new UsageError(`--concurrency takes a number of domains from 1 to ${MAX_CONCURRENCY}; got "${value}"`);
    }
    return Number(value);
};
const oneOf = (name, value, allowed) => {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
};
/** Every long option, for "did you mean" on a misspelt one. */
const LONG_NAMES = Object.keys(OPTIONS);
/** `unknown option --formt; did you mean --format?`, from parseArgs's own error. */
const unknownOption = (message) => {
    const m = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
    if (m === null)
        return undefined;
    const [, dashes, name] = m;
    const shown = `${dashes}${name}`;
    const guess = dashes === '--' ? (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(name, LONG_NAMES) : undefined;
    const hint = guess !== undefined
        ? `; did you mean --${guess}?`
        : ' ("mta-sts-lint help COMMAND" lists the options of a command)';
    return `unknown option ${shown}${hint}`;
};
/** `unknown command "chek"; did you mean "check"?`, or what a path was probably meant for. */
const unknownCommand = (word) => {
    const guess = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(word, COMMANDS);
    let hint;
    if (guess !== undefined)
        hint = `did you mean "${guess}"?`;
    else if (/\.txt$/i.test(word))
        hint = `to lint a policy file, run "mta-sts-lint policy ${word}"`;
    else if (word === '.' || word === '..' || /[/\\]/.test(word))
        hint = `to lint a repository folder, run "mta-sts-lint check --root ${word}"`;
    else
        hint = `commands are ${COMMANDS.join(', ')}`;
    return `unknown command "${word}"; ${hint}`;
};
/** The commands that accept an option, for "does not apply" messages. */
const commandsWith = (option) => COMMANDS.filter(c => COMMAND_OPTIONS[c].includes(option));
const parseCliArgs = (argv) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (e) {
        // parseArgs messages are one line and name the option; drop its internal code prefix.
        const message = e.message.replace(/^\S+: /, '');
        throw new UsageError(unknownOption(message) ?? message);
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
        throw new UsageError(unknownCommand(first));
    }
    const allowed = new Set([...COMMON, ...COMMAND_OPTIONS[command]]);
    for (const [name, v] of Object.entries(values)) {
        if (v !== undefined && !allowed.has(name)) {
            const owners = commandsWith(name);
            const where = owners.length > 0 ? ` (it is an option of ${owners.join(', ')})` : '';
            throw new UsageError(`--${name} does not apply to the ${command} command${where}`);
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
        mx: (values.mx ?? []).map(hostName),
        tlsrpt: values.tlsrpt ?? [],
        root: values.root ?? '.',
        domains: (values.domain ?? []).map(domainName),
        verify: values.verify === true || command === 'verify',
        dnsServers: values['dns-server'] ?? [],
        timeoutSeconds: seconds('timeout', values.timeout, 60, 3600),
        waitSeconds: seconds('wait', values.wait, 0, 24 * 3600),
        ...(values.concurrency !== undefined && { concurrency: concurrency(values.concurrency) })
    };
    if (values['domains-file'] !== undefined) {
        if (values['domains-file'] === '')
            throw new UsageError('--domains-file takes a FILE (or -)');
        args.domainsFile = values['domains-file'];
    }
    if (values.shard !== undefined) {
        const shard = (0,_scale_domain_list_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShard */ .uK)(values.shard);
        if ('reason' in shard)
            throw new UsageError(`--shard ${shard.reason}`);
        args.shard = shard;
    }
    if (args.timeoutSeconds === 0)
        throw new UsageError('--timeout must be at least 1 second');
    if (command !== 'bump' && args.domains.length > 1) {
        throw new UsageError(`--domain may be given once for the ${command} command`);
    }
    if (values.output !== undefined)
        args.output = values.output;
    if (args.domains.length > 0 && command !== 'bump')
        args.domain = args.domains[0];
    if (values.config !== undefined)
        args.config = values.config;
    if (values.base !== undefined)
        args.base = values.base;
    if (values.state !== undefined) {
        if (!args.verify)
            throw new UsageError('--state needs --verify (it keeps what was served)');
        if (values.state === '')
            throw new UsageError('--state takes a file name; got ""');
        args.state = values.state;
    }
    if (values.authoritative === true) {
        if (!args.verify) {
            throw new UsageError('--authoritative needs --verify (it asks the zone of each domain verified)');
        }
        args.authoritative = true;
    }
    if (values.smtp === true) {
        if (!args.verify)
            throw new UsageError('--smtp needs --verify (it probes the MX hosts as deployed)');
        args.smtp = true;
    }
    if (values.mode !== undefined)
        args.mode = oneOf('mode', values.mode, ['enforce', 'testing', 'none']);
    return args;
};


/***/ }),

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ lintOptions),
/* harmony export */   l: () => (/* binding */ readError)
/* harmony export */ });
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4635);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7593);



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
    return new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${what}: ${reason}`);
};
const lintOptions = (args, extra = {}) => {
    for (const id of Object.keys(args.severities)) {
        if ((0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleById */ .BD)(id) === undefined) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--rule names unknown rule "${id}"; see "${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH} rules"`);
        }
    }
    const opts = { severities: args.severities, ...extra };
    if (args.domain !== undefined)
        opts.domain = args.domain;
    return opts;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4936);
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    readFile: async (file) => {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (s.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (s.size > MAX_INPUT_BYTES)
            throw new Error(`${s.size} bytes is too large to be a policy`);
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    },
    isDirectory: async (file) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).isDirectory(),
    exists: async (file) => {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
            return true;
        }
        catch {
            return false;
        }
    },
    readStdin: () => readStream(process.stdin),
    writeFile: async (file, data) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, data);
    },
    stdout: s => void process.stdout.write(s),
    stderr: s => void process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd()
});


/***/ }),

/***/ 4936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __nccwpck_require__(2018);
// EXTERNAL MODULE: ./src/lint.ts
var src_lint = __nccwpck_require__(2554);
// EXTERNAL MODULE: ./src/public-suffix.ts
var public_suffix = __nccwpck_require__(3582);
// EXTERNAL MODULE: ./src/policy/effective.ts
var effective = __nccwpck_require__(4327);
// EXTERNAL MODULE: ./src/rules/registry.ts + 47 modules
var registry = __nccwpck_require__(4635);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/report/github.ts

const formatGithub = (findings) => findings
    .map(f => {
    const props = [];
    if (f.file !== undefined)
        props.push(`file=${(0,report_escape/* escapeCommandProperty */.YG)((0,report_escape/* escapeControls */.UN)(f.file))}`);
    if (f.line !== undefined)
        props.push(`line=${f.line}`);
    if (f.column !== undefined)
        props.push(`col=${f.column}`);
    props.push(`title=${(0,report_escape/* escapeCommandProperty */.YG)(f.rule)}`);
    const text = f.url === undefined ? f.message : `${f.message} (${f.url})`;
    return `::${f.severity} ${props.join(',')}::${(0,report_escape/* escapeCommandData */.V9)((0,report_escape/* escapeControls */.UN)(text))}\n`;
})
    .join('');

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report (design section 3): a stable shape users script against. */


const buildReport = (findings, extras = {}) => ({
    version: 1,
    tool: { name: version/* TOOL_NAME */.lH, version: version/* VERSION */.xv },
    summary: (0,finding/* countFindings */.Gt)(findings),
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/** SARIF 2.1.0, as GitHub code scanning reads it. */


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, `%` included). */
const relativeUri = (p) => p.split('/').map(encodeURIComponent).join('/');
const artifactLocation = (loc) => 'relative' in loc
    ? { uri: relativeUri(loc.relative), uriBaseId: '%SRCROOT%' }
    : { uri: (0,external_node_url_.pathToFileURL)(loc.absolute).href };
const formatSarif = (findings, rules, opts = {}) => {
    const locate = opts.locate ?? ((file) => ({ relative: file }));
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
            // Code scanning wants a region on every result with a file: a finding about the whole
            // file (no line) points at its first line. Lines and columns are 1-based.
            const region = { startLine: Math.max(1, f.line ?? 1) };
            if (f.line !== undefined && f.column !== undefined) {
                region.startColumn = Math.max(1, f.column);
            }
            result.locations = [
                { physicalLocation: { artifactLocation: artifactLocation(locate(f.file)), region } }
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
                        name: version/* TOOL_NAME */.lH,
                        version: version/* VERSION */.xv,
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
    return (0,report_escape/* escapeTerminal */.en)(file) + pos;
};
const formatText = (findings, opts) => {
    const lines = findings.map(f => [
        text_location(f, opts.label),
        paint(opts.color, SEVERITY_COLOR[f.severity], f.severity),
        (0,report_escape/* escapeTerminal */.en)(f.message),
        paint(opts.color, '2', f.rule)
    ].join('  '));
    const c = (0,finding/* countFindings */.Gt)(findings);
    const total = c.errors + c.warnings + c.notices;
    const counts = `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}, ${c.notices} ${c.notices === 1 ? 'notice' : 'notices'}`;
    const summary = total === 0
        ? paint(opts.color, '32', '✔ no problems')
        : paint(opts.color, c.errors > 0 ? '31;1' : c.warnings > 0 ? '33;1' : '36;1', `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${counts})`);
    return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n');
};

// EXTERNAL MODULE: ./src/check-error.ts
var check_error = __nccwpck_require__(1248);
;// CONCATENATED MODULE: ./src/scale/merge.ts
/**
 * `merge REPORT.json...`: the JSON reports of several shards (design section 3) joined into one:
 * findings concatenated and sorted, domains joined; the summary is recounted when the joined
 * report is formatted. A file that is not a version 1 report of this tool is refused by name.
 */



const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One finding of a report back as a Finding (`null` fields absent); undefined when malformed. */
const findingOf = (v) => {
    if (!isObject(v))
        return undefined;
    const { rule, severity, message } = v;
    if (typeof rule !== 'string' || typeof message !== 'string')
        return undefined;
    if (!finding/* SEVERITIES */.oC.includes(severity))
        return undefined;
    const f = { rule, severity: severity, message };
    for (const key of ['file', 'domain', 'url']) {
        const x = v[key];
        if (typeof x === 'string')
            f[key] = x;
        else if (x !== null && x !== undefined)
            return undefined;
    }
    for (const key of ['line', 'column']) {
        const x = v[key];
        if (typeof x === 'number' && Number.isInteger(x))
            f[key] = x;
        else if (x !== null && x !== undefined)
            return undefined;
    }
    return f;
};
/** Why a parsed file is no report this tool can merge; '' when it is one. */
const notAReport = (v) => {
    if (!isObject(v))
        return 'not a JSON object';
    const tool = v.tool;
    if (!isObject(tool) || tool.name !== version/* TOOL_NAME */.lH)
        return `not a ${version/* TOOL_NAME */.lH} report`;
    if (v.version !== 1)
        return `report version ${JSON.stringify(v.version)}, not 1`;
    if (!Array.isArray(v.findings))
        return 'no findings list';
    if (v.domains !== undefined && !(Array.isArray(v.domains) && v.domains.every(isObject))) {
        return 'domains is not a list of objects';
    }
    return '';
};
const refuse = (name, why) => new check_error/* CheckError */.t(`${JSON.stringify(name)} is not a ${version/* TOOL_NAME */.lH} JSON report (version 1): ${why}`);
const mergeReports = (files) => {
    const findings = [];
    const domains = [];
    for (const file of files) {
        let parsed;
        try {
            parsed = JSON.parse(file.text.replace(/^\uFEFF/, ''));
        }
        catch (e) {
            throw refuse(file.name, `not JSON (${e.message})`);
        }
        const why = notAReport(parsed);
        if (why !== '')
            throw refuse(file.name, why);
        const report = parsed;
        for (const [i, raw] of report.findings.entries()) {
            const f = findingOf(raw);
            if (f === undefined)
                throw refuse(file.name, `finding ${i + 1} is malformed`);
            findings.push(f);
        }
        domains.push(...(report.domains ?? []));
    }
    // Shards arrive in any order: the joined domains are in name order, as one run would not be.
    domains.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
    return { findings: findings.sort(finding/* compareFindings */.Eg), domains };
};

// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __nccwpck_require__(3772);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/site/well-known.ts
var well_known = __nccwpck_require__(5809);
;// CONCATENATED MODULE: ./src/cli/help.ts

const COMMON = `Common options:
  -f, --format text|json|sarif|github   output format (default text)
      --fail-on error|warning|notice|never
                                        exit 1 when a finding is at or above this (default error)
  -o, --output FILE                     write the report to FILE (folders created; - is
                                        standard output; never a file the run reads)
  -c, --config FILE                     the config file (default .mta-sts.yml or .github/mta-sts.yml)
      --rule RULE-ID=off|notice|warning|error
                                        change a rule's severity (repeatable)
      --no-color                        no colours (also NO_COLOR=1)
      --debug                           show a stack trace on an internal error
  -h, --help                            this help
  -v, --version                         print the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run failed.`;
const USAGE = {
    check: `mta-sts-lint [check] [--root DIR] [--config FILE] [--base REF] [--verify] [--state FILE]
                     [--authoritative] [--smtp]
  Finds every ${well_known/* WELL_KNOWN_POLICY */._G} (and a root ${well_known/* POLICY_FILE */.CX}) under DIR (default .), the
  domains they serve (.mta-sts.yml, a CNAME file, an mta-sts.<domain> folder) and where each
  domain's _mta-sts record is kept (zone files, octoDNS, DNSControl, Terraform, the config), and
  lints them all. With --base, also fails when a policy changed since REF but its id did not.
  With --verify, also checks each domain as deployed (see verify; --concurrency N domains side
  by side) against what is committed; --state FILE keeps what was served between runs;
  --authoritative asks every name server of each zone too, and --smtp probes the MX hosts'
  STARTTLS (see verify).`,
    policy: `mta-sts-lint policy FILE|- [--mx HOST]... [--domain DOMAIN] [--tlsrpt TXT]...
  Lints one policy file (- reads standard input). Each --mx names an MX host of the domain; a
  host no mx pattern matches (RFC 8461 4.1) is an mx-not-covered finding. Each --tlsrpt is one
  TXT record at _smtp._tls.<domain>, linted and weighed against the policy's mode.`,
    record: `mta-sts-lint record TXT|- [TXT|-...]
  Lints the _mta-sts TXT record. Each argument is one record of the RRset, its strings already
  joined; with several, records not starting "v=STSv1;" are discarded and exactly one must remain.
  An argument - stands for the records on standard input, one a line: as written
  (v=STSv1; id=...) or quoted as dig +short prints them ("v=STSv1; " "id=..." is one record, its
  strings joined); blank lines and lines starting with # are skipped:
    dig +short TXT _mta-sts.example.com | mta-sts-lint record -`,
    tlsrpt: `mta-sts-lint tlsrpt TXT|- [TXT|-...] [--mode enforce|testing|none]
  Lints the _smtp._tls TLS-RPT record (RFC 8460); --mode is the policy's mode, which decides how
  much a missing record matters. An argument - stands for the records on standard input, one a
  line, as for record.`,
    verify: `mta-sts-lint verify [DOMAIN...] [--domains-file FILE|-] [--dns-server HOST[:PORT]]...
                    [--timeout SECONDS] [--wait SECONDS] [--concurrency N] [--shard I/N]
                    [--state FILE] [--authoritative] [--smtp] [--root DIR]
  Checks each domain as deployed: the _mta-sts TXT record, the policy served at
  https://mta-sts.<domain>/.well-known/mta-sts.txt (status, redirects, media type, size, TLS
  certificate), the MX hosts it must cover and the TLS-RPT record. Without DOMAIN or
  --domains-file, the domains of the repository under --root, compared with what it commits.
  --domains-file reads more domains, one a line (- is standard input; # starts a comment, blank
  lines are skipped). --dns-server sends every lookup to the servers given; --timeout bounds one
  domain (default 60); --wait keeps re-checking, with backoff, until the deployment matches the
  commit (policy first, then the id). --concurrency verifies N domains side by side (default 16,
  at most 256; also for check --verify). --shard I/N keeps the I-th of N parts of the domain list
  (a hash of each domain decides its part, so adding a domain moves no other): run N jobs, then
  merge their JSON reports. --state keeps, per domain, the live id, a digest of the served
  policy and the certificate's expiry between runs (JSON, made on the first run): a policy that
  changed under the same id is id-not-changed, an id that came back with another policy
  id-reused. --authoritative (config verify: authoritative) finds the zone's name servers and
  asks each one directly, on port 53, for the _mta-sts record and mta-sts.<domain>'s addresses:
  servers that disagree are dns-inconsistent, and --wait lasts until every one serves the
  committed id. --smtp (config verify: smtp) also connects to port 25 of each MX host: greeting,
  EHLO, STARTTLS, a TLS 1.2+ handshake with the MX name, its certificate checked as senders in
  enforce mode do (smtp-starttls, smtp-certificate-expiring); a host that cannot be reached is a
  notice, as networks such as hosted CI runners often block outbound port 25.`,
    merge: `mta-sts-lint merge REPORT.json...
  Joins the JSON reports (--format json) of several runs, such as the shards of verify --shard,
  into one report: findings sorted and counted again, domains joined. Prints it in any --format;
  the exit code follows --fail-on.`,
    bump: `mta-sts-lint bump [--root DIR] [--domain DOMAIN]... [--base REF]
  Writes a fresh id (UTC YYYYMMDDTHHMMSSZ) wherever the repository keeps the id of each named
  domain, or of every domain whose policy changed since REF (default HEAD), changing nothing else
  in those files.`,
    rules: `mta-sts-lint rules [--format text|json]
  Lists every rule with its default severity, description and documentation link; --format json
  prints them as an array of objects (id, severity, target, rfc, description, docs, needs).`,
    help: `mta-sts-lint help [COMMAND]
  Prints this help, or a command's usage and options (as COMMAND --help does).`
};
const HELP = `mta-sts-lint: lint MTA-STS (RFC 8461) policies and records, exactly.

Usage:
${Object.values(USAGE)
    .map(u => `  ${u.split('\n')[0]}`)
    .join('\n')}

${COMMON}

Run "mta-sts-lint help COMMAND" (or COMMAND --help) for a command's details.
`;
const commandHelp = (command) => `Usage: ${USAGE[command]}

${COMMON}
`;

// EXTERNAL MODULE: ./src/cli/common.ts
var common = __nccwpck_require__(577);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** The CLI adapter: arguments in, formatted findings and an exit code out. */


















const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_FAILURE = 2;
const runPolicy = async (args, io) => {
    if (args.positionals.length !== 1) {
        throw new cli_args/* UsageError */.eb('policy takes exactly one FILE (or - for standard input)');
    }
    const file = args.positionals[0];
    let bytes;
    try {
        bytes = file === '-' ? await io.readStdin() : await io.readFile(external_node_path_default().resolve(io.cwd, file));
    }
    catch (e) {
        throw (0,common/* readError */.l)(file === '-' ? 'standard input' : `"${file}"`, e);
    }
    const shown = toPosix(file);
    const opts = (0,common/* lintOptions */.k)(args, file === '-' ? {} : { file: shown });
    const withMx = { ...opts, ...(args.mx.length > 0 && { mxHosts: args.mx }) };
    const lint = (0,src_lint/* lintPolicy */.GF)(bytes, withMx);
    let findings = lint.findings;
    if ((0,public_suffix/* needsPublicSuffix */.wI)(lint.policy.mx, lint.facts.mxValid)) {
        // Rules again with the Public Suffix List, only when a wildcard needs it (it is costly to load).
        findings = (0,src_lint/* policyFindings */.Js)(lint, { ...withMx, isPublicSuffix: await (0,public_suffix/* loadPublicSuffixCheck */.$4)() });
    }
    if (args.tlsrpt.length > 0) {
        const tls = (0,src_lint/* lintTlsRpt */.bl)(args.tlsrpt, {
            ...(0,common/* lintOptions */.k)(args),
            ...(lint.mode !== undefined && { mode: lint.mode })
        });
        findings = [...findings, ...tls.findings.map(f => ({ ...f, file: '_smtp._tls' }))];
    }
    return {
        findings,
        extras: { policy: lint.policy },
        label: '<stdin>',
        ...(file !== '-' && { inputs: [external_node_path_default().resolve(io.cwd, file)], fileBase: io.cwd }),
        pseudoFiles: ['_smtp._tls']
    };
};
/**
 * The TXT records of `record` and `tlsrpt`: each argument is one record, and `-` stands for the
 * records on standard input, one a line, as written or quoted as `dig +short` prints them (the
 * plain record-file format: blank lines and `#` comments skipped).
 */
const recordTexts = async (args, io) => {
    const command = args.command;
    if (args.positionals.length === 0) {
        throw new cli_args/* UsageError */.eb(`${command} takes one or more TXT records (or - for standard input)`);
    }
    if (args.positionals.filter(p => p === '-').length > 1) {
        throw new cli_args/* UsageError */.eb(`${command} reads standard input once: give - once`);
    }
    const texts = [];
    for (const p of args.positionals) {
        if (p !== '-') {
            texts.push(p);
            continue;
        }
        let bytes;
        try {
            bytes = await io.readStdin();
        }
        catch (e) {
            throw (0,common/* readError */.l)('standard input', e);
        }
        // The record-file reader, loaded only when records come from standard input.
        const { parsePlain } = await __nccwpck_require__.e(/* import() */ 725).then(__nccwpck_require__.bind(__nccwpck_require__, 3725));
        const read = parsePlain(new TextDecoder().decode(bytes), { file: '-' });
        const problem = read.problems[0];
        if (problem !== undefined) {
            throw new cli_args/* UsageError */.eb(`standard input, line ${problem.line}: ${problem.message}`);
        }
        texts.push(...read.records.map(r => r.value));
    }
    if (texts.length === 0) {
        // Nothing to weigh is no pass: a lookup that found nothing piped in says so on its own.
        throw new cli_args/* UsageError */.eb(`standard input holds no TXT record (one a line; blank lines and # comments are skipped)`);
    }
    return texts;
};
const runRecord = async (args, io) => {
    const lint = (0,src_lint/* lintRecords */.YO)(await recordTexts(args, io), (0,common/* lintOptions */.k)(args));
    return { findings: lint.findings, extras: { record: lint.record }, label: '_mta-sts' };
};
const runTlsRpt = async (args, io) => {
    const texts = await recordTexts(args, io);
    const mode = args.mode !== undefined && (0,effective/* isMode */.SF)(args.mode) ? args.mode : undefined;
    const lint = (0,src_lint/* lintTlsRpt */.bl)(texts, {
        ...(0,common/* lintOptions */.k)(args),
        ...(mode !== undefined && { mode })
    });
    return { findings: lint.findings, extras: {}, label: '_smtp._tls' };
};
/** `merge REPORT.json...`: the JSON reports of several shards as one report. */
const runMerge = async (args, io) => {
    if (args.positionals.length === 0) {
        throw new cli_args/* UsageError */.eb('merge takes one or more REPORT.json files (the JSON reports of verify)');
    }
    const files = [];
    const inputs = [];
    for (const name of args.positionals) {
        const file = external_node_path_default().resolve(io.cwd, name);
        let bytes;
        try {
            bytes = await io.readFile(file);
        }
        catch (e) {
            throw (0,common/* readError */.l)(`"${name}"`, e);
        }
        files.push({ name, text: new TextDecoder().decode(bytes) });
        inputs.push(file);
    }
    try {
        const merged = mergeReports(files);
        return { findings: merged.findings, extras: { domains: merged.domains }, inputs };
    }
    catch (e) {
        if (e instanceof check_error/* CheckError */.t)
            throw new cli_args/* UsageError */.eb(e.message);
        throw e;
    }
};
/** `rules`: one rule a line (text), or every rule's meta as a JSON array. */
const listRules = (args) => {
    if (args.positionals.length > 0) {
        throw new cli_args/* UsageError */.eb(`rules takes no arguments; got "${args.positionals[0]}"`);
    }
    if (args.format === 'json') {
        return `${JSON.stringify(registry/* RULES */.y0.map(r => r.meta), null, 2)}\n`;
    }
    if (args.format !== 'text') {
        throw new cli_args/* UsageError */.eb(`rules prints --format text or json; got "${args.format}"`);
    }
    const width = Math.max(...registry/* RULES */.y0.map(r => r.meta.id.length));
    return `${registry/* RULES */.y0.map(r => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n${' '.repeat(width + 11)}${r.meta.docs}`).join('\n')}\n`;
};
/** `help [COMMAND]`: the tool's help, or one command's. */
const helpText = (args) => {
    const [topic, extra] = args.positionals;
    if (extra !== undefined)
        throw new cli_args/* UsageError */.eb('help takes at most one COMMAND');
    if (topic === undefined)
        return HELP;
    if (cli_args/* COMMANDS */.Lo.includes(topic))
        return commandHelp(topic);
    const guess = (0,did_you_mean/* didYouMean */.a)(topic, cli_args/* COMMANDS */.Lo);
    const hint = guess !== undefined ? `did you mean "${guess}"?` : `commands are ${cli_args/* COMMANDS */.Lo.join(', ')}`;
    throw new cli_args/* UsageError */.eb(`help: unknown command "${topic}"; ${hint}`);
};
/** `--output -` is standard output, as no --output is. */
const toStdout = (args) => args.output === undefined || args.output === '-';
const useColor = (args, io) => {
    if (args.color !== undefined)
        return args.color;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdoutIsTTY && toStdout(args);
};
/** Refuses an --output that names a file the run reads: the report would replace it. */
const refuseInputAsOutput = (args, io, inputs) => {
    if (toStdout(args) || args.output === undefined)
        return;
    const out = external_node_path_default().resolve(io.cwd, args.output);
    if (!inputs.some(f => external_node_path_default().resolve(f) === out))
        return;
    throw new cli_args/* UsageError */.eb(`--output ${JSON.stringify(args.output)} is a file this run reads; the report would replace it: write the report elsewhere (or --output - for standard output)`);
};
/** The files the arguments name for reading, known before the run. */
const namedInputs = (args, io) => {
    const files = [];
    if (args.command === 'policy' && args.positionals[0] !== undefined) {
        if (args.positionals[0] !== '-')
            files.push(external_node_path_default().resolve(io.cwd, args.positionals[0]));
    }
    if (args.config !== undefined)
        files.push(external_node_path_default().resolve(io.cwd, args.config));
    if (args.domainsFile !== undefined && args.domainsFile !== '-') {
        files.push(external_node_path_default().resolve(io.cwd, args.domainsFile));
    }
    if (args.command === 'merge')
        files.push(...args.positionals.map(f => external_node_path_default().resolve(io.cwd, f)));
    return files;
};
/**
 * The repository root SARIF paths are relative to (code scanning resolves them against the
 * checkout): the git top level above `dir` (a `.git` folder, or the `.git` file of a worktree),
 * else the working directory.
 */
const sourceRoot = async (io, dir) => {
    for (let d = external_node_path_default().resolve(dir);; d = external_node_path_default().dirname(d)) {
        if (await io.exists(external_node_path_default().join(d, '.git')))
            return d;
        if (external_node_path_default().dirname(d) === d)
            return external_node_path_default().resolve(io.cwd);
    }
};
/** Where each finding's file is for SARIF: relative to the source root, or absolute outside it. */
const sarifLocator = async (args, io, outcome) => {
    const base = outcome.fileBase;
    if (base === undefined)
        return undefined;
    // The folder the input lives in decides the repository: the root, or the policy's folder.
    const policy = outcome.inputs?.[0];
    const from = args.command === 'policy' && policy !== undefined ? external_node_path_default().dirname(policy) : base;
    const top = await sourceRoot(io, from);
    const pseudo = new Set(outcome.pseudoFiles ?? []);
    return file => {
        if (pseudo.has(file))
            return { relative: file };
        const abs = external_node_path_default().resolve(base, file);
        const rel = external_node_path_default().relative(top, abs);
        const outside = rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel);
        return outside || rel === '' ? { absolute: abs } : { relative: toPosix(rel) };
    };
};
const render = async (args, io, outcome) => {
    const findings = [...outcome.findings].sort(finding/* compareFindings */.Eg);
    switch (args.format) {
        case 'json':
            return formatJson(findings, outcome.extras);
        case 'sarif': {
            const locate = await sarifLocator(args, io, outcome);
            return formatSarif(findings, registry/* RULES */.y0.map(r => r.meta), locate === undefined ? {} : { locate });
        }
        case 'github':
            return formatGithub(findings);
        case 'text': {
            const notes = (outcome.notes ?? []).map(n => `${(0,report_escape/* escapeTerminal */.en)(n)}\n`).join('');
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
        const args = (0,cli_args/* parseCliArgs */.hT)(argv);
        debug = args.debug;
        if (args.version) {
            io.stdout(`${version/* VERSION */.xv}\n`);
            return EXIT_OK;
        }
        if (args.help) {
            io.stdout(argv.some(a => a === args.command) ? commandHelp(args.command) : HELP);
            return EXIT_OK;
        }
        if (args.command === 'help') {
            io.stdout(helpText(args));
            return EXIT_OK;
        }
        refuseInputAsOutput(args, io, namedInputs(args, io));
        if (args.command === 'rules') {
            const text = listRules(args);
            if (toStdout(args))
                io.stdout(text);
            else
                await writeOutput(args, io, text);
            return EXIT_OK;
        }
        const outcome = args.command === 'policy'
            ? await runPolicy(args, io)
            : args.command === 'record'
                ? await runRecord(args, io)
                : args.command === 'tlsrpt'
                    ? await runTlsRpt(args, io)
                    : args.command === 'merge'
                        ? await runMerge(args, io)
                        : args.command === 'bump'
                            ? await (await __nccwpck_require__.e(/* import() */ 420).then(__nccwpck_require__.bind(__nccwpck_require__, 5420))).runBumpCommand(args, io)
                            : args.command === 'verify'
                                ? await (await __nccwpck_require__.e(/* import() */ 420).then(__nccwpck_require__.bind(__nccwpck_require__, 5420))).runVerifyCommand(args, io)
                                : await (await __nccwpck_require__.e(/* import() */ 420).then(__nccwpck_require__.bind(__nccwpck_require__, 5420))).runCheckCommand(args, io);
        refuseInputAsOutput(args, io, outcome.inputs ?? []);
        const text = await render(args, io, outcome);
        if (toStdout(args))
            io.stdout(text);
        else
            await writeOutput(args, io, text);
        return outcome.findings.some(f => (0,finding/* failsOn */.Hu)(f.severity, args.failOn)) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (e) {
        if (e instanceof cli_args/* UsageError */.eb) {
            io.stderr(`${version/* TOOL_NAME */.lH}: ${(0,report_escape/* escapeTerminal */.en)(e.message)}\n`);
        }
        else {
            const err = e;
            io.stderr(`${version/* TOOL_NAME */.lH}: internal error: ${(0,report_escape/* escapeTerminal */.en)(err.message ?? String(e))}\n`);
            if (debug && err.stack !== undefined)
                io.stderr(`${err.stack}\n`);
        }
        return EXIT_FAILURE;
    }
};
const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/** Writes the report to --output (missing folders are created). */
const writeOutput = async (args, io, text) => {
    const file = args.output ?? '-';
    try {
        await io.writeFile(external_node_path_default().resolve(io.cwd, file), text);
    }
    catch (e) {
        throw new cli_args/* UsageError */.eb(`cannot write --output ${JSON.stringify(file)}: ${e.message}`);
    }
};


/***/ }),

/***/ 3772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/**
 * "Did you mean" hints: the known name a misspelt or mis-cased one was probably meant to be, for
 * policy fields, config keys and rule ids alike.
 */
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
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/**
 * The known name `name` was probably meant to be: the same letters in another case or with other
 * separators (`Mode`, `max-age`), else the nearest within a few edits.
 */
const didYouMean = (name, known) => {
    const exact = known.find(k => squash(k) === squash(name));
    if (exact !== undefined)
        return exact;
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        // Short names are close to everything: "x" is not a misspelt "mx", but "nmx" and "mxs" are.
        if (k.length <= 3 && lower.length < k.length)
            continue;
        const limit = k.length <= 3 || lower.length <= 4 ? 1 : lower.length <= 10 ? 2 : 3;
        if (Math.abs(lower.length - k.length) > limit)
            continue;
        const d = editDistance(lower, k);
        if (d <= limit && d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return best;
};


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ canonicalDomain),
/* harmony export */   b: () => (/* binding */ validDomain)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Domain names in the one spelling the linter compares and reports: lower case IDNA A-labels,
 * without the root's trailing dot (`Exämple.COM.` is `xn--exmple-cua.com`). Names come from
 * config keys, zone owners, CNAME files, folder names and the command line.
 */

// eslint-disable-next-line no-control-regex -- plain ASCII, the common case, needs no IDNA
const ASCII = /^[\x00-\x7f]*$/;
/**
 * `name` trimmed, without one trailing dot, in lower case, non-ASCII labels as A-labels. A name
 * IDNA cannot convert is kept as lower-case text (its syntax is for the caller to judge).
 */
const canonicalDomain = (name) => {
    const trimmed = name.trim();
    // Trimmed again: whitespace before the root dot (`example.com .`) would otherwise stay.
    const bare = (trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed).trimEnd();
    const lower = bare.toLowerCase();
    if (ASCII.test(lower))
        return lower;
    // Lower case first: a name IDNA refuses then stays the same text on every pass.
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(lower);
    return ascii === '' ? lower : ascii;
};
const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * A domain or host name in canonical form, or undefined when it is not a valid name of at least
 * two letter-digit-hyphen labels (an IP address, a wildcard, a URL, an email address are not).
 */
const validDomain = (name) => {
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    if (bare === '' || /[\s/:@*_\\]/.test(bare))
        return undefined;
    const ascii = canonicalDomain(bare);
    const labels = ascii.split('.');
    if (ascii.length > 253 || labels.length < 2 || !labels.every(l => LDH_LABEL.test(l)))
        return;
    // All-numeric top label: an IP address, not a name.
    if (/^\d+$/.test(labels[labels.length - 1]))
        return undefined;
    return ascii;
};


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export severityRank */
const SEVERITIES = ['error', 'warning', 'notice'];
const severityRank = (s) => (s === 'error' ? 3 : s === 'warning' ? 2 : 1);
/** True when a finding at this severity fails the run under `--fail-on`. */
const failsOn = (s, failOn) => failOn !== 'never' && severityRank(s) >= severityRank(failOn);
/** By code unit, not by locale: the same order on every machine, and no collator to load. */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareFindings = (a, b) => byCodeUnit(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    byCodeUnit(a.rule, b.rule);
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


/***/ }),

/***/ 2554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ lintPolicy),
/* harmony export */   Js: () => (/* binding */ policyFindings),
/* harmony export */   YO: () => (/* binding */ lintRecords),
/* harmony export */   bl: () => (/* binding */ lintTlsRpt),
/* harmony export */   xG: () => (/* binding */ runRules)
/* harmony export */ });
/* unused harmony export MAX_FINDINGS_PER_RULE */
/* harmony import */ var _policy_not_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2594);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2745);
/* harmony import */ var _policy_effective_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4327);
/* harmony import */ var _record_sts_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3333);
/* harmony import */ var _record_tags_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8824);
/* harmony import */ var _record_tlsrpt_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1876);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4635);







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
        const url = r.url ?? opts.url;
        if (url !== undefined)
            f.url = url;
        findings.push(f);
    };
    const severities = opts.severities;
    for (const r of (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesFor */ .NP)(target)) {
        if (only !== undefined && !only.has(r.meta.id))
            continue;
        const configured = severities === undefined ? undefined : severities[r.meta.id];
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
            if (opts.url !== undefined)
                extra.url = opts.url;
            findings.push(extra);
        }
    }
    return findings;
};
/** A body over the size limit is reported by policy-too-large alone: senders read none of it. */
const OVERSIZED_ONLY = new Set(['policy-too-large']);
/** Text that is plainly no policy (a page, prose) gets policy-syntax's one finding alone. */
const NOT_A_POLICY_ONLY = new Set(['policy-syntax']);
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
        return (this.#policy ??= (0,_policy_effective_js__WEBPACK_IMPORTED_MODULE_1__/* .effectivePolicy */ .Ci)(this.facts));
    }
}
const lintPolicy = (input, opts = {}) => {
    const parsed = (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(input, opts.firstLine === undefined ? {} : { firstLine: opts.firstLine });
    const facts = (0,_policy_effective_js__WEBPACK_IMPORTED_MODULE_1__/* .policyFacts */ ._X)(parsed);
    const modeValue = facts.mode?.value;
    const mode = modeValue !== undefined && (0,_policy_effective_js__WEBPACK_IMPORTED_MODULE_1__/* .isMode */ .SF)(modeValue) ? modeValue : undefined;
    const findings = policyFindings({ parsed, facts, mode }, opts);
    return new PolicyLintResult(findings, parsed, facts, mode);
};
/**
 * The policy rules over a policy already parsed: again with more to go on (MX hosts, a record
 * id, the Public Suffix List) without reading the file twice; `only` limits the rules run.
 */
const policyFindings = (lint, opts = {}, only) => {
    // Every key present, set or not: the rules then all see one object shape.
    const ctx = {
        parsed: lint.parsed,
        facts: lint.facts,
        mode: lint.mode,
        mxHosts: opts.mxHosts,
        recordId: opts.recordId,
        isPublicSuffix: opts.isPublicSuffix
    };
    let rules = only;
    const alone = lint.parsed.truncated
        ? OVERSIZED_ONLY
        : (0,_policy_not_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .notAPolicy */ .R)(lint.parsed) !== undefined
            ? NOT_A_POLICY_ONLY
            : undefined;
    if (alone !== undefined) {
        rules = only === undefined ? alone : new Set([...only].filter(id => alone.has(id)));
    }
    return runRules('policy', ctx, opts, rules);
};
const lintRecords = (texts, opts = {}) => {
    const rrset = (0,_record_sts_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStsRRset */ .A3)(texts);
    const ctx = { rrset };
    if (opts.origin !== undefined)
        ctx.origin = opts.origin;
    if (opts.domain !== undefined)
        ctx.domain = opts.domain;
    if (opts.owner !== undefined)
        ctx.owner = opts.owner;
    if (opts.lookupFailure !== undefined)
        ctx.lookupFailure = opts.lookupFailure;
    if (opts.expectedIn !== undefined)
        ctx.expectedIn = opts.expectedIn;
    const findings = runRules('record', ctx, opts);
    const record = {};
    const extensions = {};
    const eff = rrset.effective;
    // Only a record senders would read counts: not one with quotes or leading space, not STSv2.
    if (eff !== undefined && eff.version === 'STSv1' && eff.text.startsWith('v=STSv1')) {
        record.v = 'STSv1';
        if (eff.id !== undefined && (0,_record_sts_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidId */ .Al)(eff.id.value))
            record.id = eff.id.value;
        for (const t of eff.tags) {
            if (t.name === 'v' || t.name === 'id' || Object.hasOwn(extensions, t.name))
                continue;
            if ((0,_record_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .tagNameProblem */ .p9)(t.name) < 0 && (0,_record_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .extValueProblem */ .Oo)(t.value) < 0)
                extensions[t.name] = t.value;
        }
    }
    // Keys in report order: v, id, extensions.
    record.extensions = extensions;
    return { findings, rrset, record };
};
const lintTlsRpt = (texts, opts = {}) => {
    const rrset = (0,_record_tlsrpt_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTlsRptRRset */ .F9)(texts);
    const ctx = { rrset };
    if (opts.mode !== undefined)
        ctx.mode = opts.mode;
    if (opts.domain !== undefined)
        ctx.domain = opts.domain;
    return { findings: runRules('tlsrpt', ctx, opts), rrset };
};


/***/ }),

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   PN: () => (/* binding */ maxAgeWords),
/* harmony export */   Wd: () => (/* binding */ listChanges),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/** Small helpers for rule and gate messages: quoting untrusted text, counts, durations, dates. */
// eslint-disable-next-line no-control-regex -- the characters JSON.stringify would escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Quotes untrusted text for a message: JSON escapes controls; long values are shortened. */
const quote = (s, max = 80) => {
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
/** A date for a message: `2025-07-01T15:00:00Z`. */
const formatDate = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const maxAgeWords = (seconds) => `${seconds} s, ${duration(seconds)}`;
/** At most `max` changes in words, the rest counted. */
const listChanges = (changes, max = 3) => changes.length <= max
    ? changes.join('; ')
    : `${changes.slice(0, max).join('; ')}; and ${changes.length - max} more`;


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ samePolicy),
/* harmony export */   cb: () => (/* binding */ policyChanges),
/* harmony export */   er: () => (/* binding */ sameBytes)
/* harmony export */ });
/* harmony import */ var _message_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4838);

const show = (v) => v === undefined ? '(none)' : typeof v === 'number' ? String(v) : (0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(v);
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
        out.push(`mx ${added.map(m => (0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(m)).join(', ')} added`);
    if (removed.length > 0)
        out.push(`mx ${removed.map(m => (0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(m)).join(', ')} removed`);
    const ea = a.extensions ?? {};
    const eb = b.extensions ?? {};
    for (const name of new Set([...Object.keys(ea), ...Object.keys(eb)])) {
        const va = Object.hasOwn(ea, name) ? ea[name] : undefined;
        const vb = Object.hasOwn(eb, name) ? eb[name] : undefined;
        if (va === vb)
            continue;
        out.push(va === undefined
            ? `field ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} added`
            : vb === undefined
                ? `field ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} removed`
                : `field ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(va)} → ${(0,_message_format_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(vb)}`);
    }
    return out;
};
const samePolicy = (a, b) => policyChanges(a, b).length === 0;
const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);


/***/ }),

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ effectivePolicy),
/* harmony export */   OG: () => (/* binding */ isValidFieldValue),
/* harmony export */   SF: () => (/* binding */ isMode),
/* harmony export */   _X: () => (/* binding */ policyFacts),
/* harmony export */   aO: () => (/* binding */ isKnownField),
/* harmony export */   hn: () => (/* binding */ misnamedField),
/* harmony export */   sv: () => (/* binding */ KNOWN_FIELDS),
/* harmony export */   xe: () => (/* binding */ MAX_AGE_LIMIT)
/* harmony export */ });
/* unused harmony exports MODES, maxAgeDigits, sameIgnoringCase */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2745);
/* harmony import */ var _mx_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9093);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3772);
/**
 * Effective values of a parsed policy, as a sender computes them: the first occurrence of a
 * non-mx field wins (section 3.2, last paragraph), mx patterns are kept in file order, and a
 * field whose value is not grammatical is absent.
 */



const KNOWN_FIELDS = ['version', 'mode', 'max_age', 'mx'];
const MODES = (/* unused pure expression or super */ null && (['enforce', 'testing', 'none']));
const MAX_AGE_LIMIT = 31557600;
const isKnownField = (name) => name === 'version' || name === 'mode' || name === 'max_age' || name === 'mx';
const isMode = (v) => v === 'enforce' || v === 'testing' || v === 'none';
/**
 * The number a max_age value of 1 to 10 ASCII digits (the ABNF) stands for; undefined for any
 * other value. The cap is checked separately. Ten digits stay exact in a double.
 */
const maxAgeDigits = (v) => {
    if (v.length < 1 || v.length > 10)
        return undefined;
    let n = 0;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            return undefined;
        n = n * 10 + (c - 0x30);
    }
    return n;
};
/** Whether `value` is a value the known field may hold: what a fix hint may propose. */
const isValidFieldValue = (name, value) => {
    switch (name) {
        case 'version':
            return value === 'STSv1';
        case 'mode':
            return isMode(value);
        case 'max_age': {
            const n = maxAgeDigits(value);
            return n !== undefined && n <= MAX_AGE_LIMIT;
        }
        case 'mx':
            return (0,_mx_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidMxPattern */ .C5)(value);
    }
};
/**
 * The first field whose name is a misspelt or mis-cased known one (`Mode`, `max-age`, `nmx`):
 * the line a rule that finds `known` missing points at.
 */
const misnamedField = (fields, known) => fields.find(f => !isKnownField(f.name) && (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(f.name, KNOWN_FIELDS) === known);
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
    const facts = {
        version: undefined,
        mode: undefined,
        maxAge: undefined,
        maxAgeSeconds: undefined,
        mx: [],
        mxValid: [],
        extensions: [],
        duplicates: []
    };
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
                if (facts.maxAge === undefined) {
                    facts.maxAge = f;
                    facts.maxAgeSeconds = maxAgeDigits(f.value);
                }
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
                facts.mxValid.push((0,_mx_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidMxPattern */ .C5)(f.value));
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
    const age = facts.maxAgeSeconds;
    if (age !== undefined && age <= MAX_AGE_LIMIT)
        out.max_age = age;
    out.mx = facts.mx.map(f => f.value);
    const extensions = {};
    for (const f of facts.extensions) {
        if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .extensionValueProblem */ .ks)(f.value) < 0)
            extensions[f.name] = f.value;
    }
    out.extensions = extensions;
    return out;
};


/***/ }),

/***/ 9093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ isValidMxPattern),
/* harmony export */   cS: () => (/* binding */ normalizeHost),
/* harmony export */   ez: () => (/* binding */ invalidPatternIssues),
/* harmony export */   jD: () => (/* binding */ mxMatches)
/* harmony export */ });
/* unused harmony exports toALabel, mxPatternIssues */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2745);
/**
 * `mx` pattern syntax (section 3.2: `["*."] Domain`, Domain as RFC 5321 4.1.2) and MX host
 * matching (section 4.1): a wildcard stands for exactly one whole label, names compare
 * case-insensitively as A-labels, and one trailing root dot on the host is ignored.
 */


const isLdh = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Converts a U-label name to its A-label form; undefined when IDNA rejects it. */
const toALabel = (name) => {
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(name);
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
const LIST_SEPARATOR = /[\s,;]/;
const LIST_SEPARATORS = /[\s,;]+/;
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i;
/** Every syntax problem of one `mx` value; an empty list means the pattern is valid. */
const mxPatternIssues = (value) => value.length > 0 && isValidMxPattern(value) ? NO_ISSUES : invalidPatternIssues(value);
/**
 * The problems of a value isValidMxPattern rejected (asked without asking it again). A `fix` is
 * offered only when it is itself a valid pattern: with two problems, fixing one is no fix.
 */
const invalidPatternIssues = (value) => {
    const issues = patternIssues(value);
    for (const i of issues)
        if (i.fix !== undefined && !isValidMxPattern(i.fix))
            delete i.fix;
    return issues;
};
const patternIssues = (value) => {
    if (value.length === 0)
        return [{ problem: 'empty', offset: 0 }];
    const issues = [];
    // A trailing "# note": the grammar has no comments ("a.example # b" is no list either).
    const hash = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .commentStart */ .qF)(value);
    if (hash >= 0) {
        return [
            {
                problem: 'comment',
                offset: hash,
                part: value.slice(hash),
                fix: value.slice(0, hash).trimEnd()
            }
        ];
    }
    // Cheap tests first: most invalid values are only a trailing dot or one bad label away.
    const sep = LIST_SEPARATOR.exec(value)?.index ?? -1;
    if (sep >= 0) {
        const parts = value.split(LIST_SEPARATORS).filter(p => p.length > 0);
        if (parts.length > 1)
            return [{ problem: 'list', offset: sep, part: parts.join(', ') }];
    }
    if (value.includes('/')) {
        const host = URL_HOST.exec(value)?.[1];
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
        let cut = body.length;
        while (cut > 0 && body.charCodeAt(cut - 1) === 0x2e)
            cut--;
        const trimmed = body.slice(0, cut);
        issues.push({ problem: 'trailing-dot', offset: value.length - 1, fix: prefix + trimmed });
        body = trimmed;
    }
    if (hasNonAscii(body)) {
        // Offsets past this point would be in the A-label text, not in what was written: stop here
        // (the A-label is offered only when it is itself a valid pattern, as every fix).
        let at = 0;
        while (at < value.length && value.charCodeAt(at) <= 0x7f)
            at++;
        const ascii = toALabel(body);
        const fix = ascii === undefined ? undefined : prefix + ascii;
        issues.push({ problem: 'u-label', offset: at, ...(fix !== undefined && { fix }) });
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
    // Labels are walked in place: only an offending one is cut out, for the message.
    let emptyLabel = false;
    for (let from = 0; from <= body.length;) {
        let to = body.indexOf('.', from);
        if (to < 0)
            to = body.length;
        const offset = prefix.length + from;
        const size = to - from;
        if (size === 0) {
            // One empty label says it; "." would otherwise count twice.
            if (!emptyLabel)
                issues.push({ problem: 'empty-label', offset });
            emptyLabel = true;
        }
        else if (size > 63) {
            issues.push({ problem: 'label-too-long', offset, part: body.slice(from, to) });
        }
        else {
            let bad = from;
            while (bad < to && isLdh(body.charCodeAt(bad)))
                bad++;
            if (bad < to) {
                const ch = body[bad];
                issues.push({
                    problem: ch === '_' ? 'underscore' : 'bad-char',
                    offset: offset + bad - from,
                    part: ch
                });
            }
            else if (body.charCodeAt(from) === 0x2d || body.charCodeAt(to - 1) === 0x2d) {
                issues.push({ problem: 'hyphen', offset, part: body.slice(from, to) });
            }
        }
        from = to + 1;
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


/***/ }),

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ notAPolicy)
/* harmony export */ });
const MARKUP = /^<(?:!doctype|!--|\?xml|[a-z][\w-]*(?:[\s>/]|$))/i;
/** A line that starts with a field name of the grammar, however misspelt its separator. */
const POLICY_LIKE = /^\s*(?:version|mode|mx|max[-_ ]?age)\s*[:=\s]/i;
/**
 * Characters no hand-edited text holds: NULs, C0 controls other than tab and line ends, and the
 * stand-in for bytes that are not UTF-8. Counted with the NULs among them.
 */
const oddCharacters = (text) => {
    let odd = 0;
    let nuls = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0)
            nuls++;
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd)
            odd++;
    }
    return { odd, nuls };
};
/**
 * UTF-16 or binary: judged on the characters, before the lines. A UTF-16 file has a NUL beside
 * every ASCII letter, and with the NULs taken out it reads as a policy; binary data has many
 * characters no text has (a tenth is far beyond any hand-edited file's stray control character).
 */
const notText = (text) => {
    const { odd, nuls } = oddCharacters(text);
    if (odd === 0)
        return undefined;
    if (nuls * 3 >= text.length && POLICY_LIKE.test(text.replace(/[\0\ufffd]/g, '')))
        return 'utf16';
    return odd * 10 >= text.length ? 'binary' : undefined;
};
/** Why a parsed text is plainly not a policy; undefined when it is one (broken or not). */
const notAPolicy = (parsed) => {
    // Every line a field: a policy. (Most files end here, without a look at their lines.)
    if (parsed.issues.length === 0)
        return undefined;
    const encoding = notText(parsed.text);
    if (encoding !== undefined) {
        const fields = parsed.fields.length;
        return { kind: encoding, line: parsed.firstLine, lines: 0, fields };
    }
    let lines = 0;
    let policyLike = 0;
    let first = 0;
    let html = false;
    const all = parsed.text.split(/\r\n|\n|\r/);
    for (let i = 0; i < all.length; i++) {
        const t = all[i].trim();
        if (t === '')
            continue;
        if (first === 0) {
            first = i + 1;
            html = MARKUP.test(t);
        }
        if (t.startsWith('#'))
            continue;
        lines++;
        if (POLICY_LIKE.test(all[i]))
            policyLike++;
    }
    const fields = parsed.fields.length;
    if (first === 0)
        return undefined;
    const at = { line: first + parsed.firstLine - 1, lines, fields };
    if (html)
        return { kind: 'html', ...at };
    const prose = lines >= 3 && fields * 2 < lines && policyLike * 2 < lines;
    return prose && (lines >= 5 || policyLike === 0) ? { kind: 'text', ...at } : undefined;
};


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   ks: () => (/* binding */ extensionValueProblem),
/* harmony export */   qF: () => (/* binding */ commentStart),
/* harmony export */   zR: () => (/* binding */ POLICY_SIZE_LIMIT)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
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
    // Told apart by length and first letter, then confirmed (mx, mode, version, max_age).
    const first = text.charCodeAt(start);
    switch (end - start) {
        case 2:
            return first === 0x6d && text.charCodeAt(start + 1) === 0x78 ? 'mx' : undefined;
        case 4:
            return first === 0x6d && text.startsWith('ode', start + 1) ? 'mode' : undefined;
        case 7:
            if (first === 0x76)
                return text.startsWith('ersion', start + 1) ? 'version' : undefined;
            return first === 0x6d && text.startsWith('ax_age', start + 1) ? 'max_age' : undefined;
        default:
            return undefined;
    }
};
const isWsp = (c) => c === 0x20 || c === 0x09;
const isAlnum = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c) => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
/** Anything but tab, LF, CR and printable ASCII. */
const UNUSUAL = /[^\t\n\r\x20-\x7e]/;
const BARE_CR = /\r(?!\n)/;
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
        // Most policies are plain ASCII: then the UTF-8 size is the length, and there is no BOM.
        if (input.length <= POLICY_SIZE_LIMIT && !UNUSUAL.test(input)) {
            return {
                text: input,
                size: input.length,
                bom: false,
                invalidUtf8: false,
                truncated: false,
                plain: true
            };
        }
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
            truncated: false,
            plain: false
        };
    }
    const size = input.length;
    const truncated = size > POLICY_SIZE_LIMIT;
    let bytes = truncated ? cutAtLimit(input) : input;
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom)
        bytes = bytes.subarray(3);
    const invalidUtf8 = !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes);
    const text = utf8Decoder.decode(bytes);
    return { text, size, bom, invalidUtf8, truncated, plain: !UNUSUAL.test(text) };
};
const parsePolicy = (input, opts = {}) => {
    const { text, size, bom, invalidUtf8, truncated, plain } = decode(input);
    const firstLine = opts.firstLine ?? 1;
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
        firstCrlfLine: 0,
        firstLine
    };
    if (bom)
        addIssue(result, 'bom', firstLine, 1);
    const n = text.length;
    let start = 0;
    let line = firstLine;
    let sawContent = false;
    // Blank lines are judged at the end: only a single one right before EOF is a mere warning.
    let blankLines;
    let lastLineBlank = false;
    let lastLine = firstLine;
    // Most policies are printable ASCII with LF or CRLF: then lines are found natively, and no
    // line needs a character-by-character look for controls, invalid UTF-8 or surrogates. A bare
    // CR (one not before LF) ends a line too, so a text with one is read character by character.
    const fast = plain && !(text.includes('\r') && BARE_CR.test(text));
    while (start < n || (start === n && line === firstLine)) {
        let end;
        let c = 0;
        if (fast) {
            const lf = text.indexOf('\n', start);
            end = lf < 0 ? n : lf;
            if (end > start && text.charCodeAt(end - 1) === 0x0d)
                end--;
            if (end < n)
                c = text.charCodeAt(end);
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
                scanCharacters(text, start, end, line, invalidUtf8, result);
        }
        const blank = scanLine(text, start, end, line, result);
        lastLine = line;
        if (blank)
            (blankLines ??= []).push(line);
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
                addIssue(result, 'bare-cr', line, end - start + 1);
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
        issues.push(...kept, { kind: 'empty-body', line: firstLine, column: 1 });
        return result;
    }
    if (blankLines !== undefined) {
        for (let k = 0; k < blankLines.length; k++) {
            const l = blankLines[k];
            const trailingSingle = l === lastLine && lastLineBlank && blankLines[k - 1] !== l - 1;
            addIssue(result, trailingSingle ? 'trailing-blank-line' : 'blank-line', l, 1);
        }
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
const scanCharacters = (text, start, end, line, invalidUtf8, result) => {
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c === 0x09)
            continue;
        if (c < 0x20 || c === 0x7f)
            addIssue(result, 'control-char', line, i - start + 1, text[i]);
        else if (c === 0xfffd && invalidUtf8)
            addIssue(result, 'invalid-utf8', line, i - start + 1);
        else if (c >= 0xd800 && c <= 0xdfff) {
            const paired = c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
            if (paired)
                i++;
            else
                addIssue(result, 'invalid-char', line, i - start + 1);
        }
    }
};
/** Reads one line [start, end) of text; returns true when it is blank (or whitespace only). */
const scanLine = (text, start, end, line, result) => {
    let p = start;
    while (p < end && isWsp(text.charCodeAt(p)))
        p++;
    if (p === end)
        return true;
    if (p > start)
        addIssue(result, 'leading-whitespace', line, 1);
    const first = text.charCodeAt(p);
    if (first === 0x23) {
        addIssue(result, 'comment', line, p - start + 1, text.slice(p, end));
        return false;
    }
    const colon = text.indexOf(':', p);
    if (colon < 0 || colon >= end) {
        addIssue(result, 'no-colon', line, p - start + 1, text.slice(p, end));
        return false;
    }
    let nameEnd = colon;
    while (nameEnd > p && isWsp(text.charCodeAt(nameEnd - 1)))
        nameEnd--;
    if (nameEnd < colon)
        addIssue(result, 'whitespace-before-colon', line, nameEnd - start + 1);
    const known = knownName(text, p, nameEnd);
    const name = known ?? text.slice(p, nameEnd);
    let grammatical = p === start && nameEnd === colon;
    if (name.length === 0) {
        addIssue(result, 'bad-name', line, p - start + 1, '');
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
        addIssue(result, 'bad-name', line, badAt - start + 1, name);
        return false;
    }
    if (name.length > 32) {
        addIssue(result, 'name-too-long', line, p - start + 1, name);
        grammatical = false;
    }
    let v = colon + 1;
    while (v < end && isWsp(text.charCodeAt(v)))
        v++;
    let vEnd = end;
    while (vEnd > v && isWsp(text.charCodeAt(vEnd - 1)))
        vEnd--;
    result.fields.push({
        name,
        value: text.slice(v, vEnd),
        line,
        column: p - start + 1,
        valueColumn: v - start + 1,
        grammatical
    });
    return false;
};
/**
 * Where an extension value leaves its grammar (section 3.2):
 *
 *     sts-policy-ext-value = sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar]
 *
 * with sts-policy-vchar printable ASCII (0x21-0x7E) or UTF-8. The value comes without the WSP
 * after the colon (field-delim is `":" *WSP`) and without the trailing WSP the record rule allows
 * after a field, so it starts and ends with a visible character; inside, spaces may run (two or
 * more in a row are legal), but a tab may not. Controls other than tab are reported for the whole
 * line (control-char). Returns 0 for an empty value, the offset of the first tab inside, or -1.
 */
const extensionValueProblem = (value) => {
    if (value.length === 0)
        return 0;
    return value.indexOf('\t');
};
/**
 * Where a trailing `# comment` starts in a value: a `#` at its start or after whitespace (the
 * grammar has no comments, so what follows is read as part of the value); -1 when there is none.
 */
const commentStart = (value) => {
    if (value.charCodeAt(0) === 0x23)
        return 0;
    for (let i = value.indexOf('#', 1); i > 0; i = value.indexOf('#', i + 1)) {
        if (isWsp(value.charCodeAt(i - 1)))
            return i;
    }
    return -1;
};


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ loadPublicSuffixCheck),
/* harmony export */   wI: () => (/* binding */ needsPublicSuffix)
/* harmony export */ });
/* unused harmony export loadPublicSuffixLookup */
let lookup;
let remembered;
/**
 * Every call looks the name up. Names asked about are the suffixes of valid mx patterns (LDH
 * labels, checked by the grammar first), so tldts need not extract or validate a host name from
 * them: that halves the cost of a lookup.
 */
const loadPublicSuffixLookup = () => (lookup ??= __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.t.bind(__nccwpck_require__, 935, 19)).then(({ getPublicSuffix }) => (name) => {
    const lower = name.toLowerCase();
    // Private suffixes count: under github.io anyone can get a host name too.
    const suffix = getPublicSuffix(lower, {
        allowPrivateDomains: true,
        extractHostname: false,
        validateHostname: false,
        mixedInputs: false
    });
    return suffix === lower;
}));
/** The check runs use: a repository's policies share a few suffixes, so answers are kept (bounded). */
const loadPublicSuffixCheck = () => (remembered ??= loadPublicSuffixLookup().then(isPublicSuffix => {
    const answers = new Map();
    return (name) => {
        let answer = answers.get(name);
        if (answer === undefined) {
            answer = isPublicSuffix(name);
            if (answers.size < 4096)
                answers.set(name, answer);
        }
        return answer;
    };
}));
/**
 * True when policy-mx-wildcard would ask the list about one of these mx values, so it is worth
 * loading (a few milliseconds, a third of a bare node start): a wildcard whose parent has more
 * than one label. A single label (`*.com`) is a public suffix without the list (its default
 * rule), and a pattern marked invalid in `valid` (as policy-mx-pattern finds it) is not asked
 * about at all.
 */
const needsPublicSuffix = (mxValues, valid) => mxValues.some((v, k) => (valid === undefined || valid[k]) && v.startsWith('*.') && v.includes('.', 2));


/***/ }),

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ parseStsRRset),
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   Q9: () => (/* binding */ STS_VERSION),
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   n3: () => (/* binding */ parseStsRecord),
/* harmony export */   yi: () => (/* binding */ looksLikeSts)
/* harmony export */ });
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8824);
/**
 * The `_mta-sts` TXT record (RFC 8461 section 3.1) and the RRset rule: of all TXT records at
 * `_mta-sts.<domain>`, those not starting with exactly `v=STSv1;` are discarded, and exactly one
 * must remain.
 */

const STS_VERSION = 'STSv1';
/** 1 to 32 of A-Z a-z 0-9. */
const isValidId = (id) => /^[A-Za-z0-9]{1,32}$/.test(id);
/** The id a record's text declares (the first id tag), however well-formed the rest. */
const idOf = (text) => parseStsRecord(text).id?.value;
const parseStsRecord = (text, index = 1) => {
    const rec = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTagRecord */ .JM)(text, STS_VERSION);
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


/***/ }),

/***/ 8824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ scanTagRecord),
/* harmony export */   Oo: () => (/* binding */ extValueProblem),
/* harmony export */   p9: () => (/* binding */ tagNameProblem)
/* harmony export */ });
/**
 * The tag-list shape shared by the `_mta-sts` record (RFC 8461 3.1) and the `_smtp._tls` record
 * (RFC 8460 3): `v=<version>` first, then `delimiter field` one or more times, then an optional
 * final delimiter, where a delimiter is `*WSP ";" *WSP`. This scanner finds every tag with its
 * position and every deviation from that shape; what a tag's value may hold is decided by the
 * record's own grammar.
 */
const isWsp = (c) => c === 0x20 || c === 0x09;
const isAlnum = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c) => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
/** A tag name as both RFCs define extension names: alnum, then up to 31 of alnum `_` `-` `.`. */
const tagNameProblem = (name) => {
    if (name.length === 0 || !isAlnum(name.charCodeAt(0)))
        return 0;
    for (let i = 1; i < name.length; i++)
        if (!isNameChar(name.charCodeAt(i)))
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
    while (start < stop && isWsp(text.charCodeAt(start)))
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
        while (a < b && isWsp(text.charCodeAt(a)))
            a++;
        while (b > a && isWsp(text.charCodeAt(b - 1)))
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


/***/ }),

/***/ 1876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ TLSRPT_VERSION),
/* harmony export */   F9: () => (/* binding */ parseTlsRptRRset),
/* harmony export */   Zu: () => (/* binding */ looksLikeTlsRpt)
/* harmony export */ });
/* unused harmony exports parseRua, parseTlsRptRecord */
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8824);
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
    const rec = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTagRecord */ .JM)(text, TLSRPT_VERSION);
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


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   V9: () => (/* binding */ escapeCommandData),
/* harmony export */   YG: () => (/* binding */ escapeCommandProperty),
/* harmony export */   en: () => (/* binding */ escapeTerminal)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
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


/***/ }),

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ idReusedAt),
/* harmony export */   QC: () => (/* binding */ unknownPastSafeAfter),
/* harmony export */   V0: () => (/* binding */ idStale),
/* harmony export */   XX: () => (/* binding */ policyChanged),
/* harmony export */   bJ: () => (/* binding */ removalTiming),
/* harmony export */   cG: () => (/* binding */ idIsNew),
/* harmony export */   qb: () => (/* binding */ hasRecord)
/* harmony export */ });
/* harmony import */ var _policy_effective_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4327);
/* harmony import */ var _policy_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2927);
/**
 * The id gate's conditions on one domain, base against head: shared by the gate rules (which
 * report them) and the gate's comparison (which decides what needs a new id).
 */


/** Whether a state has a _mta-sts record. */
const hasRecord = (s) => s.record ?? (s.id !== undefined || s.idComputed === true);
/** The policy changed between base and head: added, removed, or different effective values. */
const policyChanged = (base, head) => {
    const a = base?.policy;
    const b = head.policy;
    if (a === undefined || b === undefined)
        return a !== b;
    return !(0,_policy_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .samePolicy */ .Jo)(a, b);
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
    return ctx.history.entries.find(e => e.id === ctx.head.id && e.policy !== undefined && !(0,_policy_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .samePolicy */ .Jo)(e.policy, policy));
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
    return oldest === undefined ? undefined : new Date(oldest.date.getTime() + _policy_effective_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_AGE_LIMIT */ .xe * 1000);
};


/***/ }),

/***/ 4635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sh: () => (/* binding */ DOMAIN_POLICY_RULES),
  y0: () => (/* binding */ RULES),
  BD: () => (/* binding */ ruleById),
  NP: () => (/* binding */ rulesFor)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/rules/define.ts

/** Declares a rule; its docs link is derived from its id, so every rule has one. */
const defineRule = (meta, check) => ({ meta: { ...meta, docs: `${version/* DOCS_BASE */.M0}${meta.id}.md` }, check });

// EXTERNAL MODULE: ./src/policy/not-policy.ts
var not_policy = __nccwpck_require__(2594);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __nccwpck_require__(2745);
// EXTERNAL MODULE: ./src/policy/effective.ts
var effective = __nccwpck_require__(4327);
// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __nccwpck_require__(3772);
// EXTERNAL MODULE: ./src/message-format.ts
var message_format = __nccwpck_require__(4838);
;// CONCATENATED MODULE: ./src/rules/field-hints.ts
/**
 * Fix hints for the known policy fields, shared by the rules that give them. A hint proposes a
 * line only when that line is valid for its field; otherwise it says what the field may hold.
 */



/** What each known field may hold, as lines to write. */
const VALID_LINES = {
    version: '"version: STSv1"',
    mode: '"mode: enforce", "mode: testing" or "mode: none"',
    max_age: '"max_age: " and the seconds senders may cache the policy, 1 to 10 digits up to 31557600 (e.g. "max_age: 604800", one week)',
    mx: '"mx: " and one MX host name or "*." pattern (e.g. "mx: mail.example.com")'
};
/**
 * `write "name: value"` when that line is valid; otherwise what the field may hold. Never a line
 * the field would refuse.
 */
const writeField = (name, value) => value !== undefined && (0,effective/* isValidFieldValue */.OG)(name, value)
    ? `write "${name}: ${value}"`
    : `write ${VALID_LINES[name]}`;
/**
 * The finding for a known field whose value holds a trailing `# comment`, or undefined when it
 * holds none. `column` is the column of the `#`.
 */
const commentFinding = (name, f) => {
    const at = (0,parse/* commentStart */.qF)(f.value);
    if (at < 0)
        return undefined;
    const before = f.value.slice(0, at).trimEnd();
    const comment = f.value.slice(at);
    const what = before.length === 0
        ? `${name} holds only a comment (${(0,message_format/* quote */.hD)(comment)})`
        : `${name} ${(0,message_format/* quote */.hD)(f.value)} ends with a comment (${(0,message_format/* quote */.hD)(comment)})`;
    return {
        message: `${what}: comments are not part of the policy grammar (RFC 8461 3.2), so senders read it as part of the value and reject the policy; ${writeField(name, before)} and keep notes elsewhere (a README, the commit message)`,
        column: f.valueColumn + at
    };
};
/** Why a misnamed field is not the known one: the case, the separators, or a misspelling. */
const misnamedWhy = (f, known) => {
    const lower = f.name.toLowerCase();
    if (lower === known)
        return 'field names are case-sensitive';
    const bare = (s) => s.replace(/[-_.]/g, '');
    return bare(lower) === bare(known)
        ? 'field names are exact, separators included'
        : 'is it misspelt?';
};
const present = (facts, known) => known === 'version'
    ? facts.version !== undefined
    : known === 'mode'
        ? facts.mode !== undefined
        : known === 'max_age'
            ? facts.maxAge !== undefined
            : facts.mx.length > 0;
/**
 * The misnamed field a missing-field rule (policy-version, policy-mode, policy-max-age,
 * policy-mx-missing) reports for `known`, if it reports one: then it is that rule's finding, and
 * policy-unknown-field says nothing more about the line.
 */
const missingFieldLine = (ctx, known) => {
    if (present(ctx.facts, known))
        return undefined;
    // No mx is only missing when the mode needs one.
    if (known === 'mx' && ctx.mode !== 'enforce' && ctx.mode !== 'testing')
        return undefined;
    return (0,effective/* misnamedField */.hn)(ctx.parsed.fields, known);
};

;// CONCATENATED MODULE: ./src/rules/policy-syntax.ts







const GRAMMAR = 'RFC 8461 3.2';
const EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
/**
 * The hint for a line written `name=value`: the same field with ":" when that line is valid, and
 * what the field may hold when it is not.
 */
const equalsHint = (text) => {
    const eq = text.indexOf('=');
    if (eq < 0)
        return '; each line must be one "name: value" field';
    const name = text.slice(0, eq).trim();
    const value = text.slice(eq + 1).trim();
    const said = '; fields are written "name: value", with ":" not "="';
    if ((0,effective/* isKnownField */.aO)(name))
        return `${said}: ${writeField(name, value)}`;
    const meant = (0,did_you_mean/* didYouMean */.a)(name, effective/* KNOWN_FIELDS */.sv);
    if (meant !== undefined)
        return `${said}: ${writeField(meant, value)}`;
    // The line is shown only whole and literal: not shortened, nothing in it escaped.
    const line = `${name}: ${value}`;
    const shown = EXT_NAME.test(name) &&
        value.length > 0 &&
        (0,parse/* extensionValueProblem */.ks)(value) < 0 &&
        (0,message_format/* quote */.hD)(line) === `"${line}"`;
    return shown ? `${said}: "${line}"` : said;
};
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
            return `control character ${(0,message_format/* quote */.hD)(t)} is not allowed in a policy; remove it`;
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
            return 'comments are not part of the policy grammar, and senders such as mox and checkdmarc reject the policy: remove the line (keep notes in a README)';
        case 'no-colon':
            return `line is not a "name: value" field: ${(0,message_format/* quote */.hD)(t)}${equalsHint(t)}`;
        case 'bad-name': {
            const guess = (0,did_you_mean/* didYouMean */.a)(t.trim(), effective/* KNOWN_FIELDS */.sv);
            const hint = guess === undefined ? '' : `; did you mean ${(0,message_format/* quote */.hD)(guess)}?`;
            return `${(0,message_format/* quote */.hD)(t)} is not a valid field name (a letter or digit, then letters, digits, "_", "-" or "."), so the line is not in the grammar and strict senders such as mox reject the policy${hint}`;
        }
        case 'name-too-long':
            return `field name ${(0,message_format/* quote */.hD)(t)} is longer than 32 characters; shorten it`;
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
    const not = (0,not_policy/* notAPolicy */.R)(parsed);
    if (not !== undefined) {
        if (not.kind === 'utf16') {
            report({
                message: 'the file is saved as UTF-16 (what Windows editors call "Unicode"), so senders, which read the policy as UTF-8, see a NUL byte beside every letter and no field at all: save it as UTF-8 without BOM',
                line: not.line,
                column: 1
            });
            return;
        }
        const what = not.kind === 'html'
            ? 'it is an HTML page'
            : not.kind === 'binary'
                ? 'it is binary data, not text (an image, an archive or a compiled file saved under this name?)'
                : `${not.lines - not.fields} of its ${not.lines} lines are not "name: value" fields (prose, such as the RFC or a README?)`;
        report({
            message: `this is not an MTA-STS policy: ${what}. A policy is plain text of a few lines such as "version: STSv1", "mode: enforce", "mx: mail.example.com" and "max_age: 604800"; is this the right file?`,
            line: not.line,
            column: 1
        });
        return;
    }
    for (const i of parsed.issues) {
        report({
            message: describe(i),
            line: i.line,
            column: i.column
        });
    }
    if (parsed.droppedIssues > 0) {
        report({
            message: `${parsed.droppedIssues} more syntax problems are not listed; fix the ones above first (is this really a policy file?)`
        });
    }
    // Extension values have a grammar of their own; known fields are judged by their own rules.
    for (const f of parsed.fields) {
        if ((0,effective/* isKnownField */.aO)(f.name))
            continue;
        if (f.value.length === 0) {
            report({
                message: `field ${(0,message_format/* quote */.hD)(f.name)} has no value; give it one or remove the line`,
                line: f.line,
                column: f.valueColumn
            });
            continue;
        }
        const at = (0,parse/* extensionValueProblem */.ks)(f.value);
        if (at >= 0) {
            report({
                message: `the value of ${(0,message_format/* quote */.hD)(f.name)} holds a tab; inside an extension value only spaces may separate visible characters: replace the tab with a space`,
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
        const near = (0,effective/* misnamedField */.hn)(parsed.fields, 'version');
        report({
            message: near === undefined
                ? 'the version field is missing; add the line "version: STSv1" (required)'
                : `the version field is missing: ${(0,message_format/* quote */.hD)(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'version')}); write "version: STSv1"`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    if (f.value === 'STSv1')
        return;
    const comment = commentFinding('version', f);
    if (comment !== undefined) {
        report({ message: comment.message, line: f.line, column: comment.column });
        return;
    }
    let hint = '';
    if (f.value.length === 0)
        hint = ' (it is empty)';
    else if (f.value.toLowerCase() === 'stsv1')
        hint = ' (values are case-sensitive)';
    else if (/^stsv\d+$/i.test(f.value))
        hint = ' (STSv1 is the only version RFC 8461 defines)';
    report({
        message: `version must be exactly "STSv1"; found ${(0,message_format/* quote */.hD)(f.value)}${hint}: write "version: STSv1"`,
        line: f.line,
        column: f.valueColumn
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-mode.ts




/** The likely intended mode of a wrong value, for the fix hint. */
const intended = (v) => {
    const bare = v.replace(/^[[(<{"']+|[\])>}"']+$/g, '').trim();
    const lower = bare.toLowerCase();
    if ((0,effective/* isMode */.SF)(lower))
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
        const near = (0,effective/* misnamedField */.hn)(parsed.fields, 'mode');
        report({
            message: near === undefined
                ? 'the mode field is missing; add "mode: testing" (or enforce, or none). There is no default: some checkers assume "none", but senders reject a policy without mode'
                : `the mode field is missing: ${(0,message_format/* quote */.hD)(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'mode')}), and senders reject a policy without mode; ${writeField('mode', intended(near.value))}`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    if ((0,effective/* isMode */.SF)(f.value))
        return;
    const comment = commentFinding('mode', f);
    if (comment !== undefined) {
        report({ message: comment.message, line: f.line, column: comment.column });
        return;
    }
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
        message: `mode must be enforce, testing or none; found ${(0,message_format/* quote */.hD)(f.value)}${hint}${fix === undefined ? '' : `: write "mode: ${fix}"`}`,
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
        const near = (0,effective/* misnamedField */.hn)(parsed.fields, 'max_age');
        const m = near === undefined ? undefined : meant(near.value);
        report({
            message: near === undefined
                ? 'the max_age field is missing; add "max_age: 604800" (seconds senders may cache the policy; one week here) (required)'
                : `the max_age field is missing: ${(0,message_format/* quote */.hD)(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'max_age')}); ${writeField('max_age', m === undefined ? near.value : String(m))}`,
            line: near?.line ?? 1,
            column: near?.column ?? 1
        });
        return;
    }
    const v = f.value;
    const n = facts.maxAgeSeconds;
    if (n === undefined) {
        const comment = commentFinding('max_age', f);
        if (comment !== undefined) {
            report({ message: comment.message, line: f.line, column: comment.column });
            return;
        }
        const m = meant(v);
        const fix = m !== undefined && m <= effective/* MAX_AGE_LIMIT */.xe ? `: write "max_age: ${m}"` : '';
        const why = v.length === 0
            ? 'it is empty'
            : /^\d+$/.test(v)
                ? `it has ${v.length} digits`
                : 'only digits are allowed (no sign, unit, decimal point or grouping)';
        report({
            message: `max_age must be 1 to 10 digits giving seconds; found ${(0,message_format/* quote */.hD)(v)}, ${why}${fix}`,
            line: f.line,
            column: f.valueColumn
        });
        return;
    }
    if (n > effective/* MAX_AGE_LIMIT */.xe) {
        report({
            message: `max_age ${n} is above the maximum of 31557600 seconds (365.25 days): Postfix's resolver, checkdmarc and mailauth reject the policy; use at most "max_age: 31557600"`,
            line: f.line,
            column: f.valueColumn
        });
        return;
    }
    if (v.length > 1 && v.startsWith('0')) {
        report({
            message: `max_age ${(0,message_format/* quote */.hD)(v)} has leading zeros; it means ${n}, but some parsers read it differently: write "max_age: ${n}"`,
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
    const n = facts.maxAgeSeconds;
    if (f === undefined || n === undefined)
        return;
    // A short max_age with mode none is the removal procedure of section 8.3, not a mistake.
    if (n > effective/* MAX_AGE_LIMIT */.xe || mode === 'none')
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
            message: `max_age ${n} (${(0,message_format/* duration */.p0)(n)}) is under one day; senders refetch constantly and an attacker who blocks the fetch removes the protection (RFC 8461 10.2): use at least "max_age: 604800" (one week)`
        });
    }
    else if (n < WEEK && mode === 'enforce') {
        report({
            line: f.line,
            column: f.valueColumn,
            message: `max_age ${n} (${(0,message_format/* duration */.p0)(n)}) is under a week in enforce mode; RFC 8461 10.2 recommends weeks or more so a blocked refresh does not expire the policy: use e.g. "max_age: 1209600" (14 days)`
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
}, (ctx, report) => {
    const { facts, mode } = ctx;
    if (facts.mx.length > 0 || (mode !== 'enforce' && mode !== 'testing'))
        return;
    // A misnamed mx line (`nmx`, `MX`) is where the fix goes: the finding points there.
    const near = missingFieldLine(ctx, 'mx');
    if (near !== undefined) {
        report({
            message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail, and ${(0,message_format/* quote */.hD)(near.name)} is not one (${misnamedWhy(near, 'mx')}); ${writeField('mx', near.value)}`,
            line: near.line,
            column: near.column
        });
        return;
    }
    report({
        message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail; add one line per host, e.g. "mx: mail.example.com"`,
        line: facts.mode?.line ?? 1,
        column: facts.mode?.column ?? 1
    });
}));

// EXTERNAL MODULE: ./src/policy/mx.ts
var mx = __nccwpck_require__(9093);
;// CONCATENATED MODULE: ./src/rules/policy-mx-pattern.ts



const write = (i) => (i.fix === undefined ? '' : `: write "mx: ${i.fix}"`);
/** One problem, said in full with its fix. */
const policy_mx_pattern_describe = (value, i) => {
    const fix = write(i);
    const part = i.part ?? '';
    switch (i.problem) {
        case 'empty':
            return 'mx has no value; give one MX host name or pattern per mx line, or remove the line';
        case 'comment': {
            const why = `comments are not part of the policy grammar (RFC 8461 3.2), so senders read ${(0,message_format/* quote */.hD)(part)} as part of the value and reject the policy`;
            const notes = 'keep notes elsewhere (a README, the commit message)';
            if (i.offset === 0) {
                return `mx holds only a comment: ${why}; write the MX host name, e.g. "mx: mail.example.com", and ${notes}`;
            }
            const rest = value.slice(0, i.offset).trimEnd();
            return i.fix === undefined
                ? `mx ${(0,message_format/* quote */.hD)(value)} ends with a comment: ${why}; remove it, and note that ${(0,message_format/* quote */.hD)(rest)} is no valid pattern either`
                : `mx ${(0,message_format/* quote */.hD)(value)} ends with a comment: ${why}${fix}, and ${notes}`;
        }
        case 'list': {
            const parts = part.split(', ');
            const valid = parts.filter(p => (0,mx/* isValidMxPattern */.C5)(p));
            const invalid = parts.filter(p => !(0,mx/* isValidMxPattern */.C5)(p));
            const lines = valid.length === 0
                ? 'each pattern needs its own "mx:" line'
                : `each pattern needs its own line: ${valid.map(p => `"mx: ${p}"`).join(', ')}`;
            const rest = invalid.length === 0
                ? ''
                : `; ${invalid.map(p => (0,message_format/* quote */.hD)(p)).join(', ')} ${invalid.length === 1 ? 'is not a valid pattern' : 'are not valid patterns'} either`;
            return `mx holds a list (${(0,message_format/* quote */.hD)(value)}); ${lines}${rest}`;
        }
        case 'url':
            return `mx must be a host name, not a URL: ${(0,message_format/* quote */.hD)(value)}${fix}`;
        case 'ip':
            return `mx ${(0,message_format/* quote */.hD)(value)} is an IP address; MX records name hosts, so an address never matches: use the MX host name`;
        case 'port':
            return `mx must be a host name without a port (${(0,message_format/* quote */.hD)(part)})${fix}`;
        case 'u-label':
            return i.fix === undefined
                ? `mx ${(0,message_format/* quote */.hD)(value)} is not a valid internationalised name; write its A-label (xn--) form`
                : `mx ${(0,message_format/* quote */.hD)(value)} uses a U-label; the policy must hold the A-label (Punycode) form${fix}`;
        case 'trailing-dot':
            return `mx ${(0,message_format/* quote */.hD)(value)} ends with a dot; patterns are written without the root dot (strict senders reject the policy)${fix}`;
        case 'wildcard': {
            // The labels after the last one holding "*": the one-label wildcard nearest to the intent.
            const labels = value.split('.');
            const rest = labels.slice(labels.map(l => l.includes('*')).lastIndexOf(true) + 1).join('.');
            const nearest = rest.includes('.') ? `*.${rest}` : '*.example.com';
            return `mx ${(0,message_format/* quote */.hD)(value)} has a wildcard outside the first label or inside a label; "*" may only be the whole first label, as in ${(0,message_format/* quote */.hD)(nearest)}, which matches exactly one label: list the MX hosts by name, or use such a pattern if one label is what varies`;
        }
        case 'empty-label':
            return `mx ${(0,message_format/* quote */.hD)(value)} has an empty label (two dots in a row, or a leading dot); remove the extra dot`;
        case 'label-too-long':
            return `mx ${(0,message_format/* quote */.hD)(value)} has a label of ${part.length} characters; DNS labels are at most 63`;
        case 'name-too-long':
            return `mx ${(0,message_format/* quote */.hD)(value)} is longer than 253 characters, more than any DNS name`;
        case 'underscore':
            return `mx ${(0,message_format/* quote */.hD)(value)} contains "_", which host names cannot hold; use the MX record's host name`;
        case 'bad-char':
            return `mx ${(0,message_format/* quote */.hD)(value)} contains ${(0,message_format/* quote */.hD)(part)}; host names hold only letters, digits, "-" and "."`;
        case 'hyphen':
            return `mx ${(0,message_format/* quote */.hD)(value)} has the label ${(0,message_format/* quote */.hD)(part)} starting or ending with "-", which host names cannot`;
    }
};
/** One problem in a few words, for a line with several. */
const brief = (i) => {
    const part = i.part ?? '';
    switch (i.problem) {
        case 'trailing-dot':
            return 'a trailing dot';
        case 'u-label':
            return 'a U-label (write the A-label, xn--)';
        case 'wildcard':
            return 'a wildcard outside the first label';
        case 'empty-label':
            return 'an empty label';
        case 'label-too-long':
            return `a label of ${part.length} characters (at most 63)`;
        case 'name-too-long':
            return 'over 253 characters';
        case 'underscore':
            return 'an "_"';
        case 'bad-char':
            return (0,message_format/* quote */.hD)(part);
        case 'hyphen':
            return `the label ${(0,message_format/* quote */.hD)(part)} starting or ending with "-"`;
        default:
            return i.problem;
    }
};
/** All the problems of one line, in one message. */
const describeAll = (value, issues) => {
    if (issues.length === 1)
        return policy_mx_pattern_describe(value, issues[0]);
    const words = issues.map(brief);
    const list = `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
    return `mx ${(0,message_format/* quote */.hD)(value)} has ${(0,message_format/* plural */.LS)(issues.length, 'problem')}: ${list}; a pattern is a host name (letters, digits and "-" in dot-separated labels of 1 to 63 characters, no final dot), optionally after "*."`;
};
/* harmony default export */ const policy_mx_pattern = (defineRule({
    id: 'policy-mx-pattern',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 4.1',
    description: 'an mx value that is not [*.]Domain (wildcard placement, trailing dot, bad label, U-label, list, IP address, port, comment)'
}, ({ facts }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
        if (facts.mxValid[k])
            continue;
        const f = facts.mx[k];
        // One finding per line, at its first problem, however many it has.
        const issues = (0,mx/* invalidPatternIssues */.ez)(f.value).sort((a, b) => a.offset - b.offset);
        report({
            message: describeAll(f.value, issues),
            line: f.line,
            column: f.valueColumn + issues[0].offset
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-mx-wildcard.ts


/* harmony default export */ const policy_mx_wildcard = (defineRule({
    id: 'policy-mx-wildcard',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 4.1, 10.4',
    description: 'a wildcard mx pattern; under a public suffix an error in enforce mode, a warning otherwise'
}, ({ facts, isPublicSuffix, mode }, report) => {
    // A repeated line is policy-duplicate-field's; the first occurrence carries this finding.
    const repeated = new Set(facts.duplicates.map(d => d.field));
    for (let k = 0; k < facts.mx.length; k++) {
        const f = facts.mx[k];
        if (!facts.mxValid[k] || !f.value.startsWith('*.') || repeated.has(f))
            continue;
        const suffix = f.value.slice(2).toLowerCase();
        const isPublic = !suffix.includes('.') || (isPublicSuffix?.(suffix) ?? false);
        if (isPublic) {
            const now = mode === 'enforce'
                ? 'in enforce mode senders deliver to them'
                : 'once the mode is enforce, senders would deliver to them';
            report({
                message: `mx ${(0,message_format/* quote */.hD)(f.value)} sits directly under the public suffix ${(0,message_format/* quote */.hD)(suffix)}: it accepts any host with a certificate for a name there, other people's servers included, and ${now} (RFC 8461 10.4); list your MX hosts by name`,
                line: f.line,
                column: f.valueColumn,
                // Senders apply an enforce policy: there the wildcard is in force, an error. In
                // testing and none it is not yet (a warning), nor when the mode cannot be read.
                severity: mode === 'enforce' ? 'error' : 'warning'
            });
        }
        else {
            const quoted = (0,message_format/* quote */.hD)(suffix);
            report({
                message: `mx ${(0,message_format/* quote */.hD)(f.value)} is a wildcard: it accepts any host with a certificate for one label under ${quoted} (but not ${quoted} itself, nor deeper names); prefer listing the MX hosts by name`,
                line: f.line,
                column: f.valueColumn
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/policy-duplicate-field.ts


const message = (f, seen) => f.name === 'mx'
    ? `mx ${(0,message_format/* quote */.hD)(f.value)} repeats line ${seen.line}; remove the duplicate`
    : seen.value === f.value
        ? `${f.name} repeats line ${seen.line}; remove the duplicate`
        : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${(0,message_format/* quote */.hD)(seen.value)} and ignore ${(0,message_format/* quote */.hD)(f.value)}: keep one line with the value you mean`;
/* harmony default export */ const policy_duplicate_field = (defineRule({
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
}, ({ facts }, report) => {
    for (const { field, first } of facts.duplicates) {
        // A repeated invalid mx is reported on each line by policy-mx-pattern: one finding a line.
        if (field.name === 'mx' && !facts.mxValid[facts.mx.indexOf(field)])
            continue;
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
}, (ctx, report) => {
    for (const f of ctx.parsed.fields) {
        // `id:` lines have a rule of their own (policy-id-field).
        if ((0,effective/* isKnownField */.aO)(f.name) || f.name === 'id')
            continue;
        const meant = (0,did_you_mean/* didYouMean */.a)(f.name, effective/* KNOWN_FIELDS */.sv);
        if (meant !== undefined) {
            // When the known field is missing, the rule reporting that names this line already.
            if (missingFieldLine(ctx, meant) === f)
                continue;
            // Beside the real field (other than mx, which repeats), the line is only to be removed.
            const real = meant === 'mx'
                ? undefined
                : meant === 'version'
                    ? ctx.facts.version
                    : meant === 'mode'
                        ? ctx.facts.mode
                        : ctx.facts.maxAge;
            const fix = real === undefined
                ? writeField(meant, f.value)
                : `the ${meant} in effect is on line ${real.line}: remove this one`;
            report({
                message: `${(0,message_format/* quote */.hD)(f.name)} is not the ${meant} field (${misnamedWhy(f, meant)}); senders ignore this line: ${fix}`,
                line: f.line,
                column: f.column,
                severity: 'warning'
            });
        }
        else {
            const at = (0,parse/* commentStart */.qF)(f.value);
            const comment = at < 0
                ? ''
                : ` (its value includes ${(0,message_format/* quote */.hD)(f.value.slice(at))}: the policy grammar has no comments)`;
            report({
                message: `unknown field ${(0,message_format/* quote */.hD)(f.name)}${comment}: legal as an extension, but no sender reads it (the registry holds only version, mode, max_age and mx); remove it unless a tool of yours needs it`,
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
        message: `line endings are mixed: ${(0,message_format/* plural */.LS)(parsed.lf, 'line')} ${parsed.lf === 1 ? 'ends' : 'end'} with LF and ${(0,message_format/* plural */.LS)(parsed.crlf, 'line')} with CRLF (first ${crlfMinor ? 'CRLF' : 'LF'} on line ${line}); both are legal, but pick one (LF is fine: CRLF is not required)`,
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
    // A served body is read up to the limit only: then its size is unknown, beyond the limit.
    if (!parsed.truncated)
        return;
    const size = parsed.size > parse/* POLICY_SIZE_LIMIT */.zR
        ? `the policy is ${parsed.size} bytes`
        : `the policy served is longer than ${parse/* POLICY_SIZE_LIMIT */.zR} bytes (reading stopped there)`;
    report({
        message: `${size}, over the ${parse/* POLICY_SIZE_LIMIT */.zR}-byte (64 KiB) limit senders may apply, so strict ones (mox, Postfix's resolver) reject it; it was not linted further. A policy needs a few hundred bytes: is this the right file?`,
        line: 1,
        column: 1
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-id-field.ts


/* harmony default export */ const policy_id_field = (defineRule({
    id: 'policy-id-field',
    severity: 'notice',
    target: 'policy',
    needs: ['recordId'],
    rfc: 'RFC 8461 3.1, 3.2',
    description: 'the policy carries an id: line (senders ignore it; some checkers reject it); an error when it differs from the TXT record id'
}, ({ facts, recordId }, report) => {
    // Extensions hold the first field of each other name: the id in effect, if any.
    const f = facts.extensions.find(x => x.name === 'id');
    if (f === undefined)
        return;
    if (recordId !== undefined && recordId !== f.value) {
        report({
            message: `id ${(0,message_format/* quote */.hD)(f.value)} differs from the _mta-sts record's id ${(0,message_format/* quote */.hD)(recordId)}; they must agree: write "id: ${recordId}" or publish the new id`,
            line: f.line,
            column: f.valueColumn,
            severity: 'error'
        });
        return;
    }
    report({
        message: 'the policy carries an "id:" line: senders ignore it (the id that counts is in the _mta-sts TXT record), though the checker checkdmarc reports the whole policy as invalid for it; remove it unless this repository keeps its id here on purpose',
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
    needs: ['mxHosts'],
    rfc: 'RFC 8461 4.1',
    description: 'an MX host of the domain matched by no mx pattern (error in enforce, warning in testing, notice in none)'
}, ({ facts, mxHosts, mode }, report) => {
    if (mxHosts === undefined)
        return;
    const valid = facts.mx.filter((_, k) => facts.mxValid[k]);
    // On the last valid pattern (an invalid line has a finding of its own), else on the mode.
    const where = valid.at(-1) ?? facts.mode;
    const compared = valid.length === 0
        ? 'the policy has no valid mx pattern'
        : `compared with ${valid.map(f => (0,message_format/* quote */.hD)(f.value)).join(', ')}`;
    const consequence = mode === 'enforce'
        ? 'senders enforcing the policy will not deliver to it'
        : mode === 'none'
            ? 'it would be refused once the mode is enforce'
            : // testing, or a mode no sender reads (the user may believe it is enforce already)
                'in enforce mode senders would not deliver to it';
    // An invalid pattern whose fix would cover a host: policy-mx-pattern reports that line with
    // the fix, and one broken line gives one finding.
    const fixes = [];
    for (let k = 0; k < facts.mx.length; k++) {
        if (facts.mxValid[k])
            continue;
        for (const i of (0,mx/* invalidPatternIssues */.ez)(facts.mx[k].value)) {
            if (i.fix !== undefined)
                fixes.push(i.fix);
            // A list on one line: each valid member is a line policy-mx-pattern proposes.
            if (i.problem === 'list')
                fixes.push(...(i.part ?? '').split(', ').filter(mx/* isValidMxPattern */.C5));
        }
    }
    for (const host of mxHosts) {
        if (valid.some(f => (0,mx/* mxMatches */.jD)(f.value, host)))
            continue;
        if (fixes.some(p => (0,mx/* mxMatches */.jD)(p, host)))
            continue;
        const h = (0,mx/* normalizeHost */.cS)(host);
        const deeper = valid.find(f => f.value.startsWith('*.') && h.endsWith(f.value.slice(1).toLowerCase()));
        // Never a line the policy would refuse: a host name that is no valid pattern gets none.
        // Written out whole (a valid pattern needs no escaping, and a shortened one is no line).
        let add = (0,mx/* isValidMxPattern */.C5)(h) ? `add "mx: ${h}"` : 'add an "mx:" line matching it';
        let why = compared;
        if (deeper !== undefined) {
            // The pattern one label above the host covers its siblings too (a provider's tenants).
            const sibling = `*.${h.slice(h.indexOf('.') + 1)}`;
            if ((0,mx/* isValidMxPattern */.C5)(sibling))
                add += ` (or "mx: ${sibling}" for every host beside it)`;
            why = `${(0,message_format/* quote */.hD)(deeper.value)} covers exactly one label before ${(0,message_format/* quote */.hD)(deeper.value.slice(2))}, not the ${h.split('.').length - deeper.value.split('.').length + 1} of this host; checkers that match several labels, such as checkdmarc and mailauth, wrongly pass it`;
        }
        report({
            message: `MX host ${(0,message_format/* quote */.hD)(h)} is matched by no mx pattern (${why}); ${consequence}: ${add}`,
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
    needs: ['mxHosts'],
    rfc: 'RFC 8461 4.1, 8.1',
    description: "an mx pattern that matches none of the domain's MX hosts"
}, ({ facts, mxHosts }, report) => {
    if (mxHosts === undefined || mxHosts.length === 0)
        return;
    const hosts = mxHosts.map(mx/* normalizeHost */.cS);
    for (let k = 0; k < facts.mx.length; k++) {
        const f = facts.mx[k];
        if (!facts.mxValid[k])
            continue;
        if (hosts.some(h => (0,mx/* mxMatches */.jD)(f.value, h)))
            continue;
        report({
            message: `mx ${(0,message_format/* quote */.hD)(f.value)} matches none of the domain's MX hosts (${hosts.map(h => (0,message_format/* quote */.hD)(h)).join(', ')}); a stale entry or a typo? Keep a retired host listed until senders' cached policies have expired (max_age), then remove it`,
            line: f.line,
            column: f.valueColumn
        });
    }
}));

// EXTERNAL MODULE: ./src/record/sts.ts
var sts = __nccwpck_require__(3333);
// EXTERNAL MODULE: ./src/record/tags.ts
var tags = __nccwpck_require__(8824);
;// CONCATENATED MODULE: ./src/rules/tag-messages.ts
/** Messages for the tag-list shape shared by the _mta-sts and _smtp._tls records. */


/** Records of other mechanisms pasted where this one belongs: what they are and where they go. */
const OTHER_RECORDS = [
    [/^v=spf1(?:\s|$)/i, 'an SPF record (it belongs on the domain itself'],
    [/^v=DMARC1\s*;/i, 'a DMARC record (it belongs at _dmarc.<domain>'],
    [/^v=DKIM1\s*;/i, 'a DKIM key (it belongs at <selector>._domainkey.<domain>'],
    [/^v=BIMI1\s*;/i, 'a BIMI record (it belongs at default._bimi.<domain>'],
    [/^v=STSv1\s*;/i, 'the MTA-STS record (it belongs at _mta-sts.<domain>'],
    [/^v=TLSRPTv1\s*;/i, 'the TLS-RPT record (it belongs at _smtp._tls.<domain>']
];
/** ", which is an SPF record (it belongs ...)" for another mechanism's record, else "". */
const otherRecord = (text, version) => {
    if (text.toLowerCase().startsWith(`v=${version.toLowerCase()}`))
        return '';
    const kind = OTHER_RECORDS.find(([re]) => re.test(text))?.[1];
    return kind === undefined ? '' : `, which is ${kind}, not here)`;
};
const describeTagIssue = (i, version, record, inSet) => {
    const t = i.text ?? '';
    const prefix = `v=${version};`;
    switch (i.kind) {
        case 'empty':
            return `the record is empty; it must start with "${prefix}"`;
        case 'non-ascii':
            return `non-ASCII character ${(0,message_format/* quote */.hD)(t)}; the record must be plain US-ASCII`;
        case 'control-char':
            return `control character ${(0,message_format/* quote */.hD)(t)} is not allowed in the record`;
        case 'quotes':
            return `the record data starts with a quote: the quotes of a zone file are syntax, not data, and senders discard the record; publish ${(0,message_format/* quote */.hD)(record.replace(/^"+|"+$/g, ''))}`;
        case 'leading-whitespace':
            return `the record starts with whitespace, so senders do not see "${prefix}" and discard it; remove the leading whitespace`;
        case 'version': {
            let hint = '';
            if (t.toLowerCase() === `v=${version}`.toLowerCase() ||
                t.toLowerCase() === version.toLowerCase())
                hint = ' (it is case-sensitive)';
            return t.length === 0
                ? `the record must start with "v=${version}"`
                : `the record must start with exactly "v=${version}"; found ${(0,message_format/* quote */.hD)(t)}${hint}${otherRecord(record, version)}`;
        }
        case 'space-before-semicolon':
            return inSet
                ? `whitespace before the first ";": senders select records by the exact prefix "${prefix}" (${version === 'STSv1' ? 'RFC 8461 3.1, erratum 6285' : 'RFC 8460 3'}), so among several TXT records this one is discarded; write "${prefix}"`
                : `whitespace before the first ";": the grammar allows it and senders read this record, but it lacks the exact prefix "${prefix}" by which senders pick records out of several${version === 'STSv1' ? ' (erratum 6285)' : ''}, so any other TXT record published beside it would make them discard it; write "${prefix}"`;
        case 'trailing-whitespace':
            return 'trailing whitespace without a final ";" is not in the grammar; remove it (or end the record with ";")';
        case 'empty-field':
            return 'empty field (";;" or a leading ";"); remove the extra ";"';
        case 'no-equals':
            return `${(0,message_format/* quote */.hD)(t)} is not a name=value field; write it as name=value or remove it`;
        case 'bad-name':
            return `${(0,message_format/* quote */.hD)(t)} is not a valid tag name (a letter or digit, then up to 31 letters, digits, "_", "-", ".")`;
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
        const at = (0,tags/* extValueProblem */.Oo)(t.value);
        // A non-ASCII character is reported once, by the record-wide check.
        if (at < 0 || t.value.charCodeAt(at) > 0x7f)
            continue;
        report({
            message: t.value.length === 0
                ? `tag ${(0,message_format/* quote */.hD)(t.name)} has no value`
                : `the value of tag ${(0,message_format/* quote */.hD)(t.name)} holds ${(0,message_format/* quote */.hD)(t.value[at])}; extension values allow visible ASCII except ";" and "="`,
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
        if (inSet && !r.exactPrefix && !(0,sts/* looksLikeSts */.yi)(r.text))
            continue;
        for (const i of r.issues) {
            const message = describeTagIssue(i, sts/* STS_VERSION */.Q9, r.text, inSet);
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
    if (stripped !== id && (0,sts/* isValidId */.Al)(stripped))
        return stripped;
    return undefined;
};
/** `write "id=..."` with the value when it is a valid id (or clearly meant one), else the rule. */
const writeId = (value) => {
    const id = (0,sts/* isValidId */.Al)(value) ? value : suggestion(value);
    return id === undefined
        ? 'write "id=" and 1 to 32 letters and digits, e.g. "id=20250701T150000Z"'
        : `write "id=${id}"`;
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
        if (r.version !== 'STSv1' && !(0,sts/* looksLikeSts */.yi)(r.text))
            continue;
        const id = r.id;
        if (id === undefined) {
            const near = r.tags.find(t => t.name.toLowerCase() === 'id');
            report({
                message: near === undefined
                    ? 'the record has no id; add one, e.g. "v=STSv1; id=20250701T150000Z;" (letters and digits, at most 32)'
                    : `the record has no id: tag names are case-sensitive, so ${(0,message_format/* quote */.hD)(near.name)} is not "id"; ${writeId(near.value)}`,
                line: r.index,
                column: (near?.offset ?? r.text.length) + 1
            });
            continue;
        }
        const v = id.value;
        if ((0,sts/* isValidId */.Al)(v))
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
            why = `${(0,message_format/* quote */.hD)(bad)} is not allowed: only letters and digits (dates are written without "-" and ":")`;
        }
        const fix = suggestion(v);
        report({
            message: `invalid id ${(0,message_format/* quote */.hD)(v)}: ${why}${fix === undefined ? '' : `; write "id=${fix}"`}`,
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
    description: 'a tag repeated in the _mta-sts record (the first is in effect); an error for a repeated id, which mox rejects'
}, ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
        const seen = new Map();
        for (const t of r.tags) {
            const first = seen.get(t.name);
            if (first === undefined) {
                seen.set(t.name, t.value);
                continue;
            }
            // mox reads no value after a second id and rejects the whole record: senders disagree
            // on whether the domain has a policy at all. Other repeated tags are only ignored.
            const isId = t.name === 'id';
            report({
                message: isId
                    ? `tag "id" appears again: RFC 8461 has senders use the first value ${(0,message_format/* quote */.hD)(first)} and ignore ${(0,message_format/* quote */.hD)(t.value)}, but mox rejects the whole record, so those senders apply no policy: keep one id`
                    : `tag ${(0,message_format/* quote */.hD)(t.name)} appears again; senders use the first value ${(0,message_format/* quote */.hD)(first)} and ignore ${(0,message_format/* quote */.hD)(t.value)}: remove the duplicate`,
                line: r.index,
                column: t.offset + 1,
                ...(isId && { severity: 'error' })
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/txt-missing.ts


/** What a failed lookup (not NXDOMAIN or NODATA) means for senders, and what to look at. */
const failureMessage = (queried, f) => {
    const who = f.server === undefined ? 'the name server' : `name server ${f.server}`;
    // The DNS adapter's own messages already say who answered (a server, the servers asked, the
    // system resolver): then they are said as they are.
    const namesWho = f.server !== undefined
        ? f.message.includes(f.server)
        : /^the (system resolver|DNS servers asked)\b/.test(f.message);
    const said = namesWho
        ? f.message
        : f.code !== 'ETIMEOUT'
            ? `${who} answered ${f.message}`
            : f.server === undefined
                ? f.message
                : `${who} gave no answer (${f.message})`;
    const at = f.name.toLowerCase() === queried.toLowerCase() ? '' : ` (at ${f.name})`;
    const fix = f.code === 'ETIMEOUT'
        ? 'check that every name server of the zone answers'
        : f.code === 'ECNAMELOOP'
            ? 'point the CNAME at the name that holds the record, not back along the chain'
            : f.code === 'EREFUSED'
                ? 'check that the zone is served by the name servers it is delegated to'
                : 'check the zone on its name servers (a lame delegation, or a DNSSEC signature that does not validate, gives this answer)';
    return `the TXT lookup of ${queried} failed${at}: ${said}; senders that get this answer find no policy (MTA-STS is off for them): ${fix}`;
};
/* harmony default export */ const txt_missing = (defineRule({
    id: 'txt-missing',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'no _mta-sts record (error live), or the repository keeps no record for the domain (notice: the id gate cannot run)'
}, ({ rrset, origin, domain, owner, lookupFailure, expectedIn }, report) => {
    const queried = domain === undefined ? '_mta-sts.<domain>' : `_mta-sts.${domain}`;
    if (lookupFailure !== undefined) {
        report({ message: failureMessage(queried, lookupFailure) });
        return;
    }
    if (rrset.records.length === 1 || rrset.selected.length > 0)
        return;
    if (rrset.records.some(r => (0,sts/* looksLikeSts */.yi)(r.text)))
        return;
    // Through a CNAME, the record is published (or missing) at its target.
    const name = owner === undefined || owner.toLowerCase() === queried.toLowerCase()
        ? queried
        : `${owner} (the CNAME target of ${queried})`;
    if (rrset.records.length === 0 && origin === 'repo' && expectedIn !== undefined) {
        // Fail closed: the config says where the id is, and the gate would otherwise skip the domain.
        report({
            message: `the config names ${expectedIn} as the file that keeps the _mta-sts record of ${domain ?? 'the domain'}, but it holds none, so the id gate cannot check the id: add the record there ("_mta-sts" TXT "v=STSv1; id=<id>"), or correct the path`
        });
        return;
    }
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
            if (t.name === 'id' || (0,tags/* tagNameProblem */.p9)(t.name) >= 0 || (0,tags/* extValueProblem */.Oo)(t.value) >= 0)
                continue;
            const lower = t.name.toLowerCase();
            const misCased = lower === 'id' || lower === 'v';
            // A record without id whose "ID" tag txt-id names already: that finding says it all.
            if (lower === 'id' &&
                r.id === undefined &&
                r.tags.find(x => x.name.toLowerCase() === 'id') === t)
                continue;
            const message = t.name === 'v'
                ? 'a second "v" tag: the version may only come first, so senders ignore this one; remove it'
                : lower === 'v'
                    ? `tag ${(0,message_format/* quote */.hD)(t.name)} is not the v tag (tag names are case-sensitive), and "v=STSv1" may only come first, once; senders ignore this one: remove it`
                    : misCased
                        ? `tag ${(0,message_format/* quote */.hD)(t.name)} is not the id tag (tag names are case-sensitive); senders ignore it: ${r.id === undefined ? writeId(t.value) : `the id in effect is "${r.id.value}": remove this one`}`
                        : `unknown tag ${(0,message_format/* quote */.hD)(t.name)}: legal, but senders ignore it (the registry holds only v and id); remove it unless you need it`;
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
            message: `record ${r.index} (${(0,message_format/* quote */.hD)(r.text, 40)}) is not an MTA-STS record: RFC 8461 3.1 tells senders to ignore it, though some implementations (go-mtasts, checkdmarc) count every TXT record at this name and then find no policy; move it elsewhere unless it must be here`,
            line: r.index,
            column: 1
        });
    }
}));

// EXTERNAL MODULE: ./src/record/tlsrpt.ts
var tlsrpt = __nccwpck_require__(1876);
;// CONCATENATED MODULE: ./src/rules/tlsrpt-syntax.ts




const describeRua = (i) => {
    switch (i.problem) {
        case 'empty':
            return i.text === 'rua'
                ? 'rua has no destination; give a mailto: or https: URI'
                : 'empty rua destination (a stray ","); remove it';
        case 'whitespace':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} holds whitespace; separate destinations with ","`;
        case 'no-scheme':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} has no scheme; write "mailto:${i.text}" for an address or an https: URL`;
        case 'scheme':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} uses an unsupported scheme; RFC 8460 allows only mailto: and https:`;
        case 'unencoded':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} holds "!", which must be percent-encoded (%21); size limits like "!10m" are DMARC syntax, not TLS-RPT`;
        case 'bad-mailto':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} is not a mailto: URI with an address`;
        case 'bad-https':
            return `rua destination ${(0,message_format/* quote */.hD)(i.text)} is not a valid https: URL`;
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
        if (inSet && !r.exactPrefix && !(0,tlsrpt/* looksLikeTlsRpt */.Zu)(r.text))
            continue;
        for (const i of r.issues) {
            const message = describeTagIssue(i, tlsrpt/* TLSRPT_VERSION */.DE, r.text, inSet);
            if (message === undefined)
                continue;
            const severity = tagIssueSeverity(i, inSet);
            report({ message, line: r.index, column: i.offset + 1, ...(severity && { severity }) });
        }
        if (r.version !== tlsrpt/* TLSRPT_VERSION */.DE && !(0,tlsrpt/* looksLikeTlsRpt */.Zu)(r.text))
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
                    : `tag ${(0,message_format/* quote */.hD)(t.name)} appears twice; remove the duplicate`,
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
}, ({ rrset, mode, domain }, report) => {
    // A single record is the record meant; tlsrpt-syntax says what is wrong with it.
    if (rrset.records.length === 1 || rrset.selected.length > 0)
        return;
    if (rrset.records.some(r => (0,tlsrpt/* looksLikeTlsRpt */.Zu)(r.text)))
        return;
    const why = mode === 'testing'
        ? 'in testing mode reports are the only thing the policy produces, so without them testing tells you nothing'
        : 'failures to deliver over TLS go unreported';
    report({
        message: `there is no _smtp._tls (TLS-RPT) record: ${why}; publish "v=TLSRPTv1; rua=mailto:tlsrpt@${domain ?? '<domain>'}" at _smtp._tls.${domain ?? '<domain>'}`,
        line: 1,
        column: 1,
        ...(mode === 'testing' && { severity: 'warning' })
    });
}));

// EXTERNAL MODULE: ./src/rules/id-gate-conditions.ts
var id_gate_conditions = __nccwpck_require__(4883);
// EXTERNAL MODULE: ./src/policy/changes.ts
var policy_changes = __nccwpck_require__(2927);
;// CONCATENATED MODULE: ./src/rules/id-not-changed.ts




/* harmony default export */ const id_not_changed = (defineRule({
    id: 'id-not-changed',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 3.1, 8.1',
    description: 'the effective policy changed since the base but the id did not (the message carries a suggested fresh id)'
}, (ctx, report) => {
    const { domain, head, base, at } = ctx;
    if ((0,id_gate_conditions/* idStale */.V0)(ctx)) {
        const shared = ctx.sharedWith.length > 0
            ? `; the policy also serves ${ctx.sharedWith.join(', ')}, whose id must change as well`
            : '';
        report({
            message: `the policy of ${domain} changed since the base (${(0,message_format/* listChanges */.Wd)(ctx.changes)}) but its id is still ${(0,message_format/* quote */.hD)(head.id ?? '')} in ${ctx.idWhere}: senders that cached the old policy do not fetch the new one until its max_age runs out; write a new id there, e.g. ${ctx.suggestedId} (mta-sts-lint bump does it)${shared}`,
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
        !(0,policy_changes/* sameBytes */.er)(head.policyBytes, base.policyBytes)) {
        report({
            message: `the policy file ${(0,message_format/* quote */.hD)(head.policyFile ?? '')} of ${domain} changed since the base, but not its effective values (only bytes: whitespace, line endings, field order or repeats), so senders see the same policy and the id ${(0,message_format/* quote */.hD)(head.id)} can stay`,
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
    if (!(0,id_gate_conditions/* idIsNew */.cG)(ctx) || head.policy === undefined)
        return;
    const id = (0,message_format/* quote */.hD)(head.id ?? '');
    const earlier = (0,id_gate_conditions/* idReusedAt */.HV)(ctx);
    if (earlier !== undefined && earlier.policy !== undefined) {
        const commit = earlier.commit === undefined ? '' : ` (commit ${earlier.commit.slice(0, 7)})`;
        report({
            message: `the new id ${id} of ${domain} in ${ctx.idWhere} was already published on ${(0,message_format/* formatDate */.Yq)(earlier.date)}${commit} with a different policy (then → now: ${(0,message_format/* listChanges */.Wd)((0,policy_changes/* policyChanges */.cb)(earlier.policy, head.policy))}): senders that cached that policy under this id will not fetch this one; write an id never used before, e.g. ${ctx.suggestedId}`,
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
        message: `the id of ${domain} changed from ${(0,message_format/* quote */.hD)(base.id)} to ${(0,message_format/* quote */.hD)(head.id)} in ${idWhere}, but the policy did not (same effective values): harmless, senders only fetch the same policy again; keep it if a refetch is what you want, or restore ${(0,message_format/* quote */.hD)(base.id)}`,
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
}, ({ domain, unnamed, head, base, history, now, at }, report) => {
    if (base === undefined)
        return;
    // An unnamed policy is known by its file alone: "the policy "x" is removed".
    const of = unnamed === true ? '' : ` of ${domain}`;
    const policyGone = base.policy !== undefined && head.policy === undefined;
    const recordGone = (0,id_gate_conditions/* hasRecord */.qb)(base) && !(0,id_gate_conditions/* hasRecord */.qb)(head);
    if (!policyGone && !recordGone)
        return;
    const file = base.policyFile === undefined ? '' : ` ${(0,message_format/* quote */.hD)(base.policyFile)}`;
    const what = policyGone && recordGone
        ? `the policy${file} and the _mta-sts record${of} are removed`
        : policyGone
            ? `the policy${file}${of} is removed`
            : `the _mta-sts record${of} is removed`;
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
        const timing = (0,id_gate_conditions/* removalTiming */.bJ)(entries, now);
        const state = policy.mode === undefined
            ? 'a policy that is not mode: none'
            : `mode: ${policy.mode}${policy.max_age === undefined ? '' : ` (max_age ${(0,message_format/* maxAgeWords */.PN)(policy.max_age)})`}`;
        const wait = timing.safeAfter === undefined || timing.longest === undefined
            ? 'wait out the longest max_age served before'
            : `wait until every earlier policy has expired (${(0,message_format/* formatDate */.Yq)(timing.safeAfter)} if released now, set by max_age ${(0,message_format/* maxAgeWords */.PN)(timing.longest.policy.max_age)})`;
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
    const timing = (0,id_gate_conditions/* removalTiming */.bJ)(history.entries, now);
    const cut = history.complete ? undefined : (history.reason ?? 'history was cut short');
    const bound = cut === undefined ? undefined : (0,id_gate_conditions/* unknownPastSafeAfter */.QC)(history.entries);
    const l = timing.longest;
    if (timing.safeAfter !== undefined && l !== undefined && now < timing.safeAfter) {
        // Published under the same id, the none stage reached no sender that had cached the
        // policy before it: they all keep that one until it expires.
        const last = timing.lastActive?.entry;
        const sameId = base.id !== undefined && last?.id === base.id
            ? `; the "mode: none" policy was published under the same id ${(0,message_format/* quote */.hD)(base.id)} as the mode: ${last.policy?.mode} policy before it, so senders that cached that one never fetched it (next time publish it under a new id)`
            : '';
        report({
            message: `${what} too early: a mode: ${l.policy.mode} policy (max_age ${(0,message_format/* maxAgeWords */.PN)(l.policy.max_age)}) was served until ${(0,message_format/* formatDate */.Yq)(l.until)} (commit dates), so senders may keep it cached until ${(0,message_format/* formatDate */.Yq)(timing.safeAfter)}${cut === undefined ? '' : ` at least (${cut})`}${sameId}; keep the "mode: none" policy and the record until then`,
            ...at
        });
        return;
    }
    if (bound !== undefined && now < bound) {
        const known = timing.safeAfter === undefined
            ? 'no enforce or testing policy is in the history that was available'
            : `the policies in the history that was available expired by ${(0,message_format/* formatDate */.Yq)(timing.safeAfter)}`;
        report({
            message: `${what}; ${known}, but ${cut}, so an older enforce or testing policy could still be cached until ${(0,message_format/* formatDate */.Yq)(bound)} at the latest; make sure none was served within its max_age before merging`,
            severity: 'notice',
            ...at
        });
    }
}));

// EXTERNAL MODULE: ./src/domain-name.ts
var domain_name = __nccwpck_require__(6179);
// EXTERNAL MODULE: ./src/site/folders.ts
var site_folders = __nccwpck_require__(6378);
// EXTERNAL MODULE: ./src/site/github-pages.ts
var github_pages = __nccwpck_require__(4101);
// EXTERNAL MODULE: ./src/site/well-known.ts
var well_known = __nccwpck_require__(5809);
;// CONCATENATED MODULE: ./src/rules/policy-cname.ts





/** The folder a policy's site is published from, when its layout says. */
const siteOf = (p) => p.siteRoot ?? (0,well_known/* wellKnownSite */.Bv)(p.file) ?? (p.file === well_known/* POLICY_FILE */.CX ? '' : undefined);
/** The host name a CNAME line stands for: without a scheme, a path or a port. */
const hostOf = (line) => (0,domain_name/* canonicalDomain */.T)(line
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/:?#].*$/, ''));
/**
 * What the CNAME most likely means: `mta-sts.` in place of a misspelt first label (`ma-sts`,
 * `mta_sts`) or of `www`, or in front of a bare domain.
 */
const policy_cname_meant = (host) => {
    const labels = host.split('.').filter(l => l !== '');
    if (labels.length < 2)
        return undefined;
    const first = labels[0];
    const lookalike = first.replace(/[-_.]/g, '') === 'mtasts' || (0,did_you_mean/* editDistance */.Y)(first, 'mta-sts') <= 2;
    if (lookalike || first === 'www')
        return `mta-sts.${labels.slice(1).join('.')}`;
    if (labels.length === 2)
        return `mta-sts.${host}`;
    return undefined;
};
/**
 * The CNAME file of a GitHub Pages site holding a policy must name the policy host
 * `mta-sts.<domain>`: Pages serves the site under that one name (and gets its certificate for
 * it), and senders fetch the policy from no other. Reported by policy-location, at the CNAME.
 */
const checkCname = (ctx, report) => {
    const seen = new Set();
    for (const p of ctx.policies) {
        // A host rule's site is not published by GitHub Pages.
        if (p.servedBy !== undefined)
            continue;
        const site = siteOf(p);
        if (site === undefined)
            continue;
        const file = (0,site_folders/* sitePath */.l2)(site, 'CNAME');
        if (seen.has(file) || !ctx.files.includes(file))
            continue;
        seen.add(file);
        const text = ctx.read(file);
        if (text === undefined)
            continue;
        const line = text.split(/\r?\n/)[0] ?? '';
        const named = (0,github_pages/* cnameDomain */.pO)(text);
        const expected = p.domain === undefined ? undefined : `mta-sts.${p.domain}`;
        if (named !== undefined && (p.domain === undefined || named === p.domain))
            continue;
        const host = hostOf(line);
        const fix = expected ?? policy_cname_meant(host);
        const url = p.domain === undefined
            ? `https://mta-sts.<domain>${well_known/* WELL_KNOWN_URL_PATH */.V$}`
            : (0,well_known/* policyUrl */.IH)(p.domain);
        const holds = line.trim() === ''
            ? 'is empty'
            : host !== (0,domain_name/* canonicalDomain */.T)(line)
                ? `holds ${JSON.stringify(line.trim())}, not a bare host name`
                : `names ${host}`;
        report({
            message: `${file} ${holds}, but GitHub Pages must serve this site as mta-sts.<domain>: senders fetch ${url} and nothing else; ${fix === undefined ? 'write the policy host, mta-sts. followed by your mail domain' : `write ${fix}`} on its first line${named !== undefined && expected !== undefined ? ` (the policy serves ${p.domain ?? ''})` : ''}`,
            file,
            line: 1,
            column: 1
        });
    }
};

// EXTERNAL MODULE: ./src/site/rewrites.ts
var rewrites = __nccwpck_require__(5282);
;// CONCATENATED MODULE: ./src/rules/policy-location.ts








/** Policies deeper than this many folders are not looked for. */
const MAX_POLICY_DEPTH = 6;
/** `.well_known`, `well-known`, `.Well-Known`, `.wellknown`, `.well-know`: meant as `.well-known`. */
const looksLikeWellKnown = (name) => {
    if (name === well_known/* WELL_KNOWN_DIR */.VM)
        return false;
    const n = name.toLowerCase().replace(/^\.+/, '').replace(/[_ ]/g, '-');
    const bare = well_known/* WELL_KNOWN_DIR */.VM.slice(1);
    return (n === bare ||
        n === bare.replace('-', '') ||
        (0,did_you_mean/* editDistance */.Y)(name.toLowerCase(), well_known/* WELL_KNOWN_DIR */.VM) <= 2);
};
/** `mta_sts.txt`, `MTA-STS.txt`, `mta-sts.txt.txt`, `mta-sts`: meant as `mta-sts.txt`. */
const looksLikePolicyName = (name) => {
    if (name === well_known/* POLICY_FILE */.CX)
        return false;
    let n = name.toLowerCase().replace(/_/g, '-');
    while (n.endsWith('.txt'))
        n = n.slice(0, -4);
    return n === 'mta-sts' || n === 'mtasts' || n === 'mta.sts' || (0,did_you_mean/* editDistance */.Y)(n, 'mta-sts') <= 1;
};
/** Text that is a policy rather than, say, a script named `mta-sts`. */
const looksLikePolicy = (text) => text !== undefined &&
    /^\s*version\s*:\s*STSv1\s*$/im.test(text) &&
    /^\s*(mode|max_age|mx)\s*:/im.test(text);
const whyName = (name) => {
    if (name.toLowerCase() === well_known/* POLICY_FILE */.CX)
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
/** The URL senders fetch the policy of a policy file from, as precisely as it is known. */
const urlOf = (policy) => policy?.domain === undefined ? well_known/* WELL_KNOWN_URL_PATH */.V$ : (0,well_known/* policyUrl */.IH)(policy.domain);
/** A committed file that is plainly no policy (a page, prose): policy-syntax says so, once. */
const notPolicyText = (text) => text !== undefined && (0,not_policy/* notAPolicy */.R)((0,parse/* parsePolicy */.ON)(text)) !== undefined;
/** Rules that do not serve the policy (3xx, or a host that does not apply them): at their line. */
const checkRewrites = (ctx, report) => {
    const handled = new Set();
    const files = new Set(ctx.files);
    for (const r of ctx.rewrites) {
        const where = `${r.from} in ${r.file}`;
        const target = r.target === undefined ? r.to : r.target;
        if (r.host === 'vercel') {
            if (r.target !== undefined)
                handled.add(r.target);
            const folder = r.file.includes('/') ? `${r.file.slice(0, r.file.lastIndexOf('/'))}/` : '';
            report({
                message: `Vercel reserves ${well_known/* WELL_KNOWN_DIR */.VM}: its documentation says paths there cannot be rewritten or redirected, so ${where} does not serve ${target} at ${well_known/* WELL_KNOWN_URL_PATH */.V$}; serve the policy as a static file at ${folder}public/${well_known/* WELL_KNOWN_POLICY */._G} (or ${well_known/* WELL_KNOWN_POLICY */._G} of the output folder) and drop this rule`,
                file: r.file,
                line: r.line,
                column: r.column
            });
            continue;
        }
        if (r.status === 200)
            continue;
        // Netlify serves a file at the source path over a rule that is not forced (shadowing).
        const site = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : '';
        if (r.host === 'netlify' && r.force !== true && files.has((0,site_folders/* sitePath */.l2)(site, well_known/* WELL_KNOWN_POLICY */._G))) {
            continue;
        }
        if (r.target !== undefined)
            handled.add(r.target);
        const status = r.defaultStatus === true
            ? `no status, which ${(0,rewrites/* hostName */.Sm)(r.host)} takes as ${r.status}`
            : `status ${r.status}`;
        report({
            message: `${where} redirects (${status}) to ${r.to}, and senders never follow a redirect for the policy (RFC 8461 3.3): they get no policy. Answer the policy URL with the file itself: write 200 to rewrite instead of redirect${r.target === undefined ? '' : ` (${r.target} is then served at ${well_known/* WELL_KNOWN_URL_PATH */.V$})`}`,
            file: r.file,
            line: r.line,
            column: r.column,
            severity: 'error'
        });
    }
    return handled;
};
/** A permalink that does not put the page at the policy URL: at its line. */
const checkPermalink = (p, report) => {
    const link = p.permalink;
    if (link === undefined || p.frontMatterServed === true)
        return false;
    if (link.path === well_known/* WELL_KNOWN_URL_PATH */.V$)
        return true;
    const servedAt = link.path.endsWith('/') ? `${link.path}index.html` : link.path;
    report({
        message: `${p.file} is served at ${servedAt} (its permalink), not at ${urlOf(p)}, the one place senders fetch a policy from; write permalink: ${well_known/* WELL_KNOWN_URL_PATH */.V$}`,
        file: p.file,
        line: link.line,
        column: link.column
    });
    return true;
};
const whyFolder = (name) => {
    if (name.toLowerCase() === well_known/* WELL_KNOWN_DIR */.VM)
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
    description: `a committed policy that will not be served at ${well_known/* WELL_KNOWN_URL_PATH */.V$} of its site (a root or misplaced file, a misspelt or mis-cased name, a redirect, a Pages CNAME that is not mta-sts.<domain>)`
}, (ctx, report) => {
    const files = new Set(ctx.files);
    const byFile = new Map(ctx.policies.map(p => [p.file, p]));
    // Files served some other way than by their path, or told about at the rule that serves them.
    const handled = checkRewrites(ctx, report);
    checkCname(ctx, report);
    for (const p of ctx.policies) {
        if (p.servedBy?.status === 200 && p.servedBy.host !== 'vercel')
            handled.add(p.file);
        if (checkPermalink(p, report))
            handled.add(p.file);
        // Jekyll off: pages-jekyll says once what is served instead.
        if (p.frontMatterServed === true && p.permalink !== undefined)
            handled.add(p.file);
        if (p.wellKnownFile === true) {
            handled.add(p.file);
            const target = (0,site_folders/* sitePath */.l2)(p.file.slice(0, -well_known/* WELL_KNOWN_DIR */.VM.length).replace(/\/$/, ''), well_known/* WELL_KNOWN_POLICY */._G);
            report({
                message: `${p.file} is a file holding the policy, not a folder, so nothing is served at ${urlOf(p)}; create a folder ${well_known/* WELL_KNOWN_DIR */.VM} with the policy in a file ${well_known/* POLICY_FILE */.CX} inside it (${target}; in GitHub's web editor, type "${well_known/* WELL_KNOWN_DIR */.VM}/" in the name box to make the folder) and delete this file`,
                file: p.file,
                line: 1
            });
        }
    }
    for (const route of ctx.routes) {
        const first = ctx.files.find(f => f === route || f.startsWith(`${route}/`)) ?? route;
        report({
            message: `${route} serves the policy from code (a route named as its URL), so its text is not linted here; keep the policy text in a file the route serves and name that file as policy: in .mta-sts.yml to have it linted, and check the deployed URL`,
            file: first,
            line: 1,
            severity: 'notice'
        });
    }
    for (const file of ctx.files) {
        if (handled.has(file))
            continue;
        const parts = file.split('/');
        if (parts.length - 1 > MAX_POLICY_DEPTH || parts.some(p => site_folders/* SKIP_DIRS */.z_.has(p)))
            continue;
        const name = parts[parts.length - 1];
        const folders = parts.slice(0, -1);
        const folder = folders[folders.length - 1];
        const dir = folders.join('/');
        const nameOk = name === well_known/* POLICY_FILE */.CX;
        if (!nameOk && !looksLikePolicyName(name))
            continue;
        if (nameOk && folder === well_known/* WELL_KNOWN_DIR */.VM)
            continue;
        // A repository named .well-known is published as that folder: its root is the folder.
        const rootIsWellKnown = dir === '' && ctx.rootName === well_known/* WELL_KNOWN_DIR */.VM;
        if (nameOk && rootIsWellKnown)
            continue;
        const problems = [];
        let target;
        let verb = 'rename';
        if (folder === well_known/* WELL_KNOWN_DIR */.VM || rootIsWellKnown) {
            target = (0,site_folders/* sitePath */.l2)(dir, well_known/* POLICY_FILE */.CX);
        }
        else if (folder !== undefined && looksLikeWellKnown(folder)) {
            target = (0,site_folders/* sitePath */.l2)(folders.slice(0, -1).join('/'), well_known/* WELL_KNOWN_POLICY */._G);
            problems.push(`the folder "${folder}" is not "${well_known/* WELL_KNOWN_DIR */.VM}" (${whyFolder(folder)})`);
        }
        else {
            // Anywhere else it is served beside the site's pages, if at all. A file that merely
            // has a look-alike name must hold a policy to count.
            if (!(nameOk && dir === '') && !looksLikePolicy(ctx.read(file)))
                continue;
            // Plainly no policy (the RFC's text, a page): policy-syntax says so, once.
            if (notPolicyText(ctx.read(file)))
                continue;
            target = (0,site_folders/* sitePath */.l2)(dir, well_known/* WELL_KNOWN_POLICY */._G);
            verb = 'move';
            problems.push(dir === ''
                ? `at the root it is served at /${well_known/* POLICY_FILE */.CX}`
                : `it is not in a ${well_known/* WELL_KNOWN_DIR */.VM} folder, so its site serves it at /${well_known/* POLICY_FILE */.CX} at best`);
        }
        if (!nameOk)
            problems.push(`"${name}" is not "${well_known/* POLICY_FILE */.CX}" (${whyName(name)})`);
        const url = urlOf([byFile.get(file), byFile.get(target)].find(q => q?.domain !== undefined));
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
                message: `${head}; ${verb} it to ${target}${dir === '' && nameOk ? ` (a repository published as the ${well_known/* WELL_KNOWN_DIR */.VM} folder itself must be named "${well_known/* WELL_KNOWN_DIR */.VM}")` : ''}`,
                file,
                line: 1
            });
        }
    }
}));

// EXTERNAL MODULE: ./src/site/jekyll.ts
var jekyll = __nccwpck_require__(7750);
// EXTERNAL MODULE: ./src/site/front-matter.ts
var front_matter = __nccwpck_require__(2972);
// EXTERNAL MODULE: ./src/site/policy-host.ts
var policy_host = __nccwpck_require__(6212);
;// CONCATENATED MODULE: ./src/rules/pages-jekyll.ts







/** A value GitHub fills in at run time: nothing can be said about it here. */
const isExpression = (v) => v.includes('${{');
const DROPS_DOT_FOLDERS = 'leaves out folders whose names start with "."';
const OUT_OF_ARTIFACT = 'leaves folders whose names start with "." out of the Pages artifact';
/** ` and https://mta-sts.example.com/.well-known/mta-sts.txt answers 404`, when the domain is known. */
const served = (domain) => domain === undefined ? '' : ` and ${(0,well_known/* policyUrl */.IH)(domain)} answers 404`;
/** The include list that brings `.well-known` back. */
const INCLUDE = `include: [${JSON.stringify(well_known/* WELL_KNOWN_DIR */.VM)}]`;
/** The policies named in a message: the first, and how many more. */
const which = (files) => `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more)` : ''}`;
/**
 * The `_config.yml` of a Jekyll site folder (or `_config.yaml`), if there is one; a config
 * the loader could not read (too large, not text) is one without `include`.
 */
const jekyllConfig = (ctx, site) => {
    const file = (0,jekyll/* jekyllConfigFile */.qi)(ctx.files, site);
    return file === undefined ? undefined : (ctx.jekyllConfigs.get(file) ?? { file });
};
/** How to write the include list with `.well-known` added. */
const includeFix = (config) => {
    const inc = config.include;
    if (inc === undefined)
        return `add ${INCLUDE} to ${config.file}`;
    if (inc.style === 'block')
        return `add "- ${well_known/* WELL_KNOWN_DIR */.VM}" under include: in ${config.file}`;
    const entries = [...inc.entries, well_known/* WELL_KNOWN_DIR */.VM].map(e => JSON.stringify(e)).join(', ');
    return `write include: [${entries}] in ${config.file}`;
};
/** Points at the include key of `_config.yml`, or at its first line. */
const atConfig = (config) => ({
    message: '',
    file: config.file,
    line: config.include?.line ?? 1,
    column: config.include?.column ?? 1
});
/** What the version of the upload action is, for the message. */
const versionText = (step) => {
    const ref = step.ref === '' ? '' : `@${step.ref.length > 12 ? step.ref.slice(0, 12) : step.ref}`;
    const name = `${github_pages/* UPLOAD_PAGES_ARTIFACT */.EE}${ref}`;
    if ((0,github_pages/* actionMajor */.sB)(step.ref, step.comment) !== undefined)
        return name;
    if (/^[0-9a-f]{7,64}$/i.test(step.ref)) {
        return `${name} (a commit without a version comment, taken as v4 or later)`;
    }
    return `${name} (${step.ref === '' ? 'no version' : 'a branch'}, taken as v4 or later)`;
};
/** A repository named as a Pages site: `<user>.github.io` or `mta-sts.<domain>`. */
const pagesName = (name) => name !== undefined && (/\.github\.io$/i.test(name) || (0,policy_host/* domainFromHost */.X)(name) !== undefined);
/** Files that say another host than GitHub Pages publishes a site folder. */
const OTHER_HOSTS = [
    'netlify.toml',
    '_redirects',
    '_headers',
    'vercel.json',
    'wrangler.toml',
    'wrangler.json',
    'wrangler.jsonc',
    'staticwebapp.config.json'
];
const otherHost = (ctx, site) => OTHER_HOSTS.some(n => ctx.files.includes((0,site_folders/* sitePath */.l2)(site, n)) || ctx.files.includes(n));
/**
 * Pages (front matter) that Jekyll does not serve as the policy: Jekyll turned off, so the front
 * matter is served too; or Markdown, which Jekyll converts to HTML.
 */
const checkPages = (ctx, report) => {
    for (const p of ctx.policies) {
        if (p.bodyLine === undefined)
            continue;
        const url = p.domain === undefined ? well_known/* WELL_KNOWN_URL_PATH */.V$ : (0,well_known/* policyUrl */.IH)(p.domain);
        const site = p.siteRoot ?? '';
        if (p.frontMatterServed === true) {
            const nojekyll = (0,site_folders/* sitePath */.l2)(site, '.nojekyll');
            const at = `/${site === '' ? p.file : p.file.slice(site.length + 1)}`;
            report({
                message: (0,well_known/* isWellKnownPolicy */.E8)(p.file) && p.permalink === undefined
                    ? `${p.file} starts with Jekyll front matter, but ${nojekyll} turns Jekyll off, so senders get its ${p.bodyLine - 1} front matter lines too and reject the policy; remove the front matter`
                    : `${p.file} relies on Jekyll (front matter${p.permalink === undefined ? '' : ` with permalink ${p.permalink.value}`}), but ${nojekyll} turns Jekyll off, so the file is served as it is at ${at}, front matter included, and ${url} answers 404; delete ${nojekyll} if nothing else needs it, or put the policy without front matter in ${(0,site_folders/* sitePath */.l2)(site, well_known/* WELL_KNOWN_POLICY */._G)}`,
                file: p.file,
                line: 1,
                column: 1
            });
        }
        else if ((0,front_matter/* isMarkdownPage */.Dm)(p.file)) {
            const name = p.file.slice(p.file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '.txt');
            report({
                message: `Jekyll converts ${p.file} from Markdown to HTML, so ${p.permalink?.path === well_known/* WELL_KNOWN_URL_PATH */.V$ ? url : 'its URL'} answers "<p>version: STSv1 ...</p>", which no sender reads as a policy; rename it to ${name === well_known/* POLICY_FILE */.CX ? well_known/* POLICY_FILE */.CX : name} (${p.permalink === undefined ? 'a .txt page is served as written' : 'the permalink keeps the URL'})`,
                file: p.file,
                line: 1,
                column: 1
            });
        }
    }
};
/* harmony default export */ const pages_jekyll = (defineRule({
    id: 'pages-jekyll',
    severity: 'error',
    target: 'repo',
    rfc: 'RFC 8461 3.3',
    description: `a GitHub Pages build drops ${well_known/* WELL_KNOWN_DIR */.VM}: Jekyll without .nojekyll or include, or upload-pages-artifact v4+ without include-hidden-files: true`
}, (ctx, report) => {
    checkPages(ctx, report);
    const policies = ctx.policies.filter(p => (0,well_known/* isWellKnownPolicy */.E8)(p.file));
    if (policies.length === 0)
        return;
    const domainOf = (file) => policies.find(p => p.file === file)?.domain;
    const steps = ctx.pagesSteps;
    // Pages deployed by a workflow: the artifact action drops hidden folders from v4 on.
    for (const step of steps) {
        if (step.action !== github_pages/* UPLOAD_PAGES_ARTIFACT */.EE)
            continue;
        const major = (0,github_pages/* actionMajor */.sB)(step.ref, step.comment);
        if (major !== undefined && major < 4)
            continue;
        const hidden = step.inputs.get('include-hidden-files');
        if (hidden !== undefined && (/^true$/i.test(hidden.value) || isExpression(hidden.value))) {
            continue;
        }
        const upload = step.inputs.get('path')?.value ?? '_site/';
        let affected = policies.map(p => p.file);
        if (!isExpression(upload)) {
            const dir = (0,site_folders/* siteRoot */.Yc)(upload);
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
        if (step.action !== github_pages/* JEKYLL_BUILD_PAGES */.yE)
            continue;
        const source = step.inputs.get('source')?.value ?? './';
        if (isExpression(source))
            continue;
        const site = (0,site_folders/* siteRoot */.Yc)(source);
        const policy = (0,site_folders/* sitePath */.l2)(site, well_known/* WELL_KNOWN_POLICY */._G);
        if (!policies.some(p => p.file === policy))
            continue;
        const config = jekyllConfig(ctx, site);
        // A config that is not valid YAML stops the build: Jekyll itself says so.
        if (config?.invalid === true)
            continue;
        if (config?.include !== undefined && (0,jekyll/* includesWellKnown */.hl)(config.include.entries))
            continue;
        const what = `${github_pages/* JEKYLL_BUILD_PAGES */.yE} builds ${site === '' ? 'the repository' : `${site}/`} with Jekyll, which ${DROPS_DOT_FOLDERS} (this action does not read .nojekyll), so ${policy} is not published${served(domainOf(policy))}`;
        if (config === undefined) {
            report({
                message: `${what}; create ${(0,site_folders/* sitePath */.l2)(site, jekyll/* JEKYLL_CONFIG_NAMES */.Oq[0])} holding ${INCLUDE}`,
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
    for (const site of github_pages/* BRANCH_SITE_ROOTS */.fg) {
        const policy = (0,site_folders/* sitePath */.l2)(site, well_known/* WELL_KNOWN_POLICY */._G);
        if (!policies.some(p => p.file === policy))
            continue;
        const nojekyll = (0,site_folders/* sitePath */.l2)(site, '.nojekyll');
        if (ctx.files.includes(nojekyll))
            continue;
        const cnameFile = (0,site_folders/* sitePath */.l2)(site, 'CNAME');
        const hasCname = ctx.files.includes(cnameFile);
        const cnameText = ctx.read(cnameFile);
        const cname = cnameText === undefined ? undefined : (0,github_pages/* cnameDomain */.pO)(cnameText);
        const config = jekyllConfig(ctx, site);
        // A CNAME file (whatever it holds) or a _config.yml: a Pages site. A repository named as
        // one, with no other host's files, may be one whose custom domain is set in its settings.
        const maybe = !hasCname &&
            config === undefined &&
            site === '' &&
            pagesName(ctx.rootName) &&
            !otherHost(ctx, site);
        if (!hasCname && config === undefined && !maybe)
            continue;
        if (config?.invalid === true)
            continue;
        if (config?.include !== undefined && (0,jekyll/* includesWellKnown */.hl)(config.include.entries))
            continue;
        const domain = domainOf(policy) ?? cname ?? (maybe ? (0,policy_host/* domainFromHost */.X)(ctx.rootName ?? '') : undefined);
        const what = `GitHub Pages builds this site with Jekyll, which ${DROPS_DOT_FOLDERS}, so ${policy} is not published${served(domain)}`;
        if (maybe) {
            report({
                message: `If GitHub Pages publishes this repository from a branch (its name says it may): ${what}; add an empty file ${nojekyll} (or a ${(0,site_folders/* sitePath */.l2)(site, jekyll/* JEKYLL_CONFIG_NAMES */.Oq[0])} holding ${INCLUDE})`,
                file: policy,
                line: 1,
                column: 1,
                severity: 'warning'
            });
        }
        else if (config !== undefined) {
            report({
                ...atConfig(config),
                message: `${what}; ${includeFix(config)}, or add an empty file ${nojekyll}`
            });
        }
        else {
            report({
                message: `${what}; add an empty file ${nojekyll} (or a ${(0,site_folders/* sitePath */.l2)(site, jekyll/* JEKYLL_CONFIG_NAMES */.Oq[0])} holding ${INCLUDE})`,
                file: cnameFile,
                line: 1,
                column: 1
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/id-mismatch.ts


/* harmony default export */ const id_mismatch = (defineRule({
    id: 'id-mismatch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.1',
    description: 'the live _mta-sts id differs from the committed id'
}, ({ domain, record, liveId, committed }, report) => {
    const want = committed?.id;
    if (want === undefined || liveId === undefined || liveId === want)
        return;
    const name = `_mta-sts.${domain}`;
    const owner = record.ok && record.owner.toLowerCase() !== name
        ? ` (through its CNAME, at ${record.owner})`
        : '';
    report({
        message: `${name}${owner} publishes id ${(0,message_format/* quote */.hD)(liveId)}, but the repository commits id ${(0,message_format/* quote */.hD)(want)}, so senders do not see the committed policy as new: publish "v=STSv1; id=${want};" once the committed policy is served (the policy first, then the record), or commit the id DNS serves if DNS is right`,
        url: name
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-mismatch.ts



/* harmony default export */ const policy_mismatch = (defineRule({
    id: 'policy-mismatch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.2, 3.3',
    description: 'the policy served differs (in effective values) from the committed one'
}, ({ fetch, servedPolicy, committed, liveId }, report) => {
    const want = committed?.policy;
    if (want === undefined || servedPolicy === undefined)
        return;
    const changes = (0,policy_changes/* policyChanges */.cb)(want, servedPolicy);
    if (changes.length === 0)
        return;
    // Senders that fetched under the committed id have cached the wrong policy under it.
    const id = committed?.id;
    const cached = id === undefined
        ? ''
        : liveId === id
            ? '; the record already publishes the committed id, so senders that fetched since cache the served policy under it: after deploying, publish a fresh id again'
            : `; then publish the committed id (${id}), so senders fetch it`;
    report({
        message: `the policy served at ${fetch.url} differs from the committed one (committed → served): ${(0,message_format/* listChanges */.Wd)(changes, 5)}; deploy the committed policy${cached}`
    });
}));

// EXTERNAL MODULE: ./src/verify/types.ts
var types = __nccwpck_require__(4956);
;// CONCATENATED MODULE: ./src/rules/live-facts.ts
/**
 * What several live rules read from a fetch the same way: the certificate's problems and a TLS
 * version below 1.2. policy-fetch and tls-certificate both ask, so one cause gives one finding.
 */


const DAY_MS = 86_400_000;
/** `mta-sts.<domain>`: the host senders fetch the policy from. */
const policyHost = (domain) => `mta-sts.${domain}`;
/** A date of a certificate (ISO text) as a Date, or undefined when it cannot be read. */
const certDate = (iso) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? undefined : d;
};
/** Node's verification codes that mean the dates, or the name, rather than the chain. */
const EXPIRED_CODES = new Set(['CERT_HAS_EXPIRED']);
const NOT_YET_CODES = new Set(['CERT_NOT_YET_VALID']);
const NAME_CODES = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);
/** Why Node does not trust a chain, in words, and the fix. */
const UNTRUSTED = {
    DEPTH_ZERO_SELF_SIGNED_CERT: [
        'it is self-signed',
        "get one from a public CA (Let's Encrypt is free): senders trust no other"
    ],
    SELF_SIGNED_CERT_IN_CHAIN: [
        'its chain ends in a root that is no public CA',
        'get one from a public CA: senders trust no other'
    ],
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: [
        'the server sends no intermediate certificate',
        'serve the full chain (fullchain.pem, not cert.pem)'
    ],
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: [
        'its issuer is unknown: no intermediate certificate is sent, or the CA is no public one',
        'serve the full chain (fullchain.pem, not cert.pem) of a certificate from a public CA'
    ],
    UNABLE_TO_GET_ISSUER_CERT: [
        'its issuer is unknown',
        'serve the full chain (fullchain.pem, not cert.pem) of a certificate from a public CA'
    ],
    CERT_REVOKED: ['its CA has revoked it', 'get a new certificate'],
    CERT_SIGNATURE_FAILURE: ['its signature does not verify', 'get a new certificate'],
    CERT_UNTRUSTED: ['its CA is not trusted', 'get one from a public CA'],
    CERT_CHAIN_TOO_LONG: ['its chain is too long', 'serve the certificate and its intermediates only']
};
/** The names a certificate covers, quoted, for a message. */
const coveredNames = (cert) => cert.names.length === 0
    ? 'it names no DNS name at all'
    : `it covers ${cert.names
        .slice(0, 8)
        .map(n => (0,message_format/* quote */.hD)(n))
        .join(', ')}${cert.names.length > 8 ? ` and ${cert.names.length - 8} more` : ''}`;
/**
 * What is wrong with the certificate the policy host presented, at `now`: expired, not yet
 * valid, not valid for `mta-sts.<domain>`, untrusted. Empty when nothing is (or none was seen).
 */
const certificateProblems = (ctx) => {
    const cert = ctx.fetch.certificate;
    if (cert === undefined)
        return [];
    const host = policyHost(ctx.domain);
    return certificateProblemsFor(cert, host, ctx.now, `get one that lists ${host} (a provider's certificate for its own name is not enough; a wildcard covers one label only)`);
};
/**
 * What is wrong with a certificate presented for `host` at `now` (RFC 8461 sections 3.3 and 4.2
 * ask the same of the policy host and of MX hosts): expired, not yet valid, not valid for the
 * name, untrusted. `nameFix` says what to do when the name is wrong.
 */
const certificateProblemsFor = (cert, host, at, nameFix) => {
    const out = [];
    const code = cert.problem ?? '';
    const notAfter = certDate(cert.notAfter);
    const notBefore = certDate(cert.notBefore);
    const now = at.getTime();
    if ((notAfter !== undefined && notAfter.getTime() <= now) || EXPIRED_CODES.has(code)) {
        const ago = notAfter !== undefined && notAfter.getTime() <= now
            ? `, ${(0,message_format/* plural */.LS)(Math.floor((now - notAfter.getTime()) / DAY_MS), 'day')} ago`
            : '';
        out.push({
            kind: 'expired',
            what: notAfter === undefined ? 'has expired' : `expired on ${(0,message_format/* formatDate */.Yq)(notAfter)}${ago}`,
            fix: "renew it, and check the job that should have renewed it (certbot, the host's ACME setting)"
        });
    }
    else if ((notBefore !== undefined && notBefore.getTime() > now) || NOT_YET_CODES.has(code)) {
        out.push({
            kind: 'not-yet-valid',
            what: `is not valid before ${notBefore === undefined ? 'a later date' : (0,message_format/* formatDate */.Yq)(notBefore)}`,
            fix: "check the date it was issued with, or the server's clock"
        });
    }
    if (!cert.validForHost || NAME_CODES.has(code)) {
        out.push({
            kind: 'name',
            what: `is not valid for ${host}`,
            fix: nameFix
        });
    }
    const chain = !EXPIRED_CODES.has(code) && !NOT_YET_CODES.has(code) && !NAME_CODES.has(code);
    if (!cert.trusted && chain) {
        const [what, fix] = UNTRUSTED[code] ?? [
            code === '' ? 'its chain does not verify' : `its chain does not verify (${code})`,
            'serve the full chain of a certificate from a public CA'
        ];
        out.push({ kind: 'untrusted', what: `is not trusted: ${what}`, fix });
    }
    return out;
};
/**
 * The days a certificate has left when it expires within `days` of `now`: undefined when it has
 * more, has already expired or is not valid yet (the certificate rules report those).
 */
const expiringSoon = (cert, now, days) => {
    const notAfter = certDate(cert.notAfter);
    const notBefore = certDate(cert.notBefore);
    if (notAfter === undefined)
        return undefined;
    const left = notAfter.getTime() - now.getTime();
    if (left <= 0 || (notBefore !== undefined && notBefore.getTime() > now.getTime()))
        return undefined;
    if (left > days * DAY_MS)
        return undefined;
    return { notAfter, daysLeft: Math.floor(left / DAY_MS) };
};
const OLD_VERSIONS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
/**
 * The TLS version below 1.2 a host (the policy host, an MX host) speaks: the version negotiated, or `TLS older than
 * 1.2` when the handshake failed because the host offers nothing newer. Undefined otherwise.
 */
const oldTls = (fetch) => {
    if (fetch.tlsVersion !== undefined && OLD_VERSIONS.has(fetch.tlsVersion))
        return fetch.tlsVersion;
    if (fetch.failure?.kind === 'tls' && fetch.failure.message.includes(types/* TLS_TOO_OLD */.L)) {
        return 'TLS older than 1.2';
    }
    return undefined;
};
/** Status texts for the codes a policy host commonly answers with. */
const STATUS_TEXT = {
    200: 'OK',
    204: 'No Content',
    300: 'Multiple Choices',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    304: 'Not Modified',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    410: 'Gone',
    421: 'Misdirected Request',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
/** `404 Not Found`, or the bare number. */
const statusWords = (status) => STATUS_TEXT[status] === undefined ? String(status) : `${status} ${STATUS_TEXT[status]}`;

;// CONCATENATED MODULE: ./src/rules/policy-fetch.ts



/** The addresses tried and what each did, for the message (a few; the rest counted). */
const tried = (fetch) => {
    const attempts = fetch.failure?.attempts ?? [];
    if (attempts.length === 0)
        return '';
    const shown = attempts.slice(0, 4).map(a => `${a.address}: ${a.message}`);
    const more = attempts.length > 4 ? `; and ${attempts.length - 4} more` : '';
    return ` (tried ${shown.join('; ')}${more})`;
};
/* harmony default export */ const policy_fetch = (defineRule({
    id: 'policy-fetch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description: 'the policy host does not resolve, refuses, times out, or TLS fails for a reason other than the certificate'
}, (ctx, report) => {
    const { fetch, domain } = ctx;
    const failure = fetch.failure;
    if (failure === undefined || failure.kind === 'certificate')
        return;
    // The same cause is tls-certificate's: a certificate it reports, or TLS below 1.2.
    if (failure.kind === 'tls' &&
        (oldTls(fetch) !== undefined || certificateProblems(ctx).length > 0)) {
        return;
    }
    const host = policyHost(domain);
    const why = (0,message_format/* quote */.hD)(failure.message, 200);
    const consequence = 'so senders cannot fetch the policy and use none';
    let message;
    switch (failure.kind) {
        case 'no-address':
            message = `${host} does not resolve (${why}), ${consequence}; publish its A/AAAA records, or a CNAME to the host that serves the policy`;
            break;
        case 'refused':
            message = `${host} refuses connections on port 443${tried(fetch)}, ${consequence}; serve HTTPS on it, and check that its addresses are the web server's`;
            break;
        case 'timeout':
            message = `${host} did not answer in time (${why})${tried(fetch)}, ${consequence} (they wait a minute at most); check that port 443 is open to the Internet and the server answers`;
            break;
        case 'reset':
            message = `${host} closed the connection (${why})${tried(fetch)}, ${consequence}; check the server, its firewall and any proxy in front of it`;
            break;
        case 'tls':
            message = `the TLS handshake with ${host} failed (${why})${tried(fetch)}, ${consequence}; serve HTTPS with TLS 1.2 or newer and a certificate for ${host} (SNI ${host})`;
            break;
        case 'protocol':
            message = `${host} did not answer in HTTP (${why})${tried(fetch)}, ${consequence}; serve the policy over HTTPS on port 443`;
            break;
    }
    report({ message });
}));

;// CONCATENATED MODULE: ./src/rules/policy-http-status.ts


/** What a status usually means on a policy host, and the fix. */
const hint = (status, host) => {
    if (status === 404 || status === 410) {
        return `the file is not where senders look: publish it at /.well-known/mta-sts.txt of ${host} (a static site generator that drops dot-folders, such as Jekyll on GitHub Pages, needs .nojekyll)`;
    }
    if (status === 401 || status === 403) {
        // Bot protection is the usual cause: sending MTAs fetch with no browser, cookie or JavaScript.
        return `the server refuses it: make the file readable by anyone, without authentication, an IP allow-list or bot protection (Cloudflare's Bot Fight Mode and Browser Integrity Check answer 403 to mail servers: turn them off for ${host})`;
    }
    if (status === 421)
        return `the server does not serve ${host}: add the name to its virtual hosts`;
    if (status === 429)
        return 'the server limits requests: exempt the policy URL from rate limiting';
    if (status === 503) {
        return `the server is unavailable or shows a challenge page (bot protection answers some clients 503): check its logs, and turn challenges off for ${host}`;
    }
    if (status >= 500)
        return 'the server failed: check its logs and whatever sits in front of it';
    return 'serve the policy file itself with status 200';
};
/* harmony default export */ const policy_http_status = (defineRule({
    id: 'policy-http-status',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description: 'the policy URL answers with a status other than 200 (a 3xx is policy-redirect)'
}, ({ fetch, domain }, report) => {
    const status = fetch.status;
    // A redirect is policy-redirect's.
    if (status === undefined || status === 200 || (status >= 300 && status <= 399))
        return;
    report({
        message: `${fetch.url} answered ${statusWords(status)}; senders accept a policy only with status 200, so they use none: ${hint(status, policyHost(domain))}`
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-redirect.ts



/** Where a Location points compared with the policy URL, when that says why it is there. */
const why = (location, url, host) => {
    let target;
    try {
        target = new URL(location, url);
    }
    catch {
        return '';
    }
    if (target.hostname.toLowerCase() !== host) {
        return ` (a redirect of the whole host to ${target.hostname}? exempt /.well-known/mta-sts.txt from it)`;
    }
    if (target.href === url)
        return ' (to the very same URL)';
    return ` (to another path of ${host}: serve the file at /.well-known/mta-sts.txt exactly)`;
};
/* harmony default export */ const policy_redirect = (defineRule({
    id: 'policy-redirect',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description: 'the policy URL answers with a redirect (3xx), which senders never follow'
}, ({ fetch, domain }, report) => {
    const status = fetch.status;
    if (status === undefined || status < 300 || status > 399)
        return;
    const host = policyHost(domain);
    const to = fetch.location === undefined
        ? 'a redirect without a Location'
        : `a redirect to ${(0,message_format/* quote */.hD)(fetch.location, 200)}${why(fetch.location, fetch.url, host)}`;
    report({
        message: `${fetch.url} answered ${statusWords(status)}, ${to}; senders never follow redirects, not even to the same host, so they use no policy: serve the policy itself at ${fetch.url} with status 200`
    });
}));

;// CONCATENATED MODULE: ./src/rules/policy-content-type.ts


/** A Content-Type header's media type (lower case) and charset parameter (as sent), if any. */
const parseContentType = (header) => {
    const [type, ...params] = header.split(';');
    const out = { type: type.trim().toLowerCase() };
    for (const p of params) {
        const eq = p.indexOf('=');
        if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset')
            continue;
        out.charset = p
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
        break;
    }
    return out;
};
const CHARSETS = new Set(['utf-8', 'us-ascii']);
/** Why a host sends this type for a .txt file, and the fix. */
const policy_content_type_hint = (type) => {
    if (type === 'text/html') {
        return 'the server sent a web page (an error or index page answered with 200?) or types .txt as HTML: serve the file as text/plain';
    }
    if (type === 'application/octet-stream' || type === '') {
        return 'the server does not know the .txt type: map .txt (or this URL) to text/plain';
    }
    return 'map .txt (or this URL) to text/plain in the server configuration';
};
/* harmony default export */ const policy_content_type = (defineRule({
    id: 'policy-content-type',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.2',
    description: 'the policy is not served as text/plain (a warning for a charset other than utf-8 or us-ascii)'
}, ({ fetch }, report) => {
    // Only a policy answer counts: the type of an error page is not the policy's.
    if (fetch.status !== 200 || fetch.failure !== undefined)
        return;
    const header = fetch.contentType;
    if (header === undefined || header.trim() === '') {
        report({
            message: `${fetch.url} is served without a Content-Type; senders that check it (as RFC 8461 asks) want text/plain and refuse the policy: ${policy_content_type_hint('')}`
        });
        return;
    }
    const { type, charset } = parseContentType(header);
    if (type !== 'text/plain') {
        report({
            message: `${fetch.url} is served as ${(0,message_format/* quote */.hD)(header, 120)}, not text/plain; senders that check the media type (as RFC 8461 asks) refuse the policy: ${policy_content_type_hint(type)}`
        });
        return;
    }
    if (charset !== undefined && !CHARSETS.has(charset.toLowerCase())) {
        report({
            message: `${fetch.url} is served with charset ${(0,message_format/* quote */.hD)(charset, 60)}; RFC 8461 defines only utf-8 and us-ascii, and senders read the policy as UTF-8 whatever it says: serve "text/plain; charset=utf-8" (or no charset)`,
            severity: 'warning'
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/tls-certificate.ts



/* harmony default export */ const tls_certificate = (defineRule({
    id: 'tls-certificate',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3, 7.2',
    description: 'the policy host presents a certificate that is untrusted, expired, not yet valid or not valid for mta-sts.<domain>, or speaks TLS below 1.2'
}, (ctx, report) => {
    const { fetch, domain } = ctx;
    const host = policyHost(domain);
    const cert = fetch.certificate;
    const problems = certificateProblems(ctx);
    if (cert !== undefined && problems.length > 0) {
        const issuer = cert.issuer === '' ? '' : `; issued by ${(0,message_format/* quote */.hD)(cert.issuer, 120)}`;
        const what = problems.map(p => p.what);
        const all = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what.at(-1)}`;
        report({
            message: `the certificate of ${host} ${all} (${coveredNames(cert)}${issuer}), so senders refuse to fetch the policy over it and use none: ${problems.map(p => p.fix).join('; ')}`
        });
    }
    else if (fetch.failure?.kind === 'certificate') {
        // A certificate failure without the certificate: the fetcher's reason is all there is.
        report({
            message: `the certificate of ${host} was refused (${(0,message_format/* quote */.hD)(fetch.failure.message, 200)}); senders refuse to fetch the policy over it and use none: serve the full chain of a certificate from a public CA that lists ${host}`
        });
    }
    const version = oldTls(fetch);
    if (version !== undefined) {
        report({
            message: `${host} speaks ${version}; senders require TLS 1.2 or newer and cannot fetch the policy: enable TLS 1.2 and 1.3 on the server (and turn off older versions)`
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/tls-certificate-expiring.ts



/* harmony default export */ const tls_certificate_expiring = (defineRule({
    id: 'tls-certificate-expiring',
    severity: 'warning',
    target: 'live',
    rfc: 'RFC 8461 3.3, 10.2',
    description: "the policy host's certificate expires within the configured days (verify cert-expiry-days, default 14)"
}, ({ fetch, domain, now, certExpiryDays }, report) => {
    const cert = fetch.certificate;
    if (cert === undefined)
        return;
    // Expired, or not valid yet: tls-certificate's.
    const soon = expiringSoon(cert, now, certExpiryDays);
    if (soon === undefined)
        return;
    const { notAfter, daysLeft: days } = soon;
    const when = days === 0 ? 'in less than a day' : `in ${(0,message_format/* plural */.LS)(days, 'day')}`;
    report({
        message: `the certificate of ${policyHost(domain)} expires on ${(0,message_format/* formatDate */.Yq)(notAfter)}, ${when} (the limit is ${(0,message_format/* plural */.LS)(certExpiryDays, 'day')}); renew it now, and check that renewal runs by itself: once it expires, senders cannot refresh the policy, and drop it when their cached copy runs out`
    });
}));

;// CONCATENATED MODULE: ./src/rules/dns-inconsistent.ts


const recordSaid = (s) => {
    if (s.error !== undefined)
        return { failure: s.error };
    const r = s.record;
    if (r === undefined)
        return { failure: 'it was not asked' };
    if (r.error !== undefined)
        return { failure: r.error };
    if (r.alias !== undefined)
        return { answer: `a CNAME to ${r.alias}` };
    const records = r.records ?? [];
    if (records.length === 0)
        return { answer: 'no TXT record' };
    if (records.length === 1 && r.id !== undefined)
        return { answer: `id ${(0,message_format/* quote */.hD)(r.id)}` };
    const listed = records.map(t => (0,message_format/* quote */.hD)(t)).join(', ');
    return {
        answer: `${(0,message_format/* plural */.LS)(records.length, 'TXT record')} ${listed}${r.id === undefined ? '' : ` (id ${(0,message_format/* quote */.hD)(r.id)})`}`
    };
};
const hostSaid = (s) => {
    if (s.error !== undefined)
        return { failure: s.error };
    const h = s.host;
    if (h === undefined)
        return { failure: 'it was not asked' };
    if (h.error !== undefined)
        return { failure: h.error };
    if (h.alias !== undefined)
        return { answer: `a CNAME to ${h.alias}` };
    const addresses = h.addresses ?? [];
    return {
        answer: addresses.length === 0 ? 'no A or AAAA record' : `address ${addresses.join(', ')}`
    };
};
const and = (items) => items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const compare = (servers, said, label) => {
    const groups = new Map();
    const failures = [];
    for (const s of servers) {
        const what = said(s);
        if ('failure' in what)
            failures.push([label(s), what.failure]);
        else
            groups.set(what.answer, [...(groups.get(what.answer) ?? []), label(s)]);
    }
    return { groups: [...groups.entries()].sort((a, b) => b[1].length - a[1].length), failures };
};
const groupText = ([answer, who]) => `${and(who)} ${who.length === 1 ? 'serves' : 'serve'} ${answer}`;
const failureText = (failures) => failures.map(([server, why]) => `${server} failed: ${why}`);
const UNANSWERED = 'Resolvers that pick a server that does not answer wait, retry another, and some give up: fix that server, or remove its NS record from the zone and from the delegation at the parent';
/** Why servers serve different answers, from their serials, and what to do. */
const causeAndFix = (survey, failures) => {
    const serials = new Set(survey.servers.flatMap(s => (s.serial === undefined ? [] : [s.serial])));
    const also = failures > 0
        ? `; as for the servers that failed: ${UNANSWERED.charAt(0).toLowerCase()}${UNANSWERED.slice(1)}`
        : '';
    const senders = "Senders' resolvers each ask one of them, so some see one answer and some another";
    if (serials.size > 1) {
        return `${senders}. The serials differ, so the servers with the older serial have not loaded the current zone: right after a release, wait until every server has it (--wait does); if it lasts, those secondaries stopped transferring the zone (check NOTIFY and AXFR/IXFR from the primary, and that they allow it), and they will stop answering once the SOA expire time runs out${also}`;
    }
    return `${senders}. The servers hold different data under the same zone version: a zone edited on one server without the others (several DNS providers each keeping a copy), or changed without a serial bump, so secondaries never fetched it; make the change on every server (or at the primary with a new serial)${also}`;
};
/* harmony default export */ const dns_inconsistent = (defineRule({
    id: 'dns-inconsistent',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.1, 8',
    description: "(--authoritative) the zone's name servers disagree on the _mta-sts record or the policy host's addresses"
}, ({ domain, authoritative: survey }, report) => {
    if (survey === undefined)
        return;
    const stsName = `_mta-sts.${domain}`;
    const host = `mta-sts.${domain}`;
    if (survey.failure !== undefined) {
        report({
            severity: 'notice',
            message: `${survey.failure}; the zone's name servers were not compared`,
            url: stsName
        });
        return;
    }
    const servers = survey.servers;
    if (servers.length === 0)
        return;
    const zone = survey.zone ?? domain;
    const serials = new Set(servers.flatMap(s => (s.serial === undefined ? [] : [s.serial])));
    const label = (s) => {
        const details = [
            ...(s.address === undefined ? [] : [s.address]),
            ...(serials.size > 1 && s.serial !== undefined ? [`serial ${s.serial}`] : [])
        ];
        return details.length === 0 ? s.server : `${s.server} (${details.join(', ')})`;
    };
    const counted = `${servers.length === 1 ? 'the name server' : `the ${servers.length} name servers`} of ${zone}`;
    const record = {
        name: stsName,
        what: 'the _mta-sts record',
        c: compare(servers, recordSaid, label)
    };
    const hostAddresses = {
        name: host,
        what: "the policy host's addresses",
        c: compare(servers, hostSaid, label)
    };
    if (record.c.groups.length === 0 && hostAddresses.c.groups.length === 0) {
        // No server could be asked from here: a network that blocks DNS to anything but its own
        // resolvers looks the same as a zone whose servers are all down (which other rules see).
        report({
            severity: 'notice',
            message: `none of ${counted} answered directly (${failureText(record.c.failures).join('; ')}), so what each serves is unknown: if resolvers do find the records, this network may block DNS queries to other servers than its own`,
            url: stsName
        });
        return;
    }
    const failing = (c) => c.failures.map(([server]) => server).join('\n');
    const [recordGroup] = record.c.groups;
    const [hostGroup] = hostAddresses.c.groups;
    if (recordGroup !== undefined &&
        hostGroup !== undefined &&
        record.c.groups.length === 1 &&
        hostAddresses.c.groups.length === 1 &&
        record.c.failures.length > 0 &&
        failing(record.c) === failing(hostAddresses.c)) {
        // The servers that answered agree on both, and the same servers failed both: one problem.
        const [id, who] = recordGroup;
        const answered = `${and(who)} ${who.length === 1 ? 'serves' : 'serve'} ${id} and ${hostGroup[0]}`;
        report({
            message: `${counted} do not all answer for ${stsName} and ${host}: ${[answered, ...failureText(record.c.failures)].join('; ')}. ${UNANSWERED}`,
            url: stsName
        });
        return;
    }
    for (const q of [record, hostAddresses]) {
        if (q.c.groups.length === 0) {
            report({
                severity: 'notice',
                message: `none of ${counted} answered for ${q.name} (${failureText(q.c.failures).join('; ')}), so whether they agree on ${q.what} is unknown`,
                url: q.name
            });
            continue;
        }
        if (q.c.groups.length === 1 && q.c.failures.length === 0)
            continue;
        const parts = [...q.c.groups.map(groupText), ...failureText(q.c.failures)].join('; ');
        const cause = q.c.groups.length > 1 ? causeAndFix(survey, q.c.failures.length) : UNANSWERED;
        report({
            message: `${counted} ${q.c.groups.length > 1 ? 'disagree on' : 'do not all answer for'} ${q.what} (${q.name}): ${parts}. ${cause}`,
            url: q.name
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/smtp-starttls.ts



/** What senders enforcing the policy do when an MX host fails RFC 8461 section 4.2. */
const REFUSE = "senders that apply the domain's MTA-STS policy in enforce mode will not deliver to it";
/** Why a probe that could not reach the host is no finding about the host. */
const INCONCLUSIVE = 'the probe is inconclusive, not a fault of the host: outbound port 25 is often blocked (GitHub-hosted runners and most cloud networks block it), so run the SMTP probe from a host that can reach port 25 (a server, a self-hosted runner)';
/** One MX host's finding, or none when it offers STARTTLS with a certificate for its name. */
const judge = (c, now) => {
    const h = c.host;
    const f = c.failure;
    if (f !== undefined) {
        const why = (0,message_format/* quote */.hD)(f.message, 300);
        switch (f.kind) {
            case 'dns':
                return {
                    severity: 'notice',
                    message: `STARTTLS on MX host ${h} was not checked: ${why}; the probe is inconclusive`
                };
            case 'no-address':
                return {
                    severity: 'warning',
                    message: `MX host ${h} has no address (${why}), so senders cannot deliver to it: give it an A or AAAA record, or remove it from the domain's MX records`
                };
            case 'timeout':
                return {
                    severity: 'notice',
                    message: `STARTTLS on MX host ${h} could not be checked, no answer in time (${why}); ${INCONCLUSIVE}`
                };
            case 'refused':
                return {
                    severity: 'notice',
                    message: `STARTTLS on MX host ${h} could not be checked, no SMTP conversation (${why}); either the network this ran on blocks outbound port 25, or the host takes no mail on port 25 (then no sender can deliver to it either): ${INCONCLUSIVE}`
                };
            case 'rejected':
                return {
                    severity: 'notice',
                    message: `MX host ${h} turned this client away in its greeting (${why}), so STARTTLS could not be checked; mail servers often refuse connections from cloud and CI addresses: run the SMTP probe from a host the server accepts`
                };
            case 'protocol':
                return {
                    message: `MX host ${h} does not speak SMTP as senders expect (${why}); ${REFUSE} over TLS: check what answers on port 25 of ${h} (a proxy, a firewall, another service)`
                };
            case 'no-starttls': {
                const offered = c.ehlo === undefined
                    ? ''
                    : c.ehlo.length === 0
                        ? '; it offers no extension'
                        : `; it offers ${c.ehlo
                            .slice(0, 12)
                            .map(k => (0,message_format/* quote */.hD)(k, 40))
                            .join(', ')}${c.ehlo.length > 12 ? ` and ${c.ehlo.length - 12} more` : ''}`;
                return {
                    message: `MX host ${h} does not offer STARTTLS (${why}${offered}); ${REFUSE}: enable STARTTLS on its mail server with a certificate for ${h} from a public CA (Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files)`
                };
            }
            case 'starttls-refused':
                return {
                    message: `MX host ${h} offers STARTTLS but refuses it (${why}); ${REFUSE}: check the mail server's TLS setup (its certificate and key files) and its log`
                };
            case 'tls': {
                const version = oldTls(c);
                return version === undefined
                    ? {
                        message: `the TLS handshake with MX host ${h} failed after STARTTLS (${why}); ${REFUSE}: check the mail server's TLS settings (certificate and key files, protocols, ciphers)`
                    }
                    : {
                        message: `MX host ${h} speaks ${version} only (${why}); senders require TLS 1.2 or newer, and ${REFUSE}: enable TLS 1.2 and 1.3 on the mail server`
                    };
            }
        }
    }
    const cert = c.certificate;
    if (cert === undefined) {
        return {
            message: `MX host ${h} sent no certificate in its TLS handshake; ${REFUSE}: configure a certificate for ${h} from a public CA`
        };
    }
    const problems = certificateProblemsFor(cert, h, now, `get one that lists ${h} (every MX host name must be in its certificate's subjectAltName; a wildcard covers one label only)`);
    if (problems.length === 0)
        return undefined;
    const issuer = cert.issuer === '' ? '' : `; issued by ${(0,message_format/* quote */.hD)(cert.issuer, 120)}`;
    const what = problems.map(p => p.what);
    const all = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what.at(-1)}`;
    return {
        message: `the certificate of MX host ${h} ${all} (${coveredNames(cert)}${issuer}), so ${REFUSE}: ${problems.map(p => p.fix).join('; ')}`
    };
};
/* harmony default export */ const smtp_starttls = (defineRule({
    id: 'smtp-starttls',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 4.2, 5; RFC 3207',
    description: '(opt-in --smtp) an MX host does not offer STARTTLS, the TLS handshake fails, or its certificate is untrusted, expired or not valid for the MX name; a probe that cannot reach port 25 is a notice'
}, ({ smtp, domain, now }, report) => {
    if (smtp === undefined)
        return;
    if (smtp.mxFailure !== undefined) {
        const e = smtp.mxFailure;
        const at = e.server === undefined ? '' : ` (name server ${e.server})`;
        report({
            severity: 'notice',
            url: domain,
            message: `the MX lookup of ${domain} failed (${(0,message_format/* quote */.hD)(e.message, 200)}${at}), so no MX host's STARTTLS was checked; the probe is inconclusive`
        });
    }
    for (const c of smtp.hosts) {
        const r = judge(c, now);
        if (r !== undefined)
            report({ ...r, url: c.host });
    }
    if (smtp.notProbed !== undefined && smtp.notProbed.length > 0) {
        report({
            severity: 'notice',
            url: domain,
            message: `${(0,message_format/* plural */.LS)(smtp.notProbed.length, 'more MX host was', 'more MX hosts were')} not probed (at most ${smtp.hosts.length} a domain): ${smtp.notProbed.slice(0, 8).join(', ')}`
        });
    }
}));

;// CONCATENATED MODULE: ./src/rules/smtp-certificate-expiring.ts



/* harmony default export */ const smtp_certificate_expiring = (defineRule({
    id: 'smtp-certificate-expiring',
    severity: 'warning',
    target: 'live',
    rfc: 'RFC 8461 4.2',
    description: "(opt-in --smtp) an MX host's certificate expires within the configured days (verify cert-expiry-days, default 14)"
}, ({ smtp, now, certExpiryDays }, report) => {
    if (smtp === undefined)
        return;
    for (const c of smtp.hosts) {
        // A handshake that failed, or a certificate already expired: smtp-starttls's.
        if (c.failure !== undefined || c.certificate === undefined)
            continue;
        const soon = expiringSoon(c.certificate, now, certExpiryDays);
        if (soon === undefined)
            continue;
        const when = soon.daysLeft === 0 ? 'in less than a day' : `in ${(0,message_format/* plural */.LS)(soon.daysLeft, 'day')}`;
        report({
            url: c.host,
            message: `the certificate of MX host ${c.host} expires on ${(0,message_format/* formatDate */.Yq)(soon.notAfter)}, ${when} (the limit is ${(0,message_format/* plural */.LS)(certExpiryDays, 'day')}); renew it now, and check that renewal runs by itself (and that the mail server reloads it): once it expires, senders that apply the domain's MTA-STS policy in enforce mode stop delivering to it`
        });
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
    pages_jekyll,
    id_mismatch,
    policy_mismatch,
    policy_fetch,
    policy_http_status,
    policy_redirect,
    policy_content_type,
    tls_certificate,
    tls_certificate_expiring,
    dns_inconsistent,
    smtp_starttls,
    smtp_certificate_expiring
];
const byTarget = new Map();
for (const r of RULES)
    byTarget.set(r.meta.target, [...(byTarget.get(r.meta.target) ?? []), r]);
const rulesFor = (target) => (byTarget.get(target) ?? []);
/** Ids of the policy rules that weigh a policy against one domain's facts (RuleMeta.needs). */
const DOMAIN_POLICY_RULES = new Set(RULES.filter(r => r.meta.target === 'policy' && (r.meta.needs?.length ?? 0) > 0).map(r => r.meta.id));
const ruleById = (id) => RULES.find(r => r.meta.id === id);


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ notAMailDomain),
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   O9: () => (/* binding */ mailDomain),
/* harmony export */   pY: () => (/* binding */ domainsOfFile),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports parseDomainsFile, MAX_SHARDS, shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1248);
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6179);
/**
 * Lists of domains to verify, and their shards: a domains file (one domain a line), and the I-th
 * of N deterministic parts of a list, so a matrix of jobs verifies thousands of domains between
 * them. Shared by the CLI (`--domains-file`, `--shard`) and the action (`domains-file`, `shard`).
 */



/** A mail domain, canonical (lower case A-labels); undefined for a policy host, a URL, a label. */
const mailDomain = (value) => {
    const domain = (0,_domain_name_js__WEBPACK_IMPORTED_MODULE_1__/* .validDomain */ .b)(value);
    if (domain === undefined || domain.startsWith('mta-sts.') || domain.startsWith('_')) {
        return undefined;
    }
    return domain;
};
/** Why a value is no mail domain, in one line. */
const notAMailDomain = (value) => `${JSON.stringify(value)} is not a mail domain (give example.com, not mta-sts.example.com or a URL)`;
/**
 * A domains file: one domain a line; `#` starts a comment (whole line or trailing); blank lines
 * are skipped; CRLF and a leading BOM are accepted. Duplicates are kept once, in first order.
 */
const parseDomainsFile = (text) => {
    const domains = [];
    const seen = new Set();
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
        const hash = raw.indexOf('#');
        const value = (hash === -1 ? raw : raw.slice(0, hash)).trim();
        if (value === '')
            continue;
        const domain = mailDomain(value);
        if (domain === undefined)
            return { ok: false, line: i + 1, reason: notAMailDomain(value) };
        if (!seen.has(domain)) {
            seen.add(domain);
            domains.push(domain);
        }
    }
    return { ok: true, domains };
};
/** The largest N of `--shard I/N`. */
const MAX_SHARDS = 10_000;
/** `I/N` with 1 <= I <= N <= MAX_SHARDS; else the reason it is not one. */
const parseShard = (value) => {
    const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
    if (m === null)
        return { reason: `takes I/N (such as 1/4); got ${JSON.stringify(value)}` };
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS) {
        return { reason: `N must be from 1 to ${MAX_SHARDS}; got ${JSON.stringify(value)}` };
    }
    if (index < 1 || index > count) {
        return { reason: `I must be from 1 to N (${count}); got ${JSON.stringify(value)}` };
    }
    return { index, count };
};
/**
 * The shard (1-based) a domain falls in: the first 4 bytes of the SHA-256 of its canonical name,
 * big-endian, mod N. It depends on that domain alone, so adding a domain moves no other.
 */
const shardOf = (domain, count) => {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(domain, 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
};
/** The domains of the list in the shard, in list order. */
const inShard = (domains, shard) => domains.filter(d => shardOf(d, shard.count) === shard.index);
/** The domains of a domains file, or a CheckError naming the file and the bad line. */
const domainsOfFile = (text, name) => {
    const r = parseDomainsFile(text);
    if (!r.ok)
        throw new _check_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .t(`${name}, line ${r.line}: ${r.reason}`);
    return r.domains;
};


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ siteRoot),
/* harmony export */   l2: () => (/* binding */ sitePath),
/* harmony export */   z_: () => (/* binding */ SKIP_DIRS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** Site folders: which folders never hold one, and site folders written as path prefixes. */

/** Folders that never hold a site's sources. */
const SKIP_DIRS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    '.cache',
    'bower_components'
]);
/** A site folder as a path prefix: `""` for the root, from `.`, `./`, `/`, `./docs/`. */
const siteRoot = (dir) => {
    const n = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(dir.replace(/\\/g, '/').replace(/^\/+/, '') || '.');
    return n === '.' || n === './' ? '' : n.replace(/\/+$/, '');
};
/** A path below a site folder given as `""` for the root. */
const sitePath = (site, file) => site === '' ? file : `${site}/${file}`;


/***/ }),

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isMarkdownPage),
/* harmony export */   Xz: () => (/* binding */ readFrontMatter),
/* harmony export */   _6: () => (/* binding */ mayBePage),
/* harmony export */   _o: () => (/* binding */ isPolicyPermalink),
/* harmony export */   vQ: () => (/* binding */ splitFrontMatter)
/* harmony export */ });
/* unused harmony export mayHavePolicyPermalink */
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2643);
/**
 * Jekyll front matter: the `---` ... `---` block at the top of a page, which Jekyll strips before
 * it serves the rest, and whose `permalink` says where the page is served. A policy kept as
 * `mta-sts.txt` (or `_pages/mta-sts.md`) with `permalink: /.well-known/mta-sts.txt` is served at
 * the policy URL without a `.well-known` folder. The YAML is read with the `yaml` package, which
 * the caller passes in (see yaml-file.ts).
 */

/**
 * Jekyll's own test (Document::YAML_FRONT_MATTER_REGEXP, `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`
 * in Ruby's multi-line mode), with `^` and `$` at LF only as in Ruby. Its `\s*` after the closing
 * `---` also eats the blank lines that follow it: they are not served either.
 */
const FRONT_MATTER = /^---\s*\n([\s\S]*?)\n?(?<=\n)(?:---|\.\.\.)\s*(?=\n|(?![\s\S]))\n?/;
/**
 * The front matter of a page and where its body starts; undefined when the text does not start
 * with one (Jekyll then copies the file as it is). A byte-order mark hides it from Jekyll too.
 */
const splitFrontMatter = (text) => {
    if (!text.startsWith('---'))
        return undefined;
    const m = FRONT_MATTER.exec(text);
    if (m === null)
        return undefined;
    const bodyStart = m[0].length;
    let bodyLine = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) {
        bodyLine++;
    }
    return { yaml: m[1], bodyStart, bodyLine };
};
/** True when a text may start with front matter that names a policy permalink: worth parsing. */
const mayHavePolicyPermalink = (text) => text.startsWith('---') && /permalink/.test(text.slice(0, 4096));
/** A page's front matter with its `permalink`, positions in the page's own lines. */
const readFrontMatter = (yaml, text) => {
    const split = splitFrontMatter(text);
    if (split === undefined)
        return undefined;
    const doc = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readYaml */ .g)(yaml, split.yaml);
    if (doc === undefined)
        return { ...split, invalid: true };
    const node = doc.get(doc.root, 'permalink');
    const value = node === null ? undefined : doc.scalar(node)?.trim();
    if (node === null || value === undefined || value === '')
        return split;
    // The YAML starts on the page's second line, below the opening `---`.
    const at = doc.start(node);
    return {
        ...split,
        permalink: {
            path: value.startsWith('/') ? value : `/${value}`,
            value,
            line: at.line + 1,
            column: at.column
        }
    };
};
/** A permalink meant for the policy: one that names `mta-sts` (or `mta_sts`) at all. */
const isPolicyPermalink = (p) => /mta[-_.]?sts/i.test(p);
/** The extensions Jekyll converts from Markdown to HTML (its default `markdown_ext`). */
const MARKDOWN = /\.(?:markdown|mkdown|mkdn|mkd|md)$/i;
/** True for a page Jekyll converts to HTML: its body is served inside `<p>` tags. */
const isMarkdownPage = (file) => MARKDOWN.test(file);
/** Files that may be pages with front matter: text, Markdown and HTML. */
const mayBePage = (file) => /\.(?:txt|markdown|mkdown|mkdn|mkd|md|html?)$/i.test(file);


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ UPLOAD_PAGES_ARTIFACT),
/* harmony export */   Eq: () => (/* binding */ pagesSteps),
/* harmony export */   _2: () => (/* binding */ isWorkflow),
/* harmony export */   fg: () => (/* binding */ BRANCH_SITE_ROOTS),
/* harmony export */   pO: () => (/* binding */ cnameDomain),
/* harmony export */   sB: () => (/* binding */ actionMajor),
/* harmony export */   vF: () => (/* binding */ mayRunPages),
/* harmony export */   yE: () => (/* binding */ JEKYLL_BUILD_PAGES)
/* harmony export */ });
/* unused harmony exports DEPLOY_PAGES, workflowSteps */
/* harmony import */ var _policy_host_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6212);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2643);
/**
 * How GitHub Pages publishes a site: from a branch (its root or `docs/`, named by a `CNAME`
 * file), or by a workflow whose steps run the Pages actions. Workflows are read with the `yaml`
 * package, which the caller passes in (see yaml-file.ts).
 */


/** The folders GitHub Pages publishes from a branch: its root or `docs/`. */
const BRANCH_SITE_ROOTS = ['', 'docs'];
/** The `mta-sts.<domain>` a GitHub Pages CNAME file holds (first line; no newline needed). */
const cnameDomain = (text) => (0,_policy_host_js__WEBPACK_IMPORTED_MODULE_0__/* .domainFromHost */ .X)(text.split(/\r?\n/)[0] ?? '');
/** The workflows GitHub runs: `.github/workflows/*.yml` and `*.yaml`. */
const isWorkflow = (file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
/** The Pages actions, lower case, as `WorkflowStep.action` holds them. */
const UPLOAD_PAGES_ARTIFACT = 'actions/upload-pages-artifact';
const DEPLOY_PAGES = 'actions/deploy-pages';
const JEKYLL_BUILD_PAGES = 'actions/jekyll-build-pages';
const PAGES_ACTIONS = new Set([
    UPLOAD_PAGES_ARTIFACT,
    DEPLOY_PAGES,
    JEKYLL_BUILD_PAGES
]);
/**
 * True when a workflow's text names a Pages action: only such a workflow is worth parsing (a
 * name spelt with YAML escapes, `"actions\/deploy-pages"`, is not recognised).
 */
const mayRunPages = (text) => /upload-pages-artifact|deploy-pages|jekyll-build-pages/i.test(text);
const stepOf = (doc, step) => {
    const uses = doc.get(step, 'uses');
    const value = doc.scalar(uses)?.trim();
    if (uses === null || value === undefined || value === '')
        return undefined;
    const at = value.indexOf('@');
    const { line, column } = doc.start(uses);
    const out = {
        action: at === -1 ? value : value.slice(0, at),
        ref: at === -1 ? '' : value.slice(at + 1),
        line,
        column,
        inputs: new Map()
    };
    const comment = doc.comment(uses);
    if (comment !== undefined)
        out.comment = comment;
    const inputs = out.inputs;
    for (const e of doc.entries(doc.get(step, 'with')) ?? []) {
        const v = e.value === null ? '' : doc.scalar(e.value);
        if (e.key === undefined || e.keyNode === null || v === undefined)
            continue;
        inputs.set(e.key.toLowerCase(), { value: v.trim(), ...doc.start(e.keyNode) });
    }
    return out;
};
/**
 * Every step of a workflow that runs an action (`jobs.<id>.steps[*].uses`), with its `with:`
 * inputs, in file order; none when the text is not valid YAML (GitHub does not run it either).
 * A step shared through an anchor is listed once, where it is written.
 */
const workflowSteps = (yaml, text) => {
    const doc = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readYaml */ .g)(yaml, text);
    if (doc === undefined)
        return [];
    const seen = new Set();
    const steps = [];
    for (const job of doc.entries(doc.get(doc.root, 'jobs')) ?? []) {
        for (const step of doc.items(doc.get(job.value, 'steps')) ?? []) {
            if (step === null || seen.has(step))
                continue;
            seen.add(step);
            const s = stepOf(doc, step);
            if (s !== undefined)
                steps.push(s);
        }
    }
    return steps.sort((a, b) => a.line - b.line || a.column - b.column);
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
/** The steps of one workflow that run a Pages action, the action in lower case. */
const pagesSteps = (yaml, file, text) => workflowSteps(yaml, text).flatMap(s => {
    const action = s.action.toLowerCase();
    return PAGES_ACTIONS.has(action) ? [{ ...s, action, file }] : [];
});


/***/ }),

/***/ 7750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ JEKYLL_CONFIG_NAMES),
/* harmony export */   ef: () => (/* binding */ readJekyllConfig),
/* harmony export */   hl: () => (/* binding */ includesWellKnown),
/* harmony export */   qi: () => (/* binding */ jekyllConfigFile)
/* harmony export */ });
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6378);
/* harmony import */ var _well_known_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5809);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2643);
/**
 * Jekyll, which GitHub Pages runs on a branch without `.nojekyll` and `actions/jekyll-build-pages`
 * runs always: it leaves out every file and folder whose name starts with a dot, `.well-known`
 * too, unless the site's `_config.yml` lists it under `include`. The config is read with the
 * `yaml` package, which the caller passes in (see yaml-file.ts).
 */



/** The config files Jekyll reads in a site folder, the first one found counting. */
const JEKYLL_CONFIG_NAMES = ['_config.yml', '_config.yaml'];
/** The config file of a site folder (`""` for the root) among `files`, if there is one. */
const jekyllConfigFile = (files, site) => {
    const has = (f) => ('has' in files ? files.has(f) : files.includes(f));
    return JEKYLL_CONFIG_NAMES.map(n => (0,_folders_js__WEBPACK_IMPORTED_MODULE_0__/* .sitePath */ .l2)(site, n)).find(has);
};
/** A Jekyll config file read: its top-level `include:` (the last one, as YAML keeps it). */
const readJekyllConfig = (yaml, file, text) => {
    const doc = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readYaml */ .g)(yaml, text);
    if (doc === undefined)
        return { file, invalid: true };
    let found;
    for (const e of doc.entries(doc.root) ?? []) {
        if (e.key !== 'include' || e.keyNode === null)
            continue;
        const position = doc.start(e.keyNode);
        const items = doc.items(e.value);
        const one = doc.scalar(e.value);
        if (items !== undefined) {
            // Jekyll skips entries that are not text; an empty one matches every path.
            const entries = items.flatMap(i => (doc.isNull(i) ? [] : (doc.scalar(i) ?? [])));
            found = { ...position, entries, style: doc.isFlow(e.value) ? 'flow' : 'block' };
        }
        else if (doc.isNull(e.value)) {
            // `include:` with nothing after it: the list is to be written below.
            found = { ...position, entries: [], style: 'block' };
        }
        else {
            found = { ...position, entries: one === undefined ? [] : [one], style: 'flow' };
        }
    }
    return found === undefined ? { file } : { file, include: found };
};
/**
 * True when one of Jekyll's `include` entries brings `.well-known` back: Jekyll keeps an entry
 * when a pattern matches its path (fnmatch) or the path starts with the pattern.
 */
const includesWellKnown = (entries) => entries.some(raw => {
    const e = raw.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    if (e === '' || e === '.' || _well_known_js__WEBPACK_IMPORTED_MODULE_2__/* .WELL_KNOWN_DIR */ .VM.startsWith(e))
        return true;
    if (!/[*?[]/.test(e))
        return false;
    const re = e
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    try {
        return new RegExp(`^${re}$`).test(_well_known_js__WEBPACK_IMPORTED_MODULE_2__/* .WELL_KNOWN_DIR */ .VM);
    }
    catch {
        return false;
    }
});


/***/ }),

/***/ 6212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ domainFromHost)
/* harmony export */ });
/* harmony import */ var _domain_name_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6179);
/**
 * Naming conventions of MTA-STS sites: the policy host `mta-sts.<domain>` (in a CNAME file, a
 * folder or a repository name) names the domain the policy serves.
 */

const MTA_STS_HOST = /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i;
/** `mta-sts.example.com` (as in a CNAME file or a folder name) gives `example.com`. */
const domainFromHost = (host) => MTA_STS_HOST.exec((0,_domain_name_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDomain */ .T)(host))?.[1];


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ mayRewritePolicy),
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   T0: () => (/* binding */ redirectsFileRules),
/* harmony export */   T3: () => (/* binding */ netlifyTomlRules),
/* harmony export */   jS: () => (/* binding */ vercelJsonRules),
/* harmony export */   zV: () => (/* binding */ isRewriteFile)
/* harmony export */ });
/* unused harmony export REWRITE_FILE_NAMES */
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6378);
/* harmony import */ var _well_known_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5809);
/**
 * Host rules that answer the policy URL with another file of the site: a Netlify or Cloudflare
 * Pages `_redirects` line, a Netlify `netlify.toml` `[[redirects]]` table, a Vercel `vercel.json`
 * `rewrites`/`redirects` entry. Status 200 is a rewrite: the host serves the other file at the
 * policy URL. Any 3xx is a redirect, which senders never follow (RFC 8461 3.3). Netlify keeps
 * dot-folders out of some deploys, and its documented way around is such a rewrite, so sites
 * there often keep the policy as `mta-sts.txt` beside a `_redirects` file.
 *
 * Pure: the caller reads the files (netlify.toml parsed by a TOML library it loads).
 */


/** The file names holding host rules. */
const REWRITE_FILE_NAMES = ['_redirects', 'netlify.toml', 'vercel.json'];
const baseName = (file) => file.slice(file.lastIndexOf('/') + 1);
const dirName = (file) => {
    const i = file.lastIndexOf('/');
    return i === -1 ? '' : file.slice(0, i);
};
/** True for a file that may hold host rules. */
const isRewriteFile = (file) => REWRITE_FILE_NAMES.includes(baseName(file));
/** Text worth parsing: it names the `.well-known` folder. */
const mayRewritePolicy = (text) => text.includes(_well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .WELL_KNOWN_DIR */ .VM);
/**
 * How a source pattern covers the policy URL: `exact`, or the name of the wildcard that captures
 * `mta-sts.txt` (`splat` for Netlify's `*`, `path` for Vercel's `:path*`); undefined otherwise.
 */
const coverage = (path) => {
    const p = path.replace(/\/+$/, '');
    if (p === _well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .WELL_KNOWN_URL_PATH */ .V$)
        return {};
    const rest = p.startsWith(`/${_well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .WELL_KNOWN_DIR */ .VM}/`) ? p.slice(_well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .WELL_KNOWN_DIR */ .VM.length + 2) : undefined;
    if (rest === undefined)
        return undefined;
    if (rest === '*')
        return { capture: 'splat' };
    const named = /^:([A-Za-z_]\w*)[*+]?$/.exec(rest);
    return named === null ? undefined : { capture: named[1] };
};
/** Splits `https://host/path` into its host and path; a path alone has no host. */
const splitUrl = (from) => {
    const m = /^(?:https?:)?\/\/([^/]+)(\/.*)?$/i.exec(from);
    if (m === null)
        return { path: from };
    return { host: m[1].toLowerCase(), path: m[2] ?? '/' };
};
/**
 * The repository file a local destination stands for, below the folder the site is published
 * from; undefined for an external URL.
 */
const targetOf = (siteRoot, to, capture) => {
    if (!to.startsWith('/') || to.startsWith('//'))
        return undefined;
    let path = to.split(/[?#]/)[0];
    if (capture !== undefined) {
        path = path.replace(new RegExp(`:${capture}[*+]?`, 'g'), _well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_FILE */ .CX);
        if (capture === 'splat')
            path = path.replace(/:splat/g, _well_known_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_FILE */ .CX);
    }
    if (path.endsWith('/'))
        return undefined;
    const rel = path.replace(/^\/+/, '');
    return rel === '' ? undefined : (0,_folders_js__WEBPACK_IMPORTED_MODULE_0__/* .sitePath */ .l2)(siteRoot, rel);
};
const rule = (base, siteRoot) => {
    const { host, path } = splitUrl(base.from);
    const covers = coverage(path);
    if (covers === undefined)
        return undefined;
    const out = { ...base };
    if (host !== undefined)
        out.fromHost = host;
    const target = targetOf(siteRoot, base.to, covers.capture);
    if (target !== undefined)
        out.target = target;
    return out;
};
/**
 * The rules of a `_redirects` file (Netlify, Cloudflare Pages) that cover the policy URL:
 * `from to [status][!] [conditions]`, `#` comments; without a status Netlify redirects with 301
 * and Cloudflare with 302. Paths are relative to the folder holding the file.
 */
const redirectsFileRules = (file, text, host = 'netlify-or-cloudflare') => {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        const start = raw.search(/\S/);
        if (start === -1 || raw[start] === '#')
            continue;
        const words = [];
        for (const m of raw.matchAll(/\S+/g))
            words.push({ text: m[0], column: (m.index ?? 0) + 1 });
        if (words.length < 2)
            continue;
        const [from, to] = words;
        // The status is the first word after the destination made of digits (Netlify puts query
        // parameters such as `id=:id` between them).
        const statusWord = words.slice(2).find(w => /^\d{3}!?$/.test(w.text));
        const status = statusWord === undefined
            ? host === 'cloudflare'
                ? 302
                : 301
            : Number(statusWord.text.slice(0, 3));
        const at = status === 200 || statusWord === undefined ? from : statusWord;
        const r = rule({
            file,
            host,
            line: i + 1,
            column: at.column,
            from: from.text,
            to: to.text,
            status,
            ...(statusWord === undefined && { defaultStatus: true }),
            ...(statusWord?.text.endsWith('!') === true && { force: true })
        }, dirName(file));
        if (r !== undefined)
            out.push(r);
    }
    return out;
};
/** The line and column of `key = ` inside lines [from, to) of a text, if written there. */
const keyAt = (lines, key, from, to) => {
    const re = new RegExp(`^(\\s*)["']?${key}["']?\\s*=`);
    for (let i = from; i < to; i++) {
        const m = re.exec(lines[i]);
        if (m !== null)
            return { line: i + 1, column: m[1].length + 1 };
    }
    return undefined;
};
const str = (v) => (typeof v === 'string' ? v : undefined);
/**
 * The `[[redirects]]` of a parsed `netlify.toml` that cover the policy URL. Paths are relative
 * to `[build] publish` (below the file's folder), else to the folder itself. Positions come
 * from the text: the n-th `[[redirects]]` header heads the n-th table.
 */
const netlifyTomlRules = (file, data, text) => {
    if (typeof data !== 'object' || data === null)
        return [];
    const d = data;
    const publish = str(d.build?.publish);
    const dir = dirName(file);
    const siteRoot = publish === undefined
        ? dir
        : (0,_folders_js__WEBPACK_IMPORTED_MODULE_0__/* .sitePath */ .l2)(dir, publish.replace(/^\.\/?/, '').replace(/\/+$/, '')).replace(/\/$/, '');
    const tables = Array.isArray(d.redirects) ? d.redirects : [];
    const lines = text.split('\n');
    const headers = [];
    lines.forEach((l, i) => {
        if (/^\s*\[\[\s*redirects\s*\]\]/.test(l))
            headers.push(i);
    });
    const out = [];
    tables.forEach((t, n) => {
        if (typeof t !== 'object' || t === null)
            return;
        const r = t;
        const from = str(r.from);
        const to = str(r.to);
        if (from === undefined || to === undefined)
            return;
        const status = typeof r.status === 'number' ? r.status : 301;
        const head = headers[n];
        const end = headers[n + 1] ?? lines.length;
        const at = head === undefined
            ? { line: 1, column: 1 }
            : ((status !== 200 ? keyAt(lines, 'status', head, end) : undefined) ??
                keyAt(lines, 'from', head, end) ?? { line: head + 1, column: 1 });
        const found = rule({
            file,
            host: 'netlify',
            ...at,
            from,
            to,
            status,
            ...(typeof r.status !== 'number' && { defaultStatus: true }),
            ...(r.force === true && { force: true })
        }, siteRoot);
        if (found !== undefined)
            out.push(found);
    });
    return out;
};
/** Where a JSON string value is written (the first occurrence at or after `from`). */
const jsonValueAt = (text, key, value, from) => {
    const re = new RegExp(`"${key}"\\s*:\\s*${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null)
        return undefined;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    return { index: m.index + m[0].length, line, column: m.index - before.lastIndexOf('\n') };
};
/**
 * The `rewrites` and `redirects` of a `vercel.json` that cover the policy URL (a redirect is 308
 * unless `permanent: false` (307) or a `statusCode` says otherwise); none when it is not JSON.
 */
const vercelJsonRules = (file, text) => {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (typeof data !== 'object' || data === null)
        return [];
    const d = data;
    const dir = dirName(file);
    const out = [];
    let cursor = 0;
    const entries = [
        ...(Array.isArray(d.rewrites) ? d.rewrites.map(e => [e, false]) : []),
        ...(Array.isArray(d.redirects) ? d.redirects.map(e => [e, true]) : [])
    ];
    for (const [e, redirect] of entries) {
        if (typeof e !== 'object' || e === null)
            continue;
        const r = e;
        const from = str(r.source);
        const to = str(r.destination);
        if (from === undefined || to === undefined)
            continue;
        const status = !redirect
            ? 200
            : typeof r.statusCode === 'number'
                ? r.statusCode
                : r.permanent === false
                    ? 307
                    : 308;
        const at = jsonValueAt(text, 'source', from, cursor) ?? jsonValueAt(text, 'source', from, 0);
        if (at !== undefined)
            cursor = at.index;
        const found = rule({
            file,
            host: 'vercel',
            line: at?.line ?? 1,
            column: at?.column ?? 1,
            from,
            to,
            status,
            ...(redirect && typeof r.statusCode !== 'number' && { defaultStatus: true })
        }, dir);
        if (found !== undefined)
            out.push(found);
    }
    return out.sort((a, b) => a.line - b.line);
};
/** What a host calls itself in messages. */
const hostName = (host) => host === 'netlify'
    ? 'Netlify'
    : host === 'cloudflare'
        ? 'Cloudflare Pages'
        : host === 'vercel'
            ? 'Vercel'
            : 'Netlify or Cloudflare Pages';


/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ wellKnownSite),
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   E8: () => (/* binding */ isWellKnownPolicy),
/* harmony export */   IH: () => (/* binding */ policyUrl),
/* harmony export */   V$: () => (/* binding */ WELL_KNOWN_URL_PATH),
/* harmony export */   VM: () => (/* binding */ WELL_KNOWN_DIR),
/* harmony export */   _G: () => (/* binding */ WELL_KNOWN_POLICY),
/* harmony export */   cP: () => (/* binding */ isPolicyPath),
/* harmony export */   nC: () => (/* binding */ policyCodeRoute)
/* harmony export */ });
/**
 * Where senders fetch a policy (RFC 8461 3.2): `https://mta-sts.<domain>/.well-known/mta-sts.txt`.
 * The one place the folder, the file and the URL path are spelled.
 */
/** The folder a site serves the policy from. */
const WELL_KNOWN_DIR = '.well-known';
/** The policy's file name. */
const POLICY_FILE = 'mta-sts.txt';
/** The policy's path below a site's root. */
const WELL_KNOWN_POLICY = `${WELL_KNOWN_DIR}/${POLICY_FILE}`;
/** The path part of the URL senders fetch. */
const WELL_KNOWN_URL_PATH = `/${WELL_KNOWN_POLICY}`;
/** The URL senders fetch the policy of `domain` from. */
const policyUrl = (domain) => `https://mta-sts.${domain}${WELL_KNOWN_URL_PATH}`;
/** A `.well-known/mta-sts.txt` at any depth. */
const isWellKnownPolicy = (file) => file === WELL_KNOWN_POLICY || file.endsWith(`/${WELL_KNOWN_POLICY}`);
/** What discovery takes for a policy: every `.well-known/mta-sts.txt` and a root `mta-sts.txt`. */
const isPolicyPath = (file) => file === POLICY_FILE || isWellKnownPolicy(file);
/**
 * The site folder serving a `.well-known/mta-sts.txt` (`""` for the root, `site` for
 * `site/.well-known/mta-sts.txt`); undefined for any other path.
 */
const wellKnownSite = (file) => {
    if (file === WELL_KNOWN_POLICY)
        return '';
    return isWellKnownPolicy(file) ? file.slice(0, -WELL_KNOWN_POLICY.length - 1) : undefined;
};
/** Files of a web framework's code: a route that answers a request. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|php|py|rb|go|rs|svelte|vue|astro)$/i;
/**
 * A route that serves the policy from code, named as its URL: a folder `.well-known/mta-sts.txt/`
 * holding the handler (Next.js `app/.well-known/mta-sts.txt/route.ts`, SvelteKit
 * `src/routes/.well-known/mta-sts.txt/+server.ts`), or an endpoint file `mta-sts.txt.ts` in a
 * `.well-known` folder (Astro, Nuxt). Gives the route's folder or file; undefined otherwise.
 */
const policyCodeRoute = (file) => {
    if (!CODE_FILE.test(file))
        return undefined;
    const parts = file.split('/');
    for (let i = 1; i < parts.length - 1; i++) {
        if (parts[i] === POLICY_FILE && parts[i - 1] === WELL_KNOWN_DIR) {
            return parts.slice(0, i + 1).join('/');
        }
    }
    const name = parts[parts.length - 1];
    const folder = parts[parts.length - 2];
    if (folder === WELL_KNOWN_DIR && name.startsWith(`${POLICY_FILE}.`))
        return file;
    return undefined;
};


/***/ }),

/***/ 2643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* unused harmony export MAX_YAML_DEPTH */
/** Nesting deeper than this (collections in collections) is not read. */
const MAX_YAML_DEPTH = 64;
/** How deep collections nest in a parsed token stream, counted without recursion; stops past `limit`. */
const nesting = (tokens, limit) => {
    let max = 0;
    const stack = tokens.map(t => [t, 0]);
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        const [t, depth] = top;
        if (depth > max) {
            max = depth;
            if (max > limit)
                break;
        }
        if (t.type === 'document') {
            if (t.value !== undefined)
                stack.push([t.value, depth + 1]);
        }
        else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
            for (const item of t.items) {
                if (item.key !== undefined && item.key !== null)
                    stack.push([item.key, depth + 1]);
                if (item.value !== undefined)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
    return max;
};
/**
 * The first document of `source` (a second one is ignored, as Jekyll's YAML loader does);
 * undefined when it is not valid YAML or nests deeper than MAX_YAML_DEPTH. Duplicate keys are
 * allowed, the last one counting, as Jekyll reads them.
 */
const readYaml = (yaml, source) => {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const lines = new yaml.LineCounter();
    let doc;
    try {
        const tokens = [...new yaml.Parser(lines.addNewLine).parse(text)];
        if (nesting(tokens, MAX_YAML_DEPTH) > MAX_YAML_DEPTH)
            return undefined;
        const composer = new yaml.Composer({ uniqueKeys: false, prettyErrors: false });
        for (const d of composer.compose(tokens, true, text.length)) {
            doc = d;
            break;
        }
    }
    catch {
        // The parser does not throw on bad input; this is a last guard against a crash.
        return undefined;
    }
    if (doc === undefined || doc.errors.length > 0)
        return undefined;
    const parsed = doc;
    // Each alias points at the last node before it with its anchor: one walk finds them all. An
    // alias without one (set later, or never) makes the file invalid, as YAML loaders say.
    const targets = new Map();
    if (text.includes('*')) {
        const anchored = new Map();
        let dangling = false;
        yaml.visit(parsed, {
            Node: (_, node) => {
                if (yaml.isAlias(node)) {
                    const target = anchored.get(node.source);
                    if (target === undefined)
                        dangling = true;
                    else
                        targets.set(node, target);
                }
                else if (node.anchor !== undefined)
                    anchored.set(node.anchor, node);
            }
        });
        if (dangling)
            return undefined;
    }
    const deref = (node) => {
        if (!yaml.isNode(node))
            return null;
        return yaml.isAlias(node) ? (targets.get(node) ?? null) : node;
    };
    const scalar = (node) => {
        const n = deref(node);
        if (!yaml.isScalar(n))
            return undefined;
        // The composer sets `source` on every scalar it builds: its text before the schema makes
        // it a boolean or a number (`True` stays `True`, `~` stays `~`).
        return typeof n.source === 'string' ? n.source : '';
    };
    const entries = (node) => {
        const n = deref(node);
        if (!yaml.isMap(n))
            return undefined;
        return n.items.map(p => {
            const keyNode = yaml.isNode(p.key) ? p.key : null;
            return { key: scalar(keyNode), keyNode, value: deref(p.value) };
        });
    };
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    return {
        root: deref(parsed.contents),
        entries,
        get: (node, key) => {
            let value = null;
            for (const e of entries(node) ?? [])
                if (e.key === key)
                    value = e.value;
            return value;
        },
        items: node => {
            const n = deref(node);
            return yaml.isSeq(n) ? n.items.map(deref) : undefined;
        },
        scalar,
        isNull: node => {
            const n = deref(node);
            return n === null || (yaml.isScalar(n) && n.value === null);
        },
        isFlow: node => {
            const n = deref(node);
            return (yaml.isMap(n) || yaml.isSeq(n)) && n.flow === true;
        },
        start: node => {
            const offset = node.range?.[0] ?? 0;
            if (!yaml.isScalar(node))
                return at(offset);
            if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
                return at(offset + 1);
            if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
                // The first character of the content, below the `|` or `>` line.
                let i = text.indexOf('\n', offset);
                while (i !== -1 && i < text.length && /\s/.test(text[i] ?? ''))
                    i++;
                if (i !== -1 && i < (node.range?.[1] ?? 0))
                    return at(i);
            }
            return at(offset);
        },
        comment: node => {
            if (!yaml.isScalar(node) || node.range === undefined || node.range === null)
                return undefined;
            if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
                return undefined;
            const end = node.range[1];
            const eol = text.indexOf('\n', end);
            const rest = text.slice(end, eol === -1 ? text.length : eol);
            const m = /^[ \t]+#(.*)$/.exec(rest.replace(/\r$/, ''));
            return m?.[1]?.trim();
        }
    };
};


/***/ }),

/***/ 4956:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ TLS_TOO_OLD)
/* harmony export */ });
/**
 * Said in a failure's message when the handshake failed because the host offers no TLS version of
 * 1.2 or newer: tls-certificate reports that (TLS below 1.2), and policy-fetch stays quiet.
 */
const TLS_TOO_OLD = 'no TLS version of 1.2 or newer agreed';


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DOCS_BASE),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test; read here to avoid bundling package.json. */
const VERSION = '0.1.0';
const TOOL_NAME = 'mta-sts-lint';
const DOCS_BASE = 'https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/';


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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
