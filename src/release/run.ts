import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../common/errors.js';
import type { Executor } from '../common/exec.js';
import { formatCommand } from '../common/exec.js';
import { cell, table } from '../common/format.js';
import type { Step } from '../common/step.js';
import {
  AssetRecord,
  LocalAsset,
  checksumsText,
  expandFiles,
  localAsset,
  nameProblem,
  sha256File,
  validateAssets,
} from './assets.js';
import { Release, ReleaseClient, RemoteAsset, RequestLike, UploadTransport, describe, isValidation } from './github.js';
import type { ReleaseOptions } from './plan.js';
import { SigstoreOptions, githubIdentityToken, gpgSigner, secretLines, sigstoreSign } from './sign.js';

export interface Deps {
  exec: Executor;
  /** The fetch Octokit (and the OIDC token request) use: tests replace it, nothing else. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Overrides of the Sigstore endpoints and token (offline tests). */
  sigstore?: Partial<SigstoreOptions>;
  /** Where the source archive and SHA256SUMS are written (default: a new directory under RUNNER_TEMP). */
  outDir?: string;
  /** An Octokit to use instead of making one (tests). */
  octokit?: RequestLike;
  /** How asset bytes are sent (default: node:http streaming from disk); tests give one that speaks to their fake. */
  uploadAsset?: UploadTransport;
}

export interface Outcome {
  release: Release;
  assets: AssetRecord[];
  published: boolean;
  uploaded: string[];
  skipped: string[];
}

