export const id = 948;
export const ids = [948,725];
export const modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  progressLine: () => (/* binding */ progressLine),
  runBumpCommand: () => (/* binding */ runBumpCommand),
  runCheckCommand: () => (/* binding */ runCheckCommand),
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/check-error.ts
var check_error = __webpack_require__(1248);
// EXTERNAL MODULE: ./src/domain-name.ts
var domain_name = __webpack_require__(6179);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/gate/ports.ts
var ports = __webpack_require__(7039);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/gate/git/run-git.ts
/**
 * Running the `git` binary: one command at a time (no shell, bounded in time, messages in
 * English), its environment, and how its failures become SourceErrors and messages.
 */


/** The most output one git command (or one object) may give, in bytes. */
const MAX_BUFFER = 256 * 1024 * 1024;
/** A commit id shortened for messages. */
const run_git_short = (sha) => sha.slice(0, 7);
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
    const child = (0,external_node_child_process_.execFile)('git', args, {
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
/** Any failure as a SourceError (a SourceError as it is; anything else as 'failed'). */
const run_git_asSourceError = (e) => e instanceof ports/* SourceError */.c ? e : new ports/* SourceError */.c('failed', e.message);

;// CONCATENATED MODULE: ./src/gate/git/cat-file-reader.ts
/**
 * The object reader: one long-lived `git cat-file --batch` process per opened repository, so
 * reading an object (a commit, a tree, a file's contents) costs no process of its own.
 */



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
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
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

;// CONCATENATED MODULE: ./src/gate/git/repository.ts
/**
 * The opened repository: the folder git runs in, the root's place inside the repository, the
 * clone's shallow edge, and the base commit found locally or fetched from the remote. Paths
 * relative to the root are turned into paths from the repository's top and back here.
 */





const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_FETCH_TIMEOUT = 120_000;
/** The repository that holds `root`, with the root's prefix inside it (one `git rev-parse`). */
const openRepo = async (root, opts) => {
    try {
        if (!(await (0,promises_.stat)(root)).isDirectory())
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
const isShallow = async (repo) => (0,promises_.stat)(repo.shallowFile).then(() => true, () => false);
/** The commits at the edge of a shallow clone (their parents are missing). */
const shallowCommits = async (repo) => {
    try {
        return new Set((await (0,promises_.readFile)(repo.shallowFile, 'utf8')).split('\n').filter(l => l !== ''));
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
/** What git says (on stderr) when the remote has no such commit or ref. */
const UNREACHABLE = /not our ref|couldn't find remote ref|no such remote ref|unadvertised object|not a valid object|remote error: upload-pack/i;
/** A full commit id (SHA-1 or SHA-256), as opposed to a ref name. */
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
    const name = SHA.test(rev) ? `commit ${run_git_short(rev)}` : `ref ${JSON.stringify(rev)}`;
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
/** Opens the repository that holds `root` and finds (or fetches) the base commit `rev` in it. */
const repository_openBase = async (root, rev, opts) => {
    const repo = await openRepo(root, opts);
    try {
        return { repo, ...(await ensureCommit(repo, rev)) };
    }
    catch (e) {
        repo.cat.close();
        throw e;
    }
};

;// CONCATENATED MODULE: ./src/gate/git/tree-listing.ts
/**
 * What a commit's trees hold: a tree object's entries, every entry below the root (one
 * `git ls-tree -r`), and one file read by listing its path, for names the line-based object
 * reader cannot carry.
 */


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
/** Whether a tree entry is a regular file (not a folder, a link or a submodule). */
const isRegularFile = (entry) => (entry.mode & S_IFMT) === S_IFREG;
/** Every entry below the root at commit `sha`, by its path from the top (one `git ls-tree -r`). */
const treeEntriesBelowRoot = async (repo, sha) => {
    const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z'];
    args.push(sha);
    if (repo.prefix !== '')
        args.push('--', repo.prefix);
    const r = await git(repo.cwd, args, repo.timeoutMs);
    if (r.code !== 0) {
        throw new ports/* SourceError */.c('failed', `cannot list the files of ${run_git_short(sha)}: ${gitSays(r.stderr)}`);
    }
    const found = new Map();
    for (const line of r.stdout.toString('utf8').split('\0')) {
        const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line);
        if (m === null || !m[3].startsWith(repo.prefix))
            continue;
        found.set(m[3], { mode: parseInt(m[1], 8), oid: m[2] });
    }
    return found;
};
/** The regular file at `full` in `commit`, or null when there is none (absent, folder, link). */
const readAt = async (repo, commit, full) => {
    const ls = await git(repo.cwd, ['--literal-pathspecs', 'ls-tree', '--full-tree', '-z', commit, '--', full], repo.timeoutMs);
    if (ls.code !== 0) {
        throw new ports/* SourceError */.c('failed', `cannot list ${full} at ${run_git_short(commit)}: ${gitSays(ls.stderr)}`);
    }
    for (const entry of ls.stdout.toString('utf8').split('\0')) {
        const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (m === null || m[4] !== full)
            continue;
        if (m[2] !== 'blob' || m[1] === '120000')
            return null;
        const cat = await git(repo.cwd, ['cat-file', 'blob', m[3]], repo.timeoutMs);
        if (cat.code !== 0) {
            throw new ports/* SourceError */.c('failed', `cannot read ${full} at ${run_git_short(commit)}: ${gitSays(cat.stderr)}`);
        }
        return new Uint8Array(cat.stdout);
    }
    return null;
};

;// CONCATENATED MODULE: ./src/gate/git/base-source.ts
/**
 * The base source: file contents and the listing at the base commit, read through the
 * repository's object reader. In a large listing, files `git diff` finds unchanged in the working
 * tree are read from disk instead.
 */






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
/** The regular files among `found` that `changed` (the working tree's differences) leaves out. */
const unchangedFiles = (found, changed) => new Set([...found].filter(([p, e]) => isRegularFile(e) && !changed.has(p)).map(([p]) => p));
/** Reads the folders of commit `sha`, each once (a failed read is tried again next time). */
const folderTrees = (repo, sha) => {
    // The folders read so far, parsed (null: not a folder at the base).
    const trees = new Map();
    return (dir) => {
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
};
/**
 * The files below the root at the base, relative to it and sorted. Keeps the entries for later
 * reads and, in a large listing, which files the working tree holds unchanged.
 */
const listBaseFiles = async (base) => {
    const { repo, sha } = base;
    const found = await treeEntriesBelowRoot(repo, sha);
    base.entries = found;
    if (found.size >= WORKTREE_REUSE_FROM) {
        const changed = await worktreeChanges(repo, sha);
        if (changed !== undefined)
            base.unchanged = unchangedFiles(found, changed);
    }
    return [...found.keys()].map(p => p.slice(repo.prefix.length)).sort();
};
/** Whether the working tree holds the file `rel` (relative to the root) as the base does. */
const isSameAsWorktree = (base, rel) => {
    const full = fullPath(base.repo, rel);
    return full !== undefined && base.unchanged !== undefined && base.unchanged.has(full);
};
/** The file from the working tree, when git says it equals the base's; else undefined. */
const fromWorktree = (base, full) => {
    const { repo, unchanged } = base;
    if (unchanged === undefined || !unchanged.has(full))
        return undefined;
    try {
        // Not there after all (a sparse checkout), or not a file: the object store answers.
        const abs = external_node_path_default().join(repo.cwd, full.slice(repo.prefix.length));
        return (0,external_node_fs_.lstatSync)(abs).isFile() ? (0,external_node_fs_.readFileSync)(abs) : undefined;
    }
    catch {
        return undefined;
    }
};
/** The contents of the file `rel` (relative to the root) at the base; null when it is no file. */
const readBaseFile = async (base, rel) => {
    const { repo, sha, entries, treeOf } = base;
    const full = fullPath(repo, rel);
    if (full === undefined || full.endsWith('/'))
        return null;
    const dir = external_node_path_default().posix.dirname(full);
    // A folder name the line-based reader cannot carry: the slow way.
    if (/[\n\r]/.test(dir))
        return readAt(repo, sha, full);
    // The entry says what it is: only a regular file has contents here (not a folder, a link
    // or a submodule). From the listing when it was read, else from the folder's tree.
    const entry = entries !== undefined ? entries.get(full) : (await treeOf(dir))?.get(external_node_path_default().posix.basename(full));
    if (entry === undefined || !isRegularFile(entry))
        return null;
    const same = fromWorktree(base, full);
    if (same !== undefined)
        return same;
    const blob = await repo.cat.read(entry.oid);
    if (blob?.type !== 'blob') {
        throw new ports/* SourceError */.c('failed', `cannot read ${full} at ${run_git_short(sha)}: object missing`);
    }
    return new Uint8Array(blob.content);
};
/** Base file reads and the listing for commit `sha`, through the repository's object reader. */
const base_source_baseSource = (repo, sha, fetched) => {
    const base = {
        repo,
        sha,
        treeOf: folderTrees(repo, sha),
        entries: undefined,
        unchanged: undefined
    };
    let listing;
    return {
        name: `git (${fetched ? 'fetched ' : ''}${run_git_short(sha)})`,
        sha,
        fetched,
        read: (rel) => readBaseFile(base, rel),
        sameAsWorktree: (rel) => isSameAsWorktree(base, rel),
        list: () => {
            listing ??= listBaseFiles(base);
            listing.catch(() => (listing = undefined));
            return listing.then(l => [...l]);
        },
        close: () => repo.cat.close()
    };
};

;// CONCATENATED MODULE: ./src/gate/git/file-log.ts
/**
 * A file's log: `git log` of one path from a commit, parsed, following renames only where a
 * commit could have renamed the file into place (which paths a commit renamed is one
 * `git diff-tree` per commit).
 */



/**
 * Parses `git log [--follow] --format=%x01%H %cI %P --name-status -z`: one chunk a commit, the
 * header (sha, date, parents) ended by NUL, then status tokens (`M`, `A`, `D`, `R078` with two
 * paths).
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
/** `git log` of the file, newest first, at most `max + 1` commits; with `--follow` or not. */
const runLog = async (q, follow) => {
    const args = ['--literal-pathspecs', 'log', ...(follow ? ['--follow'] : []), '-M'];
    args.push(`-n${q.max + 1}`, '--format=%x01%H %cI %P', '--name-status', '-z');
    const r = await git(q.repo.cwd, [...args, q.sha, '--', q.full], q.repo.timeoutMs);
    if (r.code !== 0) {
        throw new ports/* SourceError */.c('failed', `git log of ${q.rel} failed: ${gitSays(r.stderr)}`);
    }
    return parseLog(r.stdout.toString('utf8'), q.full);
};
/** The paths `commit` renamed, new path → old, against its first parent (one `git diff-tree`). */
const commitRenames = async (repo, commit) => {
    const out = await git(repo.cwd, ['diff-tree', '-r', '-M', '--diff-filter=R', '--name-status', '--no-commit-id', '-z', commit], repo.timeoutMs);
    if (out.code !== 0) {
        throw new ports/* SourceError */.c('failed', `git diff-tree of ${run_git_short(commit)} failed: ${gitSays(out.stderr)}`);
    }
    // R<score>\0<old>\0<new>\0, repeated.
    const t = out.stdout.toString('utf8').split('\0');
    const found = new Map();
    for (let i = 0; i + 2 < t.length; i += 3)
        found.set(t[i + 2], t[i + 1]);
    return found;
};
/** The renames of each commit, asked of git once per commit (a failed ask is tried again). */
const renamesByCommit = (repo) => {
    const renames = new Map();
    return (commit) => {
        let r = renames.get(commit);
        if (r === undefined) {
            r = commitRenames(repo, commit);
            renames.set(commit, r);
            r.catch(() => renames.delete(commit));
        }
        return r;
    };
};
/**
 * The file's log from `sha`, following renames where one is possible, and whether it is `cut`:
 * its oldest version sits at the edge of a shallow clone, so older ones may be missing.
 */
const fileLog = async (q, renamesIn) => {
    // The file's own log first: it prunes by path, while --follow diffs the whole commit
    // that added the file, for every file (a big commit adding many costs it dearly). Only
    // a file that a commit with parents renamed into place needs --follow: which files a
    // commit renamed is asked once per commit, for all files it added.
    let found = await runLog(q, false);
    const edge = await shallowCommits(q.repo);
    let oldest = found[found.length - 1];
    if (found.length <= q.max &&
        oldest !== undefined &&
        oldest.parents > 0 &&
        !edge.has(oldest.commit)) {
        const renamed = oldest.parents > 1 || (await renamesIn(oldest.commit)).has(oldest.full);
        if (renamed) {
            found = await runLog(q, true);
            oldest = found[found.length - 1];
        }
    }
    // Complete when the oldest version is a real first commit of the file, not the edge of
    // a shallow clone (there git shows the file as added, whatever came before). A file
    // with no version at all did not exist from the edge to the base: nothing to deepen for.
    return { entries: found, cut: oldest !== undefined && edge.has(oldest.commit) };
};

;// CONCATENATED MODULE: ./src/gate/git/shallow-deepening.ts

/**
 * The deepening of one repository's clone towards commit `sha`. A deepening fetch runs alone,
 * since it rewrites the shallow file the logs are judged against: it waits for the logs under
 * way, and logs started meanwhile wait for it.
 */
class ShallowDeepening {
    repo;
    sha;
    steps;
    /** How many steps have run (all of them once a fetch failed). */
    step = 0;
    /** Logs under way. */
    logs = new Set();
    /** The chain of deepening fetches (each waits for the logs before it). */
    deepening = Promise.resolve();
    constructor(repo, sha, 
    /** Each number is one `git fetch --deepen=N`. */
    steps) {
        this.repo = repo;
        this.sha = sha;
        this.steps = steps;
    }
    /** How many steps have run so far: what a log that starts now runs at. */
    get stepsTaken() {
        return this.step;
    }
    /** Runs a log, after any deepening under way, side by side with other logs. */
    async shared(task) {
        await this.deepening;
        const p = task();
        this.logs.add(p);
        try {
            return await p;
        }
        finally {
            this.logs.delete(p);
        }
    }
    /** Deepens once past `seen` (the step the caller's log ran at); false when it cannot. */
    deepenPast(seen) {
        return this.alone(async () => {
            // Another call deepened since that log ran: its log only needs running again.
            if (this.step > seen)
                return { ok: true };
            if (this.step >= this.steps.length)
                return { ok: false, reason: this.exhausted() };
            return this.fetchDeeper();
        });
    }
    /** Runs `task` once the logs under way are done, with no log or other deepening beside it. */
    alone(task) {
        const p = this.deepening.then(async () => {
            await Promise.allSettled([...this.logs]);
            return task();
        });
        this.deepening = p.catch(() => undefined);
        return p;
    }
    /** Why the clone will not be deepened further, every step having run. */
    exhausted() {
        const total = this.steps.reduce((a, b) => a + b, 0);
        return this.steps.length === 0
            ? 'the clone is shallow'
            : `the clone is shallow, and ${total} more commits did not reach the file's first commit`;
    }
    /** The next step's fetch; a failure ends the deepening for good. */
    async fetchDeeper() {
        const { repo } = this;
        const f = await git(repo.cwd, [
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--quiet',
            `--deepen=${this.steps[this.step]}`,
            repo.remote,
            this.sha
        ], repo.fetchTimeoutMs).catch((e) => ({
            code: -1,
            stdout: Buffer.alloc(0),
            stderr: run_git_asSourceError(e).message
        }));
        if (f.code !== 0) {
            this.step = this.steps.length;
            return {
                ok: false,
                reason: `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`
            };
        }
        this.step++;
        return { ok: true };
    }
}

;// CONCATENATED MODULE: ./src/gate/git/file-history.ts
/**
 * The history source: a file's versions from the base commit, newest first, following renames,
 * with each version's contents read through the repository's object reader. A history cut
 * short by a shallow clone deepens it (bounded) and is run again.
 */





const DEFAULT_DEEPEN = [100, 400];
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
/** The log's entries as versions of the file `rel`, their contents read; `reason` when cut. */
const versionsOf = async (repo, rel, kept, complete, reason) => {
    const contents = await readMany(repo, kept);
    const out = kept.map((e, i) => {
        const v = { commit: e.commit, date: e.date, content: contents[i] };
        const p = relPath(repo, e.full);
        if (p !== rel)
            v.path = p;
        return v;
    });
    return reason === undefined ? { versions: out, complete } : { versions: out, complete, reason };
};
/**
 * The history of files from commit `sha`; deepens a shallow clone only when a file asks for it.
 * Calls may run side by side (each `git log` is a process of its own); a deepening fetch runs
 * alone, since it rewrites the shallow file the logs are judged against.
 */
const file_history_historySource = (repo, sha, opts) => {
    const deepening = new ShallowDeepening(repo, sha, opts.deepen ?? DEFAULT_DEEPEN);
    const renamesIn = renamesByCommit(repo);
    const versions = async (rel, limit) => {
        const full = fullPath(repo, rel);
        if (full === undefined)
            throw new ports/* SourceError */.c('failed', `${rel} is outside the root`);
        const max = Math.max(1, Math.floor(limit));
        for (;;) {
            const seen = deepening.stepsTaken;
            const { entries, cut } = await deepening.shared(() => fileLog({ repo, sha, rel, full, max }, renamesIn));
            const kept = entries.slice(0, max);
            if (entries.length > max) {
                return versionsOf(repo, rel, kept, false, `history was cut at ${max} versions`);
            }
            if (!cut)
                return versionsOf(repo, rel, kept, true);
            const deepened = await deepening.deepenPast(seen);
            if (!deepened.ok)
                return versionsOf(repo, rel, kept, false, deepened.reason);
        }
    };
    return { versions, close: () => repo.cat.close() };
};

;// CONCATENATED MODULE: ./src/gate/git/open-sources.ts





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
        const { repo, sha, fetched } = await repository_openBase(root, rev, opts);
        return {
            ok: true,
            value: { source: base_source_baseSource(repo, sha, fetched), history: file_history_historySource(repo, sha, opts) }
        };
    }
    catch (e) {
        return { ok: false, error: run_git_asSourceError(e) };
    }
};

;// CONCATENATED MODULE: ./src/gate/open.ts

const nothingToClose = () => undefined;
const openGate = async (root, base, rest) => {
    const notes = [];
    const notices = [];
    if (base.unreadable !== undefined) {
        return { notes, notices, unreadable: base.unreadable, close: nothingToClose };
    }
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
        const { restBaseSource } = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 6021));
        const source = restBaseSource({ ...rest, sha: rev });
        notices.push(`git could not read the base (${lastError}); read through the REST API instead, without history`);
        notes.push(`id gate: compared with ${source.name}`);
        return { source, notes, notices, sha: rev, close: nothingToClose };
    }
    const noRest = rest === undefined ? '' : '; no token for the REST API fallback';
    return {
        notes,
        notices,
        unreadable: `the base ${rev ?? '(none)'} cannot be read by git (${lastError}${noRest})`,
        close: nothingToClose
    };
};

// EXTERNAL MODULE: ./src/public-suffix.ts
var public_suffix = __webpack_require__(3582);
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

// EXTERNAL MODULE: ./src/policy/changes.ts
var policy_changes = __webpack_require__(2927);
// EXTERNAL MODULE: ./src/lint.ts
var src_lint = __webpack_require__(2554);
// EXTERNAL MODULE: ./src/policy/effective.ts
var effective = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/policy/mx.ts
var mx = __webpack_require__(9093);
// EXTERNAL MODULE: ./src/policy/not-policy.ts
var not_policy = __webpack_require__(2594);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/site/well-known.ts
var well_known = __webpack_require__(5809);
;// CONCATENATED MODULE: ./src/verify/bounded.ts
/** A probe's answer, bounded by a deadline: what verify-domain.ts and authoritative.ts wait on. */
/**
 * `start()`, settled by the deadline at the latest: an abort resolves with `onAbort()`, a
 * rejection (probes never throw, by contract; a bug should not sink the domain) with
 * `onError(e)`. Never rejects, so a probe left hanging leaves no unhandled rejection behind.
 */
const bounded = (start, signal, onAbort, onError) => {
    if (signal.aborted)
        return Promise.resolve(onAbort());
    return new Promise(resolve => {
        const abort = () => resolve(onAbort());
        signal.addEventListener('abort', abort, { once: true });
        const done = () => signal.removeEventListener('abort', abort);
        let work;
        try {
            work = start();
        }
        catch (e) {
            done();
            resolve(onError(e));
            return;
        }
        work.then(v => {
            done();
            resolve(v);
        }, (e) => {
            done();
            resolve(onError(e));
        });
    });
};

;// CONCATENATED MODULE: ./src/verify/authoritative.ts
/**
 * `--authoritative`: every name server of the zone that holds `_mta-sts.<domain>`, asked directly
 * for that record, for the policy host's addresses (`mta-sts.<domain>` A/AAAA) and for the zone's
 * SOA serial. Resolvers cache, and each picks one of the servers: a release that reached some
 * servers only, or a secondary that stopped taking zone transfers, shows here before senders see
 * it (RFC 8461 section 8's post-release check "or query authoritative servers").
 *
 * Pure orchestration over the injected lookups: the zone cut and the name servers' addresses come
 * through the resolvers verification uses, the rest from each server itself. Every lookup is cut
 * off at the domain's deadline; what a server did not answer by then is reported as such.
 */


const errorText = (e) => (e instanceof Error ? e.message : String(e));
/** The address a server is asked at: its first IPv4 address (hosted runners rarely have IPv6). */
const addressToAsk = (addresses) => addresses.find(a => !a.includes(':')) ?? addresses[0];
const surveyAuthoritative = async (domain, deps) => {
    const { signal, cutOff } = deps;
    const stsName = `_mta-sts.${domain}`;
    const host = `mta-sts.${domain}`;
    const answer = (start, name) => bounded(start, signal, () => ({ ok: false, error: { code: 'ETIMEOUT', name, message: cutOff() }, cnames: [] }), e => ({ ok: false, error: { code: 'EOTHER', name, message: errorText(e) }, cnames: [] }));
    const served = (start, name) => bounded(start, signal, () => ({ kind: 'error', error: { code: 'ETIMEOUT', name, message: cutOff() } }), e => ({ kind: 'error', error: { code: 'EOTHER', name, message: errorText(e) } }));
    const zone = await answer(() => deps.authoritative.zoneOf(stsName, signal), stsName);
    if (!zone.ok) {
        return {
            failure: `the name servers of ${stsName} could not be found: ${zone.error.message}`,
            servers: []
        };
    }
    const { zone: zoneName, nameServers } = zone.value;
    const ask = async (server) => {
        const addresses = await answer(() => deps.dns.addresses(server, signal), server);
        if (!addresses.ok) {
            return { server, error: `its address could not be found: ${addresses.error.message}` };
        }
        const address = addressToAsk(addresses.value);
        if (address === undefined)
            return { server, error: 'it has no A or AAAA record' };
        const [serial, txt, hostAddresses] = await Promise.all([
            served(() => deps.authoritative.serial(address, zoneName, signal), zoneName),
            served(() => deps.authoritative.txt(address, stsName, signal), stsName),
            served(() => deps.authoritative.addresses(address, host, signal), host)
        ]);
        const out = { server, address };
        if (serial.kind === 'records')
            out.serial = serial.value;
        else if (serial.kind === 'error' && ['ENODATA', 'ENOTFOUND'].includes(serial.error.code)) {
            // Every zone has an SOA at its apex: a server without one does not serve the zone, and
            // answers its names with referrals that look like "no record".
            out.error = `it serves no SOA record for ${zoneName}: it does not serve the zone (a lame delegation)`;
        }
        if (txt.kind === 'records') {
            const id = (0,src_lint/* lintRecords */.YO)(txt.value).record.id;
            out.record = { records: txt.value, ...(id !== undefined && { id }) };
        }
        else {
            out.record = txt.kind === 'alias' ? { alias: txt.target } : { error: txt.error.message };
        }
        out.host =
            hostAddresses.kind === 'records'
                ? { addresses: hostAddresses.value }
                : hostAddresses.kind === 'alias'
                    ? { alias: hostAddresses.target }
                    : { error: hostAddresses.error.message };
        return out;
    };
    return { zone: zoneName, servers: await Promise.all(nameServers.map(ask)) };
};

;// CONCATENATED MODULE: ./src/verify/verify-domain.ts









/** The SMTP port senders connect to (the probe's own port is injectable; reports say 25). */
const SMTP_PORT = 25;
/** The most MX hosts of one domain probed over SMTP (the others are named in a notice). */
const MAX_SMTP_HOSTS = 10;
/** Answers that mean "there is no such record", as opposed to "no answer could be had". */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA']);
const seconds = (ms) => (ms < 1000 ? `${ms} ms` : `${ms / 1000} s`);
/** A delay timers take: a whole number of ms, at most 2^31 - 1 (longer ones fire at once). */
const timerDelay = (ms) => Number.isNaN(ms) ? 0 : Math.min(Math.max(0, Math.round(ms)), 0x7fffffff);
const verify_domain_errorText = (e) => (e instanceof Error ? e.message : String(e));
/** MX hosts by priority, as names: the null MX (RFC 7505, ".") says the domain takes no mail. */
const mxNames = (hosts) => [...hosts]
    .sort((a, b) => a.priority - b.priority)
    .map(h => (0,mx/* normalizeHost */.cS)(h.exchange))
    .filter(h => h !== '');
const verifyDomain = async (domain, deps) => {
    const name = (0,domain_name/* canonicalDomain */.T)(domain);
    const url = (0,well_known/* policyUrl */.IH)(name);
    const stsName = `_mta-sts.${name}`;
    const host = `mta-sts.${name}`;
    const rptName = `_smtp._tls.${name}`;
    const deadline = AbortSignal.timeout(timerDelay(deps.timeoutMs));
    const signal = deps.signal === undefined ? deadline : AbortSignal.any([deadline, deps.signal]);
    const cutOff = () => deadline.aborted
        ? `no answer within ${seconds(deps.timeoutMs)}, the time limit for one domain`
        : 'the verification was cancelled';
    const lookup = (asked, probe) => bounded(() => probe(signal), signal, () => ({
        ok: false,
        error: { code: 'ETIMEOUT', name: asked, message: cutOff() },
        cnames: []
    }), e => ({
        ok: false,
        error: { code: 'EOTHER', name: asked, message: verify_domain_errorText(e) },
        cnames: []
    }));
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const txtP = lookup(stsName, s => deps.dns.txt(stsName, s));
    const addressesP = lookup(host, s => deps.dns.addresses(host, s));
    const mxP = lookup(name, s => deps.dns.mx(name, s));
    const rptP = lookup(rptName, s => deps.dns.txt(rptName, s));
    // The fetch starts as soon as the addresses are known, while the other lookups run on.
    const fetchP = addressesP.then(addresses => fetchPolicy(name, url, addresses, deps.fetcher, signal, cutOff, elapsed));
    const authoritative = deps.authoritative;
    const surveyP = authoritative === undefined
        ? Promise.resolve(undefined)
        : surveyAuthoritative(name, { dns: deps.dns, authoritative, signal, cutOff });
    // The MX hosts' STARTTLS (when asked), each host as soon as the MX lookup answers.
    const smtp = deps.smtp;
    const smtpP = smtp === undefined
        ? Promise.resolve(undefined)
        : mxP.then(mx => probeMxHosts(mx, smtp, h => lookup(h, s => deps.dns.addresses(h, s)), signal, cutOff));
    const [txt, mx, rpt, fetch, survey, smtpFacts] = await Promise.all([
        txtP,
        mxP,
        rptP,
        fetchP,
        surveyP,
        smtpP
    ]);
    const severities = deps.severities;
    const common = { domain: name, ...(severities !== undefined && { severities }) };
    const findings = [];
    // The _mta-sts record, as the record rules see a repository's (origin dns: missing is an error).
    const owner = txt.cnames.length > 0 ? (txt.ok ? txt.owner : txt.error.name) : undefined;
    const viaCname = owner !== undefined && owner.toLowerCase() !== stsName ? owner : undefined;
    const recordLint = (0,src_lint/* lintRecords */.YO)(txt.ok ? txt.value : [], {
        ...common,
        url: stsName,
        origin: 'dns',
        ...(viaCname !== undefined && { owner: viaCname }),
        ...(!txt.ok && !ABSENT.has(txt.error.code) && { lookupFailure: txt.error })
    });
    for (const f of recordLint.findings) {
        // The record is fixed where it is: say so on every finding that does not name it.
        if (viaCname !== undefined && !f.message.includes(viaCname)) {
            f.message += ` (the record is at ${viaCname}, the CNAME target of ${stsName})`;
        }
        findings.push(f);
    }
    const liveId = recordLint.record.id;
    // MX hosts: none when the domain has none; unknown (no coverage check) when the lookup failed.
    const mxHosts = mx.ok ? mxNames(mx.value) : ABSENT.has(mx.error.code) ? [] : undefined;
    // The served body, linted as a committed file is: only a complete 200 answer is a policy.
    let servedPolicy;
    let servedMode;
    if (fetch.status === 200 && fetch.failure === undefined && fetch.body !== undefined) {
        const opts = {
            ...common,
            url,
            ...(mxHosts !== undefined && { mxHosts }),
            ...(liveId !== undefined && { recordId: liveId }),
            ...(deps.isPublicSuffix !== undefined && { isPublicSuffix: deps.isPublicSuffix })
        };
        if (fetch.truncated === true) {
            // Cut off at the limit: policy-too-large alone, as senders read none of it.
            // Its size is unknown: what was read stands for "more than the limit".
            const read = (0,parse/* parsePolicy */.ON)(fetch.body);
            const parsed = { ...read, truncated: true, size: Math.min(read.size, parse/* POLICY_SIZE_LIMIT */.zR) };
            findings.push(...(0,src_lint/* policyFindings */.Js)({ parsed, facts: (0,effective/* policyFacts */._X)(parsed), mode: undefined }, opts));
        }
        else {
            const lint = (0,src_lint/* lintPolicy */.GF)(fetch.body, opts);
            findings.push(...lint.findings);
            servedMode = lint.mode;
            if ((0,not_policy/* notAPolicy */.R)(lint.parsed) === undefined)
                servedPolicy = lint.policy;
        }
    }
    // TLS-RPT: linted when the lookup answered (a missing record is a finding, a failure is not).
    const rptMode = servedMode ?? deps.committed?.policy?.mode;
    if (rpt.ok || ABSENT.has(rpt.error.code)) {
        findings.push(...(0,src_lint/* lintTlsRpt */.bl)(rpt.ok ? rpt.value : [], {
            ...common,
            url: rptName,
            ...(rptMode !== undefined && { mode: rptMode })
        }).findings);
    }
    const ctx = {
        domain: name,
        now: deps.now,
        record: txt,
        fetch,
        certExpiryDays: deps.certExpiryDays
    };
    if (servedPolicy !== undefined)
        ctx.servedPolicy = servedPolicy;
    if (liveId !== undefined)
        ctx.liveId = liveId;
    if (deps.committed !== undefined)
        ctx.committed = deps.committed;
    if (survey !== undefined)
        ctx.authoritative = survey;
    if (smtpFacts !== undefined)
        ctx.smtp = smtpFacts;
    findings.push(...(0,src_lint/* runRules */.xG)('live', ctx, { ...common, url }));
    const live = liveReport(fetch, url, liveId, servedPolicy, mxHosts);
    if (survey !== undefined)
        live.authoritative = survey;
    if (smtpFacts !== undefined)
        live.smtp = smtpFacts.hosts.map(smtpReport);
    return { findings, live };
};
/**
 * Each MX host (by priority, once each, at most MAX_SMTP_HOSTS) probed over SMTP: its addresses
 * looked up through the same DNS (so --dns-server applies), then the probe, side by side, under
 * the domain's deadline.
 */
const probeMxHosts = async (mx, probe, addressesOf, signal, cutOff) => {
    if (!mx.ok) {
        return ABSENT.has(mx.error.code) ? { hosts: [] } : { hosts: [], mxFailure: mx.error };
    }
    const all = [...new Set(mxNames(mx.value))];
    const hosts = await Promise.all(all.slice(0, MAX_SMTP_HOSTS).map(async (host) => {
        const started = performance.now();
        const failed = (kind, stage, message) => ({
            host,
            port: SMTP_PORT,
            elapsedMs: Math.round(performance.now() - started),
            failure: { kind, stage, message, attempts: [] }
        });
        const addresses = await addressesOf(host);
        if (!addresses.ok) {
            const e = addresses.error;
            const at = e.server === undefined ? '' : ` (name server ${e.server})`;
            return ABSENT.has(e.code)
                ? failed('no-address', 'lookup', `${e.name} has no A or AAAA record (${e.message})`)
                : failed(e.code === 'ETIMEOUT' ? 'timeout' : 'dns', 'lookup', `the lookup of its addresses failed: ${e.message}${at}`);
        }
        if (addresses.value.length === 0) {
            return failed('no-address', 'lookup', `${addresses.owner} has no A or AAAA record`);
        }
        return bounded(() => probe.probe(host, addresses.value, signal), signal, () => failed('timeout', 'connect', cutOff()), e => failed('protocol', 'connect', verify_domain_errorText(e)));
    }));
    return {
        hosts,
        ...(all.length > MAX_SMTP_HOSTS && { notProbed: all.slice(MAX_SMTP_HOSTS) })
    };
};
/** One MX host in the report: what it offered, or why the probe stopped. */
const smtpReport = (c) => {
    // Keys in the order of the report.
    const r = { host: c.host };
    if (c.address !== undefined)
        r.address = c.address;
    if (c.starttls !== undefined)
        r.starttls = c.starttls;
    if (c.tlsVersion !== undefined)
        r.tlsVersion = c.tlsVersion;
    if (c.certificate !== undefined) {
        r.certificate = { notAfter: c.certificate.notAfter, names: c.certificate.names };
    }
    r.elapsedMs = c.elapsedMs;
    if (c.failure !== undefined) {
        r.failure = { kind: c.failure.kind, stage: c.failure.stage, message: c.failure.message };
    }
    return r;
};
/** The fetch, or what stands for it when there is nothing to connect to or no time left. */
const fetchPolicy = (domain, url, addresses, fetcher, signal, cutOff, elapsed) => {
    const failed = (kind, message) => ({
        url,
        elapsedMs: elapsed(),
        failure: { kind, message, attempts: [] }
    });
    if (!addresses.ok) {
        const e = addresses.error;
        const at = e.server === undefined ? '' : ` (name server ${e.server})`;
        const owner = addresses.cnames.length > 0 ? ` (at ${e.name})` : '';
        const timedOut = e.code === 'ETIMEOUT';
        return Promise.resolve(failed(timedOut ? 'timeout' : 'no-address', `${timedOut ? 'the lookup of its addresses: ' : ''}${e.message}${at}${owner}`));
    }
    if (addresses.value.length === 0) {
        return Promise.resolve(failed('no-address', `${addresses.owner} has no A or AAAA record`));
    }
    const start = performance.now();
    return bounded(() => fetcher.fetch(domain, addresses.value, signal), signal, () => ({
        url,
        elapsedMs: Math.round(performance.now() - start),
        failure: { kind: 'timeout', message: cutOff(), attempts: [] }
    }), e => failed('protocol', verify_domain_errorText(e)));
};
const liveReport = (fetch, url, id, policy, mx) => {
    // Keys in the order of the report (design section 3).
    const live = {};
    if (id !== undefined)
        live.id = id;
    if (policy !== undefined)
        live.policy = policy;
    live.url = url;
    if (fetch.status !== undefined)
        live.status = fetch.status;
    if (fetch.contentType !== undefined)
        live.contentType = fetch.contentType;
    if (fetch.certificate !== undefined) {
        live.certificate = { notAfter: fetch.certificate.notAfter, names: fetch.certificate.names };
    }
    live.elapsedMs = fetch.elapsedMs;
    if (fetch.cacheControl !== undefined)
        live.cacheControl = fetch.cacheControl;
    if (fetch.age !== undefined)
        live.age = fetch.age;
    if (fetch.etag !== undefined)
        live.etag = fetch.etag;
    if (mx !== undefined)
        live.mx = mx;
    return live;
};

;// CONCATENATED MODULE: ./src/verify/run-verification.ts
/**
 * Verification of many domains, and the wait after a release: each domain under its own deadline,
 * a few at a time, and (with `waitSeconds`) re-checked with backoff until what is deployed matches
 * what is committed, in the order RFC 8461 section 8 prescribes for an update: first the served
 * policy, then the id.
 */



/** Backoff between checks while waiting: 5 s doubling to 60 s, each with up to 20% jitter. */
const backoffMs = (attempt, random) => {
    const base = Math.min(60_000, 5_000 * 2 ** Math.max(0, attempt - 1));
    return Math.round(base * (0.8 + 0.4 * random));
};
/**
 * How many of the zone's name servers serve `id` (`--authoritative`); undefined when that cannot
 * be judged: no survey, the name servers not found, or none of them answering for the record
 * (dns-inconsistent says so, and waiting for an answer that cannot come would be pointless).
 */
const serversServing = (survey, id) => {
    if (survey === undefined || survey.failure !== undefined)
        return undefined;
    const answered = survey.servers.filter(s => s.error === undefined && s.record?.error === undefined);
    if (answered.length === 0)
        return undefined;
    const serving = answered.filter(s => s.record?.id === id).length;
    return { serving, total: survey.servers.length };
};
const deploymentState = (committed, live) => {
    const policyServed = committed.policy === undefined ||
        (live.policy !== undefined && (0,policy_changes/* samePolicy */.Jo)(live.policy, committed.policy));
    const idLive = committed.id === undefined || live.id === committed.id;
    // With --authoritative, the id counts as published once every name server serves it too.
    const servers = committed.id === undefined ? undefined : serversServing(live.authoritative, committed.id);
    const idEverywhere = idLive && (servers === undefined || servers.serving === servers.total);
    if (policyServed && idEverywhere)
        return 'matches';
    if (policyServed)
        return 'record-pending';
    // The record already has the new id while the old policy is served: senders that refetch now
    // cache the old policy under the new id, and will not fetch again until the id changes.
    if (idLive && committed.id !== undefined)
        return 'id-before-policy';
    return 'policy-pending';
};
/** One attempt's log line: what still differs and what was served (CDNs cache for minutes). */
const attemptLine = (d, state, live, attempt, waitMs) => {
    const servers = d.committed?.id === undefined ? undefined : serversServing(live.authoritative, d.committed.id);
    const onServers = servers === undefined
        ? ''
        : ` on every name server (${servers.serving} of ${servers.total} serve it)`;
    const what = state === 'policy-pending'
        ? 'the served policy is not yet the committed one'
        : `the policy is served; the _mta-sts record does not yet carry the committed id${onServers}`;
    const cache = [
        live.age === undefined ? undefined : `Age ${live.age}`,
        live.cacheControl === undefined ? undefined : `Cache-Control ${live.cacheControl}`
    ].filter(Boolean);
    return `${d.domain}: attempt ${attempt}: ${what} (live id ${live.id ?? 'none'}${cache.length > 0 ? `, ${cache.join(', ')}` : ''}); checking again in ${Math.round(waitMs / 1000)} s`;
};
const verifyOnce = (d, settings, ports) => verifyDomain(d.domain, {
    dns: ports.dns,
    fetcher: ports.fetcher,
    ...(ports.smtp !== undefined && { smtp: ports.smtp }),
    now: ports.now(),
    timeoutMs: settings.timeoutMs,
    certExpiryDays: settings.certExpiryDays,
    ...(settings.severities !== undefined && { severities: settings.severities }),
    ...(d.committed !== undefined && { committed: d.committed }),
    ...(settings.isPublicSuffix !== undefined && { isPublicSuffix: settings.isPublicSuffix }),
    ...(settings.authoritative === true &&
        ports.authoritative !== undefined && { authoritative: ports.authoritative })
});
/** One domain, re-checked while waiting is allowed and the deployment is on its way. */
const verifyWaiting = async (d, settings, ports) => {
    const until = ports.now().getTime() + settings.waitSeconds * 1000;
    for (let attempt = 1;; attempt++) {
        const { findings, live } = await verifyOnce(d, settings, ports);
        const state = d.committed === undefined ? 'matches' : deploymentState(d.committed, live);
        const waitMs = backoffMs(attempt, ports.random());
        const done = state === 'matches' || state === 'id-before-policy' || ports.now().getTime() + waitMs > until;
        if (done)
            return { domain: d.domain, findings, live, attempts: attempt };
        ports.log(attemptLine(d, state, live, attempt, waitMs));
        await ports.sleep(waitMs);
    }
};
/** Every domain, `concurrency` at a time, in the order given. */
const verifyDomains = async (domains, settings, ports) => {
    const limit = pLimit(Math.max(1, settings.concurrency));
    const progress = ports.progress;
    if (progress === undefined) {
        return Promise.all(domains.map(d => limit(() => verifyWaiting(d, settings, ports))));
    }
    // Started domains by start time (a Map keeps insertion order: the first is the slowest).
    const inFlight = new Map();
    let done = 0;
    let failures = 0;
    return Promise.all(domains.map(d => limit(async () => {
        inFlight.set(d.domain, ports.now().getTime());
        const v = await verifyWaiting(d, settings, ports);
        inFlight.delete(d.domain);
        done++;
        if (v.findings.some(f => f.severity === 'error'))
            failures++;
        const first = inFlight.entries().next();
        progress({
            done,
            total: domains.length,
            failures,
            ...(first.done !== true && {
                slowest: { domain: first.value[0], ms: ports.now().getTime() - first.value[1] }
            })
        });
        return v;
    })));
};

;// CONCATENATED MODULE: ./src/check/verify-stage.ts
/**
 * The verify stage of a check: the domains of the report (or the ones named) as deployed. The DNS
 * and HTTPS adapters are loaded here, on first use, so a run that does not verify never loads
 * them, and the SMTP probe only when SMTP probing is on; tests hand in their own ports (loopback
 * servers, a test CA).
 */



/** The default days before a certificate's expiry at which tls-certificate-expiring warns. */
const CERT_EXPIRY_DAYS = 14;
/** Domains verified side by side (--concurrency, input concurrency). */
const VERIFY_CONCURRENCY = 16;
/** The most domains --concurrency lets run side by side. */
const MAX_VERIFY_CONCURRENCY = 256;
/** DNS through node:dns (every lookup to the servers given), HTTPS through node:https. */
const realPorts = (settings) => async (log) => {
    const [{ createDnsLookup }, { createPolicyFetcher }] = await Promise.all([
        __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 9850)),
        __webpack_require__.e(/* import() */ 900).then(__webpack_require__.bind(__webpack_require__, 4900))
    ]);
    let dns;
    try {
        dns = createDnsLookup(resolvers(settings));
    }
    catch (e) {
        // A server that is no address (a typo in --dns-server or the dns-servers input).
        throw new check_error/* CheckError */.t(`DNS server: ${e.message}`);
    }
    return {
        dns,
        fetcher: createPolicyFetcher(),
        now: () => new Date(),
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        random: Math.random,
        log
    };
};
/** `--dns-server`: every lookup goes there (name server lookups too); empty: the system's. */
const resolvers = (settings) => settings.dnsServers.length > 0 ? { servers: settings.dnsServers } : {};
/** The zone's name servers asked directly, port 53, loaded only when --authoritative is on. */
const realAuthoritativeLookup = async (settings) => {
    const { createAuthoritativeLookup } = await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 5383));
    return createAuthoritativeLookup(resolvers(settings));
};
/** The SMTP probe through node:net and node:tls, port 25, loaded only when SMTP probing is on. */
const realSmtpProbe = async () => {
    const { createSmtpProbe } = await __webpack_require__.e(/* import() */ 99).then(__webpack_require__.bind(__webpack_require__, 3099));
    return createSmtpProbe();
};
/** The drift state of `--state`, read now (the adapter loaded only when a run keeps one). */
const openState = async (file) => {
    const { readStateFile, writeStateFile } = await __webpack_require__.e(/* import() */ 275).then(__webpack_require__.bind(__webpack_require__, 9275));
    const state = await readStateFile(file);
    return { state, write: (next) => writeStateFile(file, next) };
};
const runVerifyStage = async (domains, settings, extra = {}) => {
    const log = settings.log ?? (() => undefined);
    // The state is read first: a file that cannot be used fails the run before any probe.
    const kept = settings.statePath === undefined ? undefined : await openState(settings.statePath);
    const made = await (settings.ports ?? realPorts(settings))(log);
    const smtp = settings.smtp ?? extra.smtp ?? false;
    const authoritative = settings.authoritative ?? extra.authoritative ?? false;
    // The SMTP probe and the name servers only when asked for (and then the real ones unless the
    // ports bring their own).
    const { smtp: givenProbe, authoritative: givenServers, ...rest } = made;
    const probe = !smtp ? undefined : (givenProbe ?? (await realSmtpProbe()));
    const servers = !authoritative
        ? undefined
        : (givenServers ?? (await realAuthoritativeLookup(settings)));
    const ports = {
        ...rest,
        ...(probe !== undefined && { smtp: probe }),
        ...(servers !== undefined && { authoritative: servers }),
        ...(settings.progress !== undefined && { progress: settings.progress })
    };
    const verified = await verifyDomains(domains, {
        timeoutMs: settings.timeoutMs,
        waitSeconds: settings.waitSeconds,
        certExpiryDays: settings.certExpiryDays ?? extra.certExpiryDays ?? CERT_EXPIRY_DAYS,
        concurrency: settings.concurrency ?? extra.concurrency ?? VERIFY_CONCURRENCY,
        // Served policies may carry wildcards: the list is loaded once for the whole run.
        isPublicSuffix: await (0,public_suffix/* loadPublicSuffixCheck */.$4)(),
        authoritative,
        ...(extra.severities !== undefined && { severities: extra.severities })
    }, ports);
    const findings = verified.flatMap(v => v.findings);
    if (kept !== undefined) {
        const { compareDrift } = await __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 4974));
        const drift = compareDrift(kept.state, verified, ports.now(), extra.severities);
        findings.push(...drift.findings);
        await kept.write(drift.state);
    }
    return { findings, domains: verified };
};
/** The report's domains with what was observed live; domains only verified are added. */
const withLive = (reports, verified) => {
    const live = new Map(verified.map(v => [v.domain, v.live]));
    const out = reports.map(d => {
        const l = live.get(d.domain);
        return l === undefined ? d : { ...d, live: l };
    });
    const known = new Set(reports.map(d => d.domain));
    for (const v of verified)
        if (!known.has(v.domain))
            out.push({ domain: v.domain, live: v.live });
    return out;
};
/** A report's domain as verification compares it: what the repository commits. */
const committedOf = (d) => ({
    domain: d.domain,
    committed: {
        ...(d.id !== undefined && { id: d.id }),
        ...(d.policy !== undefined && { policy: d.policy })
    }
});

