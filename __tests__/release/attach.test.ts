// The ASWF release-sign flow (a maintainer publishes the release; CI signs the source archive and attaches it), the
// `tag` input of workflow_dispatch runs, the matrix race against a release published meanwhile, and what reaches the
// log and which files may be published. GitHub is the in-memory fake at the HTTP boundary (github-fake.ts), the
// event payloads are GitHub's recorded ones (@octokit/webhooks-examples), git and sha256sum are real.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseSemver } from 'semver';
import { main } from '../../src/actions/release.js';
import { InputError, UserError } from '../../src/common/errors.js';
import { HostExecutor } from '../../src/common/exec.js';
import { Step } from '../../src/common/step.js';
import { readOptions, trigger } from '../../src/release/plan.js';
import { Deps, publishRelease, summary } from '../../src/release/run.js';
import { FakeGitHub, fetchDownload, fetchUpload, serve } from './github-fake.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'release-attach-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });

/** GitHub's recorded `release` webhook payload for `action`, as the runner writes it to GITHUB_EVENT_PATH. */
function recordedEvent(action: string) {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, any>> }>;
  return structuredClone(all.find((e) => e.name === 'release')!.examples.find((e) => e.action === action)!);
}

/** A repository with `tag` on its first commit, and (when `after`) a later commit checked out whose tree differs. */
function workspace(tag: string, after = false): string {
  const ws = mkdtempSync(join(root, 'ws-'));
  git(ws, 'init', '-q');
  writeFileSync(join(ws, 'README.md'), `hello from ${tag}\n`);
  writeFileSync(join(ws, 'CMakeLists.txt'), 'project(hello)\n');
  git(ws, 'add', '.');
  git(ws, 'commit', '-q', '-m', 'init');
  git(ws, 'tag', tag);
  if (after) {
    writeFileSync(join(ws, 'README.md'), 'hello from main, after the tag\n');
    writeFileSync(join(ws, 'NEW.txt'), 'only on main\n');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'later');
  }
  return ws;
}

function baseEnv(ws: string, repository: string, inputs: Record<string, string> = {}): Record<string, string> {
  const e: Record<string, string> = {
    GITHUB_REPOSITORY: repository,
    GITHUB_WORKSPACE: ws,
    GITHUB_TOKEN: 'ghs_secret',
    RUNNER_TEMP: join(root, 'runner-temp'),
    INPUT_SIGN: 'none',
  };
  mkdirSync(e.RUNNER_TEMP!, { recursive: true });
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  return e;
}

/** The environment of a `release` event run: the recorded payload in GITHUB_EVENT_PATH, GITHUB_REF the tag. */
function releaseEnv(ws: string, payload: Record<string, any>, inputs: Record<string, string> = {}) {
  const event = join(mkdtempSync(join(root, 'event-')), 'event.json');
  writeFileSync(event, JSON.stringify(payload));
  return {
    ...baseEnv(ws, payload.repository.full_name, inputs),
    GITHUB_EVENT_NAME: 'release',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: `refs/tags/${payload.release.tag_name}`,
  };
}

/** Runs the action's body as main does (trigger → options → publish), against the fake, with the given signer. */
async function run(gh: FakeGitHub, env: Record<string, string>, extra: Partial<Deps> = {}) {
  const out: string[] = [];
  const step = new Step(env, (t) => void out.push(t));
  const found = trigger(env);
  if ('skip' in found) throw new Error(`skipped: ${found.skip}`);
  const options = readOptions(env, found, parseSemver);
  const outDir = mkdtempSync(join(root, 'out-'));
  const outcome = await publishRelease(step, options, {
    exec: new HostExecutor(() => undefined),
    fetch: gh.fetch,
    uploadAsset: fetchUpload(gh.fetch).transport,
    downloadAsset: fetchDownload(gh.fetch).hasher,
    sleep: async () => undefined,
    outDir,
    ...extra,
  });
  return { outcome, out: out.join(''), outDir, options };
}

