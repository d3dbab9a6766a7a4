export const id = 74;
export const ids = [74];
export const modules = {

/***/ 4074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  suggestIdBumps: () => (/* binding */ suggestIdBumps)
});

// UNUSED EXPORTS: bumpLineEdits

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/record/sts.ts
var sts = __webpack_require__(3333);
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
    if (!(0,sts/* isValidId */.Al)(newId))
        throw new RangeError(`"${newId}" is not a valid MTA-STS id`);
    return text.slice(0, start) + newId + text.slice(end);
};

// EXTERNAL MODULE: ./src/repo/model.ts
var repo_model = __webpack_require__(1273);
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
        const record = src.span === undefined ? (0,repo_model/* unreadIdRecord */.Y4)(src) : undefined;
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

;// CONCATENATED MODULE: ./src/repo/line-edits.ts
/**
 * A bump as line edits, for tools that change whole lines rather than characters (a pull
 * request's suggested changes, an annotation saying what to type). Pure: texts in, edits out.
 */
/** The lines of a text as git counts them: split at LF, each without a CR before the LF. */
const linesOf = (text) => text.split('\n').map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
const lines = (n) => (n === 1 ? '1 line' : `${n} lines`);
/**
 * The lines that differ between a file's text before and after a bump, in line order. A line
 * whose only difference is its CR is no edit: a suggestion replaces a line's content, not its
 * line break. Throws a RangeError when the line counts differ (a bump never adds or removes a
 * line, so the edits would not describe the change).
 */
const lineEdits = (before, after) => {
    const a = linesOf(before);
    const b = linesOf(after);
    if (a.length !== b.length) {
        throw new RangeError(`the change does not keep the line count (${lines(a.length)} before, ${b.length} after)`);
    }
    const out = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i])
            out.push({ line: i + 1, before: a[i], after: b[i] });
    }
    return out;
};
/**
 * An edit in words, for an annotation when it cannot be a suggested change:
 * `replace line 12 of dns/example.com.zone with: _mta-sts TXT "v=STSv1; id=…"`.
 */
const describeLineEdit = (edit) => `replace line ${edit.line} of ${edit.path} with: ${edit.after}`;

;// CONCATENATED MODULE: ./src/repo/diff-hunks.ts
/**
 * The hunks of a unified diff, as GitHub gives a pull request file's `patch`: which lines of
 * the new file the diff shows. A review comment on the RIGHT side may only go on those lines
 * (added or context lines); GitHub refuses any other line with 422. Pure: text in, lines out.
 */
/** `@@ -start[,count] +start[,count] @@ section`; a count left out means 1. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** A diff line's text without its CR (the patch of a CRLF file has the CRs). */
const diff_hunks_text = (line) => (line.endsWith('\r') ? line.slice(0, -1) : line);
/**
 * The lines of the new file that `patch` shows (added and context lines), by 1-based line
 * number, each with its text (without the leading `+` or space, and without a CRLF line's CR).
 * Never throws: no patch (GitHub omits it for binary and very large files) or text that is no
 * diff gives an empty map; a hunk is read no further than its header's counts, so lines after
 * it and a truncated hunk's missing lines are not shown lines.
 */
