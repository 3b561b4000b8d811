import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UserError } from '../common/errors.js';
import { readEvent } from '../common/event.js';
import { Env, Inputs } from '../common/inputs.js';
import { confinedPath } from './assets.js';

/**
 * Why a secret cannot be sent in an HTTP header, in words (without the value), or undefined: a line break (the
 * value would end the header) or a character outside printable ASCII (not a byte string; no GitHub token has one).
 */
export function secretProblem(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'holds a line break';
  if (/[^\x21-\x7e]/.test(value)) return 'holds a space, a control character or a character outside ASCII';
  return undefined;
}

/**
 * Why a run does nothing, or the tag it acts on: from a tag push (`push`), from the event's release (`release`, with
 * that release's id: the release is that one, not one looked up again by tag), or from the `tag` input (`input`, any
 * other event, such as `workflow_dispatch`: the tag must exist in the checkout).
 */
export type Trigger = { tag: string; source: 'push' | 'input' } | { tag: string; source: 'release'; releaseId: number } | { skip: string };

/** The `release` event actions that run the action: the release exists and is (or is becoming) visible. */
export const RELEASE_ACTIONS = ['published', 'created', 'released', 'prereleased'] as const;

/**
 * A tag name as git and GitHub accept it (`git check-ref-format`'s main rules): no control character, space or
 * `~^:?*[\\`, no `..`, `@{`, `//`, no leading `-` or `/`, no trailing `/`, `.` or `.lock`.
 */
export function tagProblem(tag: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(tag)) return 'it holds a space, a control character or one of ~^:?*[\\';
  if (/\.\.|@\{|\/\/|\/\./.test(tag) || tag === '@') return "it holds '..', '@{', '//' or '/.'";
  if (/^[-/.]|[/.]$|\.lock$/.test(tag)) return "it starts with '-', '/' or '.', or ends with '/', '.' or '.lock'";
  return undefined;
}

/**
 * Decides from the event alone whether this run releases anything: a `release` event (its release and tag), the
 * `tag` input on any other event, or a push of a tag; a tag-delete push and any other ref do nothing. Cheap on
 * purpose (no heavy module is loaded before this answer).
 */
export function trigger(env: Env): Trigger {
  const inputs = new Inputs(env);
  const tagInput = inputs.optional('tag');
  if (tagInput !== undefined) {
    const problem = tagProblem(tagInput);
    if (problem) throw new InputError('tag', tagInput, `a tag name of this repository (${problem})`);
  }
  if (env.GITHUB_EVENT_NAME === 'release') {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (!('payload' in event)) throw new UserError(`This is a release event, but ${event.error}: the release to sign and attach to is unknown.`);
    const payload = event.payload as { action?: unknown; release?: { id?: unknown; tag_name?: unknown } } | null;
    const action = typeof payload?.action === 'string' ? payload.action : '';
    if (!(RELEASE_ACTIONS as readonly string[]).includes(action)) {
      return { skip: `the release event's action is ${JSON.stringify(action)} (the action runs on release: types: [${RELEASE_ACTIONS.join(', ')}])` };
    }
    const id = payload?.release?.id;
    const tag = payload?.release?.tag_name;
    if (typeof id !== 'number' || typeof tag !== 'string' || !tag) throw new UserError('The release event names no release id and tag: the event file is not a release event payload.');
    if (tagInput !== undefined && tagInput !== tag) {
      throw new InputError('tag', tagInput, `no value on a release event (the tag is the event's release's, ${JSON.stringify(tag)}), or that tag`);
    }
    return { tag, source: 'release', releaseId: id };
  }
  if (tagInput !== undefined) return { tag: tagInput, source: 'input' };
  const ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/tags/')) {
    return {
      skip: ref
        ? `the ref ${ref} is not a tag (release runs on tag pushes, on: push: tags: ['v*'], on release: published, or with the 'tag' input)`
        : 'GITHUB_REF is not set',
    };
  }
  const tag = ref.slice('refs/tags/'.length);
  if (!tag) return { skip: `the ref ${ref} names no tag` };
  if (env.GITHUB_EVENT_NAME === 'push') {
    // A missing or unreadable event file is not a reason to stop: the ref alone says it is a tag.
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if ('payload' in event && (event.payload as { deleted?: unknown } | null | undefined)?.deleted === true) {
      return { skip: `the push deleted the tag ${tag}` };
    }
  }
  return { tag, source: 'push' };
}

export type SignMode = 'sigstore' | 'gpg' | 'none';
export type MakeLatest = 'true' | 'false' | 'legacy';

/** The source archive formats `git archive` writes. */
export const ARCHIVE_FORMATS = ['tar.gz', 'zip'] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

export interface ReleaseOptions {
  tag: string;
  /** Where the tag came from (see {@link Trigger}); `push` when not said. */
  source?: 'push' | 'input' | 'release';
  /** The release of a `release` event: used by id, never looked up again by tag. */
  releaseId?: number;
  /** The source archives' base name and top folder: `archive-name` with `{repo}`, `{version}`, `{tag}` filled in. */
  archiveName: string;
  /** The source archive formats, in the order given (`archive-formats`). */
  archiveFormats: ArchiveFormat[];
  /** The tag without a leading `v` before a digit: `v1.2.3` → `1.2.3`. */
  version: string;
  owner: string;
  repo: string;
  files: string[];
  allowMissing: boolean;
  sourceArchive: boolean;
  checksums: boolean;
  sign: SignMode;
  gpgPrivateKey?: string;
  gpgPassphrase?: string;
  name: string;
  /** True when the `name` input was given (else `name` is the tag). */
  nameGiven?: boolean;
  body?: string;
  generateNotes: boolean;
  prerelease: boolean;
  draft: boolean;
  makeLatest: MakeLatest;
  overwrite: boolean;
  token: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  /** RUNNER_TEMP, where files the job made may also come from (besides the workspace). */
  runnerTemp?: string;
  /** `owner/repo/.github/workflows/wf.yml@refs/tags/v1`: the identity in a Sigstore certificate. */
  workflowRef?: string;
}

