// The aswf-container shell (src/shell/bin, bundled to dist/bin) with the real docker engine: run: steps of a local job
// (src/local/job.ts runs them as a runner does: the script in RUNNER_TEMP, `{0}` replaced by its path) after the
// bundled container action, and the same steps on a job without a container. Needs dist/ built from these sources
// (npm run build). Skips LOUDLY when no docker daemon can start.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { RunStepSpec, StepSpec, runJob, shellCommand } from '../../src/local/job.js';
import { CONTAINER_LABEL } from '../../src/container/run.js';
import { DockerEnv, TEST_IMAGE, chownNeeded, containers, docker, runnerUser, useDocker } from '../fixtures/container/docker-env.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const WRAPPER = join(repo, 'src', 'shell', 'bin', 'aswf-container');
const RUNNER = runnerUser();
// This file's containers only (the container action labels them with GITHUB_RUN_ID): the daemon may be shared.
const RUN_ID = `shell-test-${process.pid}`;
const OURS = `label=${CONTAINER_LABEL}=${RUN_ID}`;

const suite = useDocker('the aswf-container docker tests', { leaked: OURS });
const dockerTest = (name: string, fn: (env: DockerEnv) => Promise<void>) => suite.test(name, fn, 180_000);

/** A workspace and runner folders owned by the runner's user, a host folder outside them with a fake compiler. */
function job() {
  const base = mkdtempSync(join(tmpdir(), 'aswf-shell-job-'));
  const workspace = join(base, 'workspace');
  const temp = join(base, 'runner');
  const hostBin = join(base, 'host-bin');
  for (const d of [join(workspace, 'sub'), join(workspace, 'tools'), temp, hostBin]) mkdirSync(d, { recursive: true });
  // On the host this c++ comes first on PATH; in the container it must not exist (its folder is not mounted).
  writeFileSync(join(hostBin, 'c++'), '#!/bin/sh\necho "the HOST compiler"\n', { mode: 0o755 });
  // A tool in the workspace (mounted at the same path): its PATH entry reaches the container.
  writeFileSync(join(workspace, 'tools', 'ws-tool'), '#!/bin/sh\necho "ws-tool from the workspace"\n', { mode: 0o755 });
  if (chownNeeded()) for (const d of [base, workspace, join(workspace, 'sub'), join(workspace, 'tools'), join(workspace, 'tools', 'ws-tool'), temp]) chownSync(d, RUNNER.uid, RUNNER.gid);
  let log = '';
  const run = (steps: (StepSpec | RunStepSpec)[], extra: Record<string, string> = {}) =>
    runJob(steps, { root: repo, workspace, tempDir: temp, write: (t) => void (log += t), env: { GITHUB_RUN_ID: RUN_ID, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret-token', ...extra } });
  return { base, workspace, hostBin, run, log: () => log, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** What the earlier step exports, and the step that shows what a script sees. */
const exportStep = (hostBin: string): RunStepSpec => ({
  name: 'export',
  run: `echo "GREETING=hello from an earlier step" >> "$GITHUB_ENV"\necho "${hostBin}" >> "$GITHUB_PATH"\necho "$GITHUB_WORKSPACE/tools" >> "$GITHUB_PATH"\n`,
});
const PROBE = [
  'echo "user $(id -u):$(id -g) in $PWD"',
  'echo "greeting: $GREETING / step: $STEP_VAR"',
  'echo "compiler: $(c++ --version | head -n 1)"',
  'echo "aswf: ${ASWF_VERSION:-none}"',
  'echo "token: ${ACTIONS_ID_TOKEN_REQUEST_TOKEN:-unset} docker: ${DOCKER_HOST:-unset} home: $HOME"',
  'echo "libs: ${LD_LIBRARY_PATH:-unset}"',
  'ws-tool',
  'echo written > written-by-the-step.txt',
  'echo "owner $(stat -c %u:%g written-by-the-step.txt)"',
  '',
].join('\n');

const stepLog = (log: string, name: string) => log.slice(log.indexOf(`=== ${name} ===`), log.indexOf(`=== ${name}: `));

describe('shell command lines (as the runner builds them)', () => {
  test.each([
    ['aswf-container {0}', ['aswf-container', '/t/s']],
    ['aswf-container bash -e {0}', ['aswf-container', 'bash', '-e', '/t/s']],
    ['aswf-container python3 -u "{0}"', ['aswf-container', 'python3', '-u', '/t/s']],
  ])('%s', (shell, argv) => {
    expect(shellCommand(shell, '/t/s')).toEqual(argv);
  });

  test('a shell without {0} is refused', () => {
    expect(() => shellCommand('aswf-container bash', '/t/s')).toThrow(`A run: step's shell must hold {0} (the script's path): "aswf-container bash".`);
  });

  test('the bundled wrapper is the source one (npm run build copies src/shell/bin to dist/bin)', () => {
    const bundled = join(repo, 'dist', 'bin', 'aswf-container');
    expect(existsSync(bundled) ? readFileSync(bundled, 'utf8') : 'dist/bin/aswf-container is missing: run npm run build').toBe(readFileSync(WRAPPER, 'utf8'));
    expect(statSync(bundled).mode & 0o755).toBe(0o755);
  });

  test('an ASWF_CI_CONTAINER that docker would read as an option is refused before docker runs', async () => {
    const child = spawn(WRAPPER, ['/nonexistent/script'], { env: { ...process.env, ASWF_CI_CONTAINER: '--privileged' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    expect(await new Promise((r) => child.on('close', r))).toBe(2);
    expect(err).toBe("aswf-container: ASWF_CI_CONTAINER is not a container id or name: '--privileged'.\n");
  });

  test('without a script it says how to use it', async () => {
    const child = spawn(WRAPPER, [], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(err).toContain("aswf-container: no script to run. Use it as a run: step's shell: 'shell: aswf-container {0}'");
  });
});

describe('run: steps with shell: aswf-container', () => {
  dockerTest('in the container: the runner\'s user, the step\'s folder and variables, the image\'s compiler, exit code 3, problem matchers', async (env) => {
    const j = job();
    let checked = false;
    try {
      const result = await j.run([
        // As root here, the runner's user is uid 1000 (the folders are its); otherwise this process's own (the default).
        { action: 'container', inputs: { image: TEST_IMAGE, pull: 'never', gpus: 'none', 'container-options': '--network\nnone', user: chownNeeded() ? `${RUNNER.uid}:${RUNNER.gid}` : '' } },
        exportStep(j.hostBin),
        { name: 'host', run: PROBE.replace(/written-by-the-step/g, 'written-on-the-host') },
        { name: 'inside', run: PROBE, shell: 'aswf-container {0}', env: { STEP_VAR: 'from the step env' }, workingDirectory: 'sub' },
        // What the deps action exports in a container job: the container's PATH and library path (the prefix before
        // the image's own), which the wrapper then passes in, unlike the host's.
        { name: 'deps-export', run: 'echo "ASWF_CI_CONTAINER_PATH=/usr/local/bin:/usr/bin:/bin" >> "$GITHUB_ENV"\necho "LD_LIBRARY_PATH=/deps/lib:/image/lib" >> "$GITHUB_ENV"\n' },
        { name: 'inside-deps', run: 'echo "libs: ${LD_LIBRARY_PATH:-unset}"\n', shell: 'aswf-container {0}' },
        {
          name: 'exit3',
          shell: 'aswf-container bash -e {0}',
          run: [
            `echo "::add-matcher::${join(repo, 'dist', 'matchers', 'aswf-gcc.json')}"`,
            'printf "int main() {\\n  return nope;\\n}\\n" > broken.cpp',
            'c++ -c broken.cpp -o /dev/null || echo "compile failed, as it should"',
            'exit 3',
            '',
          ].join('\n'),
        },
        { name: 'after', run: 'echo must not run' },
      ], { LD_LIBRARY_PATH: '/host-libs' });
      const log = j.log();
      expect(result.steps.map((s) => [s.action, s.exitCode])).toEqual([
        ['container', 0],
        ['export', 0],
        ['host', 0],
        ['inside', 0],
        ['deps-export', 0],
        ['inside-deps', 0],
        ['exit3', 3],
        ['after', -1],
      ]);
      expect(log).toContain("run: steps of this job can use 'shell: aswf-container {0}'");

      const host = stepLog(log, 'host');
      expect(host).toContain('compiler: the HOST compiler');
      expect(host).toContain('aswf: none');
      expect(host).toContain('token: oidc-secret-token');

      const inside = stepLog(log, 'inside');
      expect(inside).toContain(`user ${RUNNER.uid}:${RUNNER.gid} in ${join(j.workspace, 'sub')}`);
      expect(inside).toContain('greeting: hello from an earlier step / step: from the step env');
      // The image's g++ (Debian's), not the host's folder first on PATH.
      expect(inside).toMatch(/compiler: c\+\+ \(Debian [^)]+\) \d+/);
      expect(inside).toContain('aswf: 2025.0-test');
      // The runner's internals and the docker client's settings stay outside; HOME is the container's.
      expect(inside).toContain('token: unset docker: unset home: /tmp');
      // The host's library path stays outside; the one the deps action computed for the container goes in.
      expect(stepLog(log, 'host')).toContain('libs: /host-libs');
      expect(inside).toContain('libs: unset');
      expect(stepLog(log, 'inside-deps')).toContain('libs: /deps/lib:/image/lib');
      expect(inside).toContain('ws-tool from the workspace');
      const written = join(j.workspace, 'sub', 'written-by-the-step.txt');
      expect(readFileSync(written, 'utf8')).toBe('written\n');
      // Owned by the runner's user (seen before the post step, which gives everything back to this process's user).
      expect(inside).toContain(`owner ${RUNNER.uid}:${RUNNER.gid}`);

      const exit3 = stepLog(log, 'exit3');
      expect(exit3).toContain('compile failed, as it should');
      expect(log).toContain('=== exit3: failed (exit code 3) ===');
      // The compiler's output reached the runner unchanged: the problem matcher made it an annotation at file:line.
      expect(result.steps[6]?.annotations).toContainEqual(expect.objectContaining({ severity: 'error', source: 'aswf-gcc', file: expect.stringMatching(/broken\.cpp$/), line: 2 }));
      expect(log).not.toContain('must not run');
      // The post step removed the container.
      expect(containers(env.host, OURS)).toEqual([]);
      checked = true;
    } finally {
      if (!checked) console.log(j.log().slice(-6000));
      j.cleanup();
    }
  });

  dockerTest('a step in the container writes its outputs and variables (the runner files lie in RUNNER_TEMP, mounted)', async (env) => {
    const j = job();
    try {
      // The container runs as this process's user (the default), who owns the runner files.
      const result = await j.run([
        { action: 'container', inputs: { image: TEST_IMAGE, pull: 'never', gpus: 'none', 'container-options': '--network\nnone' } },
        {
          name: 'inside',
          shell: 'aswf-container {0}',
          run: 'echo "answer=42" >> "$GITHUB_OUTPUT"\necho "FROM_CONTAINER=$ASWF_VERSION" >> "$GITHUB_ENV"\necho "## from the container" >> "$GITHUB_STEP_SUMMARY"\ncat "$GITHUB_EVENT_PATH"\n',
        },
        { name: 'host', run: 'echo "seen: $FROM_CONTAINER"' },
      ]);
      expect(result.steps.map((s) => s.exitCode)).toEqual([0, 0, 0]);
      expect(result.steps[1]?.outputs).toEqual({ answer: '42' });
      expect(stepLog(j.log(), 'host')).toContain('seen: 2025.0-test');
      expect(result.summary).toContain('## from the container');
    } finally {
      j.cleanup();
    }
  });

  dockerTest('without a container (on-other-os: native) the same step runs on the host, exit code and all', async (env) => {
    const j = job();
    try {
      const result = await j.run(
        [
          { action: 'container', inputs: { project: 'openexr', 'vfx-year': '2025' } },
          exportStep(j.hostBin),
          { name: 'native', run: `${PROBE}exit 4\n`, shell: 'aswf-container {0}', env: { STEP_VAR: 'from the step env' } },
        ],
        { RUNNER_OS: 'macOS' },
      );
      expect(result.steps.map((s) => s.exitCode)).toEqual([0, 0, 4]);
      const native = stepLog(j.log(), 'native');
      expect(native).toContain(`in ${j.workspace}`);
      expect(native).toContain('greeting: hello from an earlier step / step: from the step env');
      expect(native).toContain('compiler: the HOST compiler');
      expect(native).toContain('aswf: none');
      expect(native).toContain('token: oidc-secret-token');
      expect(existsSync(join(j.workspace, 'written-by-the-step.txt'))).toBe(true);
    } finally {
      j.cleanup();
    }
  });
});

describe('signals', () => {
  dockerTest('SIGTERM and SIGINT to the wrapper reach the script in the container; its exit code is the step\'s', async (env) => {
    const dir = mkdtempSync(join(tmpdir(), 'aswf-shell-signal-'));
    if (chownNeeded()) chownSync(dir, RUNNER.uid, RUNNER.gid);
    const run = docker(env.host, ['run', '-d', '--network', 'none', '--label', `${CONTAINER_LABEL}=${RUN_ID}`, '--user', `${RUNNER.uid}:${RUNNER.gid}`, '--volume', `${dir}:${dir}`, '--entrypoint', 'tail', TEST_IMAGE, '-f', '/dev/null']);
    const container = run.stdout.trim();
    try {
      expect(run.status).toBe(0);
      const script = join(dir, 'script');
      writeFileSync(script, 'trap \'echo "got TERM"; exit 7\' TERM\ntrap \'echo "got INT"; exit 8\' INT\necho ready\nsleep 60\necho "not interrupted"\n');
      for (const [signal, code, message] of [['SIGTERM', 7, 'got TERM'], ['SIGINT', 8, 'got INT']] as const) {
        const child = spawn(WRAPPER, [script], { cwd: dir, env: { ...process.env, ASWF_CI_CONTAINER: container, RUNNER_TEMP: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        const ready = new Promise<void>((r) => child.stdout.on('data', (c: Buffer) => ((out += c.toString()), out.includes('ready') && r())));
        const exited = new Promise<number | null>((r) => child.on('close', r));
        await ready;
        const t0 = Date.now();
        child.kill(signal);
        expect(await exited).toBe(code);
        expect(out).toBe(`ready\n${message}\n`);
        expect(Date.now() - t0).toBeLessThan(30_000);
      }
    } finally {
      docker(env.host, ['rm', '-f', container]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('aswf-ci: run steps on the command line', () => {
  test('run --run SCRIPT --shell SHELL --working-directory DIR is a run: step; other inputs are refused', async () => {
    const { parseCliArgs, runSteps } = await import('../../src/local/cli.js');
    const args = parseCliArgs(['container', '--image', 'x', '--then', 'run', '--run', 'make test', '--shell', 'aswf-container {0}', '--working-directory', 'build'], '/w');
    expect(runSteps(args.steps)).toEqual([{ action: 'container', inputs: { image: 'x' } }, { run: 'make test', shell: 'aswf-container {0}', workingDirectory: 'build' }]);
    expect(runSteps([{ action: 'run', inputs: { run: 'ls' } }])).toEqual([{ run: 'ls' }]);
    expect(() => runSteps([{ action: 'run', inputs: { run: 'ls', shel: 'x' } }])).toThrow('A run step takes --run SCRIPT, and --shell and --working-directory if you like (not --shel).');
    expect(() => runSteps([{ action: 'run', inputs: {} }])).toThrow('A run step takes --run SCRIPT');
  });
});
