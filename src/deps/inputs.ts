import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { isMap, isSeq, parseDocument } from 'yaml';
import { InputError, UserError } from '../common/errors.js';
import { Inputs } from '../common/inputs.js';
import { safe } from '../common/format.js';
import { parseCmakeVersion, parseOption } from '../cmake/inputs.js';

/** The package managers a `packages` line may name, and the program each one runs. */
export const MANAGERS = { apt: 'apt-get', dnf: 'dnf', yum: 'yum', apk: 'apk', brew: 'brew', choco: 'choco', pip: 'pip' } as const;
export type ManagerName = keyof typeof MANAGERS;

export interface PackageLine {
  /** The manager the line names; undefined: the environment's own. */
  manager?: ManagerName;
  packages: string[];
  /** The line as written (for messages). */
  text: string;
}

export interface Dependency {
  name: string;
  git: string;
  /** A tag, a branch, a full commit, or HEAD (the default branch) when not given. */
  ref: string;
  /** -D entries, NAME=VALUE or NAME:TYPE=VALUE. */
  options: string[];
  sourceSubdir?: string;
  cmakeArgs: string[];
  submodules: boolean;
}

export const SAVE_MODES = ['auto', 'always', 'default-branch', 'never'] as const;
export type DepsSaveMode = (typeof SAVE_MODES)[number];
export const BACKENDS = ['github', 'local'] as const;

export interface DepsInputs {
  packages: PackageLine[];
  dependencies: Dependency[];
  /** Undefined: under RUNNER_TEMP (see run.ts). */
  prefix?: string;
  buildType: string;
  generator?: string;
  parallel: number;
  cCompiler?: string;
  cxxCompiler?: string;
  toolchainFile?: string;
  /** The CMake release the dependencies are built with (cmake-version, shared with the cmake action); else PATH's. */
  cmakeVersion?: string;
  cacheVersion: string;
  backend?: (typeof BACKENDS)[number];
  localDir?: string;
  save: DepsSaveMode;
}

/** The keys a dependency entry may have. */
const ENTRY_KEYS = ['name', 'git', 'ref', 'options', 'source-subdir', 'cmake-args', 'submodules'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
/** A package name or spec (name, name=version, name>=1.2, @scope/x); never an option (a leading -). */
const PACKAGE = /^[A-Za-z0-9@_.+/][A-Za-z0-9@_.+/:=<>~!*-]*$/;

/** One `packages` line: `name [name...]`, or `manager: name [name...]`. */
export function parsePackageLine(text: string): PackageLine {
  const prefixed = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s+(.*)$/.exec(text) ?? /^([A-Za-z][A-Za-z0-9_-]*):$/.exec(text);
  let manager: ManagerName | undefined;
  let rest = text;
  if (prefixed) {
    const name = prefixed[1]!.toLowerCase();
    if (!(name in MANAGERS)) throw new InputError('packages', text, `a package name, or a manager prefix ${Object.keys(MANAGERS).join(', ')} (as in dnf: zlib-devel); '${name}' is not a known manager`);
    manager = name as ManagerName;
    rest = prefixed[2] ?? '';
  }
  const packages = rest.split(/\s+/).filter(Boolean);
  if (!packages.length) throw new InputError('packages', text, 'one or more package names after the manager prefix');
  const bad = packages.find((p) => !PACKAGE.test(p));
  if (bad !== undefined) throw new InputError('packages', text, `package names (letters, digits, and @ _ . + / : = < > ~ ! * -, not starting with -); '${bad}' is not one`);
  return { manager, packages, text };
}

/** A git URL the action fetches: https, ssh (ssh:// or user@host:path), git, or file; never an option. */
export function checkGitUrl(url: string, where: string): void {
  // No part may start with - (a host or user that ssh would take as an option: ssh://-oProxyCommand=...).
  const ok =
    !url.startsWith('-') &&
    (/^(https|ssh|git|file):\/\/(?![^/]*@-)(?!-)\S+$/i.test(url) || /^[A-Za-z0-9_.][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^\s-]\S*$/.test(url));
  if (!ok) throw new UserError(`${where}: git ${JSON.stringify(safe(url))} is not a git URL this action fetches: expected https://, ssh://, git://, file:// or user@host:path, with no host or user starting with -.`);
}

function stringList(value: unknown, key: string, where: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new UserError(`${where}: '${key}' must be a list of strings.`);
    return String(v);
  });
}

/**
 * The dependencies YAML: a list of entries (or a mapping with a `dependencies:` list, for a shared file). `source`
 * names where the text came from (the input, or the file) for the messages.
 */