// EXTERNAL MODULE: ./src/rules/registry.ts + 48 modules
var registry = __webpack_require__(4535);
// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __webpack_require__(3772);
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
const ROOT_KEYS = ['domains', 'rules', 'history-depth', 'verify'];
const VERIFY_KEYS = ['cert-expiry-days', 'authoritative', 'concurrency', 'smtp'];
const DOMAIN_KEYS = ['policy', 'record', 'id', 'mx', 'tlsrpt'];
/** The schema's bounds on whole numbers, for messages (a test keeps them equal to the schema). */
const NUMBER_RANGES = {
    'history-depth': [1, 100000],
    'verify.cert-expiry-days': [0, 3650],
    'verify.concurrency': [1, 256]
};
/**
 * Keys the design reserves for features not built yet: the schema accepts none of them (a key
 * the tool does not read would be a setting that silently does nothing), and the message says why.
 */
const NOT_YET = {};
const SEVERITY_SETTINGS = ['off', 'notice', 'warning', 'error'];
/** A config file that cannot be used: the run stops (exit 2) with this one-line message. */
class ConfigError extends Error {
    name = 'ConfigError';
}
const emptyConfig = () => ({ domains: {}, rules: {} });
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
    const loaded = await parseConfig(text, file, ruleIds);
    await checkRecordFiles(external_node_path_default().resolve(root), loaded);
    return loaded;
};
/**
 * Every `record:` must name a file of the root: a record file that is not there is a mistake in
 * the config (a typo, a moved zone), not something to lint around. The one exception is a record
 * kept in the policy itself (an `id:` line): a policy that is gone is a removal, which the gate
 * reports (unsafe-removal), as it does for a configured policy that no longer exists.
 */
