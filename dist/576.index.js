export const id = 576;
export const ids = [576];
export const modules = {

/***/ 96941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);



/** The SHA-256 of a file, hex, streamed from disk in 1 MiB reads (memory stays flat whatever the size). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 83460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ identityToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/**
 * The workflow's OIDC token for an audience, fetched from the runner (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN) through
 * @actions/http-client, so the same `https_proxy`/`HTTPS_PROXY`/`no_proxy` settings apply as for every other
 * request (the built-in fetch ignores them). Without `permissions: id-token: write` the runner gives no request URL:
 * that is an error that says so, thrown at once. The token stays in memory (never on disk).
 */
function identityToken(env, use) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${use.purpose} needs the workflow's OIDC token, and this job has none: add 'permissions: id-token: write' ${use.alternative ?? 'to the job'}.`);
    }
    return async () => {
        const target = new URL(url);
        target.searchParams.set('audience', use.audience);
        const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
        const client = new HttpClient('aswf-ci-actions');
        let status;
        let body;
        try {
            const res = await client.get(target.href, { authorization: `Bearer ${bearer}`, accept: 'application/json' });
            status = res.message.statusCode ?? 0;
            body = await res.readBody();
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Getting the OIDC token for ${use.recipient} from ${target.host} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}.`);
        }
        finally {
            client.dispose();
        }
        if (status < 200 || status >= 300)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Getting the OIDC token for ${use.recipient} failed: HTTP ${status}. Does the job have 'permissions: id-token: write'?`);
        let value;
        try {
            value = JSON.parse(body).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || !value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The runner returned no OIDC token for ${use.recipient}.`);
        return value;
    };
}


/***/ }),

/***/ 22576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  flowLine: () => (/* binding */ flowLine),
  publishRelease: () => (/* binding */ publishRelease),
  summary: () => (/* binding */ summary),
  uploadOne: () => (/* binding */ uploadOne),
  verifyCommands: () => (/* binding */ verifyCommands)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/hash.ts
var hash = __webpack_require__(96941);
// EXTERNAL MODULE: ./src/common/exec.ts
var exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/release/assets.ts
var assets = __webpack_require__(66452);
// EXTERNAL MODULE: ./src/release/github.ts
var github = __webpack_require__(55506);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/common/oidc.ts
var oidc = __webpack_require__(83460);
;// CONCATENATED MODULE: ./src/release/sign.ts






/** The lines of an armored key worth masking in logs (not the armor header and footer, which are public text). */
function secretLines(armored) {
    return armored
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^-----(BEGIN|END) PGP/.test(l) && !/^[A-Za-z-]+: /.test(l));
}
/** Reads an armored private key (decrypting it with `passphrase`) with openpgp, loaded only when GPG signing is asked. */
async function gpgSigner(armoredKey, passphrase) {
    const openpgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 13074));
    let key;
    try {
        key = await openpgp.readPrivateKey({ armoredKey });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`Input 'gpg-private-key' is not an armored OpenPGP private key (${(0,errors/* errorMessage */.gJ)(err)}).`);
    }
    if (!key.isDecrypted()) {
        if (!passphrase)
            throw new errors/* UserError */.yo("Input 'gpg-private-key' is encrypted: give its passphrase in 'gpg-passphrase'.");
        try {
            key = await openpgp.decryptKey({ privateKey: key, passphrase });
        }
        catch (err) {
            throw new errors/* UserError */.yo(`Input 'gpg-passphrase' does not decrypt the key in 'gpg-private-key' (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    }
    const signingKey = key;
    return {
        fingerprint: signingKey.getFingerprint().toUpperCase(),
        userIds: signingKey.getUserIDs(),
        async sign(path, out = `${path}.asc`) {
            // The file is streamed through openpgp (web streams), so a large asset does not sit in memory.
            const data = external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }));
            const message = await openpgp.createMessage({ binary: data });
            const signature = await openpgp.sign({ message, signingKeys: signingKey, detached: true, format: 'armored' });
            const text = typeof signature === 'string' ? signature : await readAll(signature);
            await (0,promises_.writeFile)(out, text);
            return out;
        },
    };
}
async function readAll(stream) {
    let text = '';
    for await (const chunk of stream)
        text += chunk;
    return text;
}
/**
 * The workflow's OIDC token for Sigstore (audience `sigstore`), fetched from the runner (src/common/oidc.ts). Without
 * `permissions: id-token: write` the runner gives no request URL: that is an error that says so.
 */
