import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Executor, HostExecutor } from '../common/exec.js';
import { CCACHE_DIR_VARIABLE, CONTAINER_IMAGE_ID_VARIABLE, CONTAINER_IMAGE_VARIABLE, CONTAINER_VARIABLE, runnerOs } from '../common/vars.js';
import { InputError, UserError, errorMessage } from '../common/errors.js';
import { cell, safe, table } from '../common/format.js';
import { Inputs } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { Catalog, DEFAULT_REGISTRY, checkReference, envFromList, versionsFromEnv } from './catalog.js';

import { Docker, PullOptions, dockerEnv, reason } from './docker.js';
import { installShellWrapper } from '../shell/install.js';
import { isInside } from '../common/paths.js';

export { CONTAINER_IMAGE_ID_VARIABLE };

/** The label on every container this action starts (`docker ps --filter label=...`). */
export const CONTAINER_LABEL = 'org.aswf.ci-actions.container';

export const GPU_MODES = ['auto', 'all', 'none'] as const;
export const PULL_POLICIES = ['missing', 'always', 'never'] as const;
export const OTHER_OS = ['native', 'fail'] as const;

export interface ContainerInputs {
  project?: string;
  vfxYear: string;
  variant?: string;
  image?: string;
  pin: boolean;
  registry: string;
  gpus: (typeof GPU_MODES)[number];
  /** Extra `docker create` arguments: one per line of the input, spaces included. */
  containerOptions: string[];
  /** NAME=VALUE pairs (a bare NAME takes the step's value). */
  env: Record<string, string>;
  pull: (typeof PULL_POLICIES)[number];
  onOtherOs: (typeof OTHER_OS)[number];
  /** '' (the runner's own uid:gid), 'root', or uid[:gid]. */
  user: string;
}

export function parseContainerInputs(inputs: Inputs, stepEnv: Record<string, string | undefined>): ContainerInputs {
  const env: Record<string, string> = {};
  for (const line of inputs.lines('env')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(line);
    if (!m?.[1]) throw new InputError('env', line, 'one variable per line, NAME=VALUE or NAME (to pass the value of the step\'s NAME)');
    env[m[1]] = m[2] ?? stepEnv[m[1]] ?? '';
  }
  // docker's --env-file carries one variable per line, without quoting: a value cannot hold a line break.
  for (const [name, value] of Object.entries(env)) {
    if (/[\r\n]/.test(value)) {
      throw new InputError('env', name, `variables whose values hold no line break (${name}'s value has one; docker's --env-file cannot carry it)`);
    }
  }
  const vfxYear = inputs.string('vfx-year', 'latest');
  if (!/^(latest|\d{4})$/i.test(vfxYear.trim())) {
    // latest-N is the plan action's (the newest N+1 years); one container is one year.
    throw new InputError('vfx-year', vfxYear, 'a VFX Reference Platform year such as 2025, or latest');
  }
  const containerOptions = inputs.lines('container-options');
  for (const line of containerOptions) {
    // `--network none` on one line would reach docker as the single argument "--network none".
    if (/^-[^=\s]*\s/.test(line)) {
      throw new InputError(
        'container-options',
        line,
        `one docker run argument per line: an option and its value as two lines, or joined by = (${line.replace(/\s+/, '=')})`,
      );
    }
  }
  const user = inputs.string('user', '');
  if (user && user !== 'root' && !/^\d+(:\d+)?$/.test(user)) {
    throw new InputError('user', user, "empty (the runner's own uid:gid), root, or a numeric uid[:gid]");
  }
  const image = inputs.optional('image');
  if (image !== undefined) checkReference('image', image);
  const registry = inputs.string('registry', DEFAULT_REGISTRY);
  checkReference('registry', registry);
  return {
    project: inputs.optional('project'),
    vfxYear,
    variant: inputs.optional('variant'),
    image,
    pin: inputs.bool('pin', true),
    registry,
    gpus: inputs.choice('gpus', GPU_MODES, 'auto'),
    containerOptions,
    env,
    pull: inputs.choice('pull', PULL_POLICIES, 'missing'),
    onOtherOs: inputs.choice('on-other-os', OTHER_OS, 'native'),
    user,
  };
}

export interface Resolution {
  image: string;
  vfxYear: string;
  baseOs: string;
  variant: string;
  /** ASWF_* variables as the catalog knows them (empty for an image outside the catalog). */
  env: Record<string, string>;
  /** Why the image is not pinned (a VFX year newer than the catalog). */
  warning?: string;
}