/** A stand-in for sigstore-js (tested on its own in sigstore.test.ts): writes a bundle-shaped JSON naming the file's sha256. */
const bundles: string[] = [];
const fakeSigstore: Deps['sigstoreSign'] = async (path, out) => {
  bundles.push(path);
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  writeFileSync(out, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: sha } } }));
  return out;
};
const sigstoreDeps: Partial<Deps> = { sigstore: { getToken: async () => 'unused' }, sigstoreSign: fakeSigstore };

/** The modifying requests a run made, without the repository prefix. */
const writes = (gh: FakeGitHub, from = 0) =>
  gh.log.slice(from).filter((l) => /^(POST|PATCH|DELETE) /.test(l)).map((l) => l.replace(`/repos/${gh.owner}/${gh.repo}`, ''));

/** A published release as a maintainer leaves it, with the event's id and tag, holding two assets. */
function publishedByHand(gh: FakeGitHub, payload: Record<string, any>, immutable = false) {
  const release = gh.addRelease({ id: payload.release.id, tag_name: payload.release.tag_name, name: 'Hello World 0.0.1', draft: false, immutable });
  gh.addAsset(release, 'hello-0.0.1-linux.tar.gz', Buffer.from('a linux build\n'));
  gh.addAsset(release, 'hello-0.0.1-docs.zip', Buffer.from('the docs\n'));
  return release;
}