function githubIdentityToken(env) {
    return (0,oidc/* identityToken */._)(env, {
        audience: 'sigstore',
        purpose: 'Sigstore signing',
        recipient: 'Sigstore',
        alternative: "(with 'contents: write') to the job, or set 'sign: gpg' or 'sign: none'",
    });
}
/**
 * Signs a file with Sigstore keyless signing (a short-lived Fulcio certificate for the workflow's identity, the
 * signature logged in Rekor) and writes the bundle as `<file>.sigstore.json`, the ASWF convention.
 *
 * Memory: this is the one step that reads a whole file at once. The bundle is a *message signature*: an ECDSA P-256
 * signature over the file's bytes, which `sigstore verify github FILE` and `cosign verify-blob` check against the
 * file. sigstore-js (`sign(payload: Buffer)`, and @sigstore/sign's MessageSignatureBundleBuilder under it) takes the
 * artifact as one Buffer, and Node's crypto has no ECDSA-over-a-precomputed-digest call, so the file cannot be
 * streamed. The only digest-based alternative, a DSSE in-toto attestation (`attest()`), is another bundle type that
 * those verify commands do not accept for a plain file. So signing holds one asset at a time in memory: peak RSS is
 * about the largest asset's size plus ~100 MB (assets are under 2 GiB, so under ~2.1 GB); the files are signed one
 * after the other and each Buffer is released before the next. Use `sign: gpg` (streamed) where that is too much.
 */
async function sigstoreSign(path, options, out = `${path}.sigstore.json`) {
    const { sign } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 94267));
    const payload = await (0,promises_.readFile)(path);
    const bundle = await sign(payload, {
        fulcioURL: options.fulcioURL,
        rekorURL: options.rekorURL,
        tsaServerURL: options.tsaServerURL,
        identityProvider: { getToken: options.getToken },
    });
    await (0,promises_.writeFile)(out, JSON.stringify(bundle) + '\n');
    return out;
}
/**
 * The identity a Sigstore bundle's signing certificate holds: its URI subject alternative name (for GitHub Actions,
 * the workflow that ran the signing job: a reusable workflow's own ref, not the caller's), read from
 * `verificationMaterial.certificate` (bundle v0.3) or the first certificate of `x509CertificateChain` (older
 * bundles). Undefined when the bundle has no certificate or the certificate no URI name.
 */
function certificateIdentity(bundle) {
    const material = bundle
        ?.verificationMaterial;
    const raw = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string' || !raw)
        return undefined;
    let san;
    try {
        san = new external_node_crypto_.X509Certificate(Buffer.from(raw, 'base64')).subjectAltName;
    }
    catch {
        return undefined;
    }
    // Node writes `URI:https://...`, and a value with special characters as a JSON string: `URI:"..."`.
    const m = /(?:^|, )URI:("(?:[^"\\]|\\.)*"|[^,]*)/.exec(san ?? '');
    if (!m)
        return undefined;
    try {
        return m[1].startsWith('"') ? JSON.parse(m[1]) : m[1];
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/release/run.ts











const SIGNATURE_SUFFIX = { sigstore: '.sigstore.json', gpg: '.asc', none: '' };
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1)
        (v /= 1024), i++;
    return `${v.toFixed(1)} ${units[i]}`;
}
/** The names of the checksum file and of its signatures: SHA256SUMS lists every other asset of the release. */
const CHECKSUM_NAMES = new Set(['SHA256SUMS', ...Object.values(SIGNATURE_SUFFIX).filter(Boolean).map((s) => 'SHA256SUMS' + s)]);
/**
 * Collects, checks and hashes the assets, finds or creates the tag's draft, decides for each asset (skip the same,
 * upload a new one, refuse or replace a different one), signs what is uploaded, uploads, writes SHA256SUMS over
 * every asset of the release (its other jobs' assets included) and signs it, checks every asset, and only then
 * publishes (never with `draft: true`). Nothing is modified in a published release unless `overwrite: true`.
 */