const rightSideLines = (patch) => {
    const shown = new Map();
    if (typeof patch !== 'string' || patch === '')
        return shown;
    const lines = patch.split('\n');
    // A final line break ends the last line; it does not start an empty one.
    if (lines[lines.length - 1] === '')
        lines.pop();
    let newLine = 0;
    let oldLeft = 0;
    let newLeft = 0;
    for (const raw of lines) {
        const header = HUNK.exec(raw);
        if (header !== null) {
            oldLeft = header[2] === undefined ? 1 : Number(header[2]);
            newLine = Number(header[3]);
            newLeft = header[4] === undefined ? 1 : Number(header[4]);
            // Lines count from 1; a hunk that says otherwise shows nothing.
            if (newLine < 1 && newLeft > 0)
                oldLeft = newLeft = 0;
            continue;
        }
        if (oldLeft <= 0 && newLeft <= 0)
            continue; // outside a hunk
        const mark = raw.charAt(0);
        if (mark === '\\')
            continue; // "\ No newline at end of file"
        if (mark === '+' && newLeft > 0) {
            shown.set(newLine++, diff_hunks_text(raw.slice(1)));
            newLeft--;
        }
        else if (mark === '-' && oldLeft > 0) {
            oldLeft--;
        }
        else if ((mark === ' ' || raw === '') && oldLeft > 0 && newLeft > 0) {
            // An empty line is a context line whose space was stripped (by an editor or a mail path).
            shown.set(newLine++, diff_hunks_text(raw.slice(1)));
            oldLeft--;
            newLeft--;
        }
        else {
            // A line the counts do not allow: the patch is not what its header says; stop the hunk.
            oldLeft = 0;
            newLeft = 0;
        }
    }
    return shown;
};

;// CONCATENATED MODULE: ./src/action/review-suggestions.ts

/** Marks the bot's suggestion reviews and comments (an HTML comment: GitHub does not show it). */
const SUGGESTIONS_MARKER = '<!-- mta-sts-lint:id-suggestions -->';
const DEFAULT_TIMEOUT = 30_000;
/** Bound on the pages of one listing (GitHub lists at most 3000 files of a pull request). */
const MAX_PAGES = 100;
const statusOf = (e) => {
    const err = e;
    // Octokit gives a refused connection status 500 too; only a server's answer has a response.
    return typeof err?.status === 'number' && err.response !== undefined ? err.status : undefined;
};
const describe = (e) => {
    const err = e;
    const names = [err?.name, err?.cause?.name];
    if (names.includes('TimeoutError') || names.includes('AbortError'))
        return 'no answer in time';
    const data = err?.response?.data;
    const message = typeof data?.message === 'string' ? data.message : e instanceof Error ? e.message : String(e);
    // A 422 says what it refused in `errors`: strings, or objects with a message.
    const details = Array.isArray(data?.errors)
        ? data.errors
            .map(x => (typeof x === 'string' ? x : x?.message))
            .filter((x) => typeof x === 'string' && x !== '')
        : [];
    const text = details.length > 0 ? `${message}: ${details.join('; ')}` : message;
    const status = statusOf(e);
    return status === undefined ? text : `HTTP ${status}: ${text}`;
};
/** 401, 403 and 404 answers: the token may not read or write the pull request's reviews. */
const refused = (e) => [401, 403, 404].includes(statusOf(e) ?? 0);
const NO_PERMISSION = 'the token may not write pull-request reviews (a pull request from a fork gets a read-only ' +
    'token; otherwise the workflow needs permissions: pull-requests: write)';
const DEFAULT_WHY = 'The MTA-STS policy changed but its id did not: senders that cached the old policy keep ' +
    'using it until they see a new id. This is the edit `mta-sts-lint bump` makes.';
/** A fence longer than any run of backticks in the text, so the text cannot close it. */
const fenceFor = (text) => {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
};
/** A suggestion comment's body: the marker, why, and the exact new line. */
const suggestionBody = (edit, marker = SUGGESTIONS_MARKER) => {
    const fence = fenceFor(edit.after);
    return `${marker}\n${edit.why ?? DEFAULT_WHY}\n\n${fence}suggestion\n${edit.after}\n${fence}\n`;
};
const reviewBody = (marker, count) => `${marker}\n**MTA-STS: the policy changed without a new id.** ` +
    (count === 1
        ? 'The suggested change below writes a fresh id, as `mta-sts-lint bump` does.'
        : `The ${count} suggested changes below write a fresh id, as \`mta-sts-lint bump\` does; ` +
            'add them to one batch to commit them together.') +
    '\n';