export function parseDependencies(text: string, source: string): Dependency[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    throw new UserError(`${source} is not valid YAML${line ? ` (line ${line})` : ''}: ${safe(e.message.split('\n')[0] ?? '')}`);
  }
  let root: unknown = doc.toJS();
  if (root === null || root === undefined) return [];
  if (isMap(doc.contents) && root && typeof root === 'object' && 'dependencies' in root) root = (root as { dependencies: unknown }).dependencies;
  else if (!isSeq(doc.contents)) throw new UserError(`${source} must be a YAML list of dependencies (- name: ..., git: ..., ref: ...).`);
  if (!Array.isArray(root)) throw new UserError(`${source}: 'dependencies' must be a YAML list.`);
  const seen = new Set<string>();
  return root.map((entry: unknown, i: number) => {
    const at = `${source}, entry ${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new UserError(`${at} must be a mapping with name, git and ref.`);
    const e = entry as Record<string, unknown>;
    const label = typeof e.name === 'string' ? `${source}, dependency '${safe(e.name)}'` : at;
    const unknown = Object.keys(e).find((k) => !ENTRY_KEYS.includes(k));
    if (unknown !== undefined) throw new UserError(`${label} has an unknown key '${safe(unknown)}': the keys are ${ENTRY_KEYS.join(', ')}.`);
    if (typeof e.name !== 'string' || !NAME.test(e.name)) {
      throw new UserError(`${at}: name ${JSON.stringify(safe(String(e.name ?? '')))} must be 1 to 64 letters, digits, . _ + - (starting with a letter or digit).`);
    }
    const name = e.name;
    if (seen.has(name.toLowerCase())) throw new UserError(`${source}: two dependencies are named '${name}': names must be unique.`);
    seen.add(name.toLowerCase());
    if (typeof e.git !== 'string' || !e.git.trim()) throw new UserError(`${label} needs git: the URL of its repository.`);
    const git = e.git.trim();
    checkGitUrl(git, label);
    const ref = e.ref === undefined || e.ref === null ? 'HEAD' : String(e.ref).trim();
    if (!ref || ref.startsWith('-') || /[\s\0]|\.\.|^\/|\/$|[~^:?*[\\]/.test(ref)) {
      throw new UserError(`${label}: ref ${JSON.stringify(safe(ref))} is not a git ref: expected a tag, a branch or a full commit.`);
    }
    const options = stringList(e.options, 'options', label).map((o) => {
      try {
        return parseOption(o);
      } catch {
        throw new UserError(`${label}: option ${JSON.stringify(safe(o))} must be NAME=VALUE or NAME:TYPE=VALUE (one -D entry each).`);
      }
    });
    let sourceSubdir: string | undefined;
    if (e['source-subdir'] !== undefined && e['source-subdir'] !== null) {
      sourceSubdir = String(e['source-subdir']).trim();
      if (!sourceSubdir || isAbsolute(sourceSubdir) || sourceSubdir.split(/[\\/]/).includes('..')) {
        throw new UserError(`${label}: source-subdir ${JSON.stringify(safe(sourceSubdir))} must be a relative folder inside the repository.`);
      }
    }
    const cmakeArgs = stringList(e['cmake-args'], 'cmake-args', label);
    const submodules = e.submodules === undefined || e.submodules === null ? false : e.submodules;
    if (typeof submodules !== 'boolean') throw new UserError(`${label}: submodules must be true or false.`);
    return { name, git, ref, options, sourceSubdir, cmakeArgs, submodules };
  });
}

/** Parses the deps action's inputs (a pure function of the inputs, plus the dependencies-file it names). */
export function parseDepsInputs(inputs: Inputs, workspace = process.cwd()): DepsInputs {
  const packages = inputs.lines('packages').filter((l) => !l.startsWith('#')).map((l) => parsePackageLine(l.replace(/\s+#.*$/, '')));
  const dependencies: Dependency[] = [];
  const file = inputs.optional('dependencies-file');
  const text = inputs.optional('dependencies');
  if (file !== undefined && text !== undefined) {
    throw new InputError('dependencies-file', file, 'either dependencies or dependencies-file, not both');
  }
  if (file !== undefined) {
    const path = resolve(workspace, file);
    if (!existsSync(path)) throw new InputError('dependencies-file', file, `a YAML file in the repository (${path} does not exist)`);
    dependencies.push(...parseDependencies(readFileSync(path, 'utf8'), `dependencies-file ${safe(file)}`));
  } else if (text !== undefined) {
    dependencies.push(...parseDependencies(text, "Input 'dependencies'"));
  }
  const buildType = inputs.string('build-type', 'Release');
  if (!/^[A-Za-z0-9_]+$/.test(buildType)) throw new InputError('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
  const cacheVersion = inputs.string('deps-cache-version', '1');
  if (!/^[A-Za-z0-9._+]{1,32}$/.test(cacheVersion)) throw new InputError('deps-cache-version', cacheVersion, 'at most 32 letters, digits, dots, plus signs or underscores (e.g. 1 or 2)');
  const backend = inputs.optional('deps-backend');
  const prefix = inputs.optional('prefix');
  const toolchainFile = inputs.optional('toolchain-file');
  return {
    packages,
    dependencies,
    prefix: prefix === undefined ? undefined : resolve(workspace, prefix),
    buildType,
    generator: inputs.optional('generator'),
    parallel: inputs.int('parallel', availableParallelism(), 1, 1024),
    cCompiler: inputs.optional('c-compiler'),
    cxxCompiler: inputs.optional('cxx-compiler'),
    toolchainFile: toolchainFile === undefined ? undefined : resolve(workspace, toolchainFile),
    cmakeVersion: parseCmakeVersion(inputs),
    cacheVersion,
    backend: backend === undefined ? undefined : inputs.choice('deps-backend', BACKENDS, 'github'),
    localDir: inputs.optional('deps-local-dir'),
    save: inputs.choice('deps-save', SAVE_MODES, 'auto'),
  };
}