describe('release: published (the ASWF release-sign flow)', () => {
  test('the archive, its .sigstore.json and SHA256SUMS are attached to the event\'s release (by id); nothing else changes, no PATCH', async () => {
    const payload = recordedEvent('published');
    const tag = payload.release.tag_name as string;
    const gh = new FakeGitHub('Codertocat', 'Hello-World');
    // Another release of the same tag (an old draft): a lookup by tag could pick it; the event names the other.
    const stray = gh.addRelease({ tag_name: tag, draft: true });
    const release = publishedByHand(gh, payload);
    const before = release.assets.map((a) => ({ ...a }));
    const ws = workspace(tag);
    bundles.length = 0;
    const { outcome, options, outDir } = await run(gh, releaseEnv(ws, payload, { sign: 'sigstore' }), sigstoreDeps);

    expect(outcome.flow).toBe('attach');
    expect(outcome.release.id).toBe(payload.release.id);
    expect(stray.assets).toEqual([]);
    // The release was read by its id, never looked up by tag.
    expect(gh.log).toContain(`GET /repos/Codertocat/Hello-World/releases/${release.id}`);
    expect(gh.log.some((l) => l === 'GET /repos/Codertocat/Hello-World/releases' || l.includes('/releases/tags/'))).toBe(false);
    const archive = 'Hello-World-0.0.1.tar.gz';
    expect(writes(gh)).toEqual([
      `POST /releases/${release.id}/assets?name=${archive}`,
      `POST /releases/${release.id}/assets?name=${archive}.sigstore.json`,
      `POST /releases/${release.id}/assets?name=SHA256SUMS`,
      `POST /releases/${release.id}/assets?name=SHA256SUMS.sigstore.json`,
    ]);
    expect(gh.patches).toEqual([]);
    // The maintainer's two assets are untouched (same ids, same digests).
    expect(release.assets.slice(0, 2)).toEqual(before);
    expect(release).toMatchObject({ draft: false, name: 'Hello World 0.0.1' });
    // Signed: the archive and SHA256SUMS.
    expect(bundles.map((p) => p.split('/').pop())).toEqual([archive, 'SHA256SUMS']);
    // SHA256SUMS lists every asset of the release, the maintainer's too, and passes the real sha256sum on the bytes
    // the release serves.
    const dl = mkdtempSync(join(root, 'dl-'));
    for (const a of release.assets) writeFileSync(join(dl, a.name), gh.contents.get(a.id)!);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dl, encoding: 'utf8' }).trim().split('\n')).toEqual([
      `${archive}: OK`,
      `${archive}.sigstore.json: OK`,
      'hello-0.0.1-docs.zip: OK',
      'hello-0.0.1-linux.tar.gz: OK',
    ]);
    // The archive is git archive of the tag with the <repo>-<version>/ prefix.
    expect(execFileSync('tar', ['-tzf', join(outDir, archive)], { encoding: 'utf8' }).split('\n')).toEqual(
      expect.arrayContaining(['Hello-World-0.0.1/README.md', 'Hello-World-0.0.1/CMakeLists.txt']),
    );
    // The summary says which flow ran and links the release.
    expect(summary(options, outcome)).toContain(
      `**Flow: attach to a published release.** [Hello World 0.0.1](${release.html_url}) of the release event was already published: ` +
        '4 asset(s) uploaded, 0 already there and unchanged; nothing else of the release was changed.',
    );

    // A re-run changes nothing: every asset is the same, the signatures of unchanged files are kept.
    const mark = gh.log.length;
    const again = await run(gh, releaseEnv(ws, payload, { sign: 'sigstore' }), sigstoreDeps);
    expect(writes(gh, mark)).toEqual([]);
    expect(again.outcome.uploaded).toEqual([]);
  });

  test('through main: the recorded event, the fake served over HTTP, outputs and the flow in the job summary', async () => {
    const payload = recordedEvent('published');
    const gh = new FakeGitHub('Codertocat', 'Hello-World');
    const { api, close } = await serve(gh);
    const release = publishedByHand(gh, payload);
    const files = mkdtempSync(join(root, 'gh-files-'));
    const env = {
      ...releaseEnv(workspace(payload.release.tag_name), payload, { 'archive-name': 'HW-{version}' }),
      GITHUB_API_URL: api,
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
    };
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const step = new Step(env, () => undefined);
    try {
      await main(step);
    } finally {
      await close();
    }
    expect(step.outputs).toMatchObject({ 'release-id': String(release.id), url: release.html_url, published: 'true' });
    expect(release.assets.map((a) => a.name)).toEqual(['hello-0.0.1-linux.tar.gz', 'hello-0.0.1-docs.zip', 'HW-0.0.1.tar.gz', 'SHA256SUMS']);
    expect(gh.patches).toEqual([]);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain(`**Flow: attach to a published release.** [Hello World 0.0.1](${release.html_url}) of the release event`);
  });

  test('an asset of the same name with other content: refused without overwrite (nothing written), replaced with it', async () => {
    const payload = recordedEvent('published');
    const gh = new FakeGitHub('Codertocat', 'Hello-World');
    const release = publishedByHand(gh, payload);
    const old = gh.addAsset(release, 'Hello-World-0.0.1.tar.gz', Buffer.from('an archive made by hand\n'));
    const ws = workspace(payload.release.tag_name);
    await expect(run(gh, releaseEnv(ws, payload, { sign: 'sigstore' }), sigstoreDeps)).rejects.toThrow(
      /^Hello-World-0\.0\.1\.tar\.gz: release 0\.0\.1 already has an asset of that name with a different content \(GitHub has sha256:[0-9a-f]{64}, this one is sha256:[0-9a-f]{64}\)\. Set 'overwrite: true' to replace it/,
    );
    expect(writes(gh)).toEqual([]);
    const { outcome } = await run(gh, releaseEnv(ws, payload, { sign: 'sigstore', overwrite: 'true' }), sigstoreDeps);
    expect(outcome.uploaded).toEqual(['Hello-World-0.0.1.tar.gz', 'Hello-World-0.0.1.tar.gz.sigstore.json', 'SHA256SUMS', 'SHA256SUMS.sigstore.json']);
    expect(writes(gh)).toEqual([
      `DELETE /releases/assets/${old.id}`,
      `POST /releases/${release.id}/assets?name=Hello-World-0.0.1.tar.gz`,
      `POST /releases/${release.id}/assets?name=Hello-World-0.0.1.tar.gz.sigstore.json`,
      `POST /releases/${release.id}/assets?name=SHA256SUMS`,
      `POST /releases/${release.id}/assets?name=SHA256SUMS.sigstore.json`,
    ]);
    expect(gh.patches).toEqual([]);
    expect(release.assets.slice(0, 2).map((a) => a.name)).toEqual(['hello-0.0.1-linux.tar.gz', 'hello-0.0.1-docs.zip']);
  });

  test('an immutable published release: one line naming the release and the setting, pointing to the draft flow; no upload, nothing signed', async () => {
    const payload = recordedEvent('published');
    const gh = new FakeGitHub('Codertocat', 'Hello-World');
    const release = publishedByHand(gh, payload, true);
    bundles.length = 0;
    const err = await run(gh, releaseEnv(workspace(payload.release.tag_name), payload, { sign: 'sigstore' }), sigstoreDeps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toBe(
      `Release 0.0.1 (${release.html_url}) is published and immutable (the repository's release immutability setting), and Hello-World-0.0.1.tar.gz is not in it yet: ` +
        'GitHub refuses to add or change assets of an immutable release, so nothing was uploaded. Upload while the release is a draft instead: ' +
        'run this action on the tag push (on: push: tags), where it drafts, uploads, signs and then publishes (docs/release.md, "Immutable releases").',
    );
    expect(gh.log.filter((l) => l.startsWith('POST') || l.startsWith('DELETE') || l.startsWith('PATCH'))).toEqual([]);
    expect(bundles).toEqual([]);
  });

  test("a release event whose release is still a draft: the assets go to it, and it is left for its maintainer to publish", async () => {
    const payload = recordedEvent('created');
    const gh = new FakeGitHub('Codertocat', 'Hello-World');
    const release = gh.addRelease({ id: payload.release.id, tag_name: payload.release.tag_name, draft: true });
    const { outcome, out, options } = await run(gh, releaseEnv(workspace(payload.release.tag_name), payload, { checksums: 'false' }));
    expect(outcome.flow).toBe('draft');
    expect(outcome.published).toBe(false);
    expect(release.draft).toBe(true);
    expect(release.assets.map((a) => a.name)).toEqual(['Hello-World-0.0.1.tar.gz']);
    expect(gh.patches).toEqual([]);
    expect(out).toContain("a draft (the release event's release: its maintainer publishes it): this job never publishes it.");
    expect(summary(options, outcome)).toContain('this job leaves it a draft (its maintainer publishes it).');
  });

  test('other release actions do nothing; a tag input that is not the event\'s is an error; an unreadable event is an error', () => {
    const ws = workspace('0.0.1');
    expect(trigger(releaseEnv(ws, recordedEvent('deleted')))).toEqual({
      skip: 'the release event\'s action is "deleted" (the action runs on release: types: [published, created, released, prereleased])',
    });
    const created = recordedEvent('created');
    expect(trigger(releaseEnv(ws, created))).toEqual({ tag: created.release.tag_name, source: 'release', releaseId: created.release.id });
    expect(trigger(releaseEnv(ws, created, { tag: created.release.tag_name }))).toMatchObject({ source: 'release' });
    expect(() => trigger(releaseEnv(ws, created, { tag: 'v9' }))).toThrow(
      `Input 'tag' has an invalid value "v9": expected no value on a release event (the tag is the event's release's, "${created.release.tag_name}"), or that tag.`,
    );
    expect(() => trigger({ GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: join(root, 'missing.json') })).toThrow(
      /^This is a release event, but the event file could not be read \(.*\): the release to sign and attach to is unknown\.$/,
    );
  });
});