const review_suggestions_short = (sha) => sha.slice(0, 7);
/** The body of an earlier review once retired; without the marker, so later runs skip it. */
const retiredBody = (why, sha, url) => {
    const title = `**MTA-STS id suggestions**, retired at commit ${review_suggestions_short(sha)}:`;
    if (why === 'superseded') {
        const newer = url === undefined || url === '' ? 'a newer review' : `[a newer review](${url})`;
        return `${title} superseded by ${newer}.`;
    }
    if (why === 'outdated') {
        return (`${title} the id lines to change are not in the pull request's diff any more; ` +
            "the check's annotations say what to change.");
    }
    return `${title} no id needs changing any more. The suggestions were removed.`;
};
const valid = (edit) => Number.isSafeInteger(edit.line) &&
    edit.line >= 1 &&
    edit.path !== '' &&
    !/[\r\n]/.test(edit.before) &&
    !/[\r\n]/.test(edit.after);
/** Posts the suggestions and retires earlier ones; see the module comment. Never rejects. */
const postIdSuggestions = async (opts) => {
    const marker = opts.marker ?? SUGGESTIONS_MARKER;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const request = () => ({ signal: AbortSignal.timeout(timeoutMs) });
    const { owner, repo, headSha } = opts;
    const pull_number = opts.pullNumber;
    const result = {
        posted: [],
        notPosted: [],
        deletedComments: 0,
        retiredReviews: 0,
        problems: []
    };
    const skip = (edits, reason, detail) => {
        for (const edit of edits)
            result.notPosted.push({ edit, reason, detail });
    };
    // One suggestion per line: a repeated edit is the same suggestion, and shares its fate.
    const edits = [];
    const repeats = [];
    for (const edit of opts.edits) {
        const first = edits.find(e => e.path === edit.path && e.line === edit.line);
        if (!valid(edit))
            skip([edit], 'error', `not a one-line edit of ${edit.path}:${edit.line}`);
        else if (first === undefined)
            edits.push(edit);
        else if (first.after === edit.after)
            repeats.push([edit, first]);
        else
            skip([edit], 'error', `another edit of ${edit.path}:${edit.line} is suggested`);
    }
    /** The result, with each repeated edit where its first is, both lists in the edits' order. */
    const settle = () => {
        for (const [edit, first] of repeats) {
            const n = result.notPosted.find(x => x.edit === first);
            if (n === undefined)
                result.posted.push(edit);
            else
                result.notPosted.push({ ...n, edit });
        }
        const order = (e) => opts.edits.indexOf(e);
        result.posted.sort((a, b) => order(a) - order(b));
        result.notPosted.sort((a, b) => order(a.edit) - order(b.edit));
        return result;
    };
    let gh;
    try {
        gh = await ('octokit' in opts
            ? opts.octokit()
            : __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(m => m.getOctokit(opts.token, opts.apiUrl === undefined ? {} : { baseUrl: opts.apiUrl })));
    }
    catch (e) {
        skip(edits, 'error', `the REST client could not be made: ${describe(e)}`);
        return settle();
    }
    /**
     * Every item of a listing, page by page along the Link header's rel="next", each request
     * bounded. (octokit's paginate drops the `request` option, so its pages would not be.)
     */
    const listAll = async (first) => {
        let res = await first(request());
        const out = [...res.data];
        for (let n = 1; n < MAX_PAGES; n++) {
            const next = /<([^<>]+)>;\s*rel="next"/.exec(res.headers.link ?? '')?.[1];
            if (next === undefined)
                break;
            const page = await gh.request({
                method: 'GET',
                url: next,
                request: request()
            });
            out.push(...page.data);
            res = page;
        }
        return out;
    };
    /** Deletes each review's suggestion comments, then, when all are gone, rewrites its body. */
    const retire = async (reviews, why, url) => {
        for (const review of reviews) {
            let all = true;
            for (const c of review.comments) {
                try {
                    await gh.rest.pulls.deleteReviewComment({
                        owner,
                        repo,
                        comment_id: c.id,
                        request: request()
                    });
                    result.deletedComments++;
                }
                catch (e) {
                    // Already deleted (by a person, or by a run at the same time): gone is what we want.
                    if (statusOf(e) === 404)
                        continue;
                    all = false;
                    result.problems.push(`an earlier suggestion comment (${c.id}) could not be deleted (${describe(e)})`);
                }
            }
            // With a comment left, the marker stays so the next run tries again.
            if (!all)
                continue;
            try {
                await gh.rest.pulls.updateReview({
                    owner,
                    repo,
                    pull_number,
                    review_id: review.id,
                    body: retiredBody(why, headSha, url),
                    request: request()
                });
                result.retiredReviews++;
            }
            catch (e) {
                result.problems.push(`an earlier suggestion review (${review.id}) could not be updated (${describe(e)})`);
            }
        }
    };
    // Which edits are on lines the pull request's diff shows (the RIGHT side of a hunk).
    const commentable = [];
    if (edits.length > 0) {
        let files;
        try {
            files = await listAll(req => gh.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100, request: req }));
        }
        catch (e) {
            const why = `listing the pull request's files failed (${describe(e)})`;
            skip(edits, refused(e) ? 'no-permission' : 'error', why);
            return settle();
        }
        const byPath = new Map(files.map(f => [f.filename, f]));
        for (const edit of edits) {
            const file = byPath.get(edit.path);
            const where = `line ${edit.line} of ${edit.path}`;
            if (file === undefined || file.status === 'removed') {
                skip([edit], 'not-in-diff', `${edit.path} is not a file the pull request changes`);
                continue;
            }
            const shown = rightSideLines(file.patch).get(edit.line);
            if (file.patch === undefined) {
                skip([edit], 'not-in-diff', `GitHub shows no diff of ${edit.path} (binary or too large)`);
            }
            else if (shown === undefined) {
                skip([edit], 'not-in-diff', `${where} is outside the pull request's diff`);
            }
            else if (shown !== edit.before) {
                // The checkout is not the head commit (a merge commit moves lines): do not guess.
                skip([edit], 'not-in-diff', `${where} at the head commit is not the line the check read`);
            }
            else {
                commentable.push(edit);
            }
        }
    }
    // The bot's earlier suggestion reviews and their suggestion comments, by the marker.
    let earlier = [];
    let listed = false;
    try {
        const reviews = await listAll(req => gh.rest.pulls.listReviews({ owner, repo, pull_number, per_page: 100, request: req }));
        earlier = reviews
            .filter(r => typeof r.body === 'string' && r.body.includes(marker))
            .map(r => ({ id: Number(r.id), url: r.html_url, commitId: r.commit_id ?? '', comments: [] }));
        if (earlier.length > 0) {
            const comments = await listAll(req => gh.rest.pulls.listReviewComments({ owner, repo, pull_number, per_page: 100, request: req }));
            for (const c of comments) {
                const review = earlier.find(r => r.id === Number(c.pull_request_review_id));
                if (review === undefined || !c.body.includes(marker))
                    continue;
                review.comments.push({ id: Number(c.id), key: `${c.path}\n${c.line}\n${c.body}` });
            }
        }
        listed = true;
    }
    catch (e) {
        result.problems.push(`earlier suggestions could not be listed (${describe(e)})`);
    }
    const comments = commentable.map(edit => ({
        path: edit.path,
        line: edit.line,
        side: 'RIGHT',
        body: suggestionBody(edit, marker)
    }));
    // A rerun at the same commit with the same suggestions changes nothing.
    const showing = earlier.filter(r => r.comments.length > 0);
    if (listed && comments.length > 0 && showing.length === 1) {
        const [r] = showing;
        const have = r.comments.map(c => c.key).sort();
        const want = comments.map(c => `${c.path}\n${c.line}\n${c.body}`).sort();
        if (r.commitId === headSha && have.join('\0') === want.join('\0')) {
            result.posted.push(...commentable);
            result.review = { id: r.id, url: r.url, reused: true };
            await retire(earlier.filter(x => x !== r), 'superseded', r.url);
            return settle();
        }
    }
    let newUrl;
    if (comments.length > 0) {
        try {
            const r = await gh.rest.pulls.createReview({
                owner,
                repo,
                pull_number,
                commit_id: headSha,
                event: 'COMMENT',
                body: reviewBody(marker, comments.length),
                comments,
                request: request()
            });
            result.posted.push(...commentable);
            newUrl = r.data.html_url;
            result.review = { id: Number(r.data.id), url: newUrl, reused: false };
        }
        catch (e) {
            // Earlier suggestions stay as they are: the next run, with a better token, retires them.
            const reason = refused(e) ? 'no-permission' : 'error';
            skip(commentable, reason, reason === 'no-permission' ? `${NO_PERMISSION}: ${describe(e)}` : describe(e));
            return settle();
        }
    }
    if (listed) {
        const why = comments.length > 0 ? 'superseded' : edits.length > 0 ? 'outdated' : 'fixed';
        await retire(earlier.filter(r => r.id !== result.review?.id), why, newUrl);
    }
    return settle();
};