const checkRecordFiles = async (root, loaded) => {
    for (const [domain, c] of Object.entries(loaded.config.domains)) {
        if (c.record === undefined || c.record === c.policy || (0,well_known/* isPolicyPath */.cP)(c.record))
            continue;
        let problem;
        try {
            if (!(await (0,promises_.stat)(external_node_path_default().join(root, c.record))).isFile())
                problem = 'is not a file';
        }
        catch (e) {
            const code = e.code;
            problem =
                code === 'ENOENT' || code === 'ENOTDIR'
                    ? 'does not exist'
                    : `cannot be read: ${e.message}`;
        }
        if (problem === undefined)
            continue;
        const at = loaded.lineOf(['domains', domain, 'record']);
        const where = at === undefined ? '' : `:${at.line}:${at.column}`;
        throw new ConfigError(`${loaded.file ?? CONFIG_FILES[0]}${where}: domains.${domain}.record names ${JSON.stringify(c.record)}, which ${problem} (paths are relative to the root, ${root}); name the file that keeps the _mta-sts record, or give the id itself with "id:"`);
    }
};
const loadValidator = async () => (await __webpack_require__.e(/* import() */ 323).then(__webpack_require__.bind(__webpack_require__, 5323))).validate;
/** The JSON Schema the file is validated against. */
const loadConfigSchema = async () => (await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.t.bind(__webpack_require__, 1212, 19))).default;
/**
 * Parses and checks a config file's text. `file` names it in messages (and in `LoadedConfig`).
 * Throws a ConfigError naming the first problem in file order, with its key and line:column.
 */
const parseConfig = async (text, file, ruleIds) => {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
        },
        textOf: keyPath => {
            const node = tree.find(keyPath)?.value;
            if (!yaml.isScalar(node) || !node.range)
                return undefined;
            const [start, end] = node.range;
            const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
            const written = source.slice(quoted ? start + 1 : start, quoted ? end - 1 : end);
            const place = at(quoted ? start + 1 : start);
            return written === String(node.value) && !written.includes('\n')
                ? place
                : { ...place, textRuns: [{ from: 0, at: null }] };
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
                            message: `${show(keyPath) || 'the file'}: a key must be a plain name`
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
                            message: `${show(path)} ${same} (line ${this.lineAt(before.offset)}); keep one`
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
const show = (keyPath) => keyPath.filter((k, i) => !(keyPath[i - 1] === 'mx' && /^\d+$/.test(k))).join('.');
/** A number key's bounds (the schema's; never asked of a key without them). */
const range = (keyPath) => NUMBER_RANGES[keyPath.join('.')] ?? [0, Number.MAX_SAFE_INTEGER];
/** A value as messages show it. */
const describe = (v) => {
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
const unknownKey = (keyPath, key, known) => {
    const meant = (0,did_you_mean/* didYouMean */.a)(key, known);
    return `${show([...keyPath, key])} is not a known key (${meant === undefined ? `known keys: ${known.join(', ')}` : `did you mean "${meant}"?`})`;
};
/** The lower case A-label form of a domain key, for comparing spellings. */
const domainKey = (name) => (0,domain_name/* validDomain */.b)(name) ?? name.toLowerCase();
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
    return `${show(keyPath)} must be a path inside the repository, relative to the root: ${describe(value)} ${why}`;
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
    return `${show(keyPath)} must be 1 to 32 letters and digits (RFC 8461 3.1); found ${describe(value)}${hint}`;
};
const hostProblem = (keyPath, value) => {
    const why = value.startsWith('*.')
        ? 'a wildcard: list the MX host names themselves, as the MX records give them'
        : /^\d+(\.\d+){3}$/.test(value) || value.includes(':')
            ? 'an address: MX records name hosts'
            : 'not a host name';
    return `${show(keyPath)}: ${describe(value)} is ${why}`;
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
    return `${show(keyPath)} must be off, notice, warning or error; found ${describe(value)}${hint}`;
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
                    : keyPath[0] === 'domains'
                        ? DOMAIN_KEYS
                        : keyPath[0] === 'verify'
                            ? VERIFY_KEYS
                            : [];
                const notYet = keyPath.length === 0 ? NOT_YET[key] : undefined;
                problems.push({
                    offset: tree.keyOffset([...keyPath, key]),
                    message: notYet ?? unknownKey(keyPath, key, known)
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
                    expected = 'a mapping with domains, rules, history-depth and verify';
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
                    message: `${show(keyPath) || 'the config'} must be ${expected}; found ${describe(value)}`
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
                problems.push({
                    offset: valueAt,
                    message: `${show(keyPath)} must be between ${range(keyPath).join(' and ')}; found ${describe(value)}`
                });
                break;
            }
            case 'minItems':
                problems.push({
                    offset: valueAt,
                    message: `${show(keyPath)} is an empty list; list the MX hosts, or remove the key`
                });
                break;
            default:
                problems.push({ offset: valueAt, message: `${show(keyPath)}: ${e.message ?? 'invalid'}` });
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
        const domain = (0,domain_name/* validDomain */.b)(name);
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
                message: `${show(keyPath(b[2]))}: give either id or record, not both (${a[2]} is set on line ${tree.lineAt(tree.keyOffset(a))}); the id is kept in one place`
            });
        }
        if (entry?.mx !== undefined) {
            const hosts = typeof entry.mx === 'string' ? [entry.mx] : entry.mx;
            const mx = [];
            hosts.forEach((h, i) => {
                const host = (0,domain_name/* validDomain */.b)(h);
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
            const meant = (0,did_you_mean/* didYouMean */.a)(id, ruleIds);
            problems.push({
                offset: tree.keyOffset(['rules', id]),
                message: `rules.${id} is not a rule id (${meant === undefined ? '"mta-sts-lint rules" lists them' : `did you mean "${meant}"?`})`
            });
        }
        else
            config.rules[id] = setting;
    }
    if (raw['history-depth'] !== undefined)
        config.historyDepth = raw['history-depth'];
    const days = raw.verify?.['cert-expiry-days'];
    if (days !== undefined)
        config.certExpiryDays = days;
    const authoritative = raw.verify?.authoritative;
    if (authoritative !== undefined)
        config.authoritative = authoritative;
    const concurrency = raw.verify?.concurrency;
    if (concurrency !== undefined)
        config.concurrency = concurrency;
    const smtp = raw.verify?.smtp;
    if (smtp !== undefined)
        config.smtp = smtp;
    return { config, problems };
};
const validPath = (p) => p !== '' &&
    !external_node_path_default().posix.isAbsolute(p) &&
    !/^[A-Za-z]:/.test(p) &&
    !p.includes('\\') &&
    !p.split('/').includes('..');