const SIGNATURE_SUFFIX = { sigstore: '.sigstore.json', gpg: '.asc', none: '' } as const;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${v.toFixed(1)} ${units[i]}`;
}

/** Collects, checks, signs and hashes the assets, then drafts, uploads, checks and publishes the release. */
export async function publishRelease(step: Step, options: ReleaseOptions, deps: Deps): Promise<Outcome> {
  const outDir = deps.outDir ?? (await mkdtemp(join(step.env.RUNNER_TEMP || tmpdir(), 'aswf-release-')));
  const suffix = SIGNATURE_SUFFIX[options.sign];
  const archiveName = `${options.repo}-${options.version}.tar.gz`;

  // 1. Files, and every rule GitHub enforces, before any work or request.
  const primary = await step.group('Release assets', async () => {
    const paths = await expandFiles(options.files, options.workspace, options.allowMissing, (m) => step.warning(m));
    const files = await Promise.all(paths.map((p) => localAsset(p)));
    const planned: LocalAsset[] = [...files];
    if (options.sourceArchive) planned.push({ name: archiveName, path: join(outDir, archiveName), size: 0 });
    if (options.checksums) planned.push({ name: 'SHA256SUMS', path: join(outDir, 'SHA256SUMS'), size: 0 });
    if (suffix) for (const a of [...planned]) planned.push({ name: a.name + suffix, path: a.path + suffix, size: 0 });
    validateAssets(planned);
    if (!planned.length) throw new UserError("Nothing to release: 'files' matches no file and 'source-archive' and 'checksums' are off.");
    for (const f of files) step.info(`${f.name}  ${bytes(f.size)}  (${f.path})`);
    if (options.sourceArchive) {
      const prefix = `${options.repo}-${options.version}/`;
      await deps.exec.run(
        ['git', '-C', options.workspace, 'archive', '--format=tar.gz', `--prefix=${prefix}`, `--output=${join(outDir, archiveName)}`, `refs/tags/${options.tag}`],
        { silent: true },
      );
      const archive = await localAsset(join(outDir, archiveName));
      step.info(`${archive.name}  ${bytes(archive.size)}  (git archive of ${options.tag}, prefix ${prefix})`);
      files.push(archive);
    }
    return files;
  });

  // 2. Signatures beside each file, then SHA256SUMS over every asset, then its own signature.
  const signOne = await signer(step, options, deps);
  const assets: LocalAsset[] = [...primary];
  if (signOne) {
    await step.group(`Signing with ${options.sign}`, async () => {
      for (const a of primary) {
        const sig = await signOne(a.path);
        assets.push(await localAsset(sig, a.name + suffix));
        step.info(`${a.name + suffix}`);
      }
    });
  }
  const digests = new Map<string, string>();
  await step.group('SHA-256', async () => {
    for (const a of assets) {
      digests.set(a.name, await sha256File(a.path));
      step.info(`${digests.get(a.name)}  ${a.name}`);
    }
    if (options.checksums) {
      const path = join(outDir, 'SHA256SUMS');
      await writeFile(path, checksumsText(assets.map((a) => ({ name: a.name, sha256: digests.get(a.name)! }))));
      const sums = await localAsset(path);
      assets.push(sums);
      digests.set(sums.name, await sha256File(path));
      if (signOne) {
        const sig = await localAsset(await signOne(path), 'SHA256SUMS' + suffix);
        assets.push(sig);
        digests.set(sig.name, await sha256File(sig.path));
      }
    }
  });
  validateAssets(assets);

  // 3. The draft, the uploads, the check, and only then the publication.
  const client = new ReleaseClient(deps.octokit ?? (await makeOctokit(options, deps)), {
    owner: options.owner,
    repo: options.repo,
    token: options.token,
    uploadAsset: deps.uploadAsset,
    sleep: deps.sleep,
    log: (m) => step.warning(m),
  });
  const create = {
    name: options.name,
    ...(options.body !== undefined ? { body: options.body } : {}),
    prerelease: options.prerelease,
    generate_release_notes: options.generateNotes,
  };
  const { release } = await step.group(`Release ${options.tag}`, async () => {
    const found = await client.findOrCreateDraft(options.tag, create);
    step.info(`${found.created ? 'Created the draft' : 'Found the ' + (found.release.draft ? 'draft' : 'published release')} ${found.release.html_url} (id ${found.release.id}).`);
    return found;
  });

  const uploaded: string[] = [];
  const skipped: string[] = [];
  await step.group('Uploads', async () => {
    const remote = new Map((await client.listAssets(release.id)).map((r) => [r.name, r]));
    const failures: string[] = [];
    for (const asset of assets) {
      const sha = digests.get(asset.name)!;
      const there = remote.get(asset.name);
      if (there) {
        if (there.state === 'uploaded' && there.digest === `sha256:${sha}`) {
          step.info(`${asset.name}: already uploaded with the same sha256, skipped.`);
          skipped.push(asset.name);
          continue;
        }
        if (there.state === 'uploaded') {
          if (!release.draft && release.immutable) {
            throw new UserError(`${asset.name}: release ${options.tag} is published and immutable, and its asset differs (${there.digest ?? 'no digest'} ≠ sha256:${sha}); an immutable release cannot change: release a new tag.`);
          }
          if (!options.overwrite) {
            throw new UserError(`${asset.name}: release ${options.tag} already has an asset of that name with a different content (${there.digest ?? 'no digest reported'}, this one is sha256:${sha}). Set 'overwrite: true' to replace it.`);
          }
          step.info(`${asset.name}: replacing the different asset already there (overwrite: true).`);
        } else {
          step.info(`${asset.name}: deleting a broken asset (state ${there.state}) left by an earlier run.`);
        }
        await client.deleteAsset(there.id);
      }
      try {
        const done = await uploadOne(client, release, asset, sha, options);
        remote.set(done.name, done);
        uploaded.push(asset.name);
        step.info(`${asset.name}: uploaded (${bytes(asset.size)}).`);
      } catch (err) {
        if (err instanceof UserError) throw err;
        failures.push(`${asset.name}: ${describe(err)}`);
        step.error(`Uploading ${asset.name} failed: ${describe(err)}`);
      }
    }
    if (failures.length) {
      throw new UserError(`${failures.length} upload(s) failed, so release ${options.tag} stays a draft:\n${failures.join('\n')}`);
    }
  });

  // Every asset checked as GitHub now lists it: name, size, digest (when the server reports one).
  const records = await step.group('Checking the uploaded assets', async () => {
    const listed = new Map((await client.listAssets(release.id)).map((r) => [r.name, r]));
    const problems: string[] = [];
    const out: AssetRecord[] = [];
    for (const asset of assets) {
      const sha = digests.get(asset.name)!;
      const r = listed.get(asset.name);
      if (!r) problems.push(`${asset.name}: not listed by GitHub after the upload`);
      else if (r.state !== 'uploaded') problems.push(`${asset.name}: state ${r.state}, not uploaded`);
      else if (r.size !== asset.size) problems.push(`${asset.name}: GitHub has ${r.size} bytes, the file has ${asset.size}`);
      else if (r.digest && r.digest !== `sha256:${sha}`) problems.push(`${asset.name}: GitHub has ${r.digest}, the file has sha256:${sha}`);
      if (r && !r.digest) step.info(`${asset.name}: GitHub reports no digest; name and size checked.`);
      out.push({ name: asset.name, size: asset.size, sha256: sha, url: r?.browser_download_url ?? '' });
    }
    if (problems.length) throw new UserError(`The uploaded assets do not match the files, so the release is not published:\n${problems.join('\n')}`);
    step.info(`${assets.length} asset(s) match their files.`);
    return out;
  });

  let final = release;
  if (release.draft && !options.draft) {
    final = await step.group('Publishing', async () => {
      const r = await client.updateRelease(release.id, { draft: false, prerelease: options.prerelease, make_latest: options.makeLatest });
      step.info(`Published ${r.html_url}`);
      return r;
    });
  } else if (release.draft) {
    step.info(`Left ${release.html_url} a draft (draft: true).`);
  }
  return { release: final, assets: records, published: !final.draft, uploaded, skipped };
}

/** One upload, with GitHub's 422 answers explained: a duplicate from a racing job, or an immutable release. */
export async function uploadOne(client: ReleaseClient, release: Release, asset: LocalAsset, sha: string, options: ReleaseOptions): Promise<RemoteAsset> {
  let done: RemoteAsset;
  try {
    done = await client.upload(release, asset);
  } catch (err) {
    if (!isValidation(err)) throw err;
    if (!release.draft) {
      throw new UserError(`${asset.name}: GitHub refused the upload (${describe(err)}): release ${options.tag} is published, and an immutable release cannot get new assets. Release a new tag.`);
    }
    if (!isValidation(err, 'already_exists')) throw new UserError(`${asset.name}: GitHub refused the upload (${describe(err)}).`);
    const there = (await client.listAssets(release.id)).find((r) => r.name === asset.name);
    if (there?.state === 'uploaded' && there.digest === `sha256:${sha}`) return there;
    if (!there || !options.overwrite) {
      throw new UserError(`${asset.name}: another upload of that name arrived first (another job?) with different content; set 'overwrite: true' to replace it.`);
    }
    await client.deleteAsset(there.id);
    done = await client.upload(release, asset);
  }
  if (done.name !== asset.name) throw new UserError(`${asset.name}: GitHub stored it as ${done.name}.`);
  if (done.size !== asset.size) throw new UserError(`${asset.name}: GitHub stored ${done.size} bytes, the file has ${asset.size}.`);
  if (done.digest && done.digest !== `sha256:${sha}`) throw new UserError(`${asset.name}: GitHub computed ${done.digest}, the file is sha256:${sha}.`);
  return done;
}

async function makeOctokit(options: ReleaseOptions, deps: Deps): Promise<RequestLike> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(options.token, { baseUrl: options.apiUrl, ...(deps.fetch ? { request: { fetch: deps.fetch } } : {}) }) as unknown as RequestLike;
}

/** The signing function for the chosen mode (key material masked first), or undefined for `sign: none`. */
async function signer(step: Step, options: ReleaseOptions, deps: Deps): Promise<((path: string) => Promise<string>) | undefined> {
  if (options.sign === 'gpg') {
    for (const line of secretLines(options.gpgPrivateKey ?? '')) step.setSecret(line);
    if (options.gpgPassphrase) step.setSecret(options.gpgPassphrase);
    const gpg = await gpgSigner(options.gpgPrivateKey!, options.gpgPassphrase);
    step.info(`GPG key ${gpg.fingerprint} ${gpg.userIds.join(', ')}`);
    return (path) => gpg.sign(path);
  }
  if (options.sign === 'sigstore') {
    const getToken = deps.sigstore?.getToken ?? githubIdentityToken(step.env, deps.fetch);
    const settings: SigstoreOptions = { ...deps.sigstore, getToken };
    return (path) => sigstoreSign(path, settings);
  }
  return undefined;
}

/** The job summary: each asset with size and sha256, and the commands a user runs to verify the download. */
export function summary(options: ReleaseOptions, outcome: Outcome): string {
  const rows = outcome.assets.map((a) => [a.url ? `[${cell(a.name)}](${a.url})` : cell(a.name), bytes(a.size), `\`${a.sha256}\``]);
  const lines = [`## Release [${cell(outcome.release.name || options.tag)}](${outcome.release.html_url}) ${outcome.published ? 'published' : '(draft)'}`, ''];
  lines.push(table(['Asset', 'Size', 'SHA-256'], rows));
  lines.push(...verifyCommands(options, outcome.assets.map((a) => a.name)));
  return lines.join('\n') + '\n';
}