/** The image to run: `image` as given, else the catalog's answer for project / vfx-year / variant. */
export function resolveImage(inputs: ContainerInputs, catalog = new Catalog()): Resolution {
  if (inputs.image) {
    // A full reference; when it names an ASWF image of the catalog, the catalog still tells its year and versions.
    const m = /(?:^|\/)ci-([a-z0-9]+):(\d{4})(?:-([a-z]+\d+))?(?:\.\d+)?$/.exec(inputs.image);
    if (m?.[1] && m[2] && catalog.data.images[m[1]]) {
      try {
        const r = catalog.resolve({ project: m[1], vfxYear: m[2], variant: m[3] });
        return { image: inputs.image, vfxYear: r.vfxYear, baseOs: r.baseOs, variant: r.variant, env: r.env };
      } catch {
        // not in the catalog: fall through, the image's own variables will tell
      }
    }
    return { image: inputs.image, vfxYear: '', baseOs: '', variant: '', env: {} };
  }
  if (!inputs.project) {
    throw new UserError(`The container action needs 'project' (an image family: ${catalog.families.join(', ')}) or 'image' (a full image reference).`);
  }
  const r = catalog.resolve({ project: inputs.project, vfxYear: inputs.vfxYear, variant: inputs.variant, pin: inputs.pin, registry: inputs.registry });
  return { image: r.image, vfxYear: r.vfxYear, baseOs: r.baseOs, variant: r.variant, env: r.env, ...(r.warning ? { warning: r.warning } : {}) };
}

export interface ContainerOptions {
  /** The runner's user (default: this process's uid:gid). */
  hostUser?: { uid: number; gid: number };
  /** Runs docker (default: the host). */
  exec?: Executor;
  pullRetry?: PullOptions;
  /** GPU detection for `gpus: auto` (default: nvidia-smi on the host, through src/gpu/detect.ts). */
  detectGpus?: () => Promise<string[]>;
}

function outputs(step: Step, values: { image: string; container: string; vfxYear: string; baseOs: string; versions: Record<string, string> }): void {
  step.setOutput('image', values.image);
  step.setOutput('container', values.container);
  step.setOutput('vfx-year', values.vfxYear);
  step.setOutput('base-os', values.baseOs);
  step.setOutput('versions', JSON.stringify(values.versions));
}

function summary(step: Step, title: string, rows: [string, string][], versions: Record<string, string>): void {
  const main = ['cmake', 'gcc', 'clang', 'python', 'cuda', 'ninja', 'ccache', 'vfxplatform'].filter((k) => versions[k]);
  step.summary(
    `### ${title}\n\n` +
      table(['', ''], rows.filter(([, v]) => v).map(([k, v]) => [k, cell(v)])) +
      (main.length ? '\n' + table(main, [main.map((k) => cell(versions[k] ?? ''))]) : ''),
  );
}

const currentUser = () => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });

