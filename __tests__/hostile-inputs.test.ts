import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { Env } from '../src/common/inputs.js';
import { Step } from '../src/common/step.js';
import { run } from '../src/index.js';
import { inputEnvironment } from '../src/local/job.js';
import { readFileCommands } from '../src/local/files.js';

/*
 * Every input of every action (every `<folder>/action.yml` of the repository, so an action added later is covered too) gets a
 * value holding CR/LF and workflow commands, one input at a time, the others at their action.yml defaults. The action
 * runs as the runner runs it (the dispatcher's main, then its post with the state main saved), in-process, and must
 * not print a line the runner would take for a workflow command the action did not mean to emit.
 *
 * Fast on purpose: no network (the GitHub API is a local server answering 401), no docker, no ccache on PATH, and
 * `cmake`/`ctest` are stand-ins that fail at once, so every action stops where it would start real work; the values
 * still reach the inputs' parsing, the log lines, the `[command]` lines and the summaries on the way there.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));
const MARK = 'ASWF-INJECTED';
// A value that starts a command on its own, one after CR/LF, one after a lone CR, and a legacy ##[ command mid-line.
// What an action needs besides its defaults to get past its first check (so the other inputs are reached too).
const BASELINE: Record<string, Record<string, string>> = { plan: { project: 'ocio' }, container: { project: 'openexr' }, release: { sign: 'none' } };
const hostile = (input: string) => `::warning::${MARK}-${input}-a\r\n::error::${MARK}-${input}-b\r::notice::${MARK}-${input}-c ##[warning]${MARK}-${input}-d`;

interface ActionMeta {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs: { main: string; post?: string };
}

const actions = globSync('*/action.yml', { cwd: repo })
  .sort()
  .map((file) => {
    const meta = parse(readFileSync(join(repo, file), 'utf8')) as ActionMeta;
    // The dispatcher's name of the action: dist/<name>.js, its post dist/<name>-post.js.
    return { folder: dirname(file), meta, name: basename(meta.runs.main, '.js') };
  });

/** The lines the runner would process as workflow commands that come from the hostile value. */
function injected(output: string): string[] {
  // The runner reads a process's output line by line, splitting on CR, LF and CRLF, and tests each line trimmed.
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const l = line.trimStart();
    // A `::name ...::` line is a command (the action's own ones are fine, their data is escaped); the value must
    // not be the one that starts it. Anywhere else in a line, `##[name]` is a legacy command.
    if (/^::[A-Za-z-]+( [^:]*)?::/.test(l)) return new RegExp(`^::[a-z-]+::${MARK}`).test(l);
    return new RegExp(`##\\[[a-z-]+\\]${MARK}`).test(l);
  });
}

let workspace: string;
let bin: string;
let api: Server;
let apiUrl: string;
const cwd = process.cwd();

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'aswf-hostile-'));
  workspace = join(root, 'workspace');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.16)\nproject(hostile NONE)\n');
  // Stand-ins for the build tools: present on PATH (so the actions log their command lines), failing at once.
  bin = join(root, 'bin');
  mkdirSync(bin);
  // They echo their arguments, as cmake and ctest do in their errors: an argument must not carry a command either.
  for (const tool of ['cmake', 'ctest']) {
    writeFileSync(join(bin, tool), '#!/bin/sh\necho "stand-in $0: not run: $*"\nexit 1\n');
    chmodSync(join(bin, tool), 0o755);
  }
  // The real git (the release action reads the repository with it; the workspace is none, so it stops there).
  const git = ['/usr/bin/git', '/usr/local/bin/git'].find((g) => existsSync(g));
  if (git) {
    symlinkSync(git, join(bin, 'git'));
    // A repository with one commit, so that the release action gets as far as the (local, refusing) GitHub API.
    const g = (...args: string[]) => execFileSync(git, ['-C', workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'ignore' });
    g('init', '-q');
    g('add', '.');
    g('commit', '-qm', 'hostile');
    g('tag', 'v1.2.3');
  }
  api = createServer((_, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"message":"Bad credentials"}');
  });
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  process.chdir(workspace);
});

afterAll(async () => {
  process.chdir(cwd);
  await new Promise((done) => api.close(done));
});

/** Runs one phase as the runner would, capturing all it writes: its own log and any spawned command's output. */
async function phase(name: string, which: 'main' | 'post', env: Env): Promise<string> {
  let out = '';
  const step = new Step(env, (t) => void (out += t));
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  const capture = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  const exitCode = process.exitCode;
  // The step's process environment is exactly the runner's (spawned commands and PATH lookups read process.env).
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, env);
  try {
    await run(name, which, step);
  } finally {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, saved);
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    process.exitCode = exitCode;
  }
  return out;
}

async function runAction(action: (typeof actions)[number], input: string): Promise<{ output: string; logged: boolean }> {
  const temp = mkdtempSync(join(tmpdir(), 'aswf-hostile-step-'));
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/tags/v1.2.3', deleted: false, repository: { full_name: 'aswf/hostile' } }));
  const github: Env = {
    PATH: bin,
    HOME: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_REF_NAME: 'v1.2.3',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'aswf/hostile',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'hostile',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: apiUrl,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    ...files,
  };
  const given = { ...BASELINE[action.folder], [input]: hostile(input) };
  const inputs = inputEnvironment(action.folder, action.meta as never, given, { ...github, GITHUB_TOKEN: 'ghs_hostile-test-token' });
  const env: Env = { ...github, ...inputs };
  let output = await phase(action.name, 'main', env);
  if (action.meta.runs.post) {
    const state = Object.fromEntries(Object.entries(readFileCommands(files.GITHUB_STATE)).map(([k, v]) => [`STATE_${k}`, v]));
    output += await phase(action.name, 'post', { ...env, ...readFileCommands(files.GITHUB_ENV), ...state });
  }
  return { output, logged: output.includes(`${MARK}-${input}`) };
}

describe('hostile inputs: no line of output starts a workflow command the action did not mean', () => {
  it('finds the actions and their inputs', () => {
    expect(actions.map((a) => a.folder)).toEqual(expect.arrayContaining(['build', 'ccache', 'cmake', 'container', 'gpu', 'plan', 'release']));
    for (const a of actions) expect(Object.keys(a.meta.inputs ?? {}).length).toBeGreaterThan(0);
  });

  for (const action of actions) {
    it(`${action.folder}: every input`, async () => {
      const leaks: Record<string, string[]> = {};
      const crashes: Record<string, string> = {};
      let reached = 0;
      for (const input of Object.keys(action.meta.inputs ?? {})) {
        const { output, logged } = await runAction(action, input);
        const lines = injected(output);
        if (lines.length) leaks[input] = lines;
        // A hostile value (or the refusing API behind it) ends in one clear line, never a stack.
        const crash = output.split('\n').find((l) => l.includes('Unexpected error'));
        if (crash) crashes[input] = crash.slice(0, 300);
        if (logged) reached++;
      }
      expect(leaks).toEqual({});
      expect(crashes).toEqual({});
      // The test has teeth: the values do reach the log (escaped), they are not all stopped before anything is said.
      expect(reached).toBeGreaterThan(0);
    }, 120_000);
  }
});