async function publishRelease(step, options, deps) {
    const outDir = deps.outDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)(step.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'aswf-release-')));
    const suffix = SIGNATURE_SUFFIX[options.sign];
    const archives = options.sourceArchive ? options.archiveFormats.map((format) => ({ format, name: `${options.archiveName}.${format}` })) : [];
    const tag = options.tag;
    const shownTag = (0,format/* safe */.gB)(tag);
    // 1. Files, and every rule GitHub enforces, before any work or request.
    const primary = await step.group('Release assets', async () => {
        const roots = [options.workspace, options.runnerTemp];
        const paths = await (0,assets/* expandFiles */.CC)(options.files, options.workspace, options.allowMissing, (m) => step.warning(m), roots);
        const files = await Promise.all(paths.map((p) => (0,assets/* localAsset */.Yr)(p.path, p.name)));
        const planned = [...files];
        for (const { name } of archives) {
            const archiveProblem = (0,assets/* nameProblem */.rH)(name);
            if (!archiveProblem)
                continue;
            throw new errors/* UserError */.yo(`The tag ${shownTag} and 'archive-name' make the source archive's asset name ${(0,format/* safe */.gB)(name)}, which is not allowed (${archiveProblem}). ` +
                "Set 'archive-name' to a name made of [A-Za-z0-9._-] ({repo}, {version} and {tag} are filled in), or 'source-archive: false' " +
                "(and upload an archive you name yourself in 'files'), or use a tag made of [A-Za-z0-9._-] only.");
        }
        for (const { name } of archives)
            planned.push({ name, path: (0,external_node_path_.join)(outDir, name), size: 0 });
        if (options.checksums)
            planned.push({ name: 'SHA256SUMS', path: (0,external_node_path_.join)(outDir, 'SHA256SUMS'), size: 0 });
        if (suffix)
            for (const a of [...planned])
                planned.push({ name: a.name + suffix, path: a.path + suffix, size: 0 });
        (0,assets/* validateAssets */.wC)(planned);
        if (!planned.length)
            throw new errors/* UserError */.yo("Nothing to release: 'files' matches no file and 'source-archive' and 'checksums' are off.");
        for (const f of files)
            step.info(`${f.name}  ${bytes(f.size)}  (${(0,format/* safe */.gB)(f.path)})`);
        const commit = options.source === 'input' || archives.length ? await tagCommit(deps.exec, options) : undefined;
        if (options.source === 'input')
            step.info(`The tag ${shownTag} ('tag' input) is commit ${commit}.`);
        const prefix = `${options.archiveName}/`;
        for (const { format, name } of archives) {
            // The tag's tree, whatever the checkout holds (a workflow_dispatch run may have checked out another commit).
            await deps.exec.run(['git', '-C', options.workspace, 'archive', `--format=${format}`, `--prefix=${prefix}`, `--output=${(0,external_node_path_.join)(outDir, name)}`, `refs/tags/${tag}`], {
                silent: true,
            });
            const archive = await (0,assets/* localAsset */.Yr)((0,external_node_path_.join)(outDir, name));
            // Planned with size 0 above: its size is known only now, and it obeys the same rules as any file.
            (0,assets/* validateAssets */.wC)([archive]);
            step.info(`${archive.name}  ${bytes(archive.size)}  (git archive of ${shownTag}, commit ${commit}, prefix ${prefix})`);
            files.push(archive);
        }
        return files;
    });
    // The signer is made now (key decrypted, OIDC permission checked): its errors come before any request.
    const signing = await signer(step, options, deps);
    const signOne = signing?.sign;
    const digests = new Map();
    await step.group('SHA-256', async () => {
        for (const a of primary) {
            digests.set(a.name, await (0,hash/* sha256File */.Q)(a.path));
            step.info(`${digests.get(a.name)}  ${a.name}`);
        }
    });
    // 2. The release: the tag's draft (or published release), and what it already holds.
    const client = new github.ReleaseClient(deps.octokit ?? (await makeOctokit(options, deps)), {
        owner: options.owner,
        repo: options.repo,
        token: options.token,
        uploadAsset: deps.uploadAsset,
        downloadAsset: deps.downloadAsset,
        sleep: deps.sleep,
        log: (m) => step.warning(m),
    });
    const create = {
        name: options.name,
        ...(options.body !== undefined ? { body: options.body } : {}),
        prerelease: options.prerelease,
        generate_release_notes: options.generateNotes,
    };
    const { release, created } = await step.group(`Release ${shownTag}`, async () => {
        if (options.releaseId !== undefined) {
            // A release event: that release, by id (a lookup by tag could find another one, or a draft of the same tag).
            const r = await client.getRelease(options.releaseId);
            step.info(`The event's release: ${(0,format/* safe */.gB)(r.html_url)} (id ${r.id}, ${r.draft ? 'draft' : r.immutable ? 'published, immutable' : 'published'}).`);
            return { release: r, created: false };
        }
        const found = await client.findOrCreateDraft(tag, create);
        const r = found.release;
        step.info(`${found.created ? 'Created the draft' : 'Found the ' + (r.draft ? 'draft' : r.immutable ? 'published, immutable release' : 'published release')} ${(0,format/* safe */.gB)(r.html_url)} (id ${r.id}).`);
        return found;
    });
    // A release event's release that is still a draft is the maintainer's to publish: this job only uploads to it.
    const publishes = release.draft && !options.draft && options.releaseId === undefined;
    if (!release.draft)
        step.info(`Release ${shownTag} is published: attaching to it (new assets are added; an asset there with other content is replaced only with 'overwrite: true').`);
    const remote = new Map((await client.listAssets(release.id)).map((r) => [r.name, r]));
    /**
     * Refuses any change to a published immutable release, in one line, before any upload: GitHub refuses to add,
     * replace or delete its assets. A published mutable release gets new assets (what `gh release upload` does); a
     * different asset there is replaced only with `overwrite: true` (see `decide`).
     */
    const mayModify = (name, what) => {
        if (release.draft || !release.immutable)
            return;
        throw new errors/* UserError */.yo(`Release ${shownTag} (${(0,format/* safe */.gB)(release.html_url)}) is published and immutable (the repository's release immutability setting), and ${name} ${what}: ` +
            'GitHub refuses to add or change assets of an immutable release, so nothing was uploaded. Upload while the release is a draft instead: ' +
            'run this action on the tag push (on: push: tags), where it drafts, uploads, signs and then publishes (docs/release.md, "Immutable releases").');
    };
    /**
     * What to do with `asset`. `replaceable` names why a different asset of that name may be replaced without
     * `overwrite` (it is this job's own: the signature of a file it uploads again, a stale SHA256SUMS of the draft it
     * publishes), in a draft only.
     */
    const decide = async (asset, sha, replaceable) => {
        const there = remote.get(asset.name);
        if (!there) {
            mayModify(asset.name, 'is not in it yet');
            return { action: 'upload' };
        }
        if (there.state !== 'uploaded') {
            mayModify(asset.name, `is there but broken (state ${(0,format/* safe */.gB)(there.state)})`);
            return { action: 'upload', replace: there, note: `deleting a broken asset (state ${there.state}) left by an earlier run` };
        }
        const c = await compare(client, there, asset, sha, (m) => step.info(m));
        if (c.same)
            return { action: 'skip' };
        mayModify(asset.name, c.unverified ? `is there but could not be verified to be the same (${c.why})` : `is there with other content (${c.why})`);
        if (replaceable && release.draft && !options.overwrite)
            return { action: 'upload', replace: there, note: `replacing the one there (${replaceable})` };
        if (!options.overwrite) {
            const hint = asset.name === 'SHA256SUMS' || CHECKSUM_NAMES.has(asset.name)
                ? " In a matrix, give the matrix jobs 'draft: true', 'checksums: false' and 'source-archive: false', and let one final job write SHA256SUMS (see docs/release.md)."
                : '';
            const what = c.unverified ? `an asset of that name that could not be verified to be the same: ${c.why}` : `an asset of that name with a different content (${c.why})`;
            const published = release.draft ? '' : ' (published: the asset is missing for its users between the delete and the new upload)';
            throw new errors/* UserError */.yo(`${asset.name}: release ${shownTag} already has ${what}. Set 'overwrite: true' to replace it${published}.${hint}`);
        }
        return { action: 'upload', replace: there, note: `replacing the different asset already there (overwrite: true; ${c.why})` };
    };
    const uploaded = [];
    const skipped = [];
    const mine = [];
    const failures = [];
    const apply = async (asset, d) => {
        mine.push(asset);
        if (d.action === 'skip') {
            step.info(`${asset.name}: already uploaded with the same sha256, skipped.`);
            skipped.push(asset.name);
            return;
        }
        if (d.replace) {
            step.info(`${asset.name}: ${d.note}.`);
            await client.deleteAsset(d.replace.id);
            remote.delete(asset.name);
        }
        try {
            const done = await uploadOne(client, release, asset, digests.get(asset.name), options);
            remote.set(done.name, done);
            uploaded.push(asset.name);
            step.info(`${asset.name}: uploaded (${bytes(asset.size)}).`);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            failures.push(`${asset.name}: ${(0,github.describe)(err)}`);
            step.error(`Uploading ${asset.name} failed: ${(0,github.describe)(err)}`);
        }
    };
    const stopOnFailures = () => {
        if (!failures.length)
            return;
        const state = release.draft ? `so release ${shownTag} stays a draft` : `so release ${shownTag} (published) is incomplete: run the job again`;
        throw new errors/* UserError */.yo(`${failures.length} upload(s) failed, ${state}:\n${failures.join('\n')}`);
    };
    /**
     * Decides for files, then signs those that are uploaded (a file already there whose signature is there too keeps
     * it: a signature is never the same twice, so signing again would make a re-run fail), then uploads in order.
     */
    const kept = [];
    const send = async (files, replaceStale) => {
        const plan = [];
        for (const a of files)
            plan.push([a, await decide(a, digests.get(a.name), replaceStale)]);
        if (signOne) {
            for (const [a, d] of [...plan]) {
                const sigName = a.name + suffix;
                const there = remote.get(sigName);
                if (d.action === 'skip' && there?.state === 'uploaded') {
                    step.info(`${sigName}: ${a.name} is unchanged and its signature is there: kept.`);
                    kept.push(sigName);
                    continue;
                }
                // Into the output directory, not beside the file: a signature left in the workspace would match 'files' next time.
                const sig = await (0,assets/* localAsset */.Yr)(await signOne(a.path, (0,external_node_path_.join)(outDir, sigName)), sigName);
                digests.set(sig.name, await (0,hash/* sha256File */.Q)(sig.path));
                step.info(`${sig.name}: signed (${options.sign}).`);
                plan.push([sig, await decide(sig, digests.get(sig.name), `the signature of ${a.name}, which this run uploads`)]);
            }
        }
        for (const [a, d] of plan)
            await apply(a, d);
        stopOnFailures();
    };
    // 3. This job's files and their signatures.
    await step.group('Uploads', () => send(primary));
    // 4. SHA256SUMS over every asset of the release: this job's (hashed here) and other jobs' (GitHub's digest, or a
    //    streamed download when it reports none).
    const shaOf = new Map();
    /** The names SHA256SUMS lists, once this job wrote it. */
    let summed;
    if (options.checksums) {
        await step.group('SHA256SUMS', async () => {
            const problems = [];
            const entries = [];
            for (const r of await client.listAssets(release.id)) {
                if (CHECKSUM_NAMES.has(r.name))
                    continue;
                if (r.state !== 'uploaded') {
                    problems.push(`${r.name}: state ${r.state}, not uploaded (did another job's upload fail, or is it still running?)`);
                    continue;
                }
                let sha = digests.get(r.name);
                if (!sha) {
                    try {
                        sha = await client.assetSha256(r);
                        if (!r.digest)
                            step.info(`${(0,format/* safe */.gB)(r.name)}: GitHub reports no digest; downloaded and hashed.`);
                    }
                    catch (err) {
                        problems.push(`${r.name}: GitHub reports no digest for it, and downloading it to hash it failed (${(0,github.describe)(err)})`);
                        continue;
                    }
                }
                shaOf.set(r.name, sha);
                entries.push({ name: r.name, sha256: sha });
                step.info(`${sha}  ${(0,format/* safe */.gB)(r.name)}`);
            }
            if (problems.length) {
                throw new errors/* UserError */.yo(`SHA256SUMS lists every asset of release ${tag}, and some cannot be listed, so it is not uploaded and the release is not published:\n${problems.join('\n')}`);
            }
            const path = (0,external_node_path_.join)(outDir, 'SHA256SUMS');
            const text = (0,assets/* checksumsText */.cV)(entries);
            await (0,promises_.writeFile)(path, text);
            const sums = await (0,assets/* localAsset */.Yr)(path);
            digests.set(sums.name, (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'));
            summed = entries.map((e) => e.name);
            const total = entries.length + 1 + (signOne ? 1 : 0);
            if (total > assets/* MAX_ASSETS */.v8)
                throw new errors/* UserError */.yo(`Release ${tag} would hold ${total} assets with SHA256SUMS and its signature: GitHub keeps at most ${assets/* MAX_ASSETS */.v8} per release.`);
            // A stale SHA256SUMS (assets added since) is replaced without 'overwrite' by the job that publishes the draft.
            await send([sums], publishes ? 'it lists the assets of an earlier state of the draft this job publishes' : undefined);
        });
    }
    /** The `assets` output: this job's assets first, each with its sha256 and its download URL as GitHub lists it. */
    const recordsOf = (listed) => {
        const mineFirst = [...listed].sort((a, b) => Number(!digests.has(a.name)) - Number(!digests.has(b.name)));
        return mineFirst.map((r) => ({
            name: r.name,
            size: r.size,
            sha256: digests.get(r.name) ?? shaOf.get(r.name) ?? (0,github.reportedSha256)(r) ?? '',
            url: r.browser_download_url ?? '',
        }));
    };
    // 5. Every asset checked as GitHub now lists it: name, state, size, digest (when the server reports one).
    let records = await step.group('Checking the uploaded assets', async () => {
        const listed = await client.listAssets(release.id);
        const byName = new Map(listed.map((r) => [r.name, r]));
        const problems = [];
        for (const asset of mine) {
            const sha = digests.get(asset.name);
            const r = byName.get(asset.name);
            if (!r)
                problems.push(`${asset.name}: not listed by GitHub after the upload`);
            else if (r.state !== 'uploaded')
                problems.push(`${asset.name}: state ${r.state}, not uploaded`);
            else if (r.size !== asset.size)
                problems.push(`${asset.name}: GitHub has ${r.size} bytes, the file has ${asset.size}`);
            else if (r.digest && r.digest.toLowerCase() !== `sha256:${sha}`)
                problems.push(`${asset.name}: GitHub has ${r.digest}, the file has sha256:${sha}`);
            if (r && !r.digest)
                step.info(`${asset.name}: GitHub reports no digest, so its sha256 could not be verified; name and size checked.`);
        }
        for (const name of kept)
            if (byName.get(name)?.state !== 'uploaded')
                problems.push(`${name}: no longer listed as uploaded`);
        if (publishes) {
            for (const r of listed)
                if (r.state !== 'uploaded' && !problems.some((p) => p.startsWith(`${r.name}:`)))
                    problems.push(`${r.name}: state ${r.state}, not uploaded`);
        }
        if (problems.length)
            throw new errors/* UserError */.yo(`The assets of release ${tag} are not all as uploaded, so it is not published:\n${problems.join('\n')}`);
        step.info(`${mine.length} asset(s) match their files${kept.length ? `, ${kept.length} signature(s) kept` : ''}; the release has ${listed.length} asset(s).`);
        return recordsOf(listed);
    });
    // 6. Publication, by the job that does not ask for a draft.
    let final = release;
    if (publishes) {
        final = await step.group('Publishing', async () => {
            await checkBeforePublishing(step, client, options, release, summed);
            const params = { draft: false, prerelease: options.prerelease, make_latest: options.makeLatest };
            if (!created) {
                // A matrix job created the draft: this job's title and notes were never sent (only a create sends them).
                if (options.nameGiven)
                    params.name = options.name;
                let body = options.body;
                if (options.generateNotes) {
                    const notes = await client.generateNotes(tag);
                    body = [body, notes.body].filter((x) => x).join('\n\n');
                    step.info(`Release notes generated by GitHub (${notes.body.length} characters) ${options.body ? 'added after the body' : 'used as the body'}.`);
                }
                if (body !== undefined)
                    params.body = body;
            }
            const r = await client.updateRelease(release.id, params);
            step.info(`Published ${(0,format/* safe */.gB)(r.html_url)}`);
            return r;
        });
        // A draft's download URLs (.../download/untagged-.../NAME) stop working once it is published: take them from the
        // published release (the PATCH answer embeds its assets), or list them again when that answer lacks any.
        const embedded = final.assets ?? [];
        const complete = records.every((a) => embedded.some((r) => r.name === a.name));
        records = recordsOf(complete && embedded.length ? embedded : await client.listAssets(release.id));
    }
    else if (release.draft) {
        const why = options.draft ? 'draft: true' : "the release event's release: its maintainer publishes it";
        step.info(`Left ${(0,format/* safe */.gB)(release.html_url)} a draft (${why}): this job never publishes it.`);
    }
    return {
        release: final,
        flow: !release.draft ? 'attach' : publishes ? 'publish' : 'draft',
        assets: records,
        published: !final.draft,
        uploaded,
        skipped: [...skipped, ...kept],
        ...(signing?.identity() ? { identity: signing.identity() } : {}),
        ...(signing?.fingerprint ? { fingerprint: signing.fingerprint } : {}),
    };
}
/**
 * The last checks before the draft is published, on what GitHub lists now: the tag has exactly one release (matrix
 * jobs that raced may have left two drafts, each holding some of the assets: publishing one would leave the others'
 * assets out), and SHA256SUMS (when this job wrote it, listing `sumsNames`) lists every asset but the checksum files (an
 * asset another job uploaded after SHA256SUMS was written would be missing from it).
 */
async function checkBeforePublishing(step, client, options, release, sumsNames) {
    const tag = options.tag;
    const all = await client.releasesForTag(tag);
    if (all.length > 1) {
        const list = all.map((r) => `${r.id} (${r.draft ? 'draft' : 'published'}${r.id === release.id ? ', this job uploaded to it' : ''}, ${r.html_url})`).join('\n');
        throw new errors/* UserError */.yo(`Release ${tag} is not published: GitHub lists ${all.length} releases of that tag, and only one may be published with all the assets:\n${list}\n` +
            `Matrix jobs racing to create the draft made more than one. On ${options.serverUrl}/${options.owner}/${options.repo}/releases delete every one but ${release.id} ` +
            '(note the assets they hold), re-run the jobs that uploaded to the deleted ones, then re-run this job. ' +
            "To avoid the race, let one job create the draft before the matrix jobs start (for example a job with 'draft: true' and 'checksums: false' that uploads the source archive, which the matrix jobs 'need').");
    }
    if (!sumsNames)
        return;
    const listed = await client.listAssets(release.id);
    const summed = new Set(sumsNames);
    const names = listed.map((r) => r.name).filter((n) => !CHECKSUM_NAMES.has(n));
    const missing = names.filter((n) => !summed.has(n));
    const gone = [...summed].filter((n) => !names.includes(n));
    const problems = [
        ...missing.map((n) => `${n}: in the release, not in SHA256SUMS (uploaded by another job after SHA256SUMS was written?)`),
        ...gone.map((n) => `${n}: in SHA256SUMS, no longer in the release`),
    ];
    if (problems.length) {
        throw new errors/* UserError */.yo(`SHA256SUMS does not cover the assets of release ${tag}, so it is not published:\n${problems.join('\n')}\nRe-run this job once every other job is done: it writes SHA256SUMS again.`);
    }
    step.info(`Release ${(0,format/* safe */.gB)(tag)} has one release for its tag, and SHA256SUMS lists its ${names.length} other asset(s).`);
}
/** One upload, with GitHub's 422 answers explained: a duplicate from a racing job, or an immutable release. */
async function uploadOne(client, release, asset, sha, options) {
    let done;
    try {
        done = await client.upload(release, asset);
    }
    catch (err) {
        if (!(0,github.isValidation)(err))
            throw err;
        if (!(0,github.isValidation)(err, 'already_exists')) {
            if (!release.draft) {
                throw new errors/* UserError */.yo(`${asset.name}: GitHub refused the upload (${(0,github.validationMessage)(err)}): release ${(0,format/* safe */.gB)(options.tag)} is published, and an immutable release cannot get new assets ` +
                    '(was immutability turned on meanwhile?). Upload while the release is a draft: run this action on the tag push.');
            }
            throw new errors/* UserError */.yo(`${asset.name}: GitHub refused the upload (${(0,github.validationMessage)(err)}).`);
        }
        // Another job (a matrix job attaching to the same release, or a re-run) uploaded an asset of that name meanwhile.
        const there = (await client.listAssets(release.id)).find((r) => r.name === asset.name);
        if (there?.state === 'uploaded' && (await sameContent(client, there, asset, sha)))
            return there;
        if (there && there.state !== 'uploaded') {
            // A broken partial asset (an earlier try of ours, or another job's failed upload): never a finished file, so it
            // is deleted and the file sent again.
            await client.deleteAsset(there.id);
            done = await client.upload(release, asset);
        }
        else if (!there || !options.overwrite) {
            throw new errors/* UserError */.yo(`${asset.name}: another upload of that name arrived first (another job?) with different content; set 'overwrite: true' to replace it.`);
        }
        else {
            await client.deleteAsset(there.id);
            done = await client.upload(release, asset);
        }
    }
    if (done.name !== asset.name)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub stored it as ${done.name}.`);
    if (done.size !== asset.size)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub stored ${done.size} bytes, the file has ${asset.size}.`);
    if (done.digest && done.digest.toLowerCase() !== `sha256:${sha}`)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub computed ${done.digest}, the file is sha256:${sha}.`);
    return done;
}
/**
 * Whether the local file (of sha256 `sha`) is the asset already there: by its digest, else by size and then a
 * streamed download (announced through `log`). A failed download is `unverified`, not an error (a UserError is
 * thrown).
 */
async function compare(client, there, asset, sha, log = () => undefined) {
    if (there.digest)
        return { same: there.digest.toLowerCase() === `sha256:${sha}`, why: `GitHub has ${there.digest}, this one is sha256:${sha}` };
    if (there.size !== asset.size)
        return { same: false, why: `GitHub reports no digest and has ${there.size} bytes, this one has ${asset.size}` };
    log(`${asset.name}: GitHub reports no digest for the asset already there; downloading it to compare its sha256.`);
    try {
        const theirs = await client.assetSha256(there);
        return { same: theirs === sha, why: `the asset there is sha256:${theirs} (downloaded), this one is sha256:${sha}` };
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        return { same: false, unverified: true, why: `GitHub reports no digest for it and downloading it to compare failed (${(0,github.describe)(err)})` };
    }
}
/** True when the asset there has the file's content (see `compare`); any failure to tell is false. */
async function sameContent(client, there, asset, sha) {
    try {
        return (await compare(client, there, asset, sha)).same;
    }
    catch {
        return false;
    }
}
async function makeOctokit(options, deps) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
    return getOctokit(options.token, { baseUrl: options.apiUrl, ...(deps.fetch ? { request: { fetch: deps.fetch } } : {}) });
}
/** The signing function for the chosen mode (key material masked first), or undefined for `sign: none`. */
async function signer(step, options, deps) {
    if (options.sign === 'gpg') {
        for (const line of secretLines(options.gpgPrivateKey ?? ''))
            step.setSecret(line);
        if (options.gpgPassphrase)
            step.setSecret(options.gpgPassphrase);
        const gpg = await gpgSigner(options.gpgPrivateKey, options.gpgPassphrase);
        step.info(`GPG key ${gpg.fingerprint} ${(0,format/* safe */.gB)(gpg.userIds.join(', '))}`);
        return { sign: (path, out) => gpg.sign(path, out), fingerprint: gpg.fingerprint, identity: () => undefined };
    }
    if (options.sign === 'sigstore') {
        const getToken = deps.sigstore?.getToken ?? githubIdentityToken(step.env);
        const settings = { ...deps.sigstore, getToken };
        const signFile = deps.sigstoreSign ?? ((path, out) => sigstoreSign(path, settings, out));
        let identity;
        return {
            sign: async (path, out) => {
                const written = await signFile(path, out);
                if (identity === undefined) {
                    // Who the certificate says signed: for a reusable workflow, that workflow's ref, not the caller's.
                    identity = certificateIdentity(JSON.parse(await (0,promises_.readFile)(written, 'utf8')));
                    if (identity)
                        step.info(`Sigstore certificate identity: ${(0,format/* safe */.gB)(identity)}`);
                }
                return written;
            },
            identity: () => identity,
        };
    }
    return undefined;
}
/** The job summary: each asset with size and sha256, and the commands a user runs to verify the download. */
function summary(options, outcome) {
    const rows = outcome.assets.map((a) => [a.url ? `[${(0,format/* cell */.Hn)(a.name)}](${a.url})` : (0,format/* cell */.Hn)(a.name), bytes(a.size), a.sha256 ? `\`${a.sha256}\`` : 'not reported']);
    const lines = [`## Release [${(0,format/* cell */.Hn)(outcome.release.name || options.tag)}](${outcome.release.html_url}) ${outcome.published ? 'published' : '(draft)'}`, ''];
    lines.push(flowLine(options, outcome), '');
    lines.push((0,format/* table */.tp)(['Asset', 'Size', 'SHA-256'], rows));
    lines.push(...verifyCommands(options, outcome.assets.map((a) => a.name), { identity: outcome.identity, fingerprint: outcome.fingerprint }));
    return lines.join('\n') + '\n';
}
/** Which flow ran, in one summary line that links the release. */
function flowLine(options, outcome) {
    const link = `[${(0,format/* cell */.Hn)(outcome.release.name || options.tag)}](${outcome.release.html_url})`;
    const counts = `${outcome.uploaded.length} asset(s) uploaded, ${outcome.skipped.length} already there and unchanged`;
    const from = options.source === 'release' ? ' of the release event' : options.source === 'input' ? ` (tag ${(0,format/* cell */.Hn)(options.tag)} from the 'tag' input)` : '';
    if (outcome.flow === 'attach') {
        return `**Flow: attach to a published release.** ${link}${from} was already published: ${counts}; nothing else of the release was changed.`;
    }
    if (outcome.flow === 'draft') {
        const why = options.source === 'release' && !options.draft ? 'its maintainer publishes it' : "'draft: true'";
        return `**Flow: draft (not published).** ${link}${from}: ${counts}; this job leaves it a draft (${why}).`;
    }
    return `**Flow: draft → publish.** ${link}${from}: the assets went to its draft (${counts}), were checked, and then this job published it.`;
}
/**
 * The exact commands that verify the assets, for the summary and the docs. The Sigstore identity is the one in the
 * signing certificate when known (a reusable workflow signs as itself), else the calling workflow
 * (GITHUB_WORKFLOW_REF); the GPG commands name the key's fingerprint.
 */
