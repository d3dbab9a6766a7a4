import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3204:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_SEVERITY

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/finding.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
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

;// CONCATENATED MODULE: ./src/gate/base.ts
/**
 * Which commit the gate compares the working tree with, from the workflow event (design 5.3).
 * Pure: the event name and payload in, a sha or a ref (or a reason to skip) out.
 */
const ZERO_SHA = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
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
        return SHA.test(o)
            ? { sha: o.toLowerCase(), reason: `base ${base_short(o)} given explicitly` }
            : { ref: o, reason: `base ${JSON.stringify(o)} given explicitly` };
    }
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const sha = at(payload, 'pull_request', 'base', 'sha');
            const branch = at(payload, 'pull_request', 'base', 'ref');
            if (sha === undefined || !SHA.test(sha)) {
                return noBase(`the ${eventName} event payload has no pull_request.base.sha`);
            }
            return {
                sha: sha.toLowerCase(),
                reason: `${eventName}: the base of the pull request, ${base_short(sha)}${branch === undefined ? '' : ` (${branch})`}`
            };
        }
        case 'merge_group': {
            const sha = at(payload, 'merge_group', 'base_sha');
            if (sha === undefined || !SHA.test(sha)) {
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
    if (before !== undefined && SHA.test(before) && !ZERO_SHA.test(before)) {
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/gate/ports.ts
var ports = __nccwpck_require__(7039);
;// CONCATENATED MODULE: ./src/gate/git.ts
/**
 * The gate's git adapters: file contents at the base commit and a file's history, read with the
 * `git` binary (no shell, every call bounded in time). A shallow checkout (`fetch-depth: 1`, the
 * actions/checkout default) is handled by fetching the base commit itself and deepening history
 * a bounded number of commits, and only when a file's history is asked for and cut short. Objects
 * are read through one long-lived `git cat-file --batch` per opened repository (started on the
 * first read, never keeping Node alive; `close()` ends it), so a read costs no process; in a large
 * listing, files `git diff` finds unchanged in the working tree are read from disk instead.
 * Failures are returned typed, never thrown past the factory functions; `read` and `versions`
 * throw a SourceError.
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
// Messages in English whatever the locale; never wait for a password prompt.
const gitEnv = () => ({
    ...process.env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never'
});
/** Runs git in `cwd`; resolves with the exit code, rejects only with a SourceError. */
const git = (cwd, args, timeoutMs, input) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.execFile)('git', args, {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_BUFFER,
        windowsHide: true,
        env: gitEnv()
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
/** Lets Node exit while the child (or one of its pipes) is still open. */
const unref = (x) => x?.unref?.();
/**
 * One long-lived `git cat-file --batch`, started on the first request. Requests go one at a time
 * (`<name>\n`; the answer is `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` and the
 * like, read as null), each bounded by the timeout: a request that runs over kills the process
 * (the next one starts a new process) and throws a SourceError. The process and its pipes are
 * unref'd, so a reader never closed does not keep Node alive (git exits when its stdin closes).
 * A running reader also finds what a later `git fetch` brings (git scans its packs again when
 * an object is missing), so fetching needs no new process.
 */
class CatFile {
    cwd;
    timeoutMs;
    child;
    chunks = [];
    buffered = 0;
    stderr = '';
    waiting;
    queue = Promise.resolve();
    constructor(cwd, timeoutMs) {
        this.cwd = cwd;
        this.timeoutMs = timeoutMs;
    }
    /** The object `name` names (an oid, `<commit>:<path>`, `<rev>^{commit}`); null when missing. */
    read(name) {
        if (/[\n\r]/.test(name)) {
            return Promise.reject(new ports/* SourceError */.c('failed', `cannot ask git for ${JSON.stringify(name)}`));
        }
        const next = this.queue.then(() => this.send(name));
        this.queue = next.catch(() => undefined);
        return next;
    }
    /** Starts the process now, ahead of the first request (git's start-up overlaps other work). */
    warm() {
        this.child ??= this.start();
    }
    /** Ends the process once the requests under way are answered; a later request starts anew. */
    close() {
        this.queue = this.queue.then(() => this.stop());
    }
    stop() {
        const child = this.child;
        this.child = undefined;
        this.chunks = [];
        this.buffered = 0;
        if (child !== undefined)
            child.stdin.end();
    }
    start() {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            env: gitEnv(),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        this.child = child;
        this.chunks = [];
        this.buffered = 0;
        this.stderr = '';
        const mine = () => this.child === child;
        child.stdout.on('data', (chunk) => {
            if (!mine())
                return;
            this.chunks.push(chunk);
            this.buffered += chunk.length;
            this.parse();
        });
        child.stderr.on('data', (chunk) => {
            if (mine())
                this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4096);
        });
        child.on('error', (e) => {
            if (!mine())
                return;
            this.fail(e.code === 'ENOENT'
                ? new ports/* SourceError */.c('git-missing', 'git is not installed (or not on PATH)')
                : new ports/* SourceError */.c('failed', `git cat-file failed: ${e.message}`));
        });
        child.on('close', (code, signal) => {
            if (!mine())
                return;
            const says = gitSays(this.stderr);
            this.fail(new ports/* SourceError */.c('failed', `git cat-file ended (${signal ?? `exit code ${code ?? '?'}`})${says === '' ? '' : `: ${says}`}`));
        });
        child.stdin.on('error', () => undefined);
        child.stdout.on('error', () => undefined);
        child.stderr.on('error', () => undefined);
        unref(child);
        unref(child.stdin);
        unref(child.stdout);
        unref(child.stderr);
        return child;
    }
    send(name) {
        return new Promise((resolve, reject) => {
            const child = this.child ?? this.start();
            const timer = setTimeout(() => {
                this.fail(new ports/* SourceError */.c('timeout', `git cat-file did not answer within ${this.timeoutMs / 1000} s (reading ${name})`));
            }, this.timeoutMs);
            this.waiting = { name, resolve, reject, timer };
            child.stdin.write(`${name}\n`);
        });
    }
    /** Kills the process and rejects the request under way. */
    fail(e) {
        const child = this.child;
        this.child = undefined;
        this.chunks = [];
        this.buffered = 0;
        child?.kill('SIGKILL');
        const w = this.waiting;
        this.waiting = undefined;
        if (w !== undefined) {
            clearTimeout(w.timer);
            w.reject(e);
        }
    }
    settle(o, used) {
        const rest = this.joined().subarray(used);
        this.chunks = rest.length === 0 ? [] : [rest];
        this.buffered = rest.length;
        const w = this.waiting;
        this.waiting = undefined;
        clearTimeout(w.timer);
        w.resolve(o);
    }
    /** The buffered output as one buffer. */
    joined() {
        if (this.chunks.length !== 1)
            this.chunks = [Buffer.concat(this.chunks, this.buffered)];
        return this.chunks[0];
    }
    /** Takes the answer to the request under way off the buffered output, once it is all there. */
    parse() {
        const w = this.waiting;
        if (w === undefined)
            return;
        if (w.head === undefined) {
            const all = this.joined();
            const eol = all.indexOf(0x0a);
            if (eol === -1)
                return;
            const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(all.toString('utf8', 0, eol));
            if (m === null) {
                // "<name> missing", "<name> ambiguous": no content follows.
                this.settle(null, eol + 1);
                return;
            }
            const size = Number(m[3]);
            if (size > MAX_BUFFER) {
                this.fail(new ports/* SourceError */.c('failed', `${w.name} is too large to read (${size} bytes)`));
                return;
            }
            w.head = { oid: m[1], type: m[2], at: eol + 1, size };
        }
        const { oid, type, at, size } = w.head;
        if (this.buffered < at + size + 1)
            return;
        const all = this.joined();
        this.settle({ oid, type, content: all.subarray(at, at + size) }, at + size + 1);
    }
}
/** The repository that holds `root`, with the root's prefix inside it (one `git rev-parse`). */
const openRepo = async (root, opts) => {
    try {
        if (!(await (0,promises_namespaceObject.stat)(root)).isDirectory())
            throw new Error('not a folder');
    }
    catch {
        throw new ports/* SourceError */.c('not-a-repository', `${root} is not a folder`);
    }
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    // The reader starts alongside rev-parse: finding the base commit is its first request.
    const cat = new CatFile(root, timeoutMs);
    cat.warm();
    const r = await git(root, ['rev-parse', '--show-prefix', '--git-path', 'shallow'], timeoutMs).catch((e) => {
        cat.close();
        throw e;
    });
    if (r.code !== 0) {
        cat.close();
        throw new ports/* SourceError */.c('not-a-repository', `${root} is not in a git repository (${gitSays(r.stderr)}); the id gate needs the checkout's .git folder, or a token for the REST API`);
    }
    // The prefix line, then the shallow file's path (relative to the root unless absolute).
    const lines = r.stdout.toString('utf8').replace(/\n$/, '').split('\n');
    const shallowFile = lines.pop() ?? '';
    return {
        cwd: root,
        prefix: lines.join('\n').trim(),
        shallowFile: external_node_path_default().resolve(root, shallowFile),
        timeoutMs,
        fetchTimeoutMs: opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT,
        remote: opts.remote ?? 'origin',
        cat
    };
};
/** As `git rev-parse --is-shallow-repository`: whether the shallow file is there. */
const isShallow = async (repo) => (0,promises_namespaceObject.stat)(repo.shallowFile).then(() => true, () => false);
/** The commits at the edge of a shallow clone (their parents are missing). */
const shallowCommits = async (repo) => {
    try {
        return new Set((await (0,promises_namespaceObject.readFile)(repo.shallowFile, 'utf8')).split('\n').filter(l => l !== ''));
    }
    catch {
        return new Set();
    }
};
/** The commit a revision names in the local clone, if it is there. */
const localCommit = async (repo, rev) => {
    const o = await repo.cat.read(`${rev}^{commit}`);
    return o?.type === 'commit' ? o.oid : undefined;
};
const UNREACHABLE = /not our ref|couldn't find remote ref|no such remote ref|unadvertised object|not a valid object|remote error: upload-pack/i;
const git_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
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
    const name = git_SHA.test(rev) ? `commit ${git_short(rev)}` : `ref ${JSON.stringify(rev)}`;
    if (f.code !== 0) {
        const says = gitSays(f.stderr);
        if (UNREACHABLE.test(f.stderr)) {
            throw new ports/* SourceError */.c('unreachable', `the base ${name} is neither in the local clone nor on the remote "${repo.remote}" (a force-push can drop it): ${says}`);
        }
        throw new ports/* SourceError */.c('failed', `cannot fetch the base ${name} from the remote "${repo.remote}": ${says}`);
    }
    const sha = await localCommit(repo, git_SHA.test(rev) ? rev : 'FETCH_HEAD');
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
/** A tree object's entries by name (`<octal mode> <name>\0<raw oid>`, repeated). */
const parseTree = (tree, oidBytes) => {
    const entries = new Map();
    let pos = 0;
    while (pos < tree.length) {
        const sp = tree.indexOf(0x20, pos);
        const nul = sp === -1 ? -1 : tree.indexOf(0, sp + 1);
        if (nul === -1 || nul + 1 + oidBytes > tree.length)
            break;
        entries.set(tree.toString('utf8', sp + 1, nul), {
            mode: parseInt(tree.toString('latin1', pos, sp), 8),
            oid: tree.toString('hex', nul + 1, nul + 1 + oidBytes)
        });
        pos = nul + 1 + oidBytes;
    }
    return entries;
};
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
/**
 * From this many files at the base on, one `git diff` tells which of them the working tree holds
 * unchanged, and those are read from disk: a few microseconds each instead of a request to
 * `git cat-file`. Below it, the extra git process costs more than it saves.
 */
const WORKTREE_REUSE_FROM = 100;
/**
 * The paths (from the repository's top) whose working-tree content differs from commit `sha`,
 * staged or not; undefined when git cannot say (no working tree). Untracked files count as
 * differing: they are not listed, and nothing decides they are equal.
 */
const worktreeChanges = async (repo, sha) => {
    // Run in the root with `.`: names come from the top (--no-relative), as ls-tree --full-tree's.
    const args = ['--literal-pathspecs', 'diff', '--no-relative', '--no-renames', '--no-ext-diff'];
    args.push('--name-only', '-z', sha, '--', '.');
    const r = await git(repo.cwd, args, repo.timeoutMs).catch(() => undefined);
    if (r === undefined || r.code !== 0)
        return undefined;
    return new Set(r.stdout
        .toString('utf8')
        .split('\0')
        .filter(p => p !== ''));
};
/** Base file reads and the listing for commit `sha`, through the repository's object reader. */
const baseSource = (repo, sha, fetched) => {
    // The folders read so far, parsed (null: not a folder at the base).
    const trees = new Map();
    const treeOf = (dir) => {
        let t = trees.get(dir);
        if (t === undefined) {
            t = repo.cat
                .read(dir === '.' ? `${sha}^{tree}` : `${sha}:${dir}`)
                .then(o => (o?.type === 'tree' ? parseTree(o.content, o.oid.length / 2) : null));
            trees.set(dir, t);
            t.catch(() => trees.delete(dir));
        }
        return t;
    };
    let listing;
    // Every entry below the root with its mode and object, once the listing has been read: a
    // read then costs one blob request instead of a tree and a blob.
    let entries;
    // Files the working tree holds as they are at the base (large listings only).
    let unchanged;
    const list = async () => {
        const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z'];
        args.push(sha);
        if (repo.prefix !== '')
            args.push('--', repo.prefix);
        const r = await git(repo.cwd, args, repo.timeoutMs);
        if (r.code !== 0) {
            throw new ports/* SourceError */.c('failed', `cannot list the files of ${git_short(sha)}: ${gitSays(r.stderr)}`);
        }
        const found = new Map();
        for (const line of r.stdout.toString('utf8').split('\0')) {
            const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line);
            if (m === null || !m[3].startsWith(repo.prefix))
                continue;
            found.set(m[3], { mode: parseInt(m[1], 8), oid: m[2] });
        }
        entries = found;
        if (found.size >= WORKTREE_REUSE_FROM) {
            const changed = await worktreeChanges(repo, sha);
            if (changed !== undefined) {
                unchanged = new Set([...found]
                    .filter(([p, e]) => (e.mode & S_IFMT) === S_IFREG && !changed.has(p))
                    .map(([p]) => p));
            }
        }
        return [...found.keys()].map(p => p.slice(repo.prefix.length)).sort();
    };
    const sameAsWorktree = (rel) => {
        const full = fullPath(repo, rel);
        return full !== undefined && unchanged !== undefined && unchanged.has(full);
    };
    /** The file from the working tree, when git says it equals the base's; else undefined. */
    const fromWorktree = (full) => {
        if (unchanged === undefined || !unchanged.has(full))
            return undefined;
        try {
            // Not there after all (a sparse checkout), or not a file: the object store answers.
            const abs = external_node_path_default().join(repo.cwd, full.slice(repo.prefix.length));
            return (0,external_node_fs_namespaceObject.lstatSync)(abs).isFile() ? (0,external_node_fs_namespaceObject.readFileSync)(abs) : undefined;
        }
        catch {
            return undefined;
        }
    };
    return {
        name: `git (${fetched ? 'fetched ' : ''}${git_short(sha)})`,
        sha,
        fetched,
        read: async (rel) => {
            const full = fullPath(repo, rel);
            if (full === undefined || full.endsWith('/'))
                return null;
            const dir = external_node_path_default().posix.dirname(full);
            // A folder name the line-based reader cannot carry: the slow way.
            if (/[\n\r]/.test(dir))
                return readAt(repo, sha, full);
            // The entry says what it is: only a regular file has contents here (not a folder, a link
            // or a submodule). From the listing when it was read, else from the folder's tree.
            const entry = entries !== undefined
                ? entries.get(full)
                : (await treeOf(dir))?.get(external_node_path_default().posix.basename(full));
            if (entry === undefined || (entry.mode & S_IFMT) !== S_IFREG)
                return null;
            const same = fromWorktree(full);
            if (same !== undefined)
                return same;
            const blob = await repo.cat.read(entry.oid);
            if (blob?.type !== 'blob') {
                throw new ports/* SourceError */.c('failed', `cannot read ${full} at ${git_short(sha)}: object missing`);
            }
            return new Uint8Array(blob.content);
        },
        sameAsWorktree,
        list: () => {
            listing ??= list();
            listing.catch(() => (listing = undefined));
            return listing.then(l => [...l]);
        },
        close: () => repo.cat.close()
    };
};
/** Opens the repository that holds `root` and finds (or fetches) the base commit `rev` in it. */
const openBase = async (root, rev, opts) => {
    const repo = await openRepo(root, opts);
    try {
        return { repo, ...(await ensureCommit(repo, rev)) };
    }
    catch (e) {
        repo.cat.close();
        throw e;
    }
};
/**
 * Base file contents read with git. Fetches the base commit when the clone lacks it (shallow
 * checkouts). `rev` is a sha or a ref; a ref is looked up locally first, then on the remote.
 */
const gitBaseSource = async (root, rev, opts = {}) => {
    try {
        const { repo, sha, fetched } = await openBase(root, rev, opts);
        return { ok: true, value: baseSource(repo, sha, fetched) };
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
        const m = /^([0-9a-f]+) (\S+)((?: [0-9a-f]+)*)/.exec(header.trim());
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
        entries.push({
            commit: m[1],
            date: new Date(m[2]),
            parents: m[3] === '' ? 0 : m[3].trim().split(' ').length,
            full: here,
            deleted
        });
        path = older;
    }
    return entries;
};
/** Reads `commit:path` for each entry (null for a deletion) through the repository's reader. */
const readMany = async (repo, entries) => {
    const result = [];
    for (const e of entries) {
        if (e.deleted)
            result.push(null);
        else if (/[\n\r]/.test(e.full))
            result.push(await readAt(repo, e.commit, e.full));
        else {
            const o = await repo.cat.read(`${e.commit}:${e.full}`);
            result.push(o?.type === 'blob' ? new Uint8Array(o.content) : null);
        }
    }
    return result;
};
/**
 * A file's history from the base commit, following renames. On a shallow clone whose history
 * stops before the file's first commit, deepens the clone step by step (bounded) and says
 * `complete: false` when that was not enough.
 */
const gitHistory = async (root, base, opts = {}) => {
    try {
        const { repo, sha } = await openBase(root, base, opts);
        return { ok: true, value: historySource(repo, sha, opts) };
    }
    catch (e) {
        return { ok: false, error: asSourceError(e) };
    }
};
/**
 * The base source and the history source of one base, opened together: the repository is opened
 * and the base commit found (or fetched) once, and both read through one `git cat-file` process.
 * `close()` on either ends that process.
 */
const gitSources = async (root, rev, opts = {}) => {
    try {
        const { repo, sha, fetched } = await openBase(root, rev, opts);
        return {
            ok: true,
            value: { source: baseSource(repo, sha, fetched), history: historySource(repo, sha, opts) }
        };
    }
    catch (e) {
        return { ok: false, error: asSourceError(e) };
    }
};
/**
 * The history of files from commit `sha`; deepens a shallow clone only when a file asks for it.
 * Calls may run side by side (each `git log` is a process of its own); a deepening fetch runs
 * alone, since it rewrites the shallow file the logs are judged against.
 */
const historySource = (repo, sha, opts) => {
    const steps = opts.deepen ?? DEFAULT_DEEPEN;
    let step = 0;
    // Logs under way, and the chain of deepening fetches (each waits for the logs before it).
    const logs = new Set();
    let deepening = Promise.resolve();
    const shared = async (task) => {
        await deepening;
        const p = task();
        logs.add(p);
        try {
            return await p;
        }
        finally {
            logs.delete(p);
        }
    };
    const alone = (task) => {
        const p = deepening.then(async () => {
            await Promise.allSettled([...logs]);
            return task();
        });
        deepening = p.catch(() => undefined);
        return p;
    };
    /** Deepens once past `seen` (the step the caller's log ran at); false when it cannot. */
    const deepenPast = (seen) => alone(async () => {
        // Another call deepened since that log ran: its log only needs running again.
        if (step > seen)
            return { ok: true };
        if (step >= steps.length) {
            const total = steps.reduce((a, b) => a + b, 0);
            return {
                ok: false,
                reason: steps.length === 0
                    ? 'the clone is shallow'
                    : `the clone is shallow, and ${total} more commits did not reach the file's first commit`
            };
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
        if (f.code !== 0) {
            step = steps.length;
            return {
                ok: false,
                reason: `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`
            };
        }
        step++;
        return { ok: true };
    });
    /** The paths a commit renamed, new path → old, against its first parent (one diff a commit). */
    const renames = new Map();
    const renamesIn = (commit) => {
        let r = renames.get(commit);
        if (r === undefined) {
            r = git(repo.cwd, [
                'diff-tree',
                '-r',
                '-M',
                '--diff-filter=R',
                '--name-status',
                '--no-commit-id',
                '-z',
                commit
            ], repo.timeoutMs).then(out => {
                if (out.code !== 0) {
                    throw new ports/* SourceError */.c('failed', `git diff-tree of ${git_short(commit)} failed: ${gitSays(out.stderr)}`);
                }
                // R<score>\0<old>\0<new>\0, repeated.
                const t = out.stdout.toString('utf8').split('\0');
                const found = new Map();
                for (let i = 0; i + 2 < t.length; i += 3)
                    found.set(t[i + 2], t[i + 1]);
                return found;
            });
            renames.set(commit, r);
            r.catch(() => renames.delete(commit));
        }
        return r;
    };
    const versions = async (rel, limit) => {
        const full = fullPath(repo, rel);
        if (full === undefined)
            throw new ports/* SourceError */.c('failed', `${rel} is outside the root`);
        const max = Math.max(1, Math.floor(limit));
        for (;;) {
            const seen = step;
            const { entries, cut } = await shared(async () => {
                const log = async (follow) => {
                    const args = ['--literal-pathspecs', 'log', ...(follow ? ['--follow'] : []), '-M'];
                    args.push(`-n${max + 1}`, '--format=%x01%H %cI %P', '--name-status', '-z');
                    const r = await git(repo.cwd, [...args, sha, '--', full], repo.timeoutMs);
                    if (r.code !== 0) {
                        throw new ports/* SourceError */.c('failed', `git log of ${rel} failed: ${gitSays(r.stderr)}`);
                    }
                    return parseLog(r.stdout.toString('utf8'), full);
                };
                // The file's own log first: it prunes by path, while --follow diffs the whole commit
                // that added the file, for every file (a big commit adding many costs it dearly). Only
                // a file that a commit with parents renamed into place needs --follow: which files a
                // commit renamed is asked once per commit, for all files it added.
                let found = await log(false);
                const edge = await shallowCommits(repo);
                let oldest = found[found.length - 1];
                if (found.length <= max &&
                    oldest !== undefined &&
                    oldest.parents > 0 &&
                    !edge.has(oldest.commit)) {
                    const renamed = oldest.parents > 1 || (await renamesIn(oldest.commit)).has(oldest.full);
                    if (renamed) {
                        found = await log(true);
                        oldest = found[found.length - 1];
                    }
                }
                // Complete when the oldest version is a real first commit of the file, not the edge of
                // a shallow clone (there git shows the file as added, whatever came before). A file
                // with no version at all did not exist from the edge to the base: nothing to deepen for.
                return { entries: found, cut: oldest !== undefined && edge.has(oldest.commit) };
            });
            const kept = entries.slice(0, max);
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
            if (entries.length > max)
                return done(false, `history was cut at ${max} versions`);
            if (!cut)
                return done(true);
            const deepened = await deepenPast(seen);
            if (!deepened.ok)
                return done(false, deepened.reason);
        }
    };
    return { versions, close: () => repo.cat.close() };
};

;// CONCATENATED MODULE: ./src/gate/open.ts

const nothingToClose = () => undefined;
const openGate = async (root, base, rest) => {
    const notes = [];
    const notices = [];
    if (base.skip !== undefined)
        return { notes, notices: [base.skip], close: nothingToClose };
    if (base.notice !== undefined)
        notices.push(base.notice);
    const tries = [base.sha ?? base.ref, base.fallbackRef].filter((r) => r !== undefined);
    let lastError = 'no base commit';
    for (const rev of tries) {
        const git = await gitSources(root, rev);
        if (!git.ok) {
            lastError = git.error.message;
            continue;
        }
        if (rev === base.fallbackRef) {
            notices.push(`compared with ${rev}, as ${base.sha ?? base.ref} is unreachable`);
        }
        const { source, history } = git.value;
        notes.push(`id gate: compared with ${source.name}`);
        return { source, history, notes, notices, sha: source.sha, close: () => source.close() };
    }
    const rev = base.sha ?? base.ref;
    if (rest !== undefined && rev !== undefined && rest.token !== '') {
        const { restBaseSource } = await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 6021));
        const source = restBaseSource({ ...rest, sha: rev });
        notices.push(`git could not read the base (${lastError}); read through the REST API instead, without history`);
        notes.push(`id gate: compared with ${source.name}`);
        return { source, notes, notices, sha: rev, close: nothingToClose };
    }
    notices.push(`id gate skipped: the base ${rev ?? ''} cannot be read (${lastError})`);
    return { notes, notices, close: nothingToClose };
};

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

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
    const invalidUtf8 = !(0,external_node_buffer_.isUtf8)(bytes);
    const text = utf8Decoder.decode(bytes);
    return { text, size, bom, invalidUtf8, truncated, plain: !UNUSUAL.test(text) };
};
const parsePolicy = (input) => {
    const { text, size, bom, invalidUtf8, truncated, plain } = decode(input);
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
    if (bom)
        addIssue(result, 'bom', 1, 1);
    const n = text.length;
    let start = 0;
    let line = 1;
    let sawContent = false;
    // Blank lines are judged at the end: only a single one right before EOF is a mere warning.
    let blankLines;
    let lastLineBlank = false;
    let lastLine = 1;
    // Most policies are printable ASCII with LF or CRLF: then lines are found natively, and no
    // line needs a character-by-character look for controls, invalid UTF-8 or surrogates. A bare
    // CR (one not before LF) ends a line too, so a text with one is read character by character.
    const fast = plain && !(text.includes('\r') && BARE_CR.test(text));
    while (start < n || (start === n && line === 1)) {
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
        issues.push(...kept, { kind: 'empty-body', line: 1, column: 1 });
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
const LIST_SEPARATOR = /[\s,;]/;
const LIST_SEPARATORS = /[\s,;]+/;
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i;
/** Every syntax problem of one `mx` value; an empty list means the pattern is valid. */
const mxPatternIssues = (value) => value.length > 0 && isValidMxPattern(value) ? NO_ISSUES : invalidPatternIssues(value);
/** The problems of a value isValidMxPattern rejected (asked without asking it again). */
const invalidPatternIssues = (value) => {
    if (value.length === 0)
        return [{ problem: 'empty', offset: 0 }];
    const issues = [];
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

;// CONCATENATED MODULE: ./src/policy/effective.ts

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
    const age = facts.maxAgeSeconds;
    if (age !== undefined && age <= MAX_AGE_LIMIT)
        out.max_age = age;
    out.mx = facts.mx.map(f => f.value);
    if (facts.extensions.length > 0) {
        out.extensions = Object.fromEntries(facts.extensions.map(f => [f.name, f.value]));
    }
    return out;
};

// EXTERNAL MODULE: ./src/record/sts.ts
var record_sts = __nccwpck_require__(3333);
// EXTERNAL MODULE: ./src/record/tags.ts
var tags = __nccwpck_require__(8824);
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
    const rec = (0,tags/* scanTagRecord */.JM)(text, TLSRPT_VERSION);
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
    const n = facts.maxAgeSeconds;
    if (n === undefined) {
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
    const n = facts.maxAgeSeconds;
    if (f === undefined || n === undefined)
        return;
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
        for (const i of invalidPatternIssues(f.value)) {
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
            const quoted = q(suffix);
            report({
                message: `mx ${q(f.value)} is a wildcard: it accepts any host with a certificate for one label under ${quoted} (but not ${quoted} itself, nor deeper names); prefer listing the MX hosts by name`,
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
}, ({ facts, recordId }, report) => {
    // Extensions hold the first field of each other name: the id in effect, if any.
    const f = facts.extensions.find(x => x.name === 'id');
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
        const at = (0,tags/* extValueProblem */.Oo)(t.value);
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
        if (inSet && !r.exactPrefix && !(0,record_sts/* looksLikeSts */.yi)(r.text))
            continue;
        for (const i of r.issues) {
            const message = describeTagIssue(i, record_sts/* STS_VERSION */.Q9, r.text, inSet);
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
    if (stripped !== id && (0,record_sts/* isValidId */.Al)(stripped))
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
        if (r.version !== 'STSv1' && !(0,record_sts/* looksLikeSts */.yi)(r.text))
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
        if ((0,record_sts/* isValidId */.Al)(v))
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
    if (rrset.records.some(r => (0,record_sts/* looksLikeSts */.yi)(r.text)))
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
            if (t.name === 'id' || (0,tags/* tagNameProblem */.p9)(t.name) >= 0 || (0,tags/* extValueProblem */.Oo)(t.value) >= 0)
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

;// CONCATENATED MODULE: ./src/repo/discover.ts
/**
 * Naming conventions of MTA-STS sites: the policy host `mta-sts.<domain>` (in a CNAME file, a
 * folder or a repository name) names the domain the policy serves.
 */
const MTA_STS_HOST = /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i;
/** `mta-sts.example.com` (as in a CNAME file or a folder name) gives `example.com`. */
const domainFromHost = (host) => MTA_STS_HOST.exec(host.trim().replace(/\.$/, ''))?.[1]?.toLowerCase();

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
const listFiles = (root, opts = {}) => {
    const maxFiles = opts.maxFiles ?? MAX_FILES;
    const maxDepth = opts.maxDepth ?? MAX_DEPTH;
    const files = [];
    let truncated = false;
    // Synchronous on purpose: thousands of folders walked one after another cost a thread-pool
    // round trip each when asynchronous, and nothing else runs meanwhile.
    const walk = (rel, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(root, rel), { withFileTypes: true });
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
                    walk(child, depth + 1);
                else
                    truncated = true;
            }
            else if (e.isFile())
                files.push(child);
        }
    };
    walk('', 0);
    return { files: files.sort(), truncated };
};
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * The context repo rules check: the file list, and `read()` for small UTF-8 files of that list
 * (anything else reads as undefined; paths outside the list are never opened).
 */
const loadRepoContext = (root, policies, opts = {}) => {
    // The caller's listing, when it has one: the tree is walked once per run.
    const files = opts.files ?? listFiles(root, opts).files;
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
const cnameDomain = (text) => domainFromHost(text.split(/\r?\n/)[0] ?? '');
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
    const severities = opts.severities;
    for (const r of rulesFor(target)) {
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
    if (lint.parsed.truncated) {
        rules =
            only === undefined ? OVERSIZED_ONLY : new Set([...only].filter(id => OVERSIZED_ONLY.has(id)));
    }
    return runRules('policy', ctx, opts, rules);
};
const lintRecords = (texts, opts = {}) => {
    const rrset = (0,record_sts/* parseStsRRset */.A3)(texts);
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
        if (eff.id !== undefined && (0,record_sts/* isValidId */.Al)(eff.id.value))
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
/** True when any mx value of these policies is a wildcard, so the list is worth loading. */
const needsPublicSuffix = (mxValues) => mxValues.some(v => v.startsWith('*.'));

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
 * yaml and the schema's validator are loaded only when a config file exists: most runs have
 * none, and they should not pay for their start-up. The validator is the schema compiled by ajv
 * ahead of time (config-validate.generated.js): compiling it on each run cost about 130 ms.
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
        return (await (0,promises_namespaceObject.stat)(p)).isFile();
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
        if ((await (0,promises_namespaceObject.stat)(abs)).size > MAX_CONFIG_BYTES) {
            throw new ConfigError(`${file}: the config file is over ${MAX_CONFIG_BYTES} bytes`);
        }
        bytes = await (0,promises_namespaceObject.readFile)(abs);
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
const loadValidator = async () => (await __nccwpck_require__.e(/* import() */ 323).then(__nccwpck_require__.bind(__nccwpck_require__, 5323))).validate;
/** The JSON Schema the file is validated against. */
const loadConfigSchema = async () => (await __nccwpck_require__.e(/* import() */ 212).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8831, 19))).default;
/**
 * Parses and checks a config file's text. `file` names it in messages (and in `LoadedConfig`).
 * Throws a ConfigError naming the first problem in file order, with its key and line:column.
 */
const parseConfig = async (text, file, ruleIds) => {
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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

// EXTERNAL MODULE: ./src/repo/sources/text.ts
var sources_text = __nccwpck_require__(1174);
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
                problems.push((0,sources_text/* problemAt */.l4)(lines, i, 'unbalanced ")" in the zone file'));
            else
                depth--;
            i++;
            continue;
        }
        const start = i;
        const b = new sources_text/* MappedBuilder */.FK();
        if (c === '"') {
            const read = (0,sources_text/* readQuoted */.zt)(text, i + 1, '"', readEscape, b);
            i = read.end;
            if (!read.closed)
                problems.push((0,sources_text/* problemAt */.l4)(lines, start, 'unterminated quoted string'));
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
        problems.push((0,sources_text/* problemAt */.l4)(lines, openParen, 'unclosed "(" in the zone file'));
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
    let base = (0,sources_text/* baseName */.Fl)(file).toLowerCase();
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
        const d = (0,sources_text/* normalizeDomain */.AT)(c);
        if ((0,sources_text/* looksLikeDomain */.wB)(d))
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
const parseBind = (text, ctx) => (0,sources_text/* guarded */.Nj)('bind', () => {
    const lines = new sources_text/* LineIndex */.rr(text);
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
                    problems.push((0,sources_text/* problemAt */.l4)(lines, head.start, '$ORIGIN without a domain name'));
                    continue;
                }
                origin = (0,sources_text/* qualify */.Ss)(arg.value.text, origin);
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
                problems.push((0,sources_text/* problemAt */.l4)(lines, head.start, 'record without an owner name'));
                continue;
            }
        }
        else {
            owner = (0,sources_text/* qualify */.Ss)(head.value.text, origin);
            if ((0,sources_text/* repeatsOrigin */.lg)(head.value.text, origin))
                problems.push((0,sources_text/* problemAt */.l4)(lines, head.start, (0,sources_text/* missingDotMessage */.Tv)(head.value.text, origin)));
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
            problems.push((0,sources_text/* problemAt */.l4)(lines, head.start, 'record without a type'));
            continue;
        }
        const type = tokText(typeTok).toUpperCase();
        if (typeTok.quoted || (!RR_TYPES.has(type) && !/^TYPE\d+$/.test(type))) {
            problems.push((0,sources_text/* problemAt */.l4)(lines, typeTok.start, `expected a record type, found "${tokText(typeTok)}"`));
            continue;
        }
        const data = toks.slice(k + 1);
        const first = data[0];
        if (type === 'TXT') {
            if (first === undefined) {
                problems.push((0,sources_text/* problemAt */.l4)(lines, typeTok.start, 'TXT record without data'));
                continue;
            }
            const b = new sources_text/* MappedBuilder */.FK();
            for (const t of data)
                b.append(t.value);
            records.push((0,sources_text/* makeRecord */.Uo)(lines, owner, 'TXT', b.done(), valueStart(first)));
        }
        else if (type === 'MX' || type === 'CNAME') {
            const host = type === 'MX' ? data[1] : first;
            if (host === undefined) {
                problems.push((0,sources_text/* problemAt */.l4)(lines, typeTok.start, `${type} record without a target host`));
                continue;
            }
            const target = (0,sources_text/* qualify */.Ss)(host.value.text, origin);
            if ((0,sources_text/* repeatsOrigin */.lg)(host.value.text, origin))
                problems.push((0,sources_text/* problemAt */.l4)(lines, host.start, (0,sources_text/* missingDotMessage */.Tv)(host.value.text, origin)));
            records.push((0,sources_text/* makeRecord */.Uo)(lines, owner, type, { text: target, map: [] }, valueStart(host)));
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
        const b = new sources_text/* MappedBuilder */.FK();
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
        problems.push((0,sources_text/* problemAt */.l4)(lines, start, 'unterminated template literal'));
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
                problems.push((0,sources_text/* problemAt */.l4)(lines, i, 'unterminated comment'));
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
            const b = new sources_text/* MappedBuilder */.FK();
            const read = (0,sources_text/* readQuoted */.zt)(text, i + 1, c, dnscontrol_readEscape, b);
            i = read.end;
            if (!read.closed)
                problems.push((0,sources_text/* problemAt */.l4)(lines, start, 'unterminated string'));
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
                problems.push((0,sources_text/* problemAt */.l4)(lines, t.start, `unbalanced "${t.text}"`));
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
        problems.push((0,sources_text/* problemAt */.l4)(lines, toks[open]?.start ?? 0, `unclosed "${toks[open]?.text ?? ''}"`));
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
        const builder = new sources_text/* MappedBuilder */.FK();
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
            const host = (0,sources_text/* qualify */.Ss)(name, qualifyIn);
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
    const builder = new sources_text/* MappedBuilder */.FK();
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
    const d = (0,sources_text/* normalizeDomain */.AT)(v.value.text.replace(/!.*$/, ''));
    return d === '' ? undefined : d;
};
const dnscontrol_valueStart = (v) => v.value.map.find(m => m >= 0) ?? v.start;
const parseDnscontrol = (text) => (0,sources_text/* guarded */.Nj)('dnscontrol', () => {
    const lines = new sources_text/* LineIndex */.rr(text);
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
        const owner = (0,sources_text/* qualify */.Ss)(name.value.text, zone);
        if ((0,sources_text/* repeatsOrigin */.lg)(name.value.text, zone))
            problems.push((0,sources_text/* problemAt */.l4)(lines, name.start, (0,sources_text/* missingDotMessage */.Tv)(name.value.text, zone)));
        const valueArg = t.text === 'MX' ? rest[1] : rest[0];
        if (valueArg === undefined) {
            problems.push((0,sources_text/* problemAt */.l4)(lines, t.start, `${t.text}() without a value`));
            continue;
        }
        const v = evalArg(text, toks, match, valueArg, zone ?? '');
        if (v === undefined)
            continue;
        let rec;
        if (t.text === 'TXT') {
            rec = (0,sources_text/* makeRecord */.Uo)(lines, owner, 'TXT', v.value, dnscontrol_valueStart(v));
        }
        else {
            const target = v.literal ? (0,sources_text/* qualify */.Ss)(v.value.text, zone) : v.value.text;
            if (v.literal && (0,sources_text/* repeatsOrigin */.lg)(v.value.text, zone))
                problems.push((0,sources_text/* problemAt */.l4)(lines, v.start, (0,sources_text/* missingDotMessage */.Tv)(v.value.text, zone)));
            rec = (0,sources_text/* makeRecord */.Uo)(lines, owner, t.text, { text: target, map: [] }, dnscontrol_valueStart(v));
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

;// CONCATENATED MODULE: ./src/repo/sources/plain.ts

const plain_isBlank = (c) => c === ' ' || c === '\t';
/** `"a" "b"` (double quotes, escapes `\"` `\\` `\DDD`) or `'a'`; undefined when not that form. */
const readQuoted = (line, start, from) => {
    let i = from;
    const b = new sources_text/* MappedBuilder */.FK();
    if (line[i] === "'") {
        const close = line.lastIndexOf("'");
        if (close <= i || line.slice(close + 1).trim() !== '')
            return undefined;
        return (0,sources_text/* mapped */.CV)(line.slice(i + 1, close), start + i + 1);
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
const parsePlain = (text) => (0,sources_text/* guarded */.Nj)('plain', () => {
    const lines = new sources_text/* LineIndex */.rr(text);
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
        const value = quoted ?? (0,sources_text/* mapped */.CV)(line, start);
        const at = quoted === undefined ? start : (quoted.map.find(m => m >= 0) ?? start + i + 1);
        const owner = /^["'\s]*v\s*=\s*tlsrpt/i.test(value.text) ? '_smtp._tls' : '_mta-sts';
        records.push((0,sources_text/* makeRecord */.Uo)(lines, owner, 'TXT', value, at));
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
    let b = new sources_text/* MappedBuilder */.FK();
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
            b = new sources_text/* MappedBuilder */.FK();
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
            problems?.push((0,sources_text/* problemAt */.l4)(lines, at, message));
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
const isAutoTfvars = (name) => /^terraform\.tfvars$/i.test((0,sources_text/* baseName */.Fl)(name)) || /\.auto\.tfvars$/i.test(name);
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
            const ta = /^terraform\.tfvars$/i.test((0,sources_text/* baseName */.Fl)(a)) ? 0 : 1;
            const tb = /^terraform\.tfvars$/i.test((0,sources_text/* baseName */.Fl)(b)) ? 0 : 1;
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
            const b = new sources_text/* MappedBuilder */.FK();
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
        const b = new sources_text/* MappedBuilder */.FK();
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
    const b = new sources_text/* MappedBuilder */.FK();
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
    const b = new sources_text/* MappedBuilder */.FK();
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
const parseTerraform = (text, ctx) => (0,sources_text/* guarded */.Nj)('terraform', () => {
    const lines = new sources_text/* LineIndex */.rr(text);
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
                problems.push((0,sources_text/* problemAt */.l4)(lines, t.start, 'unbalanced "}"'));
            else
                depth--;
        }
    }
    if (depth > 0)
        problems.push((0,sources_text/* problemAt */.l4)(lines, text.length, 'unclosed "{" at the end of the file'));
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
            const range = (0,record_sts/* looksLikeSts */.yi)(v.value.text) ? (0,sources_text/* idRange */.H9)(v.value.text) : undefined;
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
                const span = rec.computed === true ? undefined : (0,sources_text/* idSpanOf */.fn)(v.value);
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






const LOADED = {
    bind: parseBind,
    dnscontrol: parseDnscontrol,
    terraform: parseTerraform,
    plain: parsePlain
};
/** octoDNS zones need the YAML parser (300 kB, 12 ms to load): loaded when one is first met. */
let octodns;
/** Makes `format` parseable by parseSource: a no-op except the first time for octoDNS. */
const loadParser = async (format) => {
    if (format === 'octodns')
        octodns ??= (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(595)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5595))).parseOctodns;
};
/** Every parser, the on-demand ones loaded. */
const loadParsers = async () => {
    await loadParser('octodns');
    return { ...LOADED, octodns: parserFor('octodns') };
};
const parserFor = (format) => {
    if (format !== 'octodns')
        return LOADED[format];
    // A caller's mistake, not the input's: every caller awaits loadParser first.
    if (octodns === undefined)
        throw new Error("the octoDNS parser is not loaded: await loadParser('octodns') first");
    return octodns;
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
    const base = (0,sources_text/* baseName */.Fl)(file).toLowerCase();
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
 * undefined when the format is not known. Never throws on any input: problems are in
 * `problems`. An octoDNS file needs `loadParser('octodns')` awaited once before.
 */
const parseSource = (file, text, ctx = {}) => {
    const format = ctx.format ?? detectFormat(file, text);
    if (format === undefined)
        return undefined;
    const full = { file };
    if (ctx.siblings !== undefined)
        full.siblings = ctx.siblings;
    return parserFor(format)(text, full);
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
        const d = cnameDomain(model_text(await view.read(cname)) ?? '');
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
        const format = detectFormat(f, t);
        if (format === undefined)
            continue;
        await loadParser(format);
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
        const parsed = parseSource(f, t, siblings === undefined ? { format } : { format, siblings });
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
        const id = (0,record_sts/* idOf */.TH)(withId.value);
        // A computed id (md5 of the policy) is an expression, not an id to compare or lint.
        if (withId.computed === true)
            src.computed = true;
        else if (id !== undefined && !id.includes('${'))
            src.id = id;
        if (withId.idSpan !== undefined) {
            // idFile is a sibling's name (a tfvars file beside the .tf), not a path.
            const spanFile = withId.idFile === undefined ? file : external_node_path_default().posix.join(dirOf(file), withId.idFile);
            src.span = { file: spanFile, start: withId.idSpan[0], end: withId.idSpan[1] };
        }
    }
    return src;
};
/**
 * Every record of every source, indexed by type and owner, so finding a domain's records costs
 * the same with a thousand zones as with one. Relative owners (files that do not say their
 * origin) count for any domain, as findRecord has it.
 */
class RecordIndex {
    sources;
    #absolute = new Map();
    #relative = new Map();
    zoneOrigins = new Set();
    #order = new Map();
    constructor(sources) {
        this.sources = sources;
        for (const [file, s] of sources) {
            if (s.origin !== undefined &&
                (s.format === 'bind' || s.format === 'octodns' || s.format === 'dnscontrol')) {
                this.zoneOrigins.add(s.origin);
            }
            this.#order.set(file, this.#order.size);
            const grouped = new Map();
            for (const r of s.records) {
                const key = `${r.type} ${r.owner}`;
                const list = grouped.get(key);
                if (list === undefined)
                    grouped.set(key, [r]);
                else
                    list.push(r);
            }
            // Every owner can be matched as written; in a file that does not say its origin, an
            // owner may also be relative to whichever domain is asked for.
            const targets = s.origin === undefined ? [this.#absolute, this.#relative] : [this.#absolute];
            for (const [key, records] of grouped) {
                for (const target of targets) {
                    const list = target.get(key);
                    if (list === undefined)
                        target.set(key, [{ file, records }]);
                    else
                        list.push({ file, records });
                }
            }
        }
    }
    /** The records of a type at `<name>.<domain>` in the first file that keeps any. */
    find(domain, type, name, only) {
        const absolute = name === '' ? domain : `${name}.${domain}`;
        const pick = (list) => list?.find(e => only === undefined || e.file === only);
        const hits = [
            pick(this.#absolute.get(`${type} ${absolute}`)),
            pick(this.#relative.get(`${type} ${name}`))
        ];
        // Keep the sources' order: the first file that keeps any, as a reader would look.
        const [a, b] = hits;
        if (a === undefined || b === undefined)
            return a ?? b;
        return (this.#order.get(a.file) ?? 0) <= (this.#order.get(b.file) ?? 0) ? a : b;
    }
}
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
    const listed = new Set(policyFiles);
    for (const [d, c] of Object.entries(config.domains)) {
        if (c.policy !== undefined && fileSet.has(c.policy) && !listed.has(c.policy)) {
            policyFiles.push(c.policy);
            listed.add(c.policy);
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
    const index = new RecordIndex(sources);
    // 4. Each domain's id source, MX hosts and TLS-RPT record.
    for (const m of domains.values()) {
        const c = config.domains[m.domain] ?? {};
        const d = m.domain;
        const inFiles = (only) => index.find(d, 'TXT', '_mta-sts', only) ?? index.find(d, 'CNAME', '_mta-sts', only);
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
        const mx = index.find(d, 'MX', '');
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
        m.zoneKept = index.zoneOrigins.has(d) || mx !== undefined;
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
            const t = index.find(d, 'TXT', '_smtp._tls', only);
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
    // Each policy with the domains it serves, grouped in one pass (thousands of both are fine).
    const served = new Map(policyFiles.map(f => [f, []]));
    for (const d of domains.values()) {
        if (d.policyFile !== undefined)
            served.get(d.policyFile)?.push(d.domain);
    }
    const policies = policyFiles.map(file => ({ file, domains: served.get(file) ?? [] }));
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
/** File histories read side by side: each is one `git log`, which keeps a core busy. */
const HISTORY_CONCURRENCY = 4;
const workingTree = (root) => {
    const seen = new Map();
    return {
        list: () => Promise.resolve(listFiles(root).files),
        // Synchronous reads: a repository's files are read one after another, and each asynchronous
        // read would cost four thread-pool round trips (open, stat, read, close).
        read: rel => {
            let bytes = null;
            try {
                const abs = external_node_path_default().join(root, rel);
                const s = (0,external_node_fs_namespaceObject.statSync)(abs);
                if (s.isFile() && s.size <= MAX_SOURCE_BYTES * 64)
                    bytes = (0,external_node_fs_namespaceObject.readFileSync)(abs);
            }
            catch {
                // missing or unreadable: null
            }
            seen.set(rel, bytes);
            return Promise.resolve(bytes);
        },
        readBefore: rel => seen.get(rel)
    };
};
/**
 * A commit as a FileView, through the gate's base source (its list, else the head's paths). A
 * file the source knows the working tree holds unchanged comes from the head's earlier read.
 */
const commitView = (source, fallback, tree) => ({
    list: async () => (source.list === undefined ? fallback : source.list()),
    read: async (rel) => {
        const before = source.sameAsWorktree?.(rel) === true ? tree.readBefore(rel) : undefined;
        return before ?? source.read(rel);
    }
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
    // Only the facts are needed here, not the rules.
    if (src.kind === 'policy')
        return policyFacts(parsePolicy(bytes)).extensions.find(e => e.name === 'id')?.value;
    const parsed = parseSource(src.file, t);
    if (parsed === undefined)
        return undefined;
    const rec = findRecord(parsed, m.domain, 'TXT', '_mta-sts').find(r => r.value.startsWith('v=STSv1'));
    return rec === undefined ? undefined : (0,record_sts/* idOf */.TH)(rec.value);
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
    const headView = workingTree(root);
    const model = await buildModel(headView, { loaded, rootName });
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
        const bytes = await headView.read(p.file);
        if (bytes === null)
            continue;
        const base = {
            file: p.file,
            severities,
            ...(p.domains.length === 1 && { domain: p.domains[0] })
        };
        const lint = lintPolicy(bytes, base);
        let found = lint.findings;
        if (needsPublicSuffix(lint.policy.mx)) {
            psl ??= await loadPublicSuffixCheck();
            found = policyFindings(lint, { ...base, isPublicSuffix: psl });
        }
        lints.set(p.file, { bytes, lint });
        findings.push(...found.filter(f => p.domains.length === 0 || !DOMAIN_RULES.has(f.rule)));
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
            findings.push(...policyFindings(pl.lint, {
                file: m.policyFile,
                domain: m.domain,
                severities,
                ...extra,
                ...(psl !== undefined && { isPublicSuffix: psl })
            }, DOMAIN_RULES));
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
    const ctx = loadRepoContext(root, model.policies.map(p => ({
        file: p.file,
        ...(p.domains.length === 1 && { domain: p.domains[0] })
    })), { files: model.files });
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
            const verdict = await runGate(opts, headView, model, loaded, perDomain, lints, severities, result.notices);
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
const runGate = async (opts, tree, head, loaded, perDomain, lints, severities, notes) => {
    const gate = opts.gate;
    const view = commitView(gate.source, head.files, tree);
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
    const kinds = new Set([...head.domains, ...base.domains].map(d => d.idSource?.kind));
    const yaml = kinds.has('config') ? await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)) : undefined;
    // Earlier versions of an octoDNS zone are read with its parser (loaded on first need).
    if (kinds.has('octodns'))
        await loadParser('octodns');
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
    const headByName = new Map(head.domains.map(d => [d.domain, d]));
    const baseByName = new Map(base.domains.map(d => [d.domain, d]));
    const names = [
        ...new Set([...head.domains.map(d => d.domain), ...base.domains.map(d => d.domain)])
    ];
    // History answers id-reused and unsafe-removal: needed only where the policy or the id moved.
    const wanted = [];
    for (const name of names) {
        const h = headByName.get(name);
        const b = baseByName.get(name);
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
        const moved = input.base === undefined ||
            policyChanged(input.base, input.head) ||
            input.base.id !== input.head.id ||
            (input.base.record ?? true) !== (input.head.record ?? true);
        if (moved && (src !== undefined || policyFile !== undefined)) {
            wanted.push({
                input,
                model: (h ?? b),
                ...(src !== undefined && { src }),
                ...(policyFile !== undefined && { policyFile })
            });
        }
        inputs.push(input);
    }
    const history = gate.history;
    if (history !== undefined && wanted.length > 0) {
        // Each file's history once (domains share policies and zones), a few at a time: every one
        // is a `git log` of its own, and there are two cores to run them on.
        const depth = loaded.config.historyDepth ?? 100;
        const files = new Map();
        const fileHistory = (f) => {
            let h = files.get(f);
            if (h === undefined) {
                h = history.versions(f, depth);
                files.set(f, h);
            }
            return h;
        };
        const limit = pLimit(HISTORY_CONCURRENCY);
        const failed = await Promise.all(wanted.map(({ input, model, src, policyFile }) => limit(async () => {
            try {
                const policy = policyFile === undefined ? undefined : await fileHistory(policyFile);
                const idSource = src === undefined
                    ? undefined
                    : src.file === policyFile
                        ? policy
                        : await fileHistory(src.file);
                input.history = buildHistory({
                    ...(policy !== undefined && { policy }),
                    ...(idSource !== undefined && { idSource }),
                    readId: src === undefined ? () => undefined : idReader(model, src, yaml)
                });
                return undefined;
            }
            catch (e) {
                return `history of ${input.domain} unavailable: ${e.message}`;
            }
        })));
        // In domain order, whatever order the histories came in.
        notes.push(...failed.filter((n) => n !== undefined));
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

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (markdown): one row per domain, then every finding. Policy text comes from a
 * pull request and is untrusted: every cell is escaped, and the whole stays under GitHub's
 * 1 MiB step-summary limit.
 */


/** GitHub rejects a step summary over 1 MiB; stay well below it. */
const SUMMARY_LIMIT = 1000 * 1024;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (s) => s === undefined || s === '' ? '—' : escapeMarkdown(String(s));
const formatSummary = (input) => {
    const c = countFindings(input.findings);
    const out = ['## MTA-STS lint', ''];
    if (input.context !== undefined)
        out.push(escapeMarkdown(input.context), '');
    out.push(`${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}, ${c.notices} ${c.notices === 1 ? 'notice' : 'notices'}`, '');
    if (input.domains.length > 0) {
        out.push('| domain | policy | mode | max_age | mx | id | id source | findings |');
        out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const d of input.domains) {
            const mine = countFindings(input.findings.filter(f => f.domain === d.domain));
            const status = mine.errors + mine.warnings + mine.notices === 0
                ? '✅'
                : `${mine.errors} ${ICON.error} ${mine.warnings} ${ICON.warning} ${mine.notices} ${ICON.notice}`;
            out.push(`| ${cell(d.domain)} | ${cell(d.policyFile)} | ${cell(d.policy?.mode)} | ${cell(d.policy?.max_age)} | ${cell(d.policy?.mx.join(', '))} | ${cell(d.id)} | ${cell(d.idSource)} | ${status} |`);
        }
        out.push('');
    }
    if (input.findings.length > 0) {
        out.push('| | rule | location | message |', '| --- | --- | --- | --- |');
        let size = Buffer.byteLength(out.join('\n'));
        let shown = 0;
        for (const f of input.findings) {
            const where = f.file === undefined
                ? (f.url ?? f.domain ?? '')
                : `${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.column === undefined ? '' : `:${f.column}`}`;
            const link = input.docs?.(f.rule);
            const rule = link === undefined ? `\`${f.rule}\`` : `[\`${f.rule}\`](${link})`;
            const row = `| ${ICON[f.severity]} | ${rule} | ${cell(where)} | ${cell(f.message)} |`;
            const bytes = Buffer.byteLength(row) + 1;
            if (size + bytes + 200 > SUMMARY_LIMIT)
                break;
            out.push(row);
            size += bytes;
            shown++;
        }
        if (shown < input.findings.length) {
            out.push('', `${input.findings.length - shown} more findings are in the JSON report and SARIF.`);
        }
    }
    return `${out.join('\n')}\n`;
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The GitHub runner's side of a JavaScript action, as documented for workflow commands: inputs
 * from `INPUT_<NAME>` variables, annotations and log lines as `::command props::data` on stdout,
 * outputs appended to the `GITHUB_OUTPUT` file, the job summary appended to `GITHUB_STEP_SUMMARY`,
 * failure as exit code 1.
 *
 * Why not @actions/core: version 3 imports its OIDC token client at load, and with it
 * @actions/http-client and undici: 1.2 MB of the 1.7 MB bundle and about 70 ms of every run,
 * for tokens this action never asks for. What we use of it is this file.
 */



/**
 * An input as the runner passes it: `INPUT_` and the name upper-cased, spaces as `_`, hyphens
 * kept (`fail-on` is `INPUT_FAIL-ON`); surrounding whitespace trimmed; '' when unset.
 */
const getInput = (name, env = process.env) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
/** Command data: `%`, CR and LF would end or corrupt the command. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values: also `:` and `,`, which separate properties from each other and the data. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** One workflow command line, e.g. `::error file=a,line=1,title=x::message`. */
const command = (name, props, data) => {
    const list = Object.entries(props)
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${list === '' ? '' : ` ${list}`}::${escapeData(data)}`;
};
/** The runner's names for annotation positions. */
const annotationProps = (p) => ({
    title: p.title,
    file: p.file,
    line: p.startLine,
    col: p.startColumn
});
/** A multi-line `name<<delimiter` entry for GITHUB_OUTPUT, with a delimiter neither part holds. */
const outputEntry = (name, value, delimiter) => {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output ${name}: the value holds the delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
};
const processIo = {
    env: process.env,
    stdout: line => {
        process.stdout.write(line + external_node_os_namespaceObject.EOL);
    },
    append: (file, text) => (0,external_node_fs_namespaceObject.appendFileSync)(file, text, 'utf8'),
    fail: () => {
        process.exitCode = 1;
    }
};
const createRunner = (io = processIo) => ({
    getInput: name => getInput(name, io.env),
    info: message => io.stdout(message),
    annotate: (level, message, props = {}) => io.stdout(command(level, annotationProps(props), message)),
    setOutput: (name, value) => {
        const file = io.env.GITHUB_OUTPUT;
        if (file !== undefined && file !== '') {
            io.append(file, outputEntry(name, String(value), `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`));
        }
        else {
            // Runners older than the output file read the (deprecated) command.
            io.stdout('');
            io.stdout(command('set-output', { name }, String(value)));
        }
    },
    appendSummary: render => {
        const file = io.env.GITHUB_STEP_SUMMARY;
        if (file === undefined || file === '')
            return false;
        io.append(file, render());
        return true;
    },
    setFailed: message => {
        io.fail();
        io.stdout(command('error', {}, message));
    }
});

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The GitHub Action adapter: inputs in; annotations, a job summary, outputs, report files and the
 * step's status out, through the runner's contract (./runner.ts). The REST client is loaded by
 * the gate only when git cannot read the base.
 */












/** GitHub shows at most this many annotations of each severity per step. */
const ANNOTATIONS_PER_SEVERITY = 10;
const failOnInput = (runner) => {
    const v = runner.getInput('fail-on') || 'error';
    if (v === 'error' || v === 'warning' || v === 'notice' || v === 'never')
        return v;
    throw new CheckError(`input fail-on must be error, warning, notice or never; got "${v}"`);
};
const booleanInput = (runner, name, fallback) => {
    const v = runner.getInput(name).toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new CheckError(`input ${name} must be true or false; got "${v}"`);
};
/** A path from an input, resolved in the workspace and refused when it leaves it. */
const inWorkspace = (workspace, input, value) => {
    const abs = external_node_path_default().resolve(workspace, value);
    const rel = external_node_path_default().relative(workspace, abs);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw new CheckError(`input ${input} "${value}" points outside the workspace`);
    }
    return abs;
};
const readEvent = (runner) => {
    const file = process.env.GITHUB_EVENT_PATH;
    if (file === undefined || file === '')
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        runner.annotate('warning', `cannot read the event payload ${file}: ${e.message}`);
        return undefined;
    }
};
/** Findings on files the change touched come first: those are what the author can fix now. */
const annotate = (runner, findings, changed) => {
    const ordered = [
        ...findings.filter(f => f.file !== undefined && changed.has(f.file)),
        ...findings.filter(f => f.file === undefined || !changed.has(f.file))
    ];
    const shown = { error: 0, warning: 0, notice: 0 };
    const left = { error: 0, warning: 0, notice: 0 };
    for (const f of ordered) {
        if (shown[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
            left[f.severity]++;
            continue;
        }
        shown[f.severity]++;
        const props = { title: f.rule };
        if (f.file !== undefined)
            props.file = f.file;
        if (f.line !== undefined)
            props.startLine = f.line;
        if (f.column !== undefined)
            props.startColumn = f.column;
        const text = f.url === undefined ? f.message : `${f.message} (${f.url})`;
        runner.annotate(f.severity, text, props);
    }
    for (const s of ['error', 'warning', 'notice']) {
        if (left[s] > 0) {
            runner.info(`${left[s]} more ${s} findings are not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); they are in the job summary`);
        }
    }
};
/** Writes a report file, creating its folder; a failure is the run's failure, said plainly. */
const writeOutput = async (input, file, text) => {
    try {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(file, text);
    }
    catch (e) {
        throw new CheckError(`cannot write the ${input} file "${file}": ${e.message}`);
    }
};
const run = async (runner = createRunner()) => {
    try {
        const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
        const root = inWorkspace(workspace, 'root', runner.getInput('root') || '.');
        const failOn = failOnInput(runner);
        const gateOn = booleanInput(runner, 'gate', true);
        const configInput = runner.getInput('config');
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        const prefix = external_node_path_default().relative(workspace, root).split((external_node_path_default()).sep).join('/');
        const notes = [];
        const notices = [];
        let gate;
        // Ends the gate's git reader once the base is no longer read.
        let closeGate = () => undefined;
        if (gateOn) {
            const base = resolveBase(process.env.GITHUB_EVENT_NAME ?? '', readEvent(runner), runner.getInput('base') || undefined);
            const token = runner.getInput('token');
            const opened = await openGate(root, base, owner && repo
                ? {
                    owner,
                    repo,
                    token,
                    ...(process.env.GITHUB_API_URL !== undefined && {
                        apiUrl: process.env.GITHUB_API_URL
                    }),
                    ...(prefix !== '' && { pathPrefix: prefix })
                }
                : undefined);
            notes.push(...opened.notes);
            notices.push(...opened.notices);
            closeGate = () => opened.close();
            if (opened.source !== undefined) {
                gate = {
                    source: opened.source,
                    ...(opened.history !== undefined && { history: opened.history })
                };
            }
        }
        else {
            notes.push('id gate off (input gate: false)');
        }
        const result = await runRepository({
            root,
            ...(configInput !== '' && { configPath: inWorkspace(workspace, 'config', configInput) }),
            ...(repo !== undefined && repo !== '' && prefix === '' && { rootName: repo }),
            ...(gate !== undefined && { gate })
        });
        notes.push(...result.notes);
        notices.push(...result.notices);
        // Paths relative to the workspace, so annotations attach to the diff.
        const rebase = (f) => f.file !== undefined && prefix !== '' ? { ...f, file: `${prefix}/${f.file}` } : f;
        const findings = result.findings.map(rebase).sort(compareFindings);
        // Which files with findings this change touched (read at the base when there is one).
        const changed = new Set();
        if (gate !== undefined) {
            for (const file of new Set(result.findings.map(f => f.file).filter((f) => !!f))) {
                const before = await gate.source.read(file).catch(() => undefined);
                const now = await readFileSafe(external_node_path_default().join(root, file));
                if (before === undefined || now === undefined)
                    continue;
                if (before === null || !Buffer.from(before).equals(now)) {
                    changed.add(prefix === '' ? file : `${prefix}/${file}`);
                }
            }
        }
        closeGate();
        for (const n of notes)
            runner.info(n);
        for (const n of notices)
            runner.annotate('notice', n);
        annotate(runner, findings, changed);
        const counts = countFindings(findings);
        runner.setOutput('errors', counts.errors);
        runner.setOutput('warnings', counts.warnings);
        runner.setOutput('notices', counts.notices);
        runner.setOutput('changed', result.changed ? 'true' : 'false');
        if (result.newId !== undefined)
            runner.setOutput('new-id', result.newId);
        const domains = result.domains.map(d => prefix === ''
            ? d
            : { ...d, ...(d.policyFile !== undefined && { policyFile: `${prefix}/${d.policyFile}` }) });
        runner.appendSummary(() => formatSummary({
            findings,
            domains,
            context: [...notices, ...notes].join(' · '),
            docs: id => ruleById(id)?.meta.docs
        }));
        const report = runner.getInput('report');
        if (report !== '') {
            await writeOutput('report', inWorkspace(workspace, 'report', report), formatJson(findings, { domains }));
            runner.setOutput('report', report);
        }
        const sarif = runner.getInput('sarif');
        if (sarif !== '') {
            await writeOutput('sarif', inWorkspace(workspace, 'sarif', sarif), formatSarif(findings, RULES.map(r => r.meta)));
        }
        const failing = findings.filter(f => failsOn(f.severity, failOn)).length;
        if (failing > 0) {
            const bump = result.newId === undefined ? '' : `; a fresh id: ${result.newId}`;
            runner.setFailed(`${failing} MTA-STS finding(s) at or above "${failOn}"${bump}`);
        }
        else {
            runner.info(`MTA-STS: ${result.files.length} policy file(s), ${result.domains.length} domain(s) checked`);
        }
    }
    catch (e) {
        runner.setFailed(e instanceof CheckError ? e.message : `internal error: ${e.message}`);
    }
};
const readFileSafe = async (file) => {
    try {
        return await (0,promises_namespaceObject.readFile)(file);
    }
    catch {
        return undefined;
    }
};


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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3204);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 1174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ normalizeDomain),
/* harmony export */   CV: () => (/* binding */ mapped),
/* harmony export */   FK: () => (/* binding */ MappedBuilder),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   H9: () => (/* binding */ idRange),
/* harmony export */   NW: () => (/* binding */ unmapped),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   Ss: () => (/* binding */ qualify),
/* harmony export */   Tv: () => (/* binding */ missingDotMessage),
/* harmony export */   Uo: () => (/* binding */ makeRecord),
/* harmony export */   fn: () => (/* binding */ idSpanOf),
/* harmony export */   hb: () => (/* binding */ unescapeSemicolons),
/* harmony export */   l4: () => (/* binding */ problemAt),
/* harmony export */   lg: () => (/* binding */ repeatsOrigin),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   wB: () => (/* binding */ looksLikeDomain),
/* harmony export */   zt: () => (/* binding */ readQuoted)
/* harmony export */ });
/* unused harmony export MAX_PROBLEMS */
/* harmony import */ var _record_sts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3333);
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
const normalizeDomain = (name) => name.trim().toLowerCase().replace(/\.$/, '');
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
