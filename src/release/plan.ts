import { readFileSync } from 'node:fs';
import { InputError, UserError } from '../common/errors.js';
import { readEvent } from '../common/event.js';
import { Env, Inputs } from '../common/inputs.js';

/** Why a run does nothing, or the tag it acts on. */
export type Trigger = { tag: string } | { skip: string };

/**
 * Decides from the event alone whether this run releases anything: only a push of a tag does; a tag-delete push
 * and any other ref do nothing. Cheap on purpose (no heavy module is loaded before this answer).
 */
export function trigger(env: Env): Trigger {
  const ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/tags/')) {
    return { skip: ref ? `the ref ${ref} is not a tag (release runs on tag pushes: on: push: tags: ['v*'])` : 'GITHUB_REF is not set' };
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
  return { tag };
}

export type SignMode = 'sigstore' | 'gpg' | 'none';
export type MakeLatest = 'true' | 'false' | 'legacy';

export interface ReleaseOptions {
  tag: string;
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
  tag: string,
  parseSemver: (v: string) => { prerelease: readonly unknown[] } | null,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ReleaseOptions {
  const inputs = new Inputs(env);
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
      text = readText(bodyFile);
    } catch (err) {
      throw new InputError('body-file', bodyFile, `a readable file (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }

  const prereleaseInput = inputs.choice('prerelease', ['auto', 'true', 'false'], 'auto');
  const prerelease = prereleaseInput === 'auto' ? isPrerelease(tag, parseSemver) : prereleaseInput === 'true';

  const token = inputs.optional('token') ?? env.GITHUB_TOKEN ?? '';
  if (!token) throw new InputError('token', '', 'a GitHub token with contents: write (the default is ${{ github.token }})');

  const makeLatestDefault: MakeLatest = prerelease ? 'false' : 'true';
  return {
    tag,
    version: versionOf(tag),
    owner,
    repo,
    files: inputs.lines('files'),
    allowMissing: inputs.bool('allow-missing', false),
    sourceArchive: inputs.bool('source-archive', true),
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
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
  };
}
