export const id = 21;
export const ids = [21];
export const modules = {

/***/ 6021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restBaseSource: () => (/* binding */ restBaseSource)
/* harmony export */ });
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7039);

const DEFAULT_TIMEOUT = 30_000;
const statusOf = (e) => {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
};
/** The innermost cause's code (ECONNREFUSED, ENOTFOUND), which "fetch failed" leaves out. */
const rootCode = (e) => {
    let code;
    let cur = e;
    for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
        if (typeof cur.code === 'string')
            code = cur.code;
        cur = cur.cause;
    }
    return code;
};
const describe = (e) => {
    const err = e;
    const apiMessage = err.response?.data?.message;
    const code = rootCode(e);
    const text = typeof apiMessage === 'string'
        ? apiMessage
        : code === undefined || err.message.includes(code)
            ? err.message
            : `${err.message}: ${code}`;
    // Octokit gives a refused connection status 500 too; only a server's answer has a status.
    return err.status === undefined || err.response === undefined
        ? text
        : `HTTP ${err.status}: ${text}`;
};
/** A request failure as a SourceError; 404 is handled by the callers (it means "no file"). */
const toSourceError = (e, what) => {
    const status = statusOf(e);
    // The abort of AbortSignal.timeout, thrown as is or wrapped by octokit in a RequestError.
    const err = e;
    const names = [err?.name, err?.cause?.name];
    if (names.includes('TimeoutError') || names.includes('AbortError')) {
        return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('timeout', `REST API: ${what} did not answer in time`);
    }
    if (status === 401 || status === 403) {
        return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('auth', `REST API: ${what} was refused (${describe(e)}); the token needs contents: read`);
    }
    return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('failed', `REST API: ${what} failed (${describe(e)})`);
};
const decode = (content) => new Uint8Array(Buffer.from(content, 'base64'));
const normalise = (prefix, rel) => {
    const norm = rel
        .replace(/\\/g, '/')
        .split('/')
        .filter(s => s !== '' && s !== '.');
    if (norm.includes('..') || norm.length === 0)
        return undefined;
    const p = prefix.replace(/^\/+|\/+$/g, '');
    return p === '' ? norm.join('/') : `${p}/${norm.join('/')}`;
};
/** Base contents through the REST API; see the module comment. */
const restBaseSource = (opts) => {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    let client;
    const octokit = () => {
        client ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(gh => gh.getOctokit(opts.token, opts.apiUrl === undefined ? {} : { baseUrl: opts.apiUrl }));
        return client;
    };
    const request = () => ({ signal: AbortSignal.timeout(timeoutMs) });
    const prefix = opts.pathPrefix ?? '';
    const { owner, repo } = opts;
    return {
        name: `REST API (${opts.sha.slice(0, 7)})`,
        read: async (rel) => {
            const path = normalise(prefix, rel);
            if (path === undefined)
                return null;
            const gh = await octokit().catch((e) => {
                throw new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('failed', `REST API unavailable: ${e.message}`);
            });
            let data;
            try {
                data = (await gh.rest.repos.getContent({ owner, repo, path, ref: opts.sha, request: request() })).data;
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return null;
                throw toSourceError(e, `GET contents/${path}`);
            }
            // A folder comes back as an array; links and submodules have other types: no file.
            if (Array.isArray(data))
                return null;
            const file = data;
            if (file.type !== 'file')
                return null;
            if (file.encoding === 'base64' && typeof file.content === 'string')
                return decode(file.content);
            // Files over 1 MB come without content: fetch the blob itself.
            if (typeof file.sha !== 'string') {
                throw new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('failed', `REST API: contents/${path} came without content`);
            }
            try {
                const blob = await gh.rest.git.getBlob({
                    owner,
                    repo,
                    file_sha: file.sha,
                    request: request()
                });
                return decode(blob.data.content);
            }
            catch (e) {
                throw toSourceError(e, `GET git/blobs/${file.sha}`);
            }
        },
        list: async () => {
            const gh = await octokit().catch((e) => {
                throw new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('failed', `REST API unavailable: ${e.message}`);
            });
            let tree;
            try {
                const r = await gh.rest.git.getTree({
                    owner,
                    repo,
                    tree_sha: opts.sha,
                    recursive: 'true',
                    request: request()
                });
                if (r.data.truncated) {
                    throw new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c('failed', 'REST API: the base tree is too large to list (the API truncated it)');
                }
                tree = r.data.tree;
            }
            catch (e) {
                if (e instanceof _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c)
                    throw e;
                throw toSourceError(e, `GET git/trees/${opts.sha}`);
            }
            const p = prefix.replace(/^\/+|\/+$/g, '');
            const start = p === '' ? '' : `${p}/`;
            return tree
                .filter(t => t.type === 'blob' && typeof t.path === 'string' && t.path.startsWith(start))
                .map(t => t.path.slice(start.length))
                .sort();
        }
    };
};


/***/ })

};