;// CONCATENATED MODULE: ./src/action/id-suggestions.ts
/**
 * The `suggest` input: on a pull request whose policy changed without a new id, the id lines a
 * bump would change become suggested changes in one review (review-suggestions.ts). What cannot
 * be posted (a line outside the diff, a read-only token) comes back as replacement lines for the
 * annotations instead. Loaded only when `suggest: true`.
 */





const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const pullRequestOf = (payload) => {
    const pr = payload
        ?.pull_request;
    return typeof pr?.number === 'number' && typeof pr.head?.sha === 'string'
        ? { number: pr.number, headSha: pr.head.sha }
        : undefined;
};
/** The edits `bump` would make for the domains that need a new id, as workspace lines. */
const bumpLineEdits = (report, settings) => {
    if (report.newId === undefined || report.needsNewId.length === 0)
        return [];
    const read = (file) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(settings.root, file), 'utf8');
    const plan = planBump(report.model, report.needsNewId, report.newId, report.config, read);
    const prefix = settings.rootPrefix === '' ? '' : `${settings.rootPrefix}/`;
    return plan.writes.flatMap(w => lineEdits(read(w.file), w.text).map(e => ({ ...e, path: `${prefix}${w.file}` })));
};
/**
 * Posts the suggestions (or retires earlier ones when nothing needs a new id any more) and
 * returns the replacement lines that could not be suggested. Never throws.
 */