/** The version a tag names: a leading `v` before a digit is dropped. */
export function versionOf(tag: string): string {
  return /^v\d/.test(tag) ? tag.slice(1) : tag;
}

/** True when the tag is a semantic version with a pre-release part (`v2.0.0-rc.1`). */
export function isPrerelease(tag: string, parse: (v: string) => { prerelease: readonly unknown[] } | null): boolean {
  const parsed = parse(versionOf(tag));
  return parsed !== null && parsed.prerelease.length > 0;
}

/** Reads and checks every input; semver's parser is passed in so that this module stays light. */
export function readOptions(
  env: Env,
  at: string | { tag: string; source: 'push' | 'input' | 'release'; releaseId?: number },
  parseSemver: (v: string) => { prerelease: readonly unknown[] } | null,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ReleaseOptions {
  const { tag, source, releaseId } = typeof at === 'string' ? { tag: at, source: 'push' as const, releaseId: undefined } : at;
  const inputs = new Inputs(env);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const runnerTemp = env.RUNNER_TEMP || undefined;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) throw new UserError(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}: expected owner/repo.`);

  const sign = inputs.choice<SignMode>('sign', ['sigstore', 'gpg', 'none'], 'sigstore');
  const gpgPrivateKey = inputs.optional('gpg-private-key');
  const gpgPassphrase = inputs.optional('gpg-passphrase');
  if (sign === 'gpg' && !gpgPrivateKey) {
    throw new InputError('gpg-private-key', '', "an armored private key (for example ${{ secrets.GPG_PRIVATE_KEY }}) when sign is 'gpg'");
  }

  const body = inputs.optional('body');
  const bodyFile = inputs.optional('body-file');
  if (body !== undefined && bodyFile !== undefined) throw new InputError('body-file', bodyFile, "no value when 'body' is given (give one of them)");
  let text = body;
  if (bodyFile !== undefined) {
    try {
      // Only from the workspace (or RUNNER_TEMP), by its real path: a symlink to ~/.ssh or .git/config is refused.
      text = readText(confinedPath('body-file', bodyFile, resolve(workspace, bodyFile), [workspace, runnerTemp]));
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new InputError('body-file', bodyFile, `a readable file (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }

  const prereleaseInput = inputs.choice('prerelease', ['auto', 'true', 'false'], 'auto');
  const prerelease = prereleaseInput === 'auto' ? isPrerelease(tag, parseSemver) : prereleaseInput === 'true';

  const token = inputs.optional('token') ?? env.GITHUB_TOKEN ?? '';
  if (!token) throw new InputError('token', '', 'a GitHub token with contents: write (the default is ${{ github.token }})');
  const tokenProblem = secretProblem(token);
  // The value is never shown: an HTTP header would refuse it later with an error that quotes it.
  if (tokenProblem) throw new InputError('token', '***', `a GitHub token: one line of printable ASCII characters (this one ${tokenProblem})`);

  const version = versionOf(tag);
  const archiveName = inputs
    .string('archive-name', '{repo}-{version}')
    .replace(/\{(repo|version|tag)\}/g, (_, k: string) => (k === 'repo' ? repo : k === 'version' ? version : tag));
  const sourceArchive = inputs.bool('source-archive', true);
  const archiveFormats: ArchiveFormat[] = [];
  for (const f of inputs.list('archive-formats')) {
    const found = ARCHIVE_FORMATS.find((x) => x === f.toLowerCase());
    if (!found) throw new InputError('archive-formats', f, `one or more of ${ARCHIVE_FORMATS.join(', ')} (separated by commas or lines)`);
    if (!archiveFormats.includes(found)) archiveFormats.push(found);
  }

  const makeLatestDefault: MakeLatest = prerelease ? 'false' : 'true';
  return {
    tag,
    version,
    ...(source !== 'push' ? { source } : {}),
    ...(releaseId !== undefined ? { releaseId } : {}),
    archiveName,
    archiveFormats: archiveFormats.length ? archiveFormats : ['tar.gz'],
    owner,
    repo,
    files: inputs.lines('files'),
    allowMissing: inputs.bool('allow-missing', false),
    sourceArchive,
    checksums: inputs.bool('checksums', true),
    sign,
    gpgPrivateKey,
    gpgPassphrase,
    name: inputs.string('name', tag),
    nameGiven: inputs.optional('name') !== undefined,
    body: text,
    generateNotes: inputs.bool('generate-notes', false),
    prerelease,
    draft: inputs.bool('draft', false),
    makeLatest: inputs.choice<MakeLatest>('make-latest', ['true', 'false', 'legacy'], makeLatestDefault),
    overwrite: inputs.bool('overwrite', false),
    token,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    workspace,
    ...(runnerTemp ? { runnerTemp } : {}),
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
  };
}