;// CONCATENATED MODULE: ./src/record/policy-id.ts
/**
 * Fresh policy ids: UTC `YYYYMMDDTHHMMSSZ`, 16 letters and digits (valid per RFC 8461 3.1), the
 * one generator behind `bump`, the gate's suggestion and the action's `new-id` output.
 */
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** The id for a moment. Throws a RangeError on an invalid Date. */
const policyIdAt = (date) => {
    if (Number.isNaN(date.getTime()))
        throw new RangeError('invalid date for a policy id');
    return (`${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
        `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`);
};
/** The id for `now`, moved on by seconds until no id in `taken` has it. */
const freshPolicyId = (now, taken = new Set()) => {
    let t = Math.floor(now.getTime() / 1000) * 1000;
    let id = policyIdAt(new Date(t));
    while (taken.has(id)) {
        t += 1000;
        id = policyIdAt(new Date(t));
    }
    return id;
};

// EXTERNAL MODULE: ./src/rules/id-gate-conditions.ts
var id_gate_conditions = __webpack_require__(4883);
;// CONCATENATED MODULE: ./src/gate/compare.ts






/**
 * Where a domain's findings point: the id source line, else the policy file, else the config
 * entry; for an unnamed policy removed, the path it was removed from.
 */
const locate = (d) => {
    if (d.unnamed === true && d.base?.policyFile !== undefined)
        return { file: d.base.policyFile };
    if (d.head.idLocation !== undefined)
        return d.head.idLocation;
    if (d.head.policyFile !== undefined)
        return { file: d.head.policyFile, line: 1 };
    // The policy file is still there, serving no domain now: the change is about it.
    if (d.head.detached !== undefined)
        return { file: d.head.detached.policyFile };
    return d.configLocation;
};
const place = (loc) => loc.line === undefined ? JSON.stringify(loc.file) : `${JSON.stringify(loc.file)} line ${loc.line}`;
const describeWhere = (d) => {
    const loc = d.head.idLocation;
    if (loc === undefined)
        return 'the place this repository keeps its _mta-sts record';
    const value = d.head.idValueLocation;
    return value === undefined ? place(loc) : `${place(loc)} (its value is set in ${place(value)})`;
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
    const suggestedId = freshPolicyId(opts.idTime ?? opts.now, taken);
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
            ? (0,policy_changes/* policyChanges */.cb)(d.base.policy, d.head.policy)
            : [];
        const ctx = {
            ...d,
            now: opts.now,
            changed: (0,id_gate_conditions/* policyChanged */.XX)(d.base, d.head),
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
        findings.push(...(0,src_lint/* runRules */.xG)('gate', ctx, {
            ...(d.unnamed !== true && { domain: d.domain }),
            ...(location !== undefined && { file: location.file }),
            ...(opts.severities !== undefined && { severities: opts.severities })
        }));
        const verdict = {
            domain: d.domain,
            changed: ctx.changed,
            needsNewId: (0,id_gate_conditions/* idStale */.V0)(ctx) || (0,id_gate_conditions/* idUnchecked */.eq)(ctx) || (0,id_gate_conditions/* idReusedAt */.HV)(ctx) !== undefined
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
const readPolicy = (bytes) => bytes === null ? undefined : (0,effective/* effectivePolicy */.Ci)((0,effective/* policyFacts */._X)((0,parse/* parsePolicy */.ON)(bytes)));
/**
 * Merges the histories of a domain's policy file and id source into one timeline of states,
 * newest first (the first is the base), for id-reused and unsafe-removal. Where one history is
 * cut short, the timeline stops at its oldest version (older states would be half known).
 */
const buildHistory = (input) => {
    const toPolicy = input.readPolicy ?? ((b) => readPolicy(b));
    const inputs = [...(input.idInputs ?? new Map())];
    const lists = [input.policy, input.idSource, ...inputs.map(([, h]) => h)].filter((l) => l !== undefined);
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
            const versions = new Map(inputs.map(([f, h]) => [f, versionAt(h, p)?.content ?? null]));
            const id = input.readId(iv.content, versions);
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

// EXTERNAL MODULE: ./src/record/sts.ts
var record_sts = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/repo/sources/mapped-text.ts
var mapped_text = __webpack_require__(3824);
// EXTERNAL MODULE: ./src/repo/sources/owner-names.ts
var owner_names = __webpack_require__(7499);
// EXTERNAL MODULE: ./src/repo/sources/parser-output.ts
var parser_output = __webpack_require__(2038);
;// CONCATENATED MODULE: ./src/repo/sources/bind.ts




const UNQUOTED_CUT = 'in a zone file an unquoted ";" starts a comment, so the record ends before it: write its text in double quotes';
const RR_TYPES = new Set(('A AAAA AFSDB ALIAS ANAME APL ATMA CAA CDNSKEY CDS CERT CNAME CSYNC DHCID DLV DNAME DNSKEY DS ' +
    'EUI48 EUI64 GPOS HINFO HIP HTTPS IPSECKEY ISDN KEY KX L32 L64 LOC LP MB MD MF MG MINFO MR MX ' +
    'NAPTR NID NS NSAP NSAP-PTR NSEC NSEC3 NSEC3PARAM NULL NXT OPENPGPKEY PTR PX RP RRSIG RT SIG ' +
    'SMIMEA SOA SPF SRV SSHFP SVCB TA TKEY TLSA TSIG TXT URI WKS X25 ZONEMD').split(' '));
const CLASSES = new Set(['IN', 'CH', 'HS', 'CS']);
const TTL = /^(?:\d+|(?:\d+[wdhms])+)$/i;
const isBlank = (c) => c === ' ' || c === '\t' || c === '\r';
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
        if (isBlank(c)) {
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
                problems.push((0,parser_output/* problemAt */.l4)(lines, i, 'unbalanced ")" in the zone file'));
            else
                depth--;
            i++;
            continue;
        }
        const start = i;
        const b = new mapped_text/* MappedBuilder */.FK();
        if (c === '"') {
            const read = (0,mapped_text/* readQuoted */.zt)(text, i + 1, '"', readEscape, b);
            i = read.end;
            if (!read.closed)
                problems.push((0,parser_output/* problemAt */.l4)(lines, start, 'unterminated quoted string'));
            add({ value: b.done(), start, end: i, quoted: true });
            continue;
        }
        while (i < n) {
            const d = text[i];
            if (d === '\n' || isBlank(d) || d === ';' || d === '(' || d === ')' || d === '"')
                break;
            if (d === '\\')
                i = readEscape(text, i, b);
            else {
                b.push(d ?? '', i);
                i++;
            }
        }
        add({ value: b.done(), start, end: i, quoted: false, ...(text[i] === ';' && { cut: true }) });
    }
    if (depth > 0)
        problems.push((0,parser_output/* problemAt */.l4)(lines, openParen, 'unclosed "(" in the zone file'));
    return entries;
};
/** Reads `\X` or `\DDD` at `i` (the backslash) into `b`; returns the offset after it. */
const readEscape = (text, i, b) => {
    const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4));
    if (digits !== null) {
        b.escaped(String.fromCharCode(Number(digits[0]) & 0xff), i);
        return i + 4;
    }
    const next = text[i + 1];
    if (next === undefined || next === '\n') {
        // A lone backslash at the end: keep it as written.
        b.push('\\', i);
        return i + 1;
    }
    b.escaped(next, i);
    return i + 2;
};
const TEMPLATE_EXT = /\.(?:j2|jinja2?|tmpl|tpl|template|erb|in|example|sample|dist)$/i;
const NOT_TLD = new Set(('txt js mjs cjs ts json yaml yml md conf cfg ini tf tfvars zone db sh py rb xml html htm toml ' +
    'log bak old orig lock csv env properties hosts fwd rev signed jnl').split(' '));
/** The zone a file name names: `example.com.zone`, `db.example.com`, `example.com.db`, `example.com`. */
const originFromFileName = (file) => {
    let base = (0,owner_names/* baseName */.Fl)(file).toLowerCase();
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
        const d = (0,domain_name/* canonicalDomain */.T)(c);
        if ((0,owner_names/* looksLikeDomain */.wB)(d))
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
const parseBind = (text, ctx) => (0,parser_output/* guarded */.Nj)('bind', () => {
    const lines = new mapped_text/* LineIndex */.rr(text);
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
                    problems.push((0,parser_output/* problemAt */.l4)(lines, head.start, '$ORIGIN without a domain name'));
                    continue;
                }
                origin = (0,owner_names/* qualify */.Ss)(arg.value.text, origin);
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
                problems.push((0,parser_output/* problemAt */.l4)(lines, head.start, 'record without an owner name'));
                continue;
            }
        }
        else {
            owner = (0,owner_names/* qualify */.Ss)(head.value.text, origin);
            if ((0,owner_names/* repeatsOrigin */.lg)(head.value.text, origin))
                problems.push((0,parser_output/* problemAt */.l4)(lines, head.start, (0,owner_names/* missingDotMessage */.Tv)(head.value.text, origin)));
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
            problems.push((0,parser_output/* problemAt */.l4)(lines, head.start, 'record without a type'));
            continue;
        }
        const type = tokText(typeTok).toUpperCase();
        if (typeTok.quoted || (!RR_TYPES.has(type) && !/^TYPE\d+$/.test(type))) {
            problems.push((0,parser_output/* problemAt */.l4)(lines, typeTok.start, `expected a record type, found "${tokText(typeTok)}"`));
            continue;
        }
        const data = toks.slice(k + 1);
        const first = data[0];
        if (type === 'TXT') {
            if (first === undefined) {
                problems.push((0,parser_output/* problemAt */.l4)(lines, typeTok.start, 'TXT record without data'));
                continue;
            }
            const b = new mapped_text/* MappedBuilder */.FK();
            for (const t of data)
                b.append(t.value);
            const rec = (0,parser_output/* makeRecord */.Uo)(lines, owner, 'TXT', b.done(), valueStart(first));
            // `v=STSv1; id=1` written without quotes: the zone ends the record at the `;`.
            if (data[data.length - 1]?.cut === true)
                rec.note = UNQUOTED_CUT;
            records.push(rec);
        }
        else if (type === 'MX' || type === 'CNAME') {
            const host = type === 'MX' ? data[1] : first;
            if (host === undefined) {
                problems.push((0,parser_output/* problemAt */.l4)(lines, typeTok.start, `${type} record without a target host`));
                continue;
            }
            const target = (0,owner_names/* qualify */.Ss)(host.value.text, origin);
            if ((0,owner_names/* repeatsOrigin */.lg)(host.value.text, origin))
                problems.push((0,parser_output/* problemAt */.l4)(lines, host.start, (0,owner_names/* missingDotMessage */.Tv)(host.value.text, origin)));
            records.push((0,parser_output/* makeRecord */.Uo)(lines, owner, type, { text: target, map: [] }, valueStart(host)));
        }
    }
    const out = { format: 'bind', records, problems };
    if (fileOrigin !== undefined && fileOrigin !== '')
        out.origin = fileOrigin;
    return out;
});

;// CONCATENATED MODULE: ./src/repo/sources/shared-scope.ts
/**
 * Zones whose domain or records are named by variables: DNSControl runs `dnsconfig.js` and every
 * file it `require`s in one global scope, so `D(DOMAIN, ...)` takes its domain from a
 * `var DOMAIN = "example.com"`, and a zone takes records from `var MTA_STS = [TXT(...)]` spread
 * into it, declared in the same file or another. The parser resolves what its file alone can
 * tell (resolveZone with that file's names) and leaves the rest in `shared`; linkSources resolves
 * that across the files of a repository. Pure: records in, records out.
 */

/** A pending record made absolute in `domain`, at the place it is written. */
const requalify = (p, domain) => {
    const rec = { ...p.record, owner: (0,owner_names/* qualify */.Ss)(p.name, domain) };
    delete rec.scope;
    if (p.target !== undefined)
        rec.value = (0,owner_names/* qualify */.Ss)(p.target, domain);
    return rec;
};
/** Bounds the names a zone includes through others (a cycle, or a hostile configuration). */
const MAX_INCLUDED = 1000;
/**
 * One zone resolved with the names given: its domain, its own records qualified in it, and the
 * records of every group it includes (and groups they include), qualified in it where written.
 */
const resolveZone = (zone, home, names) => {
    const domain = zone.domain ?? (zone.domainRef === undefined ? undefined : names.constant(zone.domainRef));
    if (domain === undefined)
        return { added: [], replaced: [], left: zone };
    const out = { domain, added: [], replaced: [] };
    if (zone.domain === undefined) {
        for (const p of zone.records) {
            out.replaced.push(p.record);
            out.added.push({ file: home, record: requalify(p, domain) });
        }
    }
    const missing = [];
    const seen = new Set();
    const include = (list, from) => {
        for (const name of list) {
            if (seen.has(name) || seen.size >= MAX_INCLUDED)
                continue;
            seen.add(name);
            const g = names.group(name, from);
            if (g === undefined) {
                missing.push(name);
                continue;
            }
            for (const p of g.records)
                out.added.push({ file: g.file, record: requalify(p, domain) });
            include(g.uses, g.file);
        }
    };
    include(zone.uses, home);
    if (missing.length > 0) {
        out.left = { domain, records: [], uses: missing, ...(zone.extend === true && { extend: true }) };
    }
    return out;
};
/**
 * The files of a repository with their shared names resolved across files: a zone whose domain
 * another file binds gets absolute records, and a group another file declares is copied into
 * each zone that includes it, in the file that declares it (so findings and `bump` point there).
 * A name bound in several files to different values, or assigned anywhere outside its
 * declaration, resolves to nothing. Returns the files that changed.
 */
const linkSources = (sources) => {
    const shared = [...sources].filter((e) => e[1].shared !== undefined);
    const changed = new Map();
    if (!shared.some(([, s]) => s.shared.zones.length > 0))
        return changed;
    const reassigned = new Set(shared.flatMap(([, s]) => s.shared.reassigned));
    const constants = new Map();
    const groups = new Map();
    for (const [file, s] of shared) {
        for (const [name, value] of Object.entries(s.shared.constants)) {
            const known = constants.get(name);
            constants.set(name, known === undefined || known === value ? value : null);
        }
        for (const [name, group] of Object.entries(s.shared.groups)) {
            groups.set(name, groups.has(name) ? null : { file, group });
        }
    }
    const names = {
        constant: n => (reassigned.has(n) ? undefined : (constants.get(n) ?? undefined)),
        group: (n, from) => {
            const own = sources.get(from)?.shared?.groups[n];
            if (own !== undefined)
                return { file: from, ...own };
            const g = groups.get(n);
            return g == null ? undefined : { file: g.file, ...g.group };
        }
    };
    const replaced = new Set();
    const added = new Map();
    const origins = new Map();
    for (const [file, s] of shared) {
        let domains = new Set(s.shared.domains);
        for (const zone of s.shared.zones) {
            const r = resolveZone(zone, file, names);
            for (const rec of r.replaced)
                replaced.add(rec);
            for (const a of r.added)
                added.set(a.file, [...(added.get(a.file) ?? []), a.record]);
            if (r.domain === undefined)
                domains = null;
            else if (zone.extend !== true)
                domains?.add(r.domain);
        }
        origins.set(file, domains);
    }
    for (const [file, s] of sources) {
        const more = added.get(file) ?? [];
        const next = { ...s };
        if (more.length > 0 || s.records.some(r => replaced.has(r))) {
            next.records = [...s.records.filter(r => !replaced.has(r)), ...more];
        }
        // A file whose every zone is now named is about those domains.
        const domains = origins.get(file);
        if (s.origin === undefined && domains != null) {
            if (domains.size === 1)
                next.origin = [...domains][0];
            else if (domains.size > 1)
                next.zones = [...domains];
        }
        if (next.records !== s.records ||
            next.origin !== s.origin ||
            next.zones?.length !== s.zones?.length)
            changed.set(file, next);
    }
    return changed;
};

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
        b.escaped(simple, i);
        return i + 2;
    }
    if (e === 'x') {
        const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 4));
        if (hex !== null) {
            b.escaped(String.fromCharCode(parseInt(hex[0], 16)), i);
            return i + 4;
        }
    }
    if (e === 'u') {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 10));
        if (braced?.[1] !== undefined) {
            const cp = parseInt(braced[1], 16);
            b.escaped(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', i);
            return i + 2 + braced[0].length;
        }
        const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2, i + 6));
        if (hex !== null) {
            b.escaped(String.fromCharCode(parseInt(hex[0], 16)), i);
            return i + 6;
        }
    }
    b.escaped(e, i);
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
        const b = new mapped_text/* MappedBuilder */.FK();
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
        problems.push((0,parser_output/* problemAt */.l4)(lines, start, 'unterminated template literal'));
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
                problems.push((0,parser_output/* problemAt */.l4)(lines, i, 'unterminated comment'));
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
            const b = new mapped_text/* MappedBuilder */.FK();
            const read = (0,mapped_text/* readQuoted */.zt)(text, i + 1, c, dnscontrol_readEscape, b);
            i = read.end;
            if (!read.closed)
                problems.push((0,parser_output/* problemAt */.l4)(lines, start, 'unterminated string'));
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
                problems.push((0,parser_output/* problemAt */.l4)(lines, t.start, `unbalanced "${t.text}"`));
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
        problems.push((0,parser_output/* problemAt */.l4)(lines, toks[open]?.start ?? 0, `unclosed "${toks[open]?.text ?? ''}"`));
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
 * Evaluates an argument: a string, `[strings]` (joined), `a + b` (literals joined, a name of
 * `constants` as its text, other terms as `${term}`), `QUALIFY("x")` (with `qualifyIn`), or
 * anything else as `${source}`.
 */
const evalArg = (text, toks, match, [a, b], qualifyIn, depth = 0, constants = {}) => {
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
        const builder = new mapped_text/* MappedBuilder */.FK();
        let literal = true;
        for (const [x, y] of splitArgs(toks, match, a)) {
            const part = evalArg(text, toks, match, [x, y], qualifyIn, depth + 1, constants);
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
            const host = (0,owner_names/* qualify */.Ss)(name, qualifyIn);
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
    const builder = new mapped_text/* MappedBuilder */.FK();
    let literal = true;
    for (const [x, y] of terms) {
        const t = toks[x];
        if (t !== undefined && y === x + 1 && (t.kind === 'string' || t.kind === 'template')) {
            builder.append(t.value ?? { text: '', map: [] });
            if (t.interpolated === true)
                literal = false;
            continue;
        }
        // `"v=STSv1; id=" + ID` with `var ID = "20250701"` in this file: the id is that literal's
        // (mapped to it, so bump writes the new id there).
        const bound = t?.kind === 'ident' && y === x + 1 ? constants[t.text] : undefined;
        if (bound !== undefined) {
            builder.append(bound);
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
const domainName = (text) => {
    const d = (0,domain_name/* canonicalDomain */.T)(text.replace(/!.*$/, ''));
    return d === '' ? undefined : d;
};
const domainOf = (v) => v === undefined || !v.literal ? undefined : domainName(v.value.text);
const dnscontrol_valueStart = (v) => v.value.map.find(m => m >= 0) ?? v.start;
/** For every token, the index of the innermost bracket token open around it (-1: none). */
const enclosingBrackets = (toks, match) => {
    const parent = new Array(toks.length).fill(-1);
    const stack = [];
    toks.forEach((t, k) => {
        while (stack.length > 0 && (match[stack[stack.length - 1] ?? 0] ?? toks.length) < k)
            stack.pop();
        parent[k] = stack[stack.length - 1] ?? -1;
        if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
            if ((match[k] ?? -1) > k)
                stack.push(k);
        }
    });
    return parent;
};
const isPunct = (t, text) => t !== undefined && t.kind === 'punct' && t.text === text;
/** Operators that continue an expression past an operand. */
const BINARY = new Set(['+', '-', '*', '/', '%', '?', ':', '|', '&', '^', '<', '>', '=', '!']);
/**
 * Where the expression starting at token `s` ends (exclusive): operands (literals, names,
 * bracketed groups, function expressions) with their member accesses, calls and indexes,
 * joined by operators; the end is the first token that continues nothing (`;`, `,`, a closer,
 * the next statement's first word).
 */
const expressionEnd = (toks, match, s) => {
    const n = toks.length;
    const after = (open) => Math.min(Math.max(match[open] ?? n, open), n) + 1;
    let k = s;
    while (k < n) {
        while (k < n && toks[k]?.kind === 'punct' && ['!', '-', '+', '~'].includes(toks[k]?.text ?? ''))
            k++;
        const t = toks[k];
        if (t === undefined)
            return k;
        if (t.kind === 'punct') {
            if (t.text !== '(' && t.text !== '[' && t.text !== '{')
                return k;
            k = after(k);
        }
        else if (t.kind === 'ident' && t.text === 'function') {
            k++;
            if (toks[k]?.kind === 'ident')
                k++;
            if (isPunct(toks[k], '('))
                k = after(k);
            if (isPunct(toks[k], '{'))
                k = after(k);
        }
        else
            k++;
        for (;;) {
            const u = toks[k];
            if (isPunct(u, '.') && toks[k + 1]?.kind === 'ident')
                k += 2;
            else if ((isPunct(u, '(') || isPunct(u, '[')) && (match[k] ?? -1) > k)
                k = after(k);
            else
                break;
        }
        const op = toks[k];
        if (op?.kind === 'punct' && BINARY.has(op.text))
            k++;
        else if (op?.kind === 'ident' && (op.text === 'in' || op.text === 'instanceof'))
            k++;
        else
            return k;
    }
    return Math.min(k, n);
};
const DECLARE = new Set(['var', 'let', 'const']);
/** The declarators of the top-level `var`, `let` and `const` statements. */
const topDeclarations = (toks, match, parent) => {
    const out = [];
    for (let k = 0; k < toks.length; k++) {
        const t = toks[k];
        if (t?.kind !== 'ident' || !DECLARE.has(t.text) || parent[k] !== -1)
            continue;
        if (isPunct(toks[k - 1], '.'))
            continue;
        let j = k + 1;
        for (;;) {
            const name = toks[j];
            if (name?.kind !== 'ident')
                break;
            const d = { name: name.text, nameTok: j };
            const eq = toks[j + 1];
            const next = toks[j + 2];
            if (isPunct(eq, '=') && !(isPunct(next, '=') && next?.start === eq?.end)) {
                const end = expressionEnd(toks, match, j + 2);
                d.value = [j + 2, end];
                j = end;
            }
            else
                j++;
            out.push(d);
            if (!isPunct(toks[j], ','))
                break;
            j++;
        }
        k = Math.max(k, j - 1);
    }
    return out;
};
/**
 * Names assigned anywhere outside their declaration (`DOMAIN = domain` in a template function,
 * `X += ...`, `i++`): such a name is bound to no one value.
 */
const reassignedNames = (toks, declared) => {
    const out = new Set();
    toks.forEach((t, j) => {
        if (t.kind !== 'ident' || declared.has(j) || isPunct(toks[j - 1], '.'))
            return;
        const a = toks[j + 1];
        const b = toks[j + 2];
        if (a?.kind !== 'punct')
            return;
        const joined = b?.kind === 'punct' && b.start === a.end;
        if (a.text === '=') {
            if (!(joined && (b.text === '=' || b.text === '>')))
                out.add(t.text);
        }
        else if (joined && '+-*/%|&^'.includes(a.text) && b.text === '=')
            out.add(t.text);
        else if (joined && (a.text === '+' || a.text === '-') && b.text === a.text)
            out.add(t.text);
    });
    return out;
};
/** `...NAME` (three `.` tokens before the name). */
const spread = (toks, j) => isPunct(toks[j - 1], '.') && isPunct(toks[j - 2], '.') && isPunct(toks[j - 3], '.');
/**
 * The names a list includes as items: `NAME` or `...NAME` standing alone as an argument of the
 * call whose `(` is `open` (from its argument `from` on) or as an item of an array inside it.
 */
const includedNames = (toks, match, parent, open, from) => {
    const names = [];
    const close = match[open] ?? toks.length;
    const args = splitArgs(toks, match, open);
    const start = args[from]?.[0] ?? close;
    for (let j = start; j < close; j++) {
        const t = toks[j];
        if (t?.kind !== 'ident')
            continue;
        const prev = toks[j - 1];
        const next = toks[j + 1];
        const standsAlone = (isPunct(prev, '(') || isPunct(prev, '[') || isPunct(prev, ',') || spread(toks, j)) &&
            (isPunct(next, ',') || isPunct(next, ']') || isPunct(next, ')'));
        if (!standsAlone)
            continue;
        // Only items of this call or of arrays within it, not arguments of other calls.
        let p = parent[j] ?? -1;
        while (p !== open && p >= 0 && isPunct(toks[p], '['))
            p = parent[p] ?? -1;
        if (p === open)
            names.push(t.text);
    }
    return names;
};
const parseDnscontrol = (text, ctx) => (0,parser_output/* guarded */.Nj)('dnscontrol', () => {
    const file = ctx?.file ?? '';
    const lines = new mapped_text/* LineIndex */.rr(text);
    const problems = [];
    const records = [];
    const toks = dnscontrol_tokenize(text, lines, problems);
    const match = matchBrackets(toks, lines, problems);
    const parent = enclosingBrackets(toks, match);
    // Top-level names: literal text (a domain) or records (a group zones include).
    const declarations = topDeclarations(toks, match, parent);
    const reassigned = reassignedNames(toks, new Set(declarations.map(d => d.nameTok)));
    /** Top-level names bound to literal text, mapped to where it is written (record values). */
    const constants = {};
    const groups = {};
    /** For each token, the group declaration it lies in (-1: none). */
    const groupAt = new Array(toks.length).fill(-1);
    declarations.forEach((d, i) => {
        if (d.value === undefined || reassigned.has(d.name))
            return;
        const [a, b] = d.value;
        const first = toks[a];
        if (first?.kind === 'string' || (first?.kind === 'template' && b === a + 1)) {
            const v = evalArg(text, toks, match, d.value);
            if (v?.literal === true)
                constants[d.name] = v.value;
            return;
        }
        const isList = isPunct(first, '[');
        const isName = first?.kind === 'ident' && first.text !== 'function' && first.text !== 'new';
        if (!isList && !isName)
            return;
        const uses = [];
        if (isName && (b === a + 1 || (isPunct(toks[a + 1], '.') && toks[a + 2]?.text === 'concat')))
            uses.push(first.text);
        for (let j = a; j < b; j++) {
            groupAt[j] = i;
            const t = toks[j];
            if (t?.kind !== 'ident' || j === a)
                continue;
            const p = parent[j] ?? -1;
            const inList = isPunct(toks[p], '[');
            const inConcat = isPunct(toks[p], '(') && toks[p - 1]?.text === 'concat';
            const prev = toks[j - 1];
            const next = toks[j + 1];
            if ((inList || inConcat) &&
                (isPunct(prev, '[') || isPunct(prev, '(') || isPunct(prev, ',') || spread(toks, j)) &&
                (isPunct(next, ',') || isPunct(next, ']') || isPunct(next, ')')))
                uses.push(t.text);
        }
        groups[d.name] = { records: [], uses };
    });
    const domains = new Set();
    let unnamed = false;
    const zones = [];
    /** Open D() calls, innermost last. */
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
            const v = a0 === undefined ? undefined : evalArg(text, toks, match, a0);
            const first = a0 === undefined ? undefined : toks[a0[0]];
            // D(DOMAIN, ...): a name this file binds to literal text, else one to resolve later.
            const ref = a0 !== undefined && a0[1] === a0[0] + 1 && first?.kind === 'ident'
                ? first.text
                : undefined;
            const bound = ref === undefined ? undefined : constants[ref]?.text;
            const domain = domainOf(v) ?? (bound === undefined ? undefined : domainName(bound));
            const zone = {
                zone: {
                    records: [],
                    uses: includedNames(toks, match, parent, open, 1),
                    ...(domain !== undefined && { domain }),
                    ...(domain === undefined && ref !== undefined && { domainRef: ref }),
                    ...(t.text === 'D_EXTEND' && { extend: true })
                },
                close: match[open] ?? toks.length,
                scope: `D@${t.start}`
            };
            if (t.text === 'D') {
                if (domain !== undefined)
                    domains.add(domain);
                else
                    unnamed = true;
            }
            zones.push(zone);
            stack.push(zone);
            continue;
        }
        if (t.text !== 'TXT' && t.text !== 'MX' && t.text !== 'CNAME')
            continue;
        const call = stack[stack.length - 1];
        const zone = call?.zone;
        const g = zone === undefined ? (groupAt[k] ?? -1) : -1;
        const groupName = g >= 0 ? declarations[g]?.name : undefined;
        const group = groupName === undefined ? undefined : groups[groupName];
        const [nameArg, ...rest] = args;
        if (nameArg === undefined)
            continue;
        const name = evalArg(text, toks, match, nameArg);
        if (name === undefined || !name.literal)
            continue;
        // Inside a D whose domain is not known here, or in a group, owners stay relative.
        const origin = zone?.domain;
        const owner = (0,owner_names/* qualify */.Ss)(name.value.text, origin);
        if ((0,owner_names/* repeatsOrigin */.lg)(name.value.text, origin))
            problems.push((0,parser_output/* problemAt */.l4)(lines, name.start, (0,owner_names/* missingDotMessage */.Tv)(name.value.text, origin)));
        const valueArg = t.text === 'MX' ? rest[1] : rest[0];
        if (valueArg === undefined) {
            problems.push((0,parser_output/* problemAt */.l4)(lines, t.start, `${t.text}() without a value`));
            continue;
        }
        const v = evalArg(text, toks, match, valueArg, origin ?? '', 0, constants);
        if (v === undefined)
            continue;
        let rec;
        if (t.text === 'TXT') {
            rec = (0,parser_output/* makeRecord */.Uo)(lines, owner, 'TXT', v.value, dnscontrol_valueStart(v));
        }
        else {
            const target = v.literal ? (0,owner_names/* qualify */.Ss)(v.value.text, origin) : v.value.text;
            if (v.literal && (0,owner_names/* repeatsOrigin */.lg)(v.value.text, origin))
                problems.push((0,parser_output/* problemAt */.l4)(lines, v.start, (0,owner_names/* missingDotMessage */.Tv)(v.value.text, origin)));
            rec = (0,parser_output/* makeRecord */.Uo)(lines, owner, t.text, { text: target, map: [] }, dnscontrol_valueStart(v));
        }
        if (!v.literal)
            rec.expression = v.source;
        const pending = {
            record: rec,
            name: name.value.text,
            ...(t.text !== 'TXT' && v.literal && { target: v.value.text })
        };
        if (group !== undefined && groupName !== undefined) {
            rec.group = groupName;
            rec.scope = `var ${groupName}`;
            group.records.push(pending);
        }
        else if (call !== undefined && zone?.domain === undefined) {
            rec.scope = call.scope;
            call.zone.records.push(pending);
        }
        records.push(rec);
    }
    // What this file alone tells: the groups it declares, copied into the zones including them.
    const local = {
        constant: () => undefined,
        group: n => {
            const g = groups[n];
            return g === undefined ? undefined : { file, ...g };
        }
    };
    const left = [];
    for (const { zone } of zones) {
        const r = resolveZone(zone, file, local);
        for (const a of r.added)
            records.push(a.record);
        if (r.left !== undefined)
            left.push(r.left);
    }
    // Names bound to nothing a zone could take (a registrar, a provider) are no group.
    for (const [name, g] of Object.entries(groups)) {
        if (g.records.length === 0 && g.uses.length === 0)
            delete groups[name];
    }
    const out = { format: 'dnscontrol', records, problems };
    if (domains.size === 1 && !unnamed)
        out.origin = [...domains][0] ?? '';
    if (domains.size > 1)
        out.zones = [...domains];
    const shared = {
        constants: Object.fromEntries(Object.entries(constants).map(([k, m]) => [k, m.text])),
        reassigned: [...reassigned],
        groups,
        domains: [...domains],
        zones: left
    };
    if (Object.keys(constants).length > 0 || Object.keys(groups).length > 0 || left.length > 0)
        out.shared = shared;
    return out;
});

// EXTERNAL MODULE: ./src/repo/sources/plain.ts
var plain = __webpack_require__(3725);
// EXTERNAL MODULE: ./src/repo/sources/record-place.ts
var record_place = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/repo/sources/terraform/hcl-body.ts
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
/** The first attribute called `name` in a body. */
const attributeNamed = (body, name) => body?.find((i) => i.kind === 'attr' && i.name === name);
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

;// CONCATENATED MODULE: ./src/repo/sources/terraform/hcl-templates.ts
/**
 * HCL template text (quoted strings and heredocs) as parts: literal text mapped to its file
 * offsets, and the source ranges of `${...}` interpolations and `%{...}` directives. Nested
 * templates are scanned without recursion.
 */

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
const hcl_templates_skipString = (text, i, end) => scanNested(text, i + 1, end, 's').end;
/**
 * Template text between `from` and `to` as parts. `escapes`: backslash escapes apply (quoted
 * strings; not heredocs). `stripIndent`: characters to drop at each line start (`<<-`).
 */
const templateParts = (text, from, to, escapes) => {
    const parts = [];
    let b = new mapped_text/* MappedBuilder */.FK();
    let i = from;
    while (i < to) {
        const c = text[i] ?? '';
        if (escapes && c === '\\') {
            const e = text[i + 1] ?? '';
            const simple = STRING_ESCAPES[e];
            if (simple !== undefined) {
                b.escaped(simple, i);
                i += 2;
                continue;
            }
            const len = e === 'u' ? 4 : e === 'U' ? 8 : 0;
            const hex = text.slice(i + 2, i + 2 + len);
            if (len > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
                const cp = parseInt(hex, 16);
                b.escaped(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', i);
                i += 2 + len;
                continue;
            }
            b.push('\\', i);
            i++;
            continue;
        }
        if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
            // `$${` is a literal `${`.
            b.escaped(c, i);
            b.push('{', i + 2);
            i += 3;
            continue;
        }
        if ((c === '$' || c === '%') && text[i + 1] === '{') {
            if (b.text.length > 0)
                parts.push({ kind: 'lit', value: b.done() });
            b = new mapped_text/* MappedBuilder */.FK();
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

;// CONCATENATED MODULE: ./src/repo/sources/terraform/hcl-lexer.ts


const hcl_lexer_isIdentStart = (c) => /[A-Za-z_]/.test(c) || c.charCodeAt(0) > 0x7f;
const hcl_lexer_isIdentPart = (c) => /[\w-]/.test(c) || c.charCodeAt(0) > 0x7f;
const TWO_CHAR_PUNCT = ['=>', '==', '!=', '<=', '>=', '&&', '||'];
/** From a `#`, `//` or `/*` at `i`: the offset after the comment; `i` when none starts there. */
const skipComment = (text, i, to, problem) => {
    const c = text[i];
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
        let j = i;
        while (j < to && text[j] !== '\n')
            j++;
        return j;
    }
    if (c === '/' && text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        if (close < 0 || close + 2 > to) {
            problem(i, 'unterminated comment');
            return to;
        }
        return close + 2;
    }
    return i;
};
/** The quoted string starting at the `"` at `i`, reporting it when it is not closed. */
const stringToken = (text, i, to, problem) => {
    const end = hcl_templates_skipString(text, i, to);
    const closed = text[end - 1] === '"' && end - 1 > i;
    if (!closed)
        problem(i, 'unterminated string');
    const inner = closed ? end - 1 : end;
    return { kind: 'string', start: i, end, text: '', parts: templateParts(text, i + 1, inner, true) };
};
/**
 * The offset of the line closing a heredoc (optional blanks, the identifier, optional blanks),
 * searched from `from`; -1 when there is none before `to`.
 */
const heredocClosingLine = (text, from, to, id) => {
    let lineAt = from;
    while (lineAt < to) {
        const nl = text.indexOf('\n', lineAt);
        const lineEnd = nl < 0 || nl > to ? to : nl;
        if (text.slice(lineAt, lineEnd).trim() === id)
            return lineAt;
        lineAt = lineEnd + 1;
    }
    return -1;
};
/**
 * The heredoc opened by the `<<` at `i` (`<<ID` or `<<-ID` and a line end), reporting it when it
 * is not closed, and the offset lexing goes on from (the end of its closing line); undefined when
 * `<<` opens no heredoc there.
 */
const heredocToken = (text, i, to, problem) => {
    const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(to, i + 300)));
    if (m === null)
        return undefined;
    const indent = m[1] === '-';
    const id = m[2] ?? '';
    const bodyStart = i + m[0].length;
    const close = heredocClosingLine(text, bodyStart, to, id);
    const bodyEnd = close < 0 ? to : close;
    if (close < 0)
        problem(i, `unterminated heredoc <<${m[1] ?? ''}${id}`);
    const tok = {
        kind: 'string',
        start: i,
        end: bodyEnd,
        text: '',
        parts: heredocParts(text, bodyStart, bodyEnd, indent)
    };
    if (close < 0)
        return { tok, next: to };
    const nl = text.indexOf('\n', close);
    return { tok, next: nl < 0 || nl > to ? to : nl };
};
/** The identifier, number or punctuation token at `i` (at least one character long). */
const wordOrPunct = (text, i, to) => {
    const c = text[i] ?? '';
    let end = i + 1;
    if (hcl_lexer_isIdentStart(c)) {
        while (end < to && hcl_lexer_isIdentPart(text[end] ?? ''))
            end++;
        return { kind: 'ident', start: i, end, text: text.slice(i, end) };
    }
    if (/\d/.test(c)) {
        while (end < to && /[\w.]/.test(text[end] ?? ''))
            end++;
        return { kind: 'number', start: i, end, text: text.slice(i, end) };
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR_PUNCT.includes(two))
        return { kind: 'punct', start: i, end: i + 2, text: two };
    return { kind: 'punct', start: i, end, text: c };
};
/**
 * The tokens of `text` between `from` and `to`. Problems (unterminated strings, heredocs and
 * comments) are reported only when both `lines` and `problems` are given.
 */
const lex = (text, from, to, lines, problems) => {
    const toks = [];
    const problem = (at, message) => {
        if (lines !== undefined)
            problems?.push((0,parser_output/* problemAt */.l4)(lines, at, message));
    };
    let i = from;
    while (i < to) {
        const c = text[i] ?? '';
        if (c === '\n') {
            toks.push({ kind: 'newline', start: i, end: i + 1, text: '\n' });
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
            i++;
            continue;
        }
        const afterComment = skipComment(text, i, to, problem);
        if (afterComment !== i) {
            i = afterComment;
            continue;
        }
        if (c === '"') {
            const tok = stringToken(text, i, to, problem);
            toks.push(tok);
            i = tok.end;
            continue;
        }
        if (c === '<' && text[i + 1] === '<') {
            const heredoc = heredocToken(text, i, to, problem);
            if (heredoc !== undefined) {
                toks.push(heredoc.tok);
                i = heredoc.next;
                continue;
            }
        }
        const tok = wordOrPunct(text, i, to);
        toks.push(tok);
        i = tok.end;
    }
    return toks;
};

;// CONCATENATED MODULE: ./src/repo/sources/terraform/evaluator.ts
/**
 * Expression values where that is a matter of reading, not running: strings, templates,
 * numbers, lists, parentheses and `var.x` / `local.x` resolved through the workspace. What
 * cannot be read is kept as a hole, marked computed when it hashes or reads a clock.
 */



const HASH_CALL = /\b(?:md5|sha1|sha256|sha512|filemd5|filesha1|filesha256|filesha512|base64sha256|base64sha512|filebase64sha256|filebase64sha512|bcrypt|uuid|uuidv5|timestamp|plantimestamp)\s*\(/;
/** The first names of references that are not resources: `var.x`, `each.value.x`, `path.module`. */
const NOT_BLOCKS = new Set(['var', 'local', 'each', 'count', 'path', 'module', 'self', 'terraform']);
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
/** A number token (an id kept unquoted in tfvars) as text mapped to the file. */
const numberValue = (f, t) => {
    const b = new mapped_text/* MappedBuilder */.FK();
    for (let i = 0; i < t.text.length; i++)
        b.push(t.text[i] ?? '', t.start + i, f.index);
    return { kind: 'str', value: b.done(), holes: [] };
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
        if (ks.length === 1 && t0.kind === 'number')
            return numberValue(f, t0);
        // A list.
        if (t0.kind === 'punct' && t0.text === '[') {
            const close = closeOf(f.toks, k0, range[1]);
            if (close === (ks[ks.length - 1] ?? -1))
                return this.list(f, k0, close, depth);
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
        // type.name.attribute / data.type.name.attribute: an argument written in that block.
        const ref = this.blockReference(f, ks);
        if (ref !== undefined) {
            const attr = attributeNamed(ref.block.block.body, ref.attribute);
            const v = attr === undefined || depth > 8
                ? undefined
                : this.expr(ref.block.file, attr.expr, depth + 1);
            return this.hole(source, v?.kind === 'str' ? v : undefined);
        }
        return this.hole(source);
    }
    /**
     * The block a reference `type.name.attribute` (or `data.type.name.attribute`) names, with the
     * attribute; undefined for anything else (`var.x`, `each.value.x`, an index, a call).
     */
    blockReference(f, ks) {
        const parts = [];
        for (let i = 0; i < ks.length; i++) {
            const t = f.toks[ks[i] ?? -1];
            if (i % 2 === 1 ? t?.text !== '.' : t?.kind !== 'ident')
                return undefined;
            if (i % 2 === 0)
                parts.push(t?.text ?? '');
        }
        if (ks.length % 2 === 0)
            return undefined;
        const [a, b, c, d] = parts;
        const found = parts.length === 4 && a === 'data' && b !== undefined && c !== undefined && d !== undefined
            ? { kind: 'data', type: b, name: c, attribute: d }
            : parts.length === 3 && a !== undefined && b !== undefined && c !== undefined
                ? { kind: 'resource', type: a, name: b, attribute: c }
                : undefined;
        if (found === undefined || NOT_BLOCKS.has(found.type))
            return undefined;
        const block = this.ws.block(found.kind, found.type, found.name);
        return block === undefined ? undefined : { block, attribute: found.attribute };
    }
    /** The list bracketed by the tokens `open` and `close`: its items, split at top-level commas. */
    list(f, open, close, depth) {
        const items = [];
        let a = open + 1;
        let d = 0;
        for (let j = open + 1; j <= close; j++) {
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
    template(f, parts, depth) {
        const b = new mapped_text/* MappedBuilder */.FK();
        const holes = [];
        for (const p of parts) {
            if (p.kind === 'lit') {
                const m = p.value;
                for (let i = 0; i < m.text.length; i++)
                    b.copy(m, i, f.index);
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

;// CONCATENATED MODULE: ./src/repo/sources/terraform/provider-txt-quoting.ts
/**
 * TXT values as providers quote them: Cloud DNS's zone-file presentation form and the AWS
 * provider's `\"\"` split of long values, read back into the record's text with its holes moved
 * along.
 */

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
    const b = new mapped_text/* MappedBuilder */.FK();
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
                // Written where the `\` is written, if the file writes it.
                b.escaped(t[i + 1] ?? '', s.value.at?.[i] ?? s.value.map[i] ?? -1, s.value.src?.[i] ?? 0);
                i += 2;
                continue;
            }
            b.copy(s.value, i);
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
    const b = new mapped_text/* MappedBuilder */.FK();
    const pos = [];
    for (let i = 0; i < t.length; i++) {
        pos[i] = b.text.length;
        if (t[i] === '"' && t[i + 1] === '"' && i > 0 && i + 2 < t.length) {
            pos[i + 1] = b.text.length;
            i++;
            continue;
        }
        b.copy(s.value, i);
    }
    pos[t.length] = b.text.length;
    return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) };
};
/**
 * A TXT value as the provider sends it. Cloud DNS takes rrdatas in presentation form; the AWS
 * provider wraps each value in quotes itself, so only its `\"\"` split is read (a value quoted
 * again is kept as written).
 */
const txtAsSent = (resourceType, v) => {
    if (resourceType === 'google_dns_record_set')
        return presentation(v) ?? v;
    if (resourceType === 'aws_route53_record')
        return route53Split(v);
    return v;
};

;// CONCATENATED MODULE: ./src/repo/sources/terraform/record-resources.ts
/**
 * What makes a resource a DNS record, whatever its provider: its record type (a `type`-like
 * attribute or the resource type's name), its owner (a `name`-like attribute) and the
 * attributes its values are in.
 */



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
        const attr = attributeNamed(block.body, a);
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
/** A value that differs per instance of a `for_each` or `count` resource. */
const PER_INSTANCE = /\b(?:each|count)\./;
/**
 * The owner from a name value: an unresolved trailing interpolation (the zone) is dropped, unless
 * it differs per instance (`_mta-sts.${each.value.host}`): that is no zone, so the name is kept
 * as written and names no domain.
 */
const ownerOf = (name) => {
    if (name === undefined)
        return { name: '', literal: true, absolute: false };
    let text = name.value.text;
    const last = name.holes[name.holes.length - 1];
    const absolute = text.endsWith('.');
    if (last !== undefined &&
        !last.resolved &&
        last.end === text.length &&
        !PER_INSTANCE.test(last.source)) {
        text = text.slice(0, last.start);
        if (text.endsWith('.'))
            text = text.slice(0, -1);
    }
    const n = (0,domain_name/* canonicalDomain */.T)(text);
    return {
        name: n === '@' ? '' : n,
        literal: name.holes.every(h => h.resolved),
        absolute
    };
};
const flatten = (v) => v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten);
/** Attributes holding a record's zone by name: azurerm `zone_name`, DigitalOcean `domain`, ... */
const ZONE_ATTRS = ['zone_name', 'zone', 'domain', 'domain_name'];
/** Attributes referring to the zone's resource: Cloudflare and Route 53 `zone_id`, Cloud DNS `managed_zone`. */
const ZONE_REF_ATTRS = ['zone_id', 'managed_zone', 'domain_id', 'zone_name', 'zone', 'domain'];
/** What a zone or domain resource calls its domain. */
const ZONE_NAME_ATTRS = ['zone', 'name', 'dns_name', 'domain', 'domain_name', 'zone_name'];
const ZONE_RESOURCE = /zone|domain/i;
/** A value read in full that is a domain name. */
const domainValue = (v) => v?.kind === 'str' && v.holes.every(h => h.resolved) ? (0,domain_name/* validDomain */.b)(v.value.text) : undefined;
/** The significant tokens of an expression, or of the one interpolation a string holds (`"${x.y}"`). */
const referenceTokens = (f, [a, b]) => {
    const ks = [];
    for (let k = a; k < b; k++)
        if (f.toks[k]?.kind !== 'newline')
            ks.push(k);
    const t = ks.length === 1 ? f.toks[ks[0] ?? -1] : undefined;
    const only = t?.kind === 'string' && t.parts?.length === 1 ? t.parts[0] : undefined;
    if (only === undefined || only.kind === 'lit' || only.directive)
        return [f, ks];
    const toks = lex(f.text, only.start, only.end, undefined, undefined);
    return [{ ...f, toks }, toks.map((_, i) => i).filter(i => toks[i]?.kind !== 'newline')];
};
/**
 * The zone a record resource is in, when its configuration says: a zone attribute read in full,
 * or the zone or domain resource an attribute refers to (`zone_id = cloudflare_zone.main.id`)
 * and the name written in it. A value computed per instance is no zone.
 */
const resourceZone = (ev, f, block) => {
    for (const a of ZONE_ATTRS) {
        const attr = attributeNamed(block.body, a);
        const d = attr === undefined ? undefined : domainValue(ev.expr(f, attr.expr));
        if (d !== undefined)
            return d;
    }
    for (const a of ZONE_REF_ATTRS) {
        const attr = attributeNamed(block.body, a);
        if (attr === undefined)
            continue;
        const ref = ev.blockReference(...referenceTokens(f, attr.expr));
        if (ref === undefined || !ZONE_RESOURCE.test(ref.block.block.labels[0] ?? ''))
            continue;
        for (const n of ZONE_NAME_ATTRS) {
            const named = attributeNamed(ref.block.block.body, n);
            const d = named === undefined ? undefined : domainValue(ev.expr(ref.block.file, named.expr));
            if (d !== undefined)
                return d;
        }
    }
    return undefined;
};
/**
 * The owner a record resource names (see ownerOf); the apex when it names none. A name written
 * in full and relative to a zone the configuration names is made absolute in it, as providers
 * do (`_mta-sts` in `example.com`; a name already ending with the zone is kept).
 */
const resourceOwner = (ev, f, block) => {
    const nameAttr = NAME_ATTRS.map(n => attributeNamed(block.body, n)).find(a => a !== undefined);
    const nameValue = nameAttr === undefined ? undefined : ev.expr(f, nameAttr.expr);
    const owner = ownerOf(nameValue?.kind === 'str' ? nameValue : undefined);
    if (!owner.literal || owner.absolute)
        return owner.name;
    const zone = resourceZone(ev, f, block);
    if (zone === undefined)
        return owner.name;
    if (owner.name === '')
        return zone;
    return owner.name === zone || owner.name.endsWith(`.${zone}`)
        ? owner.name
        : `${owner.name}.${zone}`;
};
/**
 * The values of a record resource: every string of its first value attribute, else of the
 * `value` (or `exchange`) in each of its `record { ... }` blocks (azurerm).
 */
const resourceValues = (ev, f, block) => {
    const values = [];
    const valueAttr = VALUE_ATTRS.map(n => attributeNamed(block.body, n)).find(a => a !== undefined);
    if (valueAttr !== undefined) {
        const at = f.toks[valueAttr.expr[0]]?.start ?? block.start;
        for (const v of flatten(ev.expr(f, valueAttr.expr)))
            values.push({ v, at });
        return values;
    }
    for (const b of block.body) {
        if (b.kind !== 'block' || b.type !== 'record')
            continue;
        const attr = b.body.find((i) => i.kind === 'attr' && (i.name === 'value' || i.name === 'exchange'));
        if (attr === undefined)
            continue;
        const at = f.toks[attr.expr[0]]?.start ?? b.start;
        for (const v of flatten(ev.expr(f, attr.expr)))
            values.push({ v, at });
    }
    return values;
};

;// CONCATENATED MODULE: ./src/repo/sources/terraform/workspace.ts
/**
 * The files a Terraform configuration is read from: the parsed file and, parsed on first use,
 * its siblings (`*.tf` for `variable` defaults and `locals`, `*.tfvars` for variable values,
 * in the order Terraform loads them).
 */



/** A file lexed and read into a body; its problems are reported when `lines` is given. */
const parseFile = (index, name, text, lines, problems) => {
    const toks = lex(text, 0, text.length, lines, problems);
    return { index, name, text, toks, body: parseBody(toks, 0, toks.length) };
};
const isTfvars = (name) => /\.tfvars$/i.test(name);
const isAutoTfvars = (name) => /^terraform\.tfvars$/i.test((0,owner_names/* baseName */.Fl)(name)) || /\.auto\.tfvars$/i.test(name);
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
        const f = parseFile(this.files.length, name, text);
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
            const ta = /^terraform\.tfvars$/i.test((0,owner_names/* baseName */.Fl)(a)) ? 0 : 1;
            const tb = /^terraform\.tfvars$/i.test((0,owner_names/* baseName */.Fl)(b)) ? 0 : 1;
            return ta - tb || (a < b ? -1 : a > b ? 1 : 0);
        });
        let found;
        for (const n of auto) {
            const f = this.file(n);
            const attr = attributeNamed(f?.body, name);
            if (f !== undefined && attr !== undefined)
                found = { file: f, attr };
        }
        if (found !== undefined)
            return found;
        for (const n of names) {
            if (isAutoTfvars(n))
                continue;
            const f = this.file(n);
            const attr = attributeNamed(f?.body, name);
            if (f !== undefined && attr !== undefined)
                return { file: f, attr };
        }
        for (const f of this.tfFiles()) {
            for (const b of f.body) {
                if (b.kind !== 'block' || b.type !== 'variable' || b.labels[0] !== name)
                    continue;
                const attr = attributeNamed(b.body, 'default');
                if (attr !== undefined)
                    return { file: f, attr };
            }
        }
        return undefined;
    }
    /** A `resource` or `data` block by its type and name, in this file or a sibling `.tf`. */
    block(kind, type, name) {
        for (const f of this.tfFiles()) {
            for (const b of f.body) {
                if (b.kind === 'block' && b.type === kind && b.labels[0] === type && b.labels[1] === name)
                    return { file: f, block: b };
            }
        }
        return undefined;
    }
    local(name) {
        for (const f of this.tfFiles()) {
            for (const b of f.body) {
                if (b.kind !== 'block' || b.type !== 'locals')
                    continue;
                const attr = attributeNamed(b.body, name);
                if (attr !== undefined)
                    return { file: f, attr };
            }
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/repo/sources/terraform/parse-terraform.ts










/** Problems for each `}` that closes nothing and for a `{` still open at the end of the file. */
const checkBraces = (toks, lines, end, problems) => {
    let depth = 0;
    for (const t of toks) {
        if (t.kind !== 'punct')
            continue;
        if (t.text === '{')
            depth++;
        else if (t.text === '}') {
            if (depth === 0)
                problems.push((0,parser_output/* problemAt */.l4)(lines, t.start, 'unbalanced "}"'));
            else
                depth--;
        }
    }
    if (depth > 0)
        problems.push((0,parser_output/* problemAt */.l4)(lines, end, 'unclosed "{" at the end of the file'));
};
/** Where a value starts in the parsed file: its first character copied from it, else `at`. */
const parse_terraform_valueStart = (v, at) => {
    const firstOwn = v.value.map.findIndex((m, i) => m >= 0 && (v.value.src?.[i] ?? 0) === 0);
    return firstOwn >= 0 ? (v.value.map[firstOwn] ?? at) : at;
};
/** An MX or CNAME record: the target host (an MX's preference dropped), with its expression. */
const hostRecord = (owner, type, v, pos) => {
    let host = v.value.text.trim();
    if (type === 'MX')
        host = host.replace(/^\d+\s+/, '');
    const rec = { owner, type, value: (0,domain_name/* canonicalDomain */.T)(host), ...pos };
    if (v.holes.some(h => !h.resolved))
        rec.expression = v.holes.map(h => h.source).join('');
    return rec;
};
/**
 * A TXT record, with where each of its characters is written when its text is read in full (one
 * holding an expression is never linted). For an MTA-STS value, where its id comes from: the
 * expression it is read from (computed when that hashes or reads a clock, a problem when it has
 * no literal value here) and the id's span, in whichever file of the workspace holds it.
 */
const txtRecord = (owner, v, at, ws, problems) => {
    const pos = at.lines.pos(at.start);
    const rec = { owner, type: 'TXT', value: v.value.text, ...pos };
    if (v.holes.every(h => h.resolved && !h.computed)) {
        const runs = (0,record_place/* textRuns */.ei)(at.lines, v.value, at.start);
        if (runs !== undefined)
            rec.textRuns = runs;
    }
    const range = (0,record_sts/* looksLikeSts */.yi)(v.value.text) ? (0,parser_output/* idRange */.H9)(v.value.text) : undefined;
    if (range === undefined)
        return rec;
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
    const span = rec.computed === true ? undefined : (0,parser_output/* idSpanOf */.fn)(v.value);
    if (span !== undefined) {
        rec.idSpan = span.span;
        if (span.file !== 0)
            rec.idFile = ws.files[span.file]?.name ?? '';
    }
    return rec;
};
/**
 * The variables and locals a resource's `count` reads, when it is not a whole number written out
 * (`count = length(var.x) > 0 ? 1 : 0` reads `var.x`): a value filled in from one of them may be
 * one that count rules out (the default "" of an optional address).
 */
const countReads = (f, block) => {
    const count = attributeNamed(block.body, 'count');
    if (count === undefined)
        return [];
    const [a, b] = count.expr;
    const text = f.text.slice(f.toks[a]?.start ?? 0, f.toks[b - 1]?.end ?? 0);
    return /^\s*[1-9][0-9]*\s*$/.test(text) ? [] : referencesIn(text);
};
/** The `var.x` and `local.x` an expression's text names. */
const referencesIn = (text) => [...text.matchAll(/\b(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*/g)].map(m => m[0]);
const parseTerraform = (text, ctx) => (0,parser_output/* guarded */.Nj)('terraform', () => {
    const lines = new mapped_text/* LineIndex */.rr(text);
    const problems = [];
    const records = [];
    const own = parseFile(0, ctx.file, text, lines, problems);
    const ws = new Workspace(own, ctx.siblings ?? new Map());
    const ev = new Evaluator(ws);
    checkBraces(own.toks, lines, text.length, problems);
    for (const block of own.body) {
        if (block.kind !== 'block' || block.type !== 'resource')
            continue;
        const type = recordType(ev, own, block);
        if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME')
            continue;
        const owner = resourceOwner(ev, own, block);
        const guards = countReads(own, block);
        for (const { v: raw, at } of resourceValues(ev, own, block)) {
            const v = type === 'TXT' ? txtAsSent(block.labels[0] ?? '', raw) : raw;
            const start = parse_terraform_valueStart(v, at);
            const rec = type === 'TXT'
                ? txtRecord(owner, v, { lines, start }, ws, problems)
                : hostRecord(owner, type, v, lines.pos(start));
            // Filled in from a value its count may rule out (`var.x` default "" under
            // `count = length(var.x) > 0 ? 1 : 0`): what it says is not what a deployment publishes.
            if (v.holes.some(h => referencesIn(h.source).some(r => guards.includes(r)))) {
                rec.conditional = true;
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
    plain: plain.parsePlain
};
/** octoDNS zones need the YAML parser (300 kB, 12 ms to load): loaded when one is first met. */
let octodns;
/** Makes `format` parseable by parseSource: a no-op except the first time for octoDNS. */
const loadParser = async (format) => {
    if (format === 'octodns')
        octodns ??= (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 5595))).parseOctodns;
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
// After any blank or `#` comment lines, which the plain format allows before its records.
const STS_TEXT = /^\uFEFF?(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*["']?[ \t]*v\s*=\s*(?:STSv1|TLSRPTv1)/i;
/**
 * The format of a file, by its name and content; undefined when it does not look like a place
 * that keeps DNS records (a GitHub workflow, a Terraform `*.tfvars`, prose).
 */
const detectFormat = (file, text) => {
    const base = (0,owner_names/* baseName */.Fl)(file).toLowerCase();
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
 * (`_mta-sts`) counts when the file does not say its origin or says it is this domain; a record
 * of a group (a DNSControl variable) counts as written only when the file says no origin (in a
 * file that does, the zone including the group has its own copy).
 */
const findRecord = (file, domain, type, name) => {
    const d = (0,domain_name/* canonicalDomain */.T)(domain);
    const n = name.toLowerCase();
    const absolute = n === '' ? d : `${n}.${d}`;
    const relativeOk = file.origin === undefined || file.origin === d;
    return file.records.filter(r => r.type === type &&
        (r.owner === absolute ||
            (relativeOk && r.owner === n && (r.group === undefined || file.origin === undefined))));
};

;// CONCATENATED MODULE: ./src/repo/id-reader.ts
/** Reading a domain's id out of one version of the file that keeps it (for the gate's history). */





const decoder = new TextDecoder();
/**
 * Other files the id is read with: the one keeping the id's characters when the record refers
 * to them (a `.tfvars` value or a `variable` default beside the `.tf` file).
 */
const idInputFiles = (src) => src.span !== undefined && src.span.file !== src.file ? [src.span.file] : [];
/**
 * The id of a domain as one version of its id source says it, read with the versions of its
 * input files (idInputFiles) of the same time. `yaml` is the YAML library, loaded by the caller
 * when the id is kept in the config file.
 */
const idReader = (m, src, yaml) => (bytes, inputs = new Map()) => {
    const t = decoder.decode(bytes);
    if (src.kind === 'config') {
        const doc = yaml?.parse(t);
        const id = doc?.domains?.[m.domain]?.id;
        return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    }
    // Only the facts are needed here, not the rules.
    if (src.kind === 'policy')
        return (0,effective/* policyFacts */._X)((0,parse/* parsePolicy */.ON)(bytes)).extensions.find(e => e.name === 'id')?.value;
    // Inputs are siblings of the id source (Terraform reads a folder): known by their names.
    const siblings = new Map();
    for (const [file, content] of inputs) {
        if (content !== null)
            siblings.set(external_node_path_default().posix.basename(file), decoder.decode(content));
    }
    const parsed = parseSource(src.file, t, siblings.size > 0 ? { siblings } : {});
    if (parsed === undefined)
        return undefined;
    const rec = findRecord(parsed, m.domain, 'TXT', '_mta-sts').find(r => r.value.startsWith('v=STSv1') && (src.group === undefined || r.group === src.group));
    // An id still written as an expression is not an id the history can compare.
    const id = rec === undefined || rec.computed === true ? undefined : (0,record_sts/* idOf */.TH)(rec.value);
    return id === undefined || id.includes('${') ? undefined : id;
};

// EXTERNAL MODULE: ./src/site/policy-host.ts
var policy_host = __webpack_require__(6212);
// EXTERNAL MODULE: ./src/site/github-pages.ts
var github_pages = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/site/folders.ts
var folders = __webpack_require__(6378);
// EXTERNAL MODULE: ./src/site/jekyll.ts
var site_jekyll = __webpack_require__(7750);
// EXTERNAL MODULE: ./src/site/front-matter.ts
var front_matter = __webpack_require__(2972);
// EXTERNAL MODULE: ./src/site/rewrites.ts
var site_rewrites = __webpack_require__(5282);
;// CONCATENATED MODULE: ./src/repo/site-files.ts
/**
 * How a repository's sites serve their policies beyond a plain `.well-known/mta-sts.txt`: pages
 * whose Jekyll front matter gives them the policy URL as permalink (the body below it is what is
 * served), host rules that rewrite the policy URL to another file (`_redirects`, `netlify.toml`,
 * `vercel.json`), routes that answer it from code, and a policy written into a file named
 * `.well-known`. What the files mean is src/site's business; this module reads them, and loads
 * the YAML parser only for a page that starts with front matter, the TOML parser only for a
 * `netlify.toml` that names `.well-known`.
 */





/** Pages read to look for a policy permalink: a large documentation site costs at most this. */
const MAX_PAGE_CANDIDATES = 1000;
const baseName = (f) => f.slice(f.lastIndexOf('/') + 1);
const dirName = (f) => {
    const i = f.lastIndexOf('/');
    return i === -1 ? '' : f.slice(0, i);
};
const ancestors = (file) => {
    const out = [];
    for (let d = dirName(file);; d = dirName(d)) {
        out.push(d);
        if (d === '')
            return out;
    }
};
const inFolder = (dir, name) => (dir === '' ? name : `${dir}/${name}`);
/** Text that is a policy rather than notes: `version: STSv1` and another field. */
const looksLikePolicyText = (text) => text !== undefined &&
    /^\s*version\s*:\s*STSv1\s*$/im.test(text) &&
    /^\s*(mode|max_age|mx)\s*:/im.test(text);
/** Which host reads a `_redirects` file, from the other files beside it in the repository. */
const redirectsHost = (files) => {
    if (files.some(f => baseName(f) === 'netlify.toml'))
        return 'netlify';
    if (files.some(f => /^wrangler\.(?:toml|jsonc?)$/.test(baseName(f))))
        return 'cloudflare';
    return 'netlify-or-cloudflare';
};
/** A folder that a site generator never publishes (build output, dependencies, tooling). */
const unpublished = (file) => file
    .split('/')
    .slice(0, -1)
    .some(p => folders/* SKIP_DIRS */.z_.has(p) || p === '_site' || (p.startsWith('.') && p !== well_known/* WELL_KNOWN_DIR */.VM));
/**
 * The sites' knowledge of their policies, read through `read` (text, or undefined when the file
 * cannot be read as text).
 */
const discoverSite = async (files, read) => {
    const known = new Set(files);
    const policies = new Map();
    const routes = [...new Set(files.flatMap(f => (0,well_known/* policyCodeRoute */.nC)(f) ?? []))];
    // Host rules.
    const rewrites = [];
    const host = redirectsHost(files);
    for (const file of files) {
        if (!(0,site_rewrites/* isRewriteFile */.zV)(file) || unpublished(file))
            continue;
        const text = await read(file);
        if (text === undefined || !(0,site_rewrites/* mayRewritePolicy */.O0)(text))
            continue;
        const name = baseName(file);
        if (name === '_redirects')
            rewrites.push(...(0,site_rewrites/* redirectsFileRules */.T0)(file, text, host));
        else if (name === 'vercel.json')
            rewrites.push(...(0,site_rewrites/* vercelJsonRules */.jS)(file, text));
        else {
            const { parse } = await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292));
            let data;
            try {
                data = parse(text);
            }
            catch {
                continue;
            }
            rewrites.push(...(0,site_rewrites/* netlifyTomlRules */.T3)(file, data, text));
        }
    }
    for (const r of rewrites) {
        if (r.target === undefined || !known.has(r.target) || policies.has(r.target))
            continue;
        policies.set(r.target, { file: r.target, siteRoot: dirName(r.file), servedBy: r });
    }
    // A policy written into a file named .well-known.
    for (const file of files) {
        if (baseName(file) !== well_known/* WELL_KNOWN_DIR */.VM || unpublished(file))
            continue;
        if (looksLikePolicyText(await read(file))) {
            policies.set(file, { file, siteRoot: dirName(file), wellKnownFile: true });
        }
    }
    // Pages with front matter: the policies discovery finds anyway, files named like the policy,
    // and in a Jekyll site any page (bounded).
    const jekyll = files.some(f => site_jekyll/* JEKYLL_CONFIG_NAMES */.Oq.includes(baseName(f)));
    const named = (f) => /mta[-_.]?sts/i.test(baseName(f));
    const pages = files.filter(f => !unpublished(f) && (0,front_matter/* mayBePage */._6)(f) && !(0,well_known/* isPolicyPath */.cP)(f));
    const candidates = [
        ...files.filter(well_known/* isPolicyPath */.cP),
        ...[...policies.keys()],
        ...pages.filter(named),
        ...(jekyll ? pages.filter(f => !named(f)).slice(0, MAX_PAGE_CANDIDATES) : [])
    ];
    let yaml;
    for (const file of new Set(candidates)) {
        const text = await read(file);
        if (text === undefined || (0,front_matter/* splitFrontMatter */.vQ)(text) === undefined)
            continue;
        yaml ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const fm = (0,front_matter/* readFrontMatter */.Xz)(yaml, text);
        if (fm === undefined)
            continue;
        const existing = policies.get(file);
        const permalink = fm.permalink;
        const isPolicy = existing !== undefined ||
            (0,well_known/* isPolicyPath */.cP)(file) ||
            (permalink !== undefined && (0,front_matter/* isPolicyPermalink */._o)(permalink.path));
        if (!isPolicy)
            continue;
        // Jekyll's site folder: the nearest one with a config or a .nojekyll, else the root.
        const root = ancestors(file).find(d => [...site_jekyll/* JEKYLL_CONFIG_NAMES */.Oq, '.nojekyll'].some(n => known.has(inFolder(d, n)))) ??
            (0,well_known/* wellKnownSite */.Bv)(file) ??
            '';
        const served = known.has(inFolder(root, '.nojekyll'));
        policies.set(file, {
            ...(existing ?? { file, siteRoot: root }),
            bodyLine: fm.bodyLine,
            bodyByte: new TextEncoder().encode(text.slice(0, fm.bodyStart)).length,
            ...(served && { frontMatterServed: true }),
            ...(permalink !== undefined && { permalink })
        });
    }
    return { policies, rewrites, routes };
};
/**
 * The body of a page below its front matter, as bytes (the bytes as they are without one). A
 * site that serves the front matter too (no Jekyll) is told so once by pages-jekyll; the policy
 * below it is still linted as the body it is meant to be.
 */
const policyBody = (bytes, page) => page?.bodyByte === undefined ? bytes : bytes.subarray(Math.min(page.bodyByte, bytes.length));
const lossy = new TextDecoder('utf-8', { fatal: false });
/**
 * The body of one version of a page below its front matter, whatever that version's front
 * matter is (the gate compares what was served at each commit); the bytes without one.
 */
const stripFrontMatter = (bytes) => {
    if (bytes[0] !== 0x2d)
        return bytes;
    const text = lossy.decode(bytes);
    const split = (0,front_matter/* splitFrontMatter */.vQ)(text);
    if (split === undefined)
        return bytes;
    return bytes.subarray(new TextEncoder().encode(text.slice(0, split.bodyStart)).length);
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
/**
 * The record of an id source that writes its id as an expression the repository gives no value
 * (`v=STSv1; id=${var.policy_id}`, no default, no .tfvars): set only when deploying, so neither
 * the gate nor bump can read it. Undefined for any other source.
 */
const unreadIdRecord = (src) => src.unevaluated === true &&
    src.id === undefined &&
    src.computed !== true &&
    src.delegatedTo === undefined
    ? (src.records.find(r => r.startsWith('v=STSv1')) ?? src.records[0])
    : undefined;
const model_decoder = new TextDecoder('utf-8', { fatal: false });
const model_text = (b) => b === null ? undefined : model_decoder.decode(b);
/** File names that may keep DNS records; others are never read for them. */
const SOURCE_NAME = /(?:\.(?:zone|db|hosts|fwd|tf|ya?ml|[cm]?js|ts|txt)$|(?:^|\/)db\.[^/]+$)/i;
/** Content a file must hold to be worth parsing as a DNS source. */
const SOURCE_HINT = /_mta-sts|_smtp\._tls/i;
/** Script files that may bind names a DNSControl zone uses (a domain, records) in another file. */
const SCRIPT_NAME = /\.(?:[cm]?js|ts)$/i;
/** Rounds of following names from file to file (each round follows one more link). */
const MAX_LINK_ROUNDS = 4;
const dirOf = (f) => {
    const d = external_node_path_default().posix.dirname(f);
    return d === '.' ? '' : d;
};
/** The site root of a policy: the folder holding `.well-known` (or the root for `mta-sts.txt`). */
const siteRootOf = (policy) => (policy === well_known/* POLICY_FILE */.CX ? '' : dirOf(dirOf(policy)));
/**
 * The policy host a folder or repository name stands for: as written, less what clones and
 * downloads add (`mta-sts.example.com.git`, a bare clone; `mta-sts.example.com-main`, GitHub's
 * ZIP of a branch) and a Pages user site's suffix (`mta-sts.example.com.github.io`).
 */
const hostOfFolder = (name) => name
    .replace(/\.git$/i, '')
    .replace(/-(?:main|master)$/i, '')
    .replace(/\.github\.io$/i, '');
const layoutDomain = async (view, files, policy, rootName, facts) => {
    const page = facts.policies.get(policy);
    const site = page?.siteRoot ?? siteRootOf(policy);
    const cname = site === '' ? 'CNAME' : `${site}/CNAME`;
    if (files.has(cname)) {
        const d = (0,github_pages/* cnameDomain */.pO)(model_text(await view.read(cname)) ?? '');
        if (d !== undefined)
            return { domain: d, foundBy: `CNAME file ${cname}` };
    }
    // A host rule written for the policy host's URL names the domain.
    const host = page?.servedBy?.fromHost;
    const fromRule = host === undefined ? undefined : (0,policy_host/* domainFromHost */.X)(host);
    if (fromRule !== undefined && page?.servedBy !== undefined) {
        return { domain: fromRule, foundBy: `host rule ${page.servedBy.file}:${page.servedBy.line}` };
    }
    const folders = policy.split('/').slice(0, -1).reverse();
    if (rootName !== undefined)
        folders.push(rootName);
    for (const f of folders) {
        const d = (0,policy_host/* domainFromHost */.X)(hostOfFolder(f));
        if (d !== undefined)
            return { domain: d, foundBy: `folder name ${f}` };
    }
    return undefined;
};
/** Reads and parses every file that may keep DNS records (bounded). */
const readSources = async (view, files, forced, notes) => {
    const sources = new Map();
    const candidates = files.filter(f => forced.has(f) || (SOURCE_NAME.test(f) && !f.startsWith('.github/') && !(0,well_known/* isPolicyPath */.cP)(f)));
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
    /** Scripts without record text: they may still bind names other scripts use. */
    const scripts = [];
    for (const f of candidates.slice(0, MAX_SOURCE_CANDIDATES)) {
        const t = model_text(await view.read(f));
        if (t === undefined)
            continue;
        if (!forced.has(f) && !SOURCE_HINT.test(t)) {
            if (SCRIPT_NAME.test(f))
                scripts.push(f);
            continue;
        }
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
    await readBoundNames(view, scripts, sources);
    for (const [f, linked] of linkSources(sources))
        sources.set(f, linked);
    return sources;
};
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * DNSControl scripts that keep no record text but bind a name a zone of another script needs:
 * `var DOMAIN = "example.com"` for `D(DOMAIN, ...)`, or a zone that includes `MTA_STS` declared
 * elsewhere. Only scripts naming such a name are parsed, a few rounds deep.
 */
const readBoundNames = async (view, scripts, sources) => {
    const asked = new Set();
    let left = scripts;
    for (let round = 0; round < MAX_LINK_ROUNDS && left.length > 0; round++) {
        const wanted = new Set();
        for (const s of sources.values()) {
            if (s.shared === undefined)
                continue;
            for (const g of Object.keys(s.shared.groups))
                wanted.add(g);
            for (const z of s.shared.zones)
                if (z.domain === undefined && z.domainRef)
                    wanted.add(z.domainRef);
        }
        for (const n of asked)
            wanted.delete(n);
        if (wanted.size === 0)
            return;
        for (const n of wanted)
            asked.add(n);
        const name = new RegExp(`(?<![\\w$])(?:${[...wanted].map(escapeRegExp).join('|')})(?![\\w$])`);
        const next = [];
        for (const f of left) {
            const t = model_text(await view.read(f));
            if (t === undefined)
                continue;
            if (!name.test(t)) {
                next.push(f);
                continue;
            }
            const parsed = parseSource(f, t, { format: 'dnscontrol' });
            if (parsed !== undefined && (parsed.records.length > 0 || parsed.shared !== undefined))
                sources.set(f, parsed);
        }
        left = next;
    }
};
/** The domains a set of DNS sources declares an `_mta-sts` record (TXT or CNAME) for. */
const domainsWithRecords = (sources) => {
    const out = new Map();
    for (const [file, s] of sources) {
        for (const r of s.records) {
            const m = /^_mta-sts\.(.+)$/.exec(r.owner);
            // A name built from an expression (`_mta-sts.${each.key}.example.com`) names no domain.
            const d = m === null ? undefined : (0,domain_name/* validDomain */.b)(m[1]);
            if (d !== undefined && (r.type === 'TXT' || r.type === 'CNAME')) {
                if (!out.has(d))
                    out.set(d, file);
            }
        }
    }
    return out;
};
/**
 * A record whose text still holds an expression (`${...}`) from its source language, or was
 * filled in on a condition that may rule it out: its text is not what is published.
 */
const unevaluated = (r) => r.computed === true || r.conditional === true || r.value.includes('${');
/** MX hosts as written: a target built from an expression (`${each.value.host}`) is no host name. */
const mxHosts = (recs) => recs.filter(r => !r.value.includes('${') && r.value !== '');
const idSourceFromRecords = (file, kind, recs) => {
    const cname = recs.find(r => r.type === 'CNAME');
    const txt = recs.filter(r => r.type === 'TXT');
    const first = txt[0] ?? cname;
    const src = {
        kind,
        file,
        records: txt.map(r => r.value),
        positions: txt.map(record_place/* placeOf */.$t)
    };
    if (first !== undefined) {
        src.line = first.line;
        src.column = first.column;
    }
    if (cname !== undefined && txt.length === 0)
        src.delegatedTo = cname.value;
    if (txt.some(unevaluated))
        src.unevaluated = true;
    const group = txt[0]?.group;
    if (group !== undefined && txt.every(r => r.group === group))
        src.group = group;
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
    /** Each zone kept in the repository, and the first file that keeps it. */
    zoneOrigins = new Map();
    #order = new Map();
    constructor(sources) {
        this.sources = sources;
        for (const [file, s] of sources) {
            if (s.origin !== undefined &&
                (s.format === 'bind' || s.format === 'octodns' || s.format === 'dnscontrol')) {
                if (!this.zoneOrigins.has(s.origin))
                    this.zoneOrigins.set(s.origin, file);
            }
            for (const z of s.zones ?? [])
                if (!this.zoneOrigins.has(z))
                    this.zoneOrigins.set(z, file);
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
                // A variable's records belong to the zones that include them (their copies), not to
                // whichever domain is asked for.
                const relativeOk = !records.some(r => r.group !== undefined && r.scope !== undefined);
                for (const target of relativeOk ? targets : [this.#absolute]) {
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
    // 1. Policies: discovered (with what their sites say of them), plus the ones the config names.
    const site = await discoverSite(files, async (f) => model_text(await view.read(f)));
    const policyFiles = files.filter(f => (0,well_known/* isPolicyPath */.cP)(f) || site.policies.has(f));
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
    const policiesClaimed = new Set([...domains.values()].map(d => d.policyFile));
    for (const p of policyFiles) {
        if (policiesClaimed.has(p))
            continue;
        const found = await layoutDomain(view, fileSet, p, opts.rootName, site);
        if (found !== undefined) {
            const m = add(found.domain, found.foundBy);
            m.policyFile ??= p;
        }
    }
    // 3. DNS sources: every file that may keep records, plus the ones the config names.
    const forced = new Set();
    for (const c of Object.values(config.domains)) {
        if (c.record !== undefined && fileSet.has(c.record) && !(0,well_known/* isPolicyPath */.cP)(c.record))
            forced.add(c.record);
        if (c.tlsrpt !== undefined && 'file' in c.tlsrpt && fileSet.has(c.tlsrpt.file))
            forced.add(c.tlsrpt.file);
    }
    const sources = await readSources(view, files.filter(f => !site.policies.has(f)), forced, notes);
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
    /** Records some domain took (by file and position): every other one is linted on its own. */
    const claimed = new Set();
    const claim = (file, recs) => {
        for (const r of recs)
            claimed.add(recordKey(file, r));
    };
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
                claim(found.file, found.records);
            }
            else if (single === d) {
                for (const [file, s] of sources) {
                    if (s.origin !== undefined)
                        continue;
                    const recs = s.records.filter(r => r.owner === '_mta-sts');
                    if (recs.length > 0) {
                        m.idSource = idSourceFromRecords(file, s.format, recs);
                        claim(file, recs);
                        break;
                    }
                }
            }
            if (c.record !== undefined && m.idSource === undefined) {
                const at = opts.loaded.lineOf(['domains', d, 'record']);
                const config = opts.loaded.file;
                m.recordExpected = {
                    file: c.record,
                    ...(at !== undefined && config !== undefined && { at: { file: config, ...at } })
                };
            }
        }
        const mxFound = index.find(d, 'MX', '');
        const mxRecords = mxFound === undefined ? [] : mxHosts(mxFound.records);
        const mx = mxFound === undefined || mxRecords.length === 0
            ? undefined
            : { ...mxFound, records: mxRecords };
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
            const text = opts.loaded.textOf?.(['domains', d, 'tlsrpt']);
            m.tlsrpt = {
                records: [c.tlsrpt.record],
                ...(opts.loaded.file !== undefined && { file: opts.loaded.file }),
                ...(at !== undefined && { line: at.line, column: at.column }),
                ...(text !== undefined && { positions: [text] })
            };
        }
        else {
            const only = c.tlsrpt !== undefined && 'file' in c.tlsrpt ? c.tlsrpt.file : undefined;
            const t = index.find(d, 'TXT', '_smtp._tls', only);
            const alias = t === undefined ? index.find(d, 'CNAME', '_smtp._tls', only) : undefined;
            if (alias !== undefined) {
                // Delegated, like _mta-sts can be (a provider that hosts the reports' address).
                claim(alias.file, alias.records);
                const [first] = alias.records;
                m.tlsrpt = {
                    records: [],
                    file: alias.file,
                    line: first.line,
                    column: first.column,
                    delegatedTo: first.value
                };
            }
            else if (t !== undefined) {
                claim(t.file, t.records);
                m.tlsrpt = {
                    records: t.records.map(r => r.value),
                    file: t.file,
                    line: t.records[0].line,
                    column: t.records[0].column,
                    positions: t.records.map(record_place/* placeOf */.$t),
                    // A record built from expressions cannot be judged from its text.
                    ...(t.records.some(unevaluated) && { unevaluated: true })
                };
            }
            else if (m.zoneKept) {
                const zoneFile = mx?.file ?? m.idSource?.file ?? index.zoneOrigins.get(d);
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
    const loose = looseRecords(sources, claimed);
    return { files, policies, site, domains: [...domains.values()], loose, sources, notes };
};
const recordKey = (file, r) => `${file}\0${r.line}\0${r.column}`;
/** The kind of record an owner holds: `_mta-sts[.<domain>]` or `_smtp._tls[.<domain>]`. */
const looseKind = (owner) => {
    const m = /^(_mta-sts|_smtp\._tls)(?:\.(.+))?$/.exec(owner);
    if (m === null)
        return undefined;
    return { kind: m[1] === '_mta-sts' ? 'sts' : 'tlsrpt', rest: m[2] ?? '' };
};
/**
 * The `_mta-sts` and `_smtp._tls` TXT records no domain claimed, one RRset per file, owner and
 * scope. Records built from expressions are left out: their text is not what is published.
 */
const looseRecords = (sources, claimed) => {
    const sets = new Map();
    for (const [file, s] of sources) {
        for (const r of s.records) {
            if (r.type !== 'TXT' || claimed.has(recordKey(file, r)) || unevaluated(r))
                continue;
            const k = looseKind(r.owner);
            if (k === undefined)
                continue;
            const key = `${file}\0${r.owner}\0${r.scope ?? ''}`;
            let set = sets.get(key);
            if (set === undefined) {
                const domain = (0,domain_name/* validDomain */.b)(k.rest);
                set = {
                    kind: k.kind,
                    file,
                    records: [],
                    positions: [],
                    ...(domain !== undefined && { domain })
                };
                sets.set(key, set);
            }
            // The copies of a variable's record in each zone are one record as written.
            if (set.positions.some(p => p.line === r.line && p.column === r.column))
                continue;
            set.records.push(r.value);
            set.positions.push((0,record_place/* placeOf */.$t)(r));
        }
    }
    return [...sets.values()];
};

;// CONCATENATED MODULE: ./src/repo/hosting.ts
/**
 * The repository as the repo rules (pages-jekyll, policy-location) see it: the file list, walked
 * once, small text files read on demand, and what the site's YAML files say. What those files
 * mean is src/site's business; this module reads them, and loads the YAML parser (300 kB) only
 * when the repository has a workflow naming a Pages action or a Jekyll config beside a policy.
 */







/** Bounds of the file list: a huge tree costs at most this. */
const MAX_FILES = 50_000;
const MAX_DEPTH = 10;
/** `read()` returns files up to this size: workflows, CNAME, _config.yml, policies. */
const MAX_READ_BYTES = 256 * 1024;
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
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, rel), { withFileTypes: true });
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
            if (e.isDirectory() && !folders/* SKIP_DIRS */.z_.has(e.name)) {
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
/**
 * What the YAML files of the site say: the Pages steps of the workflows, and the Jekyll config
 * of each policy's site folder. The `yaml` package is loaded only when there is one to read.
 */
const readSiteYaml = async (files, read, policies) => {
    const workflows = [];
    for (const file of files) {
        if (!(0,github_pages/* isWorkflow */._2)(file))
            continue;
        const text = read(file);
        if (text !== undefined && (0,github_pages/* mayRunPages */.vF)(text))
            workflows.push([file, text]);
    }
    const known = new Set(files);
    const configs = new Map();
    for (const p of policies) {
        const site = p.siteRoot ?? (0,well_known/* wellKnownSite */.Bv)(p.file);
        const file = site === undefined ? undefined : (0,site_jekyll/* jekyllConfigFile */.qi)(known, site);
        const text = file === undefined ? undefined : read(file);
        if (file !== undefined && text !== undefined)
            configs.set(file, text);
    }
    const steps = [];
    const jekyllConfigs = new Map();
    if (workflows.length > 0 || configs.size > 0) {
        const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        for (const [file, text] of workflows)
            steps.push(...(0,github_pages/* pagesSteps */.Eq)(yaml, file, text));
        for (const [file, text] of configs)
            jekyllConfigs.set(file, (0,site_jekyll/* readJekyllConfig */.ef)(yaml, file, text));
    }
    return { pagesSteps: steps, jekyllConfigs };
};
const hosting_decoder = new TextDecoder('utf-8', { fatal: true });
/** A policy as repo rules see it, with what its site knows of it. */
const repoPolicy = (p, site) => {
    if (site === undefined)
        return p;
    const out = { ...p, siteRoot: site.siteRoot };
    if (site.bodyLine !== undefined)
        out.bodyLine = site.bodyLine;
    if (site.frontMatterServed === true)
        out.frontMatterServed = true;
    if (site.permalink !== undefined)
        out.permalink = site.permalink;
    if (site.servedBy !== undefined)
        out.servedBy = site.servedBy;
    if (site.wellKnownFile === true)
        out.wellKnownFile = true;
    return out;
};
/** The site facts given, else read now; the policies with them. */
const withSite = async (files, read, policies, site) => {
    if (site !== undefined && policies !== undefined) {
        return { policies, rewrites: site.rewrites, routes: site.routes };
    }
    const facts = await discoverSite(files, f => Promise.resolve(read(f)));
    const found = policies ?? files.filter(f => (0,well_known/* isPolicyPath */.cP)(f) || facts.policies.has(f)).map(file => ({ file }));
    return {
        policies: found.map(p => p.siteRoot === undefined ? repoPolicy(p, facts.policies.get(p.file)) : p),
        rewrites: facts.rewrites,
        routes: facts.routes
    };
};
/**
 * The context repo rules check: the file list, `read()` for small UTF-8 files of that list
 * (anything else reads as undefined; paths outside the list are never opened), and what the
 * site's workflows and Jekyll configs say.
 */
const loadRepoContext = async (root, policies, opts = {}) => {
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
            if ((0,external_node_fs_.statSync)(abs).size <= MAX_READ_BYTES)
                text = hosting_decoder.decode((0,external_node_fs_.readFileSync)(abs));
        }
        catch {
            text = undefined;
        }
        cache.set(file, text);
        return text;
    };
    const sited = await withSite(files, read, policies, opts.site);
    return {
        files,
        read,
        ...sited,
        rootName: external_node_path_default().basename(external_node_path_default().resolve(root)),
        ...(await readSiteYaml(files, read, sited.policies))
    };
};
/**
 * A context over files held in memory (tests, documentation examples). Without `policies`, the
 * policies are the files discovery would find (every `.well-known/mta-sts.txt`, a root
 * `mta-sts.txt`, pages whose permalink is the policy URL, files a host rule serves there), with
 * no domain.
 */
const repoFromFiles = async (files, opts = {}) => {
    const list = Object.keys(files).sort();
    const read = (f) => (Object.hasOwn(files, f) ? files[f] : undefined);
    const sited = await withSite(list, read, opts.policies, undefined);
    const ctx = {
        files: list,
        read,
        ...sited,
        ...(await readSiteYaml(list, read, sited.policies))
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

;// CONCATENATED MODULE: ./src/repo/working-tree.ts
/**
 * The two views of the repository the pipeline reads: the working tree (the head), and a commit
 * (the base) through the gate's base source, which takes files the working tree holds unchanged
 * from the head's earlier reads instead of reading them again.
 */




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
                const s = (0,external_node_fs_.statSync)(abs);
                if (s.isFile() && s.size <= MAX_SOURCE_BYTES * 64)
                    bytes = (0,external_node_fs_.readFileSync)(abs);
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

;// CONCATENATED MODULE: ./src/repo/gate-stage.ts
/**
 * The gate stage of repository mode: the repository's model at the base, each domain's state at
 * the base and at the head, the history of the files where something moved, then the pure
 * comparison (gate/compare.ts) that decides what needs a new id.
 */












/** File histories read side by side: each is one `git log`, which keeps a core busy. */
const HISTORY_CONCURRENCY = 4;
/** At most this many domains are named in a note; the rest are counted. */
const MAX_NAMED = 5;
const nameList = (names) => names.length <= MAX_NAMED
    ? names.join(', ')
    : `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`;
/**
 * Domains whose record the repository keeps but whose policy is served from elsewhere, at the
 * head and at the base: the gate cannot tell whether their policy changed, so it says so once.
 */
const recordsOnlyNote = (head, base) => {
    const withPolicy = new Set(base.domains.filter(d => d.policyFile !== undefined).map(d => d.domain));
    const names = head.domains
        .filter(d => d.policyFile === undefined && d.idSource !== undefined && !withPolicy.has(d.domain))
        .map(d => d.domain);
    if (names.length === 0)
        return [];
    return [
        `${nameList(names)}: no policy in this repository (served from elsewhere), so the id gate cannot tell whether ${names.length === 1 ? 'its policy changes with its id' : 'their policies change with their ids'}; ${names.length === 1 ? 'its record is' : 'their records are'} linted, and a removal is still checked`
    ];
};
const EMPTY_CONFIG = {
    config: { domains: {}, rules: {} },
    lineOf: () => undefined
};
/** The config as it was at the base: a domain it named may be gone now. */
const baseConfig = async (input, notices) => {
    const configFile = input.loaded.file ?? '.mta-sts.yml';
    const bytes = await input.gate.source.read(configFile).catch(() => null);
    if (bytes === null)
        return EMPTY_CONFIG;
    try {
        return await parseConfig(new TextDecoder().decode(bytes), configFile, registry/* RULES */.y0.map(r => r.meta.id));
    }
    catch {
        notices.push(`the config file at the base (${configFile}) could not be read; domains it named are compared as discovered`);
        return EMPTY_CONFIG;
    }
};
/**
 * One domain's state in one version: its policy (bytes and effective values) and its id. `own`
 * is the lint stage's result for a head domain (its reads are reused); undefined at the base.
 */
const stateOf = async (m, view, own, lints, yaml, pages) => {
    const s = {};
    if (m.policyFile !== undefined) {
        s.policyFile = m.policyFile;
        // A page's body below its front matter is what its site serves (the lint stage read the head's).
        const read = own !== undefined ? null : await view.read(m.policyFile);
        const bytes = own !== undefined
            ? (lints.get(m.policyFile)?.bytes ?? null)
            : read !== null && pages.has(m.policyFile)
                ? stripFrontMatter(read)
                : read;
        if (bytes !== null) {
            s.policyBytes = bytes;
            const p = own?.policy ?? readPolicy(bytes);
            if (p !== undefined)
                s.policy = p;
        }
    }
    const src = m.idSource;
    if (src === undefined) {
        s.record = false;
        return s;
    }
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
    const unread = s.id === undefined ? unreadIdRecord(src) : undefined;
    if (unread !== undefined)
        s.idUnread = unread;
    if (own !== undefined && src.line !== undefined) {
        s.idLocation = {
            file: src.file,
            line: src.line,
            ...(src.column !== undefined && { column: src.column })
        };
    }
    if (src.delegatedTo !== undefined)
        s.record = true;
    return s;
};
/**
 * Whether a model's sites serve a policy file at the well-known URL, or mean to (a page with the
 * permalink, a host rule's target): not a root `mta-sts.txt` beside a site's pages.
 */
const servedIn = (model, rootName) => (file) => (0,well_known/* isWellKnownPolicy */.E8)(file) ||
    model.site.policies.has(file) ||
    // A repository named .well-known is published as that folder.
    (file === well_known/* POLICY_FILE */.CX && rootName === well_known/* WELL_KNOWN_DIR */.VM);
const moved = (input) => input.base === undefined ||
    (0,id_gate_conditions/* policyChanged */.XX)(input.base, input.head) ||
    input.base.id !== input.head.id ||
    (input.base.record ?? true) !== (input.head.record ?? true);
/** Each domain of the head or the base, base against head; and those whose history is needed. */
const domainInputs = async (input, base, view, yaml, pages) => {
    /**
     * Where an id kept apart from its record is written: in another file (a .tfvars value), or on
     * another line of the same one (DNSControl's `var ID = "..."`).
     */
    const valueAt = async (src) => {
        const span = src?.span;
        if (span === undefined)
            return undefined;
        const bytes = input.tree.readBefore(span.file) ?? (await input.tree.read(span.file));
        if (bytes === null)
            return undefined;
        const before = new TextDecoder().decode(bytes).slice(0, span.start);
        const line = before.split('\n').length;
        if (span.file === src?.file && line === src.line)
            return undefined;
        return { file: span.file, line, column: span.start - before.lastIndexOf('\n') };
    };
    const served = servedIn(base, input.rootName);
    const headPolicies = new Set(input.head.policies.map(p => p.file));
    const headByName = new Map(input.head.domains.map(d => [d.domain, d]));
    const baseByName = new Map(base.domains.map(d => [d.domain, d]));
    const names = new Set([...headByName.keys(), ...baseByName.keys()]);
    const inputs = [];
    const wanted = [];
    for (const name of names) {
        const h = headByName.get(name);
        const b = baseByName.get(name);
        const domain = {
            domain: name,
            head: h === undefined
                ? { record: false }
                : await stateOf(h, view, input.perDomain.get(name), input.lints, yaml, pages)
        };
        const value = await valueAt(h?.idSource);
        if (value !== undefined)
            domain.head.idValueLocation = value;
        if (b !== undefined) {
            domain.base = await stateOf(b, view, undefined, input.lints, yaml, pages);
            if (b.policyFile !== undefined && !served(b.policyFile))
                domain.base.unserved = true;
            if (b.policyFile !== undefined &&
                h?.policyFile === undefined &&
                headPolicies.has(b.policyFile)) {
                domain.head.detached = { policyFile: b.policyFile, foundBy: b.foundBy };
            }
        }
        if (h?.configLine !== undefined)
            domain.configLocation = h.configLine;
        const src = h?.idSource ?? b?.idSource;
        const policyFile = h?.policyFile ?? b?.policyFile;
        if (moved(domain) && (src !== undefined || policyFile !== undefined)) {
            wanted.push({
                input: domain,
                model: h ?? b,
                ...(src !== undefined && { src }),
                ...(policyFile !== undefined && { policyFile })
            });
        }
        inputs.push(domain);
    }
    return { inputs, wanted };
};
/**
 * Policies no domain is known for that the head no longer has (not even moved: no head policy
 * holds the same bytes). Only their removal can be judged: an enforce or testing policy removed
 * strands the senders that cached it, whoever's it was.
 */
const unnamedRemovals = async (head, base, view, lints, pages, rootName) => {
    const headFiles = new Set(head.policies.map(p => p.file));
    const served = servedIn(base, rootName);
    const removed = [];
    for (const p of base.policies) {
        // One the base's site never served was never cached: its removal is nobody's concern.
        if (p.domains.length > 0 || headFiles.has(p.file) || !served(p.file))
            continue;
        const bytes = await view.read(p.file);
        if (bytes === null || [...lints.values()].some(l => (0,policy_changes/* sameBytes */.er)(l.bytes, bytes)))
            continue;
        const policy = readPolicy(pages.has(p.file) ? stripFrontMatter(bytes) : bytes);
        const input = {
            domain: p.file,
            unnamed: true,
            head: { record: false },
            base: {
                record: false,
                policyFile: p.file,
                policyBytes: bytes,
                ...(policy !== undefined && { policy })
            }
        };
        removed.push({ input, policyFile: p.file });
    }
    return removed;
};
/**
 * Each wanted domain's history, from its policy's and its id source's file histories. Each file's
 * history is read once (domains share policies and zones), a few at a time: every one is a
 * `git log` of its own, and there are two cores to run them on. Failures come back as notices,
 * in domain order.
 */
const readHistories = async (history, wanted, depth, yaml, pages) => {
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
            // The id may be kept in another file than its record (a .tfvars value): its history too.
            const idInputs = new Map();
            for (const f of src === undefined ? [] : idInputFiles(src)) {
                idInputs.set(f, f === policyFile && policy !== undefined ? policy : await fileHistory(f));
            }
            input.history = buildHistory({
                ...(policy !== undefined && { policy }),
                ...(idSource !== undefined && { idSource }),
                ...(idInputs.size > 0 && { idInputs }),
                readId: src === undefined || model === undefined
                    ? () => undefined
                    : idReader(model, src, yaml),
                ...(policyFile !== undefined &&
                    pages.has(policyFile) && {
                    readPolicy: (b) => readPolicy(stripFrontMatter(b))
                })
            });
            return undefined;
        }
        catch (e) {
            return `history of ${input.domain} unavailable: ${e.message}`;
        }
    })));
    return failed.filter((n) => n !== undefined);
};
const runGate = async (input) => {
    const notices = [];
    const view = commitView(input.gate.source, input.head.files, input.tree);
    const base = await buildModel(view, {
        loaded: await baseConfig(input, notices),
        rootName: input.rootName
    });
    const kinds = new Set([...input.head.domains, ...base.domains].map(d => d.idSource?.kind));
    const yaml = kinds.has('config') ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : undefined;
    // Earlier versions of an octoDNS zone are read with its parser (loaded on first need).
    if (kinds.has('octodns'))
        await loadParser('octodns');
    // Policy files that are pages with front matter, at the head or the base.
    const pages = new Set([...input.head.site.policies.values(), ...base.site.policies.values()]
        .filter(p => p.bodyLine !== undefined)
        .map(p => p.file));
    const { inputs, wanted } = await domainInputs(input, base, view, yaml, pages);
    const unnamed = await unnamedRemovals(input.head, base, view, input.lints, pages, input.rootName);
    inputs.push(...unnamed.map(u => u.input));
    wanted.push(...unnamed);
    if (input.gate.history !== undefined && wanted.length > 0) {
        const depth = input.loaded.config.historyDepth ?? 100;
        notices.push(...(await readHistories(input.gate.history, wanted, depth, yaml, pages)));
    }
    const verdict = compareDomains(inputs, {
        now: input.now,
        severities: input.severities,
        ...(input.idTime !== undefined && { idTime: input.idTime })
    });
    return {
        findings: verdict.findings,
        changed: verdict.changed,
        ...(verdict.newId !== undefined && { newId: verdict.newId }),
        needsNewId: verdict.domains.filter(d => d.needsNewId).map(d => d.domain),
        changedDomains: verdict.domains.filter(d => d.changed).map(d => d.domain),
        notices,
        notes: recordsOnlyNote(input.head, base),
        emptyBase: base.policies.length === 0 && base.domains.length === 0 && base.loose.length === 0
    };
};

;// CONCATENATED MODULE: ./src/repo/lint-stage.ts






/** A finding moved to where the thing it is about is kept (a zone's line, the config's key). */
const relocate = (f, file, at) => {
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
/**
 * A finding on a record of an RRset (its line: the record's number, its column: the column in
 * the record's text) moved to where that character is written: past escapes, between strings,
 * on the line it is on; at the record's start when the file does not write it (an expression's
 * value). Without places (nothing kept in a file), to the file alone.
 */
const relocateInRecord = (f, file, places) => {
    const place = places[(f.line ?? 1) - 1] ?? places[0];
    if (place === undefined)
        return relocate(f, file, undefined);
    const message = place.note === undefined ? f.message : `${f.message} (${place.note})`;
    return { ...f, message, file, ...(0,record_place/* positionAt */.t$)(place, (f.column ?? 1) - 1) };
};
/**
 * Every policy file once. The rules that need one domain's facts run here only for a policy that
 * serves no known domain; lintDomain runs them for each domain a policy serves.
 */
const lintPolicies = async (model, head, severities) => {
    const stage = { findings: [], lints: new Map() };
    for (const p of model.policies) {
        const read = await head.read(p.file);
        if (read === null)
            continue;
        // A page is linted as the body its site serves, its findings at the file's own lines.
        const page = model.site.policies.get(p.file);
        const bytes = policyBody(read, page);
        const opts = {
            file: p.file,
            severities,
            ...(p.domains.length === 1 && { domain: p.domains[0] }),
            ...(bytes !== read && page?.bodyLine !== undefined && { firstLine: page.bodyLine })
        };
        const lint = (0,src_lint/* lintPolicy */.GF)(bytes, opts);
        let found = lint.findings;
        if ((0,public_suffix/* needsPublicSuffix */.wI)(lint.policy.mx, lint.facts.mxValid)) {
            stage.publicSuffix ??= await (0,public_suffix/* loadPublicSuffixCheck */.$4)();
            found = (0,src_lint/* policyFindings */.Js)(lint, { ...opts, isPublicSuffix: stage.publicSuffix });
        }
        stage.lints.set(p.file, { bytes, lint });
        stage.findings.push(...found.filter(f => p.domains.length === 0 || !registry/* DOMAIN_POLICY_RULES */.sh.has(f.rule)));
        if (p.domains.length === 0 && (0,not_policy/* notAPolicy */.R)(lint.parsed) === undefined) {
            // Whose policy it is decides which record and which site: say how to tell (not for a file
            // that is no policy at all: policy-syntax's one finding says what it is).
            const r = (0,src_lint/* lintRecords */.YO)([], { severities, origin: 'repo', policyWithoutDomain: p.file });
            stage.findings.push(...r.findings.map(f => ({ ...f, file: p.file })));
        }
    }
    return stage;
};
/**
 * No record kept: txt-missing (a notice in repository mode: the id gate cannot run) on the
 * policy. A record file the config names that holds none: txt-missing as an error, on the config
 * line. A domain with no policy here (removed, say) has nothing for the gate to compare: neither.
 */
const missingRecord = (m, severities) => {
    const policyFile = m.policyFile;
    // A domain with no policy here either has nothing for the gate to compare: no finding.
    if (policyFile === undefined)
        return [];
    const expected = m.recordExpected;
    if (expected !== undefined) {
        // The config names the file: the finding goes to its record: line (else to the file).
        const r = (0,src_lint/* lintRecords */.YO)([], {
            severities,
            origin: 'repo',
            domain: m.domain,
            expectedIn: expected.file
        });
        return r.findings.map(f => expected.at === undefined
            ? { ...f, file: expected.file }
            : relocate(f, expected.at.file, expected.at));
    }
    return (0,src_lint/* lintRecords */.YO)([], { severities, origin: 'repo', domain: m.domain }).findings.map(f => ({
        ...f,
        file: policyFile
    }));
};
/** The `_mta-sts` record the repository keeps for the domain, linted where it is kept. */
const lintKeptRecord = (m, policy, severities, out) => {
    const src = m.idSource;
    if (src === undefined)
        return missingRecord(m, severities);
    if (src.kind === 'policy') {
        // The id is an `id:` line of the policy: lint it as the record it stands for.
        const idField = policy?.lint.facts.extensions.find(e => e.name === 'id');
        if (idField === undefined)
            return [];
        out.id = idField.value;
        const r = (0,src_lint/* lintRecords */.YO)([`v=STSv1; id=${idField.value}`], { severities, domain: m.domain });
        const column = idField.valueColumn - 'v=STSv1; id='.length;
        return r.findings.map(f => relocate(f, src.file, { line: idField.line, column }));
    }
    // A record delegated by CNAME, or computed by an expression, has no text to lint here.
    if (src.delegatedTo !== undefined || src.unevaluated === true)
        return [];
    const r = (0,src_lint/* lintRecords */.YO)(src.records, { severities, domain: m.domain, origin: 'repo' });
    out.id = r.record.id ?? src.id;
    return r.findings.map(f => relocateInRecord(f, src.file, src.positions));
};
/** The policy rules that weigh the policy against this domain's MX hosts and record id. */
const domainPolicyFindings = (m, policy, id, severities, publicSuffix) => (0,src_lint/* policyFindings */.Js)(policy.lint, {
    file: m.policyFile,
    domain: m.domain,
    severities,
    ...(m.mx !== undefined && { mxHosts: m.mx.hosts }),
    // An id kept in the policy itself cannot disagree with itself, and is no stray line.
    ...(id !== undefined && m.idSource?.kind !== 'policy' && { recordId: id }),
    ...(m.idSource?.kind === 'policy' && { idKeptHere: true }),
    ...(publicSuffix !== undefined && { isPublicSuffix: publicSuffix })
}, registry/* DOMAIN_POLICY_RULES */.sh);
/** The TLS-RPT record, when the repository keeps the domain's zone or names the record. */
const lintKeptTlsRpt = (m, policy, severities) => {
    const t = m.tlsrpt;
    if (t === undefined || t.unevaluated === true || t.delegatedTo !== undefined)
        return [];
    const mode = policy?.lint.mode;
    const r = (0,src_lint/* lintTlsRpt */.bl)(t.records, {
        severities,
        domain: m.domain,
        ...(mode !== undefined && { mode })
    });
    const file = t.file;
    if (file === undefined)
        return r.findings;
    const places = t.positions;
    if (places !== undefined && places.length > 0)
        return r.findings.map(f => relocateInRecord(f, file, places));
    const at = t.line === undefined ? undefined : { line: t.line, column: t.column ?? 1 };
    return r.findings.map(f => relocate(f, file, at));
};
/** One domain: its kept records and its policy's domain rules. */
const lintDomain = (m, stage, severities) => {
    const lint = {};
    const policy = m.policyFile === undefined ? undefined : stage.lints.get(m.policyFile);
    if (policy !== undefined)
        lint.policy = policy.lint.policy;
    const findings = lintKeptRecord(m, policy, severities, lint);
    if (policy !== undefined) {
        findings.push(...domainPolicyFindings(m, policy, lint.id, severities, stage.publicSuffix));
    }
    findings.push(...lintKeptTlsRpt(m, policy, severities));
    return { lint, findings };
};
/**
 * Records no domain claims (a zone whose domain only the deployment names, or a second file
 * keeping a domain's records): linted as the RRset they are, where they are written. Whether
 * a domain has one at all is for its domain's lint: never txt-missing or tlsrpt-missing here.
 */
const lintLoose = (loose, severities) => loose.flatMap(set => {
    const opts = { severities, ...(set.domain !== undefined && { domain: set.domain }) };
    const found = set.kind === 'sts'
        ? (0,src_lint/* lintRecords */.YO)(set.records, { ...opts, origin: 'repo' }).findings
        : (0,src_lint/* lintTlsRpt */.bl)(set.records, opts).findings;
    return found.map(f => relocateInRecord(f, set.file, set.positions));
});

;// CONCATENATED MODULE: ./src/repo/pipeline.ts
/**
 * Repository mode, shared by `mta-sts-lint check` and the action: build the model of the
 * working tree, lint every policy, record and TLS-RPT record it keeps (lint-stage.ts), run the
 * hosting checks, and, given a base, the id gate (gate-stage.ts). The data flows one way:
 * discover, parse, rules, gate, report.
 */












/** Where the repository serves its policies from: the hosting rules (Pages, Jekyll, CNAME). */
const hostingFindings = async (root, model, rootName, severities) => {
    const ctx = await loadRepoContext(root, model.policies.map(p => repoPolicy({ file: p.file, ...(p.domains.length === 1 && { domain: p.domains[0] }) }, model.site.policies.get(p.file))), { files: model.files, site: model.site });
    ctx.rootName = rootName;
    return (0,src_lint/* runRules */.xG)('repo', ctx, { severities });
};
/** Each domain as the reports show it. */
const domainReports = (model, perDomain) => model.domains.map(m => {
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
/** Nothing to lint: no policy, no domain, no record. */
const isEmpty = (model) => model.policies.length === 0 &&
    model.domains.length === 0 &&
    model.loose.length === 0 &&
    model.site.routes.length === 0;
/** `_mta-sts` and `_smtp._tls` records whose text is not what is published (never linted). */
const builtRecords = (model) => [...model.sources].flatMap(([file, src]) => src.records
    .filter(r => looseKind(r.owner) !== undefined && unevaluated(r))
    .map(r => ({ file, line: r.line, value: r.value })));
const nothingFound = (model) => {
    const looked = `no MTA-STS policy found (looked for **/${well_known/* WELL_KNOWN_POLICY */._G} and a root ${well_known/* POLICY_FILE */.CX})`;
    const built = builtRecords(model);
    const [first] = built;
    if (first !== undefined) {
        const more = built.length > 1 ? ` and ${built.length - 1} more` : '';
        return new check_error/* CheckError */.t(`${looked}, and the only records, at ${first.file}:${first.line}${more}, are built from expressions (${JSON.stringify(first.value)}), whose text is known only when deploying: nothing here can be linted; check the deployed state with "mta-sts-lint verify DOMAIN", or name the policy file and the id in .mta-sts.yml (domains: DOMAIN: policy: FILE)`);
    }
    return new check_error/* CheckError */.t(`${looked} and no _mta-sts or _smtp._tls record; name them in .mta-sts.yml (domains: DOMAIN: policy: FILE), or, when the policy is generated at deploy time and never committed, check the deployed one with "mta-sts-lint verify DOMAIN"`);
};
const loadConfigOrFail = async (opts) => {
    try {
        return await loadConfig(opts.root, opts.configPath, registry/* RULES */.y0.map(r => r.meta.id));
    }
    catch (e) {
        throw new check_error/* CheckError */.t(e.message);
    }
};
const runRepository = async (opts) => {
    const loaded = await loadConfigOrFail(opts);
    const severities = { ...loaded.config.rules, ...(opts.severities ?? {}) };
    const rootName = opts.rootName ?? external_node_path_default().basename(opts.root);
    const tree = workingTree(opts.root);
    const model = await buildModel(tree, { loaded, rootName });
    // Nothing left at the head is a finding when the base had something (an unsafe removal).
    if (isEmpty(model) && opts.gate === undefined)
        throw nothingFound(model);
    const policies = await lintPolicies(model, tree, severities);
    const findings = [...policies.findings];
    const perDomain = new Map();
    // A record several domains share (a DNSControl variable, a Terraform for_each) is written
    // once: the same finding at the same place is reported once, for the first of them.
    const seen = new Set();
    for (const m of model.domains) {
        const domain = lintDomain(m, policies, severities);
        perDomain.set(m.domain, domain.lint);
        for (const f of domain.findings) {
            const key = [f.rule, f.severity, f.file, f.line, f.column, f.message].join('\0');
            if (f.line !== undefined && seen.has(key))
                continue;
            seen.add(key);
            findings.push(f);
        }
    }
    findings.push(...lintLoose(model.loose, severities));
    findings.push(...(await hostingFindings(opts.root, model, rootName, severities)));
    const result = {
        findings,
        domains: domainReports(model, perDomain),
        files: model.policies.map(p => p.file),
        changed: false,
        needsNewId: [],
        changedDomains: [],
        notes: [...model.notes],
        notices: [],
        model,
        config: loaded
    };
    if (opts.gate === undefined)
        return result;
    let emptyBase;
    try {
        const verdict = await runGate({
            gate: opts.gate,
            tree,
            head: model,
            loaded,
            perDomain,
            lints: policies.lints,
            severities,
            rootName,
            now: opts.now ?? new Date(),
            ...(opts.idTime !== undefined && { idTime: opts.idTime })
        });
        findings.push(...verdict.findings);
        result.changed = verdict.changed;
        result.needsNewId = verdict.needsNewId;
        result.changedDomains = verdict.changedDomains;
        result.notices.push(...verdict.notices);
        result.notes.push(...verdict.notes);
        if (verdict.newId !== undefined)
            result.newId = verdict.newId;
        emptyBase = verdict.emptyBase;
    }
    catch (e) {
        // A base that fails mid-way (the REST API down, a vanished commit) fails the run: the gate
        // fails closed. Anything else is a fault of ours, and surfaces as one.
        if (e instanceof ports/* SourceError */.c) {
            throw new check_error/* BaseUnreadableError */.P(`the id gate cannot run: reading the base failed: ${e.message}`);
        }
        throw e;
    }
    // Nothing at the head nor at the base: nothing was linted or compared, as without a base.
    if (emptyBase && isEmpty(model))
        throw nothingFound(model);
    return result;
};

;// CONCATENATED MODULE: ./src/check/run-check.ts
/**
 * The one orchestrator behind `mta-sts-lint check`, `verify` and the action: typed settings in,
 * the report out. It opens the base for the id gate (git, then the REST API), runs the repository
 * pipeline (discover, parse, rules, gate), verifies the deployed state when asked
 * (verify-stage.ts), and tells which files with findings the change touched. The adapters only
 * turn their inputs into settings and the report into output.
 */







/**
 * Opens the gate's base. An event without a base (a schedule, a first push) lints only, with a
 * notice; a base named but unreadable fails the run (the gate fails closed, design 5.3).
 */
const run_check_openBase = async (root, gate) => {
    const opened = await openGate(root, gate.base, gate.rest);
    if (opened.unreadable !== undefined) {
        throw new check_error/* CheckError */.t(`the id gate cannot run: ${opened.unreadable}. To fix: ${gate.unreadableFix}`);
    }
    return opened;
};
const readOrUndefined = (file) => {
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
};
/**
 * The files with findings that differ from the base (added ones included): the author can fix
 * those now, so their findings are shown first.
 */
const touchedFiles = async (root, gate, files) => {
    const touched = new Set();
    for (const file of new Set(files)) {
        const before = await gate.source.read(file).catch(() => undefined);
        const now = readOrUndefined(external_node_path_default().join(root, file));
        if (before === undefined || now === undefined)
            continue;
        if (before === null || !Buffer.from(before).equals(now))
            touched.add(file);
    }
    return touched;
};
/** A base unreadable part-way through, with the fix in the adapter's words. */
const withFix = (e, settings) => e instanceof check_error/* BaseUnreadableError */.P && settings.gate !== undefined
    ? new check_error/* CheckError */.t(`${e.message}. To fix: ${settings.gate.unreadableFix}`)
    : e;
const runCheck = async (settings) => {
    const notes = [];
    const notices = [];
    let opened;
    if (settings.gate !== undefined) {
        opened = await run_check_openBase(settings.root, settings.gate);
        notes.push(...opened.notes);
        notices.push(...opened.notices);
    }
    try {
        const gate = opened?.source === undefined
            ? undefined
            : {
                source: opened.source,
                ...(opened.history !== undefined && { history: opened.history })
            };
        const result = await runRepository({
            root: settings.root,
            ...(settings.configPath !== undefined && { configPath: settings.configPath }),
            ...(settings.severities !== undefined && { severities: settings.severities }),
            ...(settings.rootName !== undefined && { rootName: settings.rootName }),
            ...(settings.now !== undefined && { now: settings.now }),
            ...(settings.idTime !== undefined && { idTime: settings.idTime }),
            ...(gate !== undefined && { gate })
        }).catch((e) => {
            throw withFix(e, settings);
        });
        if (settings.verify !== undefined) {
            const stage = await runVerifyStage(result.domains.map(committedOf), settings.verify, {
                severities: { ...result.config.config.rules, ...(settings.severities ?? {}) },
                ...(result.config.config.certExpiryDays !== undefined && {
                    certExpiryDays: result.config.config.certExpiryDays
                }),
                ...(result.config.config.authoritative !== undefined && {
                    authoritative: result.config.config.authoritative
                }),
                ...(result.config.config.smtp !== undefined && { smtp: result.config.config.smtp }),
                ...(result.config.config.concurrency !== undefined && {
                    concurrency: result.config.config.concurrency
                })
            });
            result.findings.push(...stage.findings);
            result.domains = withLive(result.domains, stage.domains);
        }
        const touched = gate !== undefined && settings.findTouchedFiles === true
            ? await touchedFiles(settings.root, gate, result.findings.map(f => f.file).filter((f) => f !== undefined))
            : new Set();
        return {
            ...result,
            findings: [...result.findings].sort(finding/* compareFindings */.Eg),
            notes: [...notes, ...result.notes],
            notices: [...notices, ...result.notices],
            touchedFiles: touched
        };
    }
    finally {
        opened?.close();
    }
};
/** `verify DOMAIN...`: the named domains as deployed, with no repository to compare with. */
const runVerify = async (domains, settings, severities) => {
    const stage = await runVerifyStage(domains.map(domain => ({ domain })), settings, severities === undefined ? {} : { severities });
    return {
        findings: [...stage.findings].sort(finding/* compareFindings */.Eg),
        domains: withLive([], stage.domains)
    };
};

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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
                return badPayload(`the ${eventName} event payload has no pull_request.base.sha`);
            }
            return {
                sha: sha.toLowerCase(),
                reason: `${eventName}: the base of the pull request, ${base_short(sha)}${branch === undefined ? '' : ` (${branch})`}`
            };
        }
        case 'merge_group': {
            const sha = at(payload, 'merge_group', 'base_sha');
            if (sha === undefined || !base_SHA.test(sha)) {
                return badPayload('the merge_group event payload has no merge_group.base_sha');
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
const badPayload = (why) => ({ reason: why, unreadable: why });
const pushBase = (payload) => {
    const p = obj(payload);
    if (p?.deleted === true)
        return noBase('the push deleted the branch: nothing to check');
    if (typeof p?.before !== 'string')
        return badPayload('the push event payload has no before commit');
    const before = str(p.before);
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
    if (!(0,record_sts/* isValidId */.Al)(newId))
        throw new RangeError(`"${newId}" is not a valid MTA-STS id`);
    return text.slice(0, start) + newId + text.slice(end);
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
const planBump = (model, domains, 
/** The new id: the gate's suggestion when there is one (it avoids ids the history used). */
id, config, 
/** Reads a file of the working tree as text (default: from the root the model was built on). */
read = file => (0,external_node_fs_.readFileSync)(file, 'utf8')) => {
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
        const record = src.span === undefined ? unreadIdRecord(src) : undefined;
        if (record !== undefined) {
            const where = src.line === undefined ? src.file : `${src.file} line ${src.line}`;
            skipped.push(`${d}: ${where} writes its id as an expression this repository gives no value (${JSON.stringify(record)}); make the deployment publish ${id}, or keep the id in the repository so bump can write it`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scale/domain-list.ts
/**
 * Lists of domains to verify, and their shards: a domains file (one domain a line), and the I-th
 * of N deterministic parts of a list, so a matrix of jobs verifies thousands of domains between
 * them. Shared by the CLI (`--domains-file`, `--shard`) and the action (`domains-file`, `shard`).
 */



/** A mail domain, canonical (lower case A-labels); undefined for a policy host, a URL, a label. */
const mailDomain = (value) => {
    const domain = (0,domain_name/* validDomain */.b)(value);
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
/**
 * The shard (1-based) a domain falls in: the first 4 bytes of the SHA-256 of its canonical name,
 * big-endian, mod N. It depends on that domain alone, so adding a domain moves no other.
 */
const shardOf = (domain, count) => {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(domain, 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
};
/** The domains of the list in the shard, in list order. */
const inShard = (domains, shard) => domains.filter(d => shardOf(d, shard.count) === shard.index);
/** The domains of a domains file, or a CheckError naming the file and the bad line. */
const domainsOfFile = (text, name) => {
    const r = parseDomainsFile(text);
    if (!r.ok)
        throw new check_error/* CheckError */.t(`${name}, line ${r.line}: ${r.reason}`);
    return r.domains;
};

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __webpack_require__(8358);
// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(577);
;// CONCATENATED MODULE: ./src/cli/repo-commands.ts
/**
 * The repository commands (check, bump), loaded only when one of them runs: `policy` and
 * `record` start without the YAML parser, the source parsers and the gate.
 */












const rootOf = async (args, io) => {
    const root = external_node_path_default().resolve(io.cwd, args.root);
    let isDir;
    try {
        isDir = await io.isDirectory(root);
    }
    catch (e) {
        throw (0,common/* readError */.l)(`--root "${args.root}"`, e);
    }
    if (!isDir)
        throw new cli_args/* UsageError */.eb(`--root "${args.root}" is not a directory`);
    return root;
};
/** The verification the flags ask for; progress lines go to standard error. */
const verifySettings = (args, io) => ({
    dnsServers: args.dnsServers,
    timeoutMs: args.timeoutSeconds * 1000,
    waitSeconds: args.waitSeconds,
    ...(args.concurrency !== undefined && { concurrency: args.concurrency }),
    ...(args.smtp === true && { smtp: true }),
    log: line => io.stderr(`${(0,report_escape/* escapeTerminal */.en)(line)}\n`),
    ...(args.state !== undefined && { statePath: external_node_path_default().resolve(io.cwd, args.state) }),
    ...(args.authoritative === true && { authoritative: true }),
    ...(io.verifyPorts !== undefined && { ports: io.verifyPorts }),
    // A progress bar only for a person watching: not into a log, nor beside JSON on the terminal.
    ...(io.stderrIsTTY === true &&
        !(args.format === 'json' && args.output === undefined) && {
        progress: (p) => io.stderr(progressLine(p))
    })
});
/** One redrawn line: done / total, failures so far, the slowest domain in flight. */
const progressLine = (p) => {
    if (p.done === p.total)
        return '\r\u001b[2K';
    const slowest = p.slowest === undefined
        ? ''
        : ` · slowest: ${(0,report_escape/* escapeTerminal */.en)(p.slowest.domain)} (${Math.round(p.slowest.ms / 1000)} s)`;
    return `\r\u001b[2Kverified ${p.done}/${p.total} · ${p.failures} failing${slowest}`;
};
/** Runs the check; with a base, the id gate too (git only: the CLI has no token). */
const repository = async (args, io, base) => {
    const root = await rootOf(args, io);
    (0,common/* lintOptions */.k)(args);
    try {
        const report = await runCheck({
            root,
            ...(args.config !== undefined && { configPath: external_node_path_default().resolve(io.cwd, args.config) }),
            severities: args.severities,
            ...(args.verify && { verify: verifySettings(args, io) }),
            ...(base !== undefined && {
                gate: {
                    base: resolveBase('', undefined, base),
                    unreadableFix: 'give --base a commit or branch this repository has (in a shallow clone, git fetch it first), or leave --base out to lint without the gate'
                }
            })
        });
        // Text output shows notes after the findings; notices are marked as such.
        report.notes.push(...report.notices.map(n => `notice: ${n}`));
        return { root, result: report };
    }
    catch (e) {
        if (e instanceof check_error/* CheckError */.t)
            throw new cli_args/* UsageError */.eb(e.message);
        throw e;
    }
};
const runCheckCommand = async (args, io) => {
    if (args.positionals.length > 0) {
        throw new cli_args/* UsageError */.eb(`check takes no arguments; got "${args.positionals[0]}" (use --root DIR)`);
    }
    const { root, result } = await repository(args, io, args.base);
    return {
        findings: result.findings,
        extras: { domains: result.domains },
        notes: result.notes,
        inputs: inputsOf(root, io, args, result),
        fileBase: root
    };
};
/** The domains of --domains-file (`-`: standard input), with the file named on a bad line. */
const domainsFileOf = async (file, io) => {
    let bytes;
    try {
        bytes = file === '-' ? await io.readStdin() : await io.readFile(external_node_path_default().resolve(io.cwd, file));
    }
    catch (e) {
        throw (0,common/* readError */.l)(file === '-' ? 'standard input' : `--domains-file "${file}"`, e);
    }
    const name = file === '-' ? '--domains-file standard input' : `--domains-file ${file}`;
    try {
        return domainsOfFile(new TextDecoder().decode(bytes), name);
    }
    catch (e) {
        if (e instanceof check_error/* CheckError */.t)
            throw new cli_args/* UsageError */.eb(e.message);
        throw e;
    }
};
/**
 * `verify DOMAIN... [--domains-file FILE] [--shard I/N]`: the named domains as deployed; without
 * a domain, the repository's domains under --root, compared with what it commits.
 */
const runVerifyCommand = async (args, io) => {
    if (args.positionals.length === 0 && args.domainsFile === undefined) {
        if (args.shard !== undefined) {
            throw new cli_args/* UsageError */.eb('--shard splits a list of domains: give DOMAIN arguments or --domains-file');
        }
        return runCheckCommand(args, io);
    }
    const named = args.positionals.map(d => {
        const domain = mailDomain(d);
        if (domain === undefined)
            throw new cli_args/* UsageError */.eb(notAMailDomain(d));
        return domain;
    });
    const listed = args.domainsFile === undefined ? [] : await domainsFileOf(args.domainsFile, io);
    const all = [...new Set([...named, ...listed])];
    const domains = args.shard === undefined ? all : inShard(all, args.shard);
    (0,common/* lintOptions */.k)(args);
    try {
        const report = await runVerify(domains, verifySettings(args, io), args.severities);
        return {
            findings: report.findings,
            extras: { domains: report.domains },
            ...(args.domainsFile !== undefined &&
                args.domainsFile !== '-' && { inputs: [external_node_path_default().resolve(io.cwd, args.domainsFile)] })
        };
    }
    catch (e) {
        if (e instanceof check_error/* CheckError */.t)
            throw new cli_args/* UsageError */.eb(e.message);
        throw e;
    }
};
/** What a check read and a report must not overwrite: the config, the policies, the id sources. */
const inputsOf = (root, io, args, result) => {
    const files = [
        ...result.files,
        ...result.model.domains.flatMap(d => (d.idSource === undefined ? [] : [d.idSource.file]))
    ].map(f => external_node_path_default().resolve(root, f));
    if (result.config.file !== undefined)
        files.push(external_node_path_default().resolve(root, result.config.file));
    if (args.config !== undefined)
        files.push(external_node_path_default().resolve(io.cwd, args.config));
    return files;
};
const runBumpCommand = async (args, io) => {
    if (args.positionals.length > 0) {
        throw new cli_args/* UsageError */.eb(`bump takes no arguments; got "${args.positionals[0]}" (use --domain)`);
    }
    const named = args.domains.map(domain_name/* canonicalDomain */.T);
    const { root, result } = await repository(args, io, named.length > 0 ? args.base : (args.base ?? 'HEAD'));
    const targets = named.length > 0 ? named : [...result.needsNewId];
    const unknown = targets.filter(d => !result.model.domains.some(m => m.domain === d));
    if (unknown.length > 0) {
        throw new cli_args/* UsageError */.eb(`no domain ${unknown.join(', ')} in this repository (see "mta-sts-lint check")`);
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
    const id = result.newId ?? freshPolicyId(new Date());
    const plan = planBump(result.model, targets, id, result.config, f => (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, f), 'utf8'));
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
    return {
        findings: [],
        extras: {},
        notes: [...result.notes, ...lines],
        quietSummary: true,
        inputs: inputsOf(root, io, args, result)
    };
};


/***/ }),

/***/ 7039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ mapped),
/* harmony export */   FK: () => (/* binding */ MappedBuilder),
/* harmony export */   NW: () => (/* binding */ unmapped),
/* harmony export */   hb: () => (/* binding */ unescapeSemicolons),
/* harmony export */   nt: () => (/* binding */ writtenAt),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   zt: () => (/* binding */ readQuoted)
/* harmony export */ });
/**
 * Decoded strings that remember where each character came from in the file (so an id can be
 * bumped in place, and a finding placed on the character it is about), reading a quoted string
 * into one, and 1-based line/column lookup.
 */
const mapped = (text, start) => ({
    text,
    map: Array.from({ length: text.length }, (_, i) => start + i)
});
const unmapped = (text) => ({
    text,
    map: new Array(text.length).fill(-1)
});
/**
 * Where the character `i` of `m` is written in the parsed file (file 0): its own offset, or for
 * an escape the offset of the escape; -1 when it is written nowhere there.
 */
const writtenAt = (m, i) => (m.src?.[i] ?? 0) !== 0 ? -1 : (m.at?.[i] ?? m.map[i] ?? -1);
/** Mutable builder for a decoded string. */
class MappedBuilder {
    text = '';
    map = [];
    src;
    /** Where each character is written; differs from `map` only for escapes. */
    at = [];
    escapes = false;
    add(ch, offset, at, file) {
        this.text += ch;
        for (let i = 0; i < ch.length; i++) {
            this.map.push(offset < 0 ? -1 : offset + i);
            this.at.push(at < 0 ? -1 : offset < 0 ? at : at + i);
            if (file !== 0 && this.src === undefined)
                this.src = new Array(this.map.length - 1).fill(0);
            this.src?.push(file);
        }
    }
    /** A character copied from `offset` of file `file` (-1: written nowhere, e.g. an expression's text). */
    push(ch, offset, file = 0) {
        this.add(ch, offset, offset, file);
    }
    /**
     * A character an escape stands for (`\;`, `\059`, `\u0041`): not copied from the file (so no
     * id span runs through it), but written at `at`, the escape's first character.
     */
    escaped(ch, at, file = 0) {
        if (at >= 0)
            this.escapes = true;
        this.add(ch, -1, at, file);
    }
    /** The character `i` of `m`, keeping where it came from; `file` replaces its file index. */
    copy(m, i, file = m.src?.[i] ?? 0) {
        const offset = m.map[i] ?? -1;
        const at = m.at?.[i] ?? offset;
        if (offset < 0 && at >= 0)
            this.escapes = true;
        this.add(m.text[i] ?? '', offset, at, file);
    }
    append(m) {
        for (let i = 0; i < m.text.length; i++)
            this.copy(m, i);
    }
    done() {
        const out = { text: this.text, map: this.map };
        if (this.src !== undefined)
            out.src = this.src;
        if (this.escapes)
            out.at = this.at;
        return out;
    }
}
/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
const unescapeSemicolons = (m) => {
    const b = new MappedBuilder();
    for (let i = 0; i < m.text.length; i++) {
        if (m.text[i] === '\\' && m.text[i + 1] === ';')
            i++;
        b.copy(m, i);
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

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Ss: () => (/* binding */ qualify),
/* harmony export */   Tv: () => (/* binding */ missingDotMessage),
/* harmony export */   lg: () => (/* binding */ repeatsOrigin),
/* harmony export */   wB: () => (/* binding */ looksLikeDomain)
/* harmony export */ });
/**
 * Owner and domain names as the sources write them: made absolute against an origin, the
 * missing-final-dot slip, domains read from directives and file names.
 */
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
/** `example.com`, `mail.example.co.uk`: labels of letters, digits and hyphens, a letter TLD. */
const looksLikeDomain = (name) => name.length <= 253 &&
    /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i.test(name);
/** The base name of a path (`/` or `\` separated). */
const baseName = (file) => file.replace(/^.*[/\\]/, '');


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ idRange),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   Uo: () => (/* binding */ makeRecord),
/* harmony export */   fn: () => (/* binding */ idSpanOf),
/* harmony export */   l4: () => (/* binding */ problemAt)
/* harmony export */ });
/* unused harmony export MAX_PROBLEMS */
/* harmony import */ var _record_sts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _record_place_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9322);
/**
 * What every parser hands back, built the same way: records with the place of their id (so it
 * can be bumped in place), problems with positions, and the guard that turns a crash into a
 * problem and caps how many are kept.
 */


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
/** Builds a record with its position and, for a TXT, its id span. */
const makeRecord = (lines, owner, type, value, at) => {
    const { line, column } = lines.pos(at);
    const rec = { owner, type, value: value.text, line, column };
    if (type === 'TXT') {
        const id = idSpanOf(value);
        if (id !== undefined && id.file === 0)
            rec.idSpan = id.span;
        const runs = (0,_record_place_js__WEBPACK_IMPORTED_MODULE_1__/* .textRuns */ .ei)(lines, value, at);
        if (runs !== undefined)
            rec.textRuns = runs;
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


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePlain: () => (/* binding */ parsePlain)
/* harmony export */ });
/* harmony import */ var _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3824);
/* harmony import */ var _parser_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2038);


const isBlank = (c) => c === ' ' || c === '\t';
/** `"a" "b"` (double quotes, escapes `\"` `\\` `\DDD`) or `'a'`; undefined when not that form. */
const readQuoted = (line, start, from) => {
    let i = from;
    const b = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .MappedBuilder */ .FK();
    if (line[i] === "'") {
        const close = line.lastIndexOf("'");
        if (close <= i || line.slice(close + 1).trim() !== '')
            return undefined;
        return (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mapped */ .CV)(line.slice(i + 1, close), start + i + 1);
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
                    b.escaped(String.fromCharCode(Number(digits[0]) & 0xff), start + i);
                    i += 4;
                }
                else if (i + 1 < line.length) {
                    b.escaped(line[i + 1] ?? '', start + i);
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
        while (isBlank(line[i]))
            i++;
    }
    return strings > 0 ? b.done() : undefined;
};
const parsePlain = (text) => (0,_parser_output_js__WEBPACK_IMPORTED_MODULE_1__/* .guarded */ .Nj)('plain', () => {
    const lines = new _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
    const records = [];
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(offset);
    for (const raw of body.split('\n')) {
        const start = offset;
        offset += raw.length + 1;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let i = 0;
        while (isBlank(line[i]))
            i++;
        if (i === line.length || line[i] === '#')
            continue;
        const quoted = line[i] === '"' || line[i] === "'" ? readQuoted(line, start, i) : undefined;
        const value = quoted ?? (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mapped */ .CV)(line, start);
        const at = quoted === undefined ? start : (quoted.map.find(m => m >= 0) ?? start + i + 1);
        const owner = /^["'\s]*v\s*=\s*tlsrpt/i.test(value.text) ? '_smtp._tls' : '_mta-sts';
        records.push((0,_parser_output_js__WEBPACK_IMPORTED_MODULE_1__/* .makeRecord */ .Uo)(lines, owner, 'TXT', value, at));
    }
    return { format: 'plain', records, problems: [] };
});


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   ei: () => (/* binding */ textRuns),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* harmony import */ var _mapped_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3824);
/**
 * Where the text of a kept record is written: the line and column of each of its characters, so
 * a finding at a column of the record's text points at that character in the file, whatever
 * escapes, string boundaries or line breaks lie between.
 */

const next = (p) => p === null ? null : { line: p.line, column: p.column + 1 };
const same = (a, b) => a === null || b === null ? a === b : a.line === b.line && a.column === b.column;
/**
 * The runs of a decoded value (see DnsRecord.textRuns); undefined when the value is copied as
 * is, on one line, from `start` on.
 */
const textRuns = (lines, value, start) => {
    const n = value.text.length;
    let asIs = !value.text.includes('\n');
    for (let i = 0; asIs && i < n; i++) {
        if (value.map[i] !== start + i || (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, i) !== start + i)
            asIs = false;
    }
    if (asIs)
        return undefined;
    const runs = [];
    let expected;
    const add = (i, p) => {
        if (expected === undefined || !same(p, expected))
            runs.push({ from: i, at: p });
        expected = next(p);
    };
    for (let i = 0; i < n; i++) {
        const o = (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, i);
        add(i, o < 0 ? null : lines.pos(o));
    }
    // After the text: right after its last character, when that is written as itself here (how
    // long an escape is written is not kept).
    const last = n - 1;
    const end = n === 0
        ? start
        : (value.map[last] ?? -1) >= 0 && (0,_mapped_text_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenAt */ .nt)(value, last) === value.map[last]
            ? (value.map[last] ?? -1) + 1
            : -1;
    add(n, end < 0 ? null : lines.pos(end));
    return runs;
};
/**
 * Where the character at `offset` (0-based; the text's length for the place after it) of a
 * record's text is in the file; the record's start when the file does not write it (an
 * expression's value, text from another file).
 */
const positionAt = (place, offset) => {
    const o = Math.max(0, offset);
    const runs = place.textRuns;
    if (runs === undefined)
        return { line: place.line, column: place.column + o };
    let run;
    for (const r of runs) {
        if (r.from > o)
            break;
        run = r;
    }
    if (run === undefined || run.at === null)
        return { line: place.line, column: place.column };
    return { line: run.at.line, column: run.at.column + (o - run.from) };
};
/** The place of a parsed record, for the model. */
const placeOf = (r) => ({
    line: r.line,
    column: r.column,
    ...(r.textRuns !== undefined && { textRuns: r.textRuns }),
    ...(r.note !== undefined && { note: r.note })
});


/***/ })

};