/** The container action's main step. */
export async function runContainer(step: Step, options: ContainerOptions = {}): Promise<void> {
  const inputs = parseContainerInputs(step.inputs, step.env);
  const env = step.env;

  // The job already runs in an ASWF image (`container:` at job level): nothing to start.
  if (env.ASWF_VERSION) {
    const versions = versionsFromEnv(env);
    step.info(`The job already runs in an ASWF container (ASWF_VERSION=${safe(env.ASWF_VERSION)}): starting nothing; later steps run where they are.`);
    outputs(step, { image: '', container: '', vfxYear: env.ASWF_VFXPLATFORM_VERSION ?? '', baseOs: env.ASWF_BASEOS_DISTRO ?? '', versions });
    summary(step, 'ASWF container: the job\'s own', [['ASWF_VERSION', env.ASWF_VERSION], ['VFX year', env.ASWF_VFXPLATFORM_VERSION ?? '']], versions);
    installShellWrapper(step, 'they run where the job runs (its own ASWF container)');
    return;
  }

  const resolved = resolveImage(inputs);
  step.info(`Image: ${safe(resolved.image)}${resolved.vfxYear ? ` (VFX ${resolved.vfxYear}${resolved.variant ? ', ' + safe(resolved.variant) : ''}${resolved.baseOs ? ', ' + resolved.baseOs : ''})` : ''}`);
  if (resolved.warning) step.warning(resolved.warning);

  const os = env.RUNNER_OS ?? runnerOs();
  if (os !== 'Linux') {
    const message = `ASWF images are Linux containers and this runner is ${os}`;
    if (inputs.onOtherOs === 'fail') throw new UserError(`${message} (on-other-os: fail).`);
    step.warning(`${message}: starting no container; the following steps run on the host (on-other-os: native).`);
    outputs(step, { image: resolved.image, container: '', vfxYear: resolved.vfxYear, baseOs: resolved.baseOs, versions: versionsFromEnv(resolved.env) });
    installShellWrapper(step, `they run on the host with bash (no container on ${os})`);
    return;
  }

  const host = options.exec ?? new HostExecutor((line) => step.info(line));
  const docker = new Docker(host, dockerEnv(env));
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = env.RUNNER_TEMP ? resolve(env.RUNNER_TEMP) : undefined;
  const hostUser = options.hostUser ?? currentUser();

  const image = await step.group(`Pull ${resolved.image}`, async () => {
    const server = await docker.ping();
    step.info(`Docker engine ${server}.`);
    let found = inputs.pull === 'always' ? undefined : await docker.inspectImage(resolved.image);
    if (!found) {
      if (inputs.pull === 'never') throw new UserError(`The image ${resolved.image} is not present locally and 'pull' is never.`);
      await docker.pull(resolved.image, { ...options.pullRetry, log: (l) => step.warning(l) });
      found = await docker.inspectImage(resolved.image);
      if (!found) throw new UserError(`docker pulled ${resolved.image} but cannot inspect it.`);
    } else {
      step.info(`${safe(resolved.image)} is present locally (pull: ${inputs.pull}).`);
    }
    step.info(`Image id: ${safe(found.id)}`);
    return found;
  });
  const imageEnv = envFromList(image.env);

  // Variables of the image win over the catalog's (the image is what runs).
  const allEnv = { ...resolved.env, ...Object.fromEntries(Object.entries(imageEnv).filter(([k]) => k.startsWith('ASWF_'))) };
  const versions = versionsFromEnv(allEnv);
  const vfxYear = imageEnv.ASWF_VFXPLATFORM_VERSION ?? resolved.vfxYear;
  const baseOs = imageEnv.ASWF_BASEOS_DISTRO ?? resolved.baseOs;

  // Who runs the commands: the runner's own uid:gid by default, so that what the build writes stays the runner's.
  const runAs = inputs.user === 'root' ? '0:0' : inputs.user || `${hostUser.uid}:${hostUser.gid}`;
  const [runUid] = runAs.split(':');
  const giveBack = Number(runUid) !== hostUser.uid || (runAs.includes(':') && Number(runAs.split(':')[1]) !== hostUser.gid);

  const gpuArgs = await gpuOptions(step, inputs.gpus, host, options);

  const mounts = [workspace];
  if (runnerTemp && !inside(runnerTemp, mounts)) mounts.push(runnerTemp);
  // The ccache directories: the ccache-dir input of this step (the build action, where ccache starts after the
  // container: it is the one this step's ccache uses, so it comes first), and the one an earlier ccache step exported;
  // both when they differ. Their default lies in RUNNER_TEMP, mounted above. One that does not exist yet is made here,
  // as the runner's user: docker would make it as root.
  const ccacheDirs = [step.inputs.optional('ccache-dir'), env[CCACHE_DIR_VARIABLE]].filter((d): d is string => !!d).map((d) => resolve(workspace, d));
  for (const ccacheDir of ccacheDirs) {
    if (inside(ccacheDir, mounts)) continue;
    try {
      mkdirSync(ccacheDir, { recursive: true });
    } catch (err) {
      // A cache problem never fails the build: unmounted, the ccache action says caching is off.
      step.warning(`The ccache folder ${safe(ccacheDir)} cannot be made (${errorMessage(err)}): it is not mounted into the container.`);
      continue;
    }
    mounts.push(ccacheDir);
  }

  // The container's variables go through an env file (mode 0600, removed right after `docker create`): never through
  // the docker client's own environment, where HOME, PATH or DOCKER_HOST would change the client itself.
  const runEnv: Record<string, string> = { ...inputs.env };
  if (runUid !== '0') runEnv.HOME ??= '/tmp';
  const envDir = mkdtempSync(join(runnerTemp ?? tmpdir(), 'aswf-container-env-'));
  const envFile = join(envDir, 'env');
  writeFileSync(envFile, Object.entries(runEnv).map(([name, value]) => `${name}=${value}\n`).join(''), { mode: 0o600 });
  chmodSync(envFile, 0o600);
  const removeEnvFile = () => rmSync(envDir, { recursive: true, force: true });
  const args = [
    '--label',
    `${CONTAINER_LABEL}=${env.GITHUB_RUN_ID ?? 'local'}`,
    '--user',
    runAs,
    '--workdir',
    workspace,
    ...mounts.flatMap((m) => ['--volume', `${m}:${m}`]),
    '--env-file',
    envFile,
    ...gpuArgs,
    ...inputs.containerOptions,
    '--entrypoint',
    'tail',
    resolved.image,
    '-f',
    '/dev/null',
  ];

  const container = await step.group('Start the container', async () => {
    let started: Awaited<ReturnType<Docker['start']>>;
    try {
      started = await docker.start(args, removeEnvFile);
    } finally {
      removeEnvFile();
    }
    const { id, result } = started;
    if (!id) {
      const text = reason(result);
      if (/executable file not found|no such file or directory/i.test(text)) {
        throw new UserError(`The image ${resolved.image} cannot run the container action's keep-alive command (tail): it needs a shell and coreutils, as ASWF images have (${text}).`);
      }
      throw new UserError(`docker could not start a container from ${resolved.image}: ${text}`);
    }
    // Saved first, so that the post step removes the container whatever happens next.
    step.saveState('container', id);
    step.saveState('give-back', giveBack ? JSON.stringify({ owner: `${hostUser.uid}:${hostUser.gid}`, paths: mounts }) : '');
    const shell = await docker.exec_(id, ['sh', '-c', 'exit 0']);
    if (shell.exitCode !== 0) {
      await docker.remove(id);
      step.saveState('container', '');
      throw new UserError(`The image ${resolved.image} has no usable shell (sh -c failed: ${reason(shell)}); the container action needs an image with /bin/sh.`);
    }
    step.info(`Container ${safe(id.slice(0, 12))} runs ${safe(resolved.image)} as ${runAs}, with ${mounts.map(safe).join(', ')} mounted.`);
    return id;
  });

  step.exportVariable(CONTAINER_VARIABLE, container);
  step.exportVariable(CONTAINER_IMAGE_VARIABLE, resolved.image);
  if (image.id) step.exportVariable(CONTAINER_IMAGE_ID_VARIABLE, image.id);
  installShellWrapper(step, `they run in container ${container.slice(0, 12)} as ${runAs}, in the step's working directory`);
  outputs(step, { image: resolved.image, container, vfxYear, baseOs, versions });
  summary(
    step,
    'ASWF container',
    [
      ['Image', resolved.image],
      ['Container', container.slice(0, 12)],
      ['VFX year', vfxYear],
      ['Base OS', baseOs],
      ['User', runAs],
      ['GPUs', gpuArgs.length ? 'all' : 'none'],
    ],
    versions,
  );
}