const suggestIdBumps = async (runtime, settings, environment, payload, report) => {
    const pr = pullRequestOf(payload);
    if (!PULL_REQUEST_EVENTS.has(environment.eventName) || pr === undefined) {
        runtime.info('suggest: suggestions are made on pull requests only');
        return [];
    }
    let edits;
    try {
        edits = bumpLineEdits(report, settings);
    }
    catch (e) {
        runtime.warning(`suggest: the id edits could not be planned: ${e.message}`);
        return [];
    }
    if (environment.repository === undefined || settings.token === '') {
        runtime.info('suggest: no token or repository to post with; the annotations carry the new id');
        return edits.map(e => ({ file: e.path, line: e.line, text: describeLineEdit(e) }));
    }
    const result = await postIdSuggestions({
        ...environment.repository,
        token: settings.token,
        ...(environment.apiUrl !== undefined && { apiUrl: environment.apiUrl }),
        pullNumber: pr.number,
        headSha: pr.headSha,
        edits
    });
    if (result.posted.length > 0 && result.review !== undefined) {
        runtime.info(`suggest: ${result.posted.length} id line(s) suggested in ${result.review.url}`);
    }
    for (const p of result.problems)
        runtime.warning(`suggest: ${p}`);
    if (result.notPosted.some(n => n.reason === 'no-permission')) {
        runtime.info('suggest: the token may not review this pull request (a fork, or no pull-requests: write); the annotations carry the replacement lines instead');
    }
    for (const n of result.notPosted)
        runtime.debug(`suggest: ${n.edit.path}:${n.edit.line}: ${n.detail}`);
    return result.notPosted.map(n => ({
        file: n.edit.path,
        line: n.edit.line,
        text: describeLineEdit(n.edit)
    }));
};


/***/ })

};