/** The exact commands that verify the assets, for the summary and the docs. */
export function verifyCommands(options: ReleaseOptions, names: string[]): string[] {
  const suffix = SIGNATURE_SUFFIX[options.sign];
  const files = names.filter((n) => !(suffix && n.endsWith(suffix)));
  const cmds: string[] = [];
  if (names.includes('SHA256SUMS')) cmds.push(formatCommand(['sha256sum', '-c', '--ignore-missing', 'SHA256SUMS']));
  if (options.sign === 'sigstore') {
    const identity = `${options.serverUrl}/${options.workflowRef ?? `${options.owner}/${options.repo}/.github/workflows/WORKFLOW.yml@refs/tags/${options.tag}`}`;
    for (const f of files) cmds.push(formatCommand(['sigstore', 'verify', 'github', '--cert-identity', identity, f]));
    cmds.push('# or with cosign:');
    for (const f of files) {
      cmds.push(
        formatCommand(['cosign', 'verify-blob', '--bundle', `${f}.sigstore.json`, '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', f]),
      );
    }
  } else if (options.sign === 'gpg') {
    for (const f of files) cmds.push(formatCommand(['gpg', '--verify', `${f}.asc`, f]));
  }
  if (!cmds.length) return [];
  return ['### Verify a download', '', '```sh', ...cmds, '```', ''];
}

/** Why an asset name would be refused, re-exported for the action's early checks. */
export { nameProblem };