async function gpuOptions(step: Step, mode: ContainerInputs['gpus'], host: Executor, options: ContainerOptions): Promise<string[]> {
  if (mode === 'none') return [];
  const { NVIDIA_DRIVER_CAPABILITIES, detectGpus, dockerGpuOptions } = await import('../gpu/detect.js');
  if (mode === 'all') return ['--gpus', 'all', '--env', `NVIDIA_DRIVER_CAPABILITIES=${NVIDIA_DRIVER_CAPABILITIES}`];
  if (options.detectGpus) return options.detectGpus();
  const detection = await detectGpus(host);
  step.info(`GPUs (gpus: auto): ${detection.reason}`);
  return dockerGpuOptions(detection);
}

const inside = (path: string, roots: string[]) => roots.some((root) => isInside(root, path));

/** The post step: gives the workspace back to the runner's user when the container ran as another, removes the container. */
export async function postContainer(step: Step, options: ContainerOptions = {}): Promise<void> {
  const container = step.getState('container');
  if (!container) {
    step.info('No container to remove.');
    return;
  }
  const host = options.exec ?? new HostExecutor((line) => step.info(line));
  const docker = new Docker(host, dockerEnv(step.env));
  const giveBack = step.getState('give-back');
  if (giveBack) {
    const { owner, paths } = JSON.parse(giveBack) as { owner: string; paths: string[] };
    const result = await docker.exec_(container, ['chown', '-R', '-h', owner, ...paths], '0:0');
    if (result.exitCode === 0) step.info(`Gave ${paths.map(safe).join(', ')} back to ${owner}.`);
    else step.warning(`Could not give ${paths.map(safe).join(', ')} back to ${owner}: ${reason(result)}`);
  }
  const result = await docker.remove(container);
  if (result.exitCode === 0) step.info(`Removed container ${container.slice(0, 12)}.`);
  else if (/no such container/i.test(result.stderr)) step.info(`Container ${container.slice(0, 12)} is already gone.`);
  else step.warning(`Could not remove container ${container.slice(0, 12)}: ${reason(result)}`);
}