function verifyCommands(options, names, signer = {}) {
    const suffix = SIGNATURE_SUFFIX[options.sign];
    const files = names.filter((n) => !(suffix && n.endsWith(suffix)));
    const cmds = [];
    if (names.includes('SHA256SUMS'))
        cmds.push((0,exec.formatCommand)(['sha256sum', '-c', '--ignore-missing', 'SHA256SUMS']));
    if (options.sign === 'sigstore') {
        const identity = signer.identity ?? `${options.serverUrl}/${options.workflowRef ?? `${options.owner}/${options.repo}/.github/workflows/WORKFLOW.yml@refs/tags/${options.tag}`}`;
        for (const f of files)
            cmds.push((0,exec.formatCommand)(['sigstore', 'verify', 'github', '--cert-identity', identity, f]));
        cmds.push('# or with cosign:');
        for (const f of files) {
            cmds.push((0,exec.formatCommand)(['cosign', 'verify-blob', '--bundle', `${f}.sigstore.json`, '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', f]));
        }
    }
    else if (options.sign === 'gpg') {
        if (signer.fingerprint)
            cmds.push(`# signed with the OpenPGP key ${signer.fingerprint}: import its public key first (gpg --recv-keys ${signer.fingerprint}, or gpg --import KEY.asc)`);
        for (const f of files)
            cmds.push((0,exec.formatCommand)(['gpg', '--verify', `${f}.asc`, f]));
    }
    if (!cmds.length)
        return [];
    return ['### Verify a download', '', '```sh', ...cmds, '```', ''];
}
/**
 * The commit of `refs/tags/<tag>` in the checkout, which the source archives are made of (not the checked-out
 * commit). A tag the checkout lacks is an error: for the `tag` input, one that names the input (the tag must exist:
 * a release created for a tag that does not exist would create the tag on the default branch).
 */
async function tagCommit(exec, options) {
    const ref = `refs/tags/${options.tag}`;
    const r = await exec.run(['git', '-C', options.workspace, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { silent: true, ignoreReturnCode: true });
    const sha = r.stdout.trim();
    if (r.exitCode === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return sha;
    const why = r.stderr.trim() ? ` (git: ${(0,format/* safe */.gB)(r.stderr.trim().split('\n')[0])})` : '';
    const fix = `check out with actions/checkout's 'ref: ${(0,format/* safe */.gB)(options.tag)}' (or 'fetch-depth: 0' for every tag)`;
    if (options.source === 'input') {
        throw new errors/* InputError */.dz('tag', options.tag, `a tag that exists: the checkout at ${(0,format/* safe */.gB)(options.workspace)} has no ${(0,format/* safe */.gB)(ref)}${why}; check its name, or ${fix}`);
    }
    throw new errors/* UserError */.yo(`The tag ${(0,format/* safe */.gB)(options.tag)} is not in the checkout at ${(0,format/* safe */.gB)(options.workspace)}${why}, and the source archive is made from it: ${fix}, or set 'source-archive: false'.`);
}


/***/ })

};