describe("the 'tag' input (workflow_dispatch)", () => {
  const dispatch = (ws: string, inputs: Record<string, string>) => ({
    ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', inputs),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
  });

  test("the archive is the tag's tree, not the checkout's HEAD; the tag's release is drafted and published", async () => {
    const ws = workspace('v3.2.1', true);
    const gh = new FakeGitHub();
    const { outcome, outDir, out, options } = await run(gh, dispatch(ws, { tag: 'v3.2.1', checksums: 'false' }));
    expect(outcome.flow).toBe('publish');
    expect(gh.releases).toHaveLength(1);
    expect(gh.releases[0]).toMatchObject({ tag_name: 'v3.2.1', draft: false });
    const archive = join(outDir, 'openexr-3.2.1.tar.gz');
    const listing = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(['openexr-3.2.1/', 'openexr-3.2.1/CMakeLists.txt', 'openexr-3.2.1/README.md']);
    const readme = execFileSync('tar', ['-xzOf', archive, 'openexr-3.2.1/README.md'], { encoding: 'utf8' });
    expect(readme).toBe('hello from v3.2.1\n');
    // The checkout differs (HEAD is a later commit): the archive is not made from it.
    expect(readFileSync(join(ws, 'README.md'), 'utf8')).toBe('hello from main, after the tag\n');
    expect(git(ws, 'rev-parse', 'HEAD').trim()).not.toBe(git(ws, 'rev-parse', 'v3.2.1^{commit}').trim());
    expect(out).toContain(`The tag v3.2.1 ('tag' input) is commit ${git(ws, 'rev-parse', 'v3.2.1^{commit}').trim()}.`);
    expect(summary(options, outcome)).toContain("(tag v3.2.1 from the 'tag' input): the assets went to its draft");
  });

  test('a tag that does not exist: an error naming the input, before any request; a malformed one is refused at once', async () => {
    const ws = workspace('v3.2.1');
    const gh = new FakeGitHub();
    const err = await run(gh, dispatch(ws, { tag: 'v9.9.9', files: 'README.md', 'source-archive': 'false', checksums: 'false' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `Input 'tag' has an invalid value "v9.9.9": expected a tag that exists: the checkout at ${ws} has no refs/tags/v9.9.9; check its name, ` +
        "or check out with actions/checkout's 'ref: v9.9.9' (or 'fetch-depth: 0' for every tag).",
    );
    expect(gh.log).toEqual([]);
    expect(() => trigger(dispatch(ws, { tag: 'v1\n::warning::x' }))).toThrow(
      `Input 'tag' has an invalid value "v1\\n::warning::x": expected a tag name of this repository (it holds a space, a control character or one of ~^:?*[\\).`,
    );
    expect(() => trigger(dispatch(ws, { tag: '--output=/tmp/x' }))).toThrow(/expected a tag name of this repository \(it starts with '-'/);
  });
});

describe('the matrix race: a release published by another job meanwhile', () => {
  test('a 422 on create → this job attaches to the published release; one release in the end, holding every job\'s assets', async () => {
    const gh = new FakeGitHub();
    const linux = workspace('v3.2.1');
    mkdirSync(join(linux, 'dist'));
    writeFileSync(join(linux, 'dist', 'openexr-3.2.1-linux.tar.gz'), 'linux\n');
    const macos = workspace('v3.2.1');
    mkdirSync(join(macos, 'dist'));
    writeFileSync(join(macos, 'dist', 'openexr-3.2.1-macos.tar.gz'), 'macos\n');
    const push = (ws: string, inputs: Record<string, string>) => ({ ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { files: 'dist/*', checksums: 'false', ...inputs }), GITHUB_REF: 'refs/tags/v3.2.1' });

    // The macOS job lists the tag's releases (none yet); then the Linux job drafts, uploads and publishes; then the
    // macOS job creates its draft: GitHub answers 422, and its listing lags behind (the published release is not
    // listed yet), so it finds the release by its tag.
    const first = await run(gh, push(linux, {}));
    expect(first.outcome.flow).toBe('publish');
    const published = gh.releases[0]!;
    gh.unlisted.add(published.id);
    const mark = gh.log.length;
    const second = await run(gh, push(macos, { 'source-archive': 'false' }));
    gh.unlisted.delete(published.id);

    expect(second.outcome.flow).toBe('attach');
    expect(second.out).toContain('Creating the release answered HTTP 422 Validation Failed');
    expect(gh.log.slice(mark)).toContain('GET /repos/AcademySoftwareFoundation/openexr/releases/tags/v3.2.1');
    expect(writes(gh, mark)).toEqual(['POST /releases', `POST /releases/${published.id}/assets?name=openexr-3.2.1-macos.tar.gz`]);
    expect(gh.releases).toHaveLength(1);
    expect(gh.releases[0]!.draft).toBe(false);
    expect(gh.releases[0]!.assets.map((a) => a.name)).toEqual(['openexr-3.2.1-linux.tar.gz', 'openexr-3.2.1.tar.gz', 'openexr-3.2.1-macos.tar.gz']);
    expect(gh.patches).toHaveLength(1);
  });
});

describe('two jobs attaching the same asset name to a published release at once', () => {
  test('422 already_exists with the same bytes counts as uploaded; with other bytes it is refused (not called immutable)', async () => {
    const payload = recordedEvent('published');
    const ws = workspace(payload.release.tag_name);
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', 'hello-0.0.1-macos.tar.gz'), 'macos\n');
    const inputs = { files: 'dist/*', 'source-archive': 'false', checksums: 'false' };
    /** The other job's upload lands between this job's listing and its upload. */
    const racing = (gh: FakeGitHub, bytes: string) =>
      gh.hooks.push(({ method, url }) => {
        const release = gh.releases[0]!;
        if (method === 'POST' && url.searchParams.get('name') === 'hello-0.0.1-macos.tar.gz' && !release.assets.some((a) => a.name === 'hello-0.0.1-macos.tar.gz')) {
          gh.addAsset(release, 'hello-0.0.1-macos.tar.gz', Buffer.from(bytes));
        }
        return undefined;
      });

    const same = new FakeGitHub('Codertocat', 'Hello-World');
    publishedByHand(same, payload);
    racing(same, 'macos\n');
    const { outcome } = await run(same, releaseEnv(ws, payload, inputs));
    expect(outcome.flow).toBe('attach');
    expect(outcome.uploaded).toEqual(['hello-0.0.1-macos.tar.gz']);
    expect(same.releases[0]!.assets.filter((a) => a.name === 'hello-0.0.1-macos.tar.gz')).toHaveLength(1);

    const other = new FakeGitHub('Codertocat', 'Hello-World');
    publishedByHand(other, payload);
    racing(other, 'another macos build\n');
    await expect(run(other, releaseEnv(ws, payload, inputs))).rejects.toThrow(
      "hello-0.0.1-macos.tar.gz: another upload of that name arrived first (another job?) with different content; set 'overwrite: true' to replace it.",
    );
    expect(writes(other).filter((w) => !w.startsWith('POST'))).toEqual([]);
  });
});

describe('what may be published, and what reaches the log', () => {
  test('files: absolute paths, ../ and symlinks that leave the workspace (or reach .git) are refused, naming the pattern and the file', async () => {
    const ws = workspace('v3.2.1');
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, 'not for publication\n');
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', 'ok.tar.gz'), 'ok\n');
    const gh = new FakeGitHub();
    const push = (files: string) => ({ ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { files, 'source-archive': 'false', checksums: 'false' }), GITHUB_REF: 'refs/tags/v3.2.1' });
    await expect(run(gh, push(outside))).rejects.toThrow(
      `Input 'files': the pattern "${outside}" matches ${outside}, which is outside the workspace and RUNNER_TEMP (${ws}, ${join(root, 'runner-temp')}): ` +
        'release files come only from there, and a symbolic link is followed only when its target stays inside.',
    );
    await expect(run(gh, push('../secret.txt'))).rejects.toThrow(`Input 'files': the pattern "../secret.txt" matches ${outside}, which is outside the workspace`);
    // A committed symlink to a file outside, matched by a glob.
    symlinkSync(outside, join(ws, 'dist', 'notes.txt'));
    await expect(run(gh, push('dist/*'))).rejects.toThrow(
      `Input 'files': the pattern "dist/*" matches ${join(ws, 'dist', 'notes.txt')} (real path ${outside}, through a symbolic link), which is outside the workspace`,
    );
    rmSync(join(ws, 'dist', 'notes.txt'));
    // A symlink to .git/config, which holds the checkout's token, inside the workspace.
    symlinkSync(join(ws, '.git', 'config'), join(ws, 'dist', 'config.txt'));
    await expect(run(gh, push('dist/*'))).rejects.toThrow(/the pattern "dist\/\*" matches .*config\.txt \(real path .*\.git\/config, through a symbolic link\), which is inside a \.git folder/);
    expect(gh.log).toEqual([]);
    rmSync(join(ws, 'dist', 'config.txt'));
    // A symlink whose target stays inside is followed, and the asset keeps the link's name; a file in RUNNER_TEMP is allowed.
    symlinkSync(join(ws, 'dist', 'ok.tar.gz'), join(ws, 'dist', 'alias.tar.gz'));
    const made = join(root, 'runner-temp', 'made-by-the-job.txt');
    writeFileSync(made, 'made\n');
    const { outcome } = await run(gh, push(`dist/alias.tar.gz\n${made}`));
    expect(outcome.uploaded).toEqual(['alias.tar.gz', 'made-by-the-job.txt']);
    expect(gh.contents.get(gh.releases[0]!.assets[0]!.id)!.toString()).toBe('ok\n');
  });

  test('body-file: only from the workspace or RUNNER_TEMP, by its real path', () => {
    const ws = workspace('v3.2.1');
    const env = (bodyFile: string) => ({ ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { 'body-file': bodyFile }), GITHUB_REF: 'refs/tags/v3.2.1' });
    writeFileSync(join(ws, 'NOTES.md'), 'Bug fixes.\n');
    expect(readOptions(env('NOTES.md'), 'v3.2.1', parseSemver).body).toBe('Bug fixes.\n');
    symlinkSync(join(ws, '.git', 'config'), join(ws, 'CHANGES.md'));
    expect(() => readOptions(env('CHANGES.md'), 'v3.2.1', parseSemver)).toThrow(/^Input 'body-file': the pattern "CHANGES\.md" matches .* which is inside a \.git folder/);
    expect(() => readOptions(env('/etc/hostname'), 'v3.2.1', parseSemver)).toThrow(/^Input 'body-file': the pattern "\/etc\/hostname" matches \/etc\/hostname, which is outside the workspace/);
  });

  test('a directory name holding a newline and a workflow command does not start a line of the log', async () => {
    // The checkout's own path holds it (a runner's work folder is named after the repository).
    const ws = mkdtempSync(join(root, 'x\n::warning::injected-'));
    git(ws, 'init', '-q');
    writeFileSync(join(ws, 'README.md'), 'hello\n');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'init');
    git(ws, 'tag', 'v3.2.1');
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', 'a.tar.gz'), 'a\n');
    const gh = new FakeGitHub();
    const { out } = await run(gh, { ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { files: 'dist/a.tar.gz', checksums: 'false' }), GITHUB_REF: 'refs/tags/v3.2.1' });
    expect(out.split('\n').filter((l) => /^\s*::warning::/.test(l))).toEqual([]);
    expect(out).toContain(`a.tar.gz  2 B  (${root}/x\\n::warning::injected-`);
  });

  test('through main: the git command lines, which hold that path, are logged on one line each', async () => {
    const ws = mkdtempSync(join(root, 'y\n::warning::injected-'));
    git(ws, 'init', '-q');
    writeFileSync(join(ws, 'README.md'), 'hello\n');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'init');
    git(ws, 'tag', 'v3.2.1');
    const gh = new FakeGitHub();
    const { api, close } = await serve(gh);
    const out: string[] = [];
    try {
      await main(new Step({ ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { checksums: 'false' }), GITHUB_REF: 'refs/tags/v3.2.1', GITHUB_API_URL: api }, (t) => void out.push(t)));
    } finally {
      await close();
    }
    const log = out.join('');
    expect(log).toContain('[command]git -C ');
    expect(log.split('\n').filter((l) => /^\s*::warning::/.test(l))).toEqual([]);
    expect(gh.releases[0]!.assets.map((a) => a.name)).toEqual(['openexr-3.2.1.tar.gz']);
  });

  test.each([
    ['a line break', 'ghs_abc\r\n::warning::leak'],
    ['a character outside Latin-1', 'ghs_abc\u4ee4\u724c'],
    ['a character outside ASCII', 'ghs_abcé'],
  ])('a token holding %s: one line naming the input, the value masked, no request', async (_what, token) => {
    const ws = workspace('v3.2.1');
    const out: string[] = [];
    const env = { ...baseEnv(ws, 'AcademySoftwareFoundation/openexr', { token }), GITHUB_REF: 'refs/tags/v3.2.1', GITHUB_API_URL: 'http://127.0.0.1:9' };
    const err = await main(new Step(env, (t) => void out.push(t))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).toMatch(/^Input 'token' has an invalid value "\*\*\*": expected a GitHub token: one line of printable ASCII characters \(this one holds /);
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).not.toContain('ghs_abc');
    // Masked before anything else was said, line by line.
    const log = out.join('');
    for (const line of token.split(/\r?\n/)) expect(log).toContain(`::add-mask::${line}\n`);
    expect(log.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([]);
  });
});
