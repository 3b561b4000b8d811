import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../common/errors.js';
import { Env } from '../common/inputs.js';

interface RawPreset {
  name: string;
  hidden?: boolean;
  inherits?: string | string[];
  generator?: string;
  binaryDir?: string;
  configurePreset?: string;
  environment?: Record<string, string | null>;
}

interface PresetFile {
  configurePresets?: RawPreset[];
  buildPresets?: RawPreset[];
  testPresets?: RawPreset[];
  include?: string[];
}

export interface ResolvedPresets {
  configure: string;
  generator?: string;
  /** The preset's binaryDir, macros expanded, absolute; undefined when the preset names none. */
  binaryDir?: string;
  /** A build preset for this configure preset (same name, or the first whose configurePreset is it). */
  build?: string;
  test?: string;
}

type Kind = 'configurePresets' | 'buildPresets' | 'testPresets';

/** Reads CMakePresets.json and CMakeUserPresets.json of a source dir, following `include`. */
function loadPresets(sourceDir: string): Record<Kind, RawPreset[]> & { files: string[] } {
  const all = { configurePresets: [] as RawPreset[], buildPresets: [] as RawPreset[], testPresets: [] as RawPreset[], files: [] as string[] };
  const seen = new Set<string>();
  const read = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    let data: PresetFile;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as PresetFile;
    } catch (err) {
      throw new UserError(`Cannot read the CMake presets file ${file}: ${(err as Error).message}`);
    }
    all.files.push(file);
    for (const inc of data.include ?? []) read(isAbsolute(inc) ? inc : resolve(dirname(file), inc));
    for (const kind of ['configurePresets', 'buildPresets', 'testPresets'] as const) all[kind].push(...(data[kind] ?? []));
  };
  for (const name of ['CMakePresets.json', 'CMakeUserPresets.json']) {
    const file = join(sourceDir, name);
    if (existsSync(file)) read(file);
  }
  return all;
}

/** A preset's field, following `inherits` (the first parent that sets it wins). */
function inherited(presets: RawPreset[], preset: RawPreset, field: 'generator' | 'binaryDir', depth = 0): string | undefined {
  if (preset[field] !== undefined || depth > 32) return preset[field];
  const parents = preset.inherits === undefined ? [] : Array.isArray(preset.inherits) ? preset.inherits : [preset.inherits];
  for (const parentName of parents) {
    const parent = presets.find((p) => p.name === parentName);
    const value = parent && inherited(presets, parent, field, depth + 1);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Expands the macros CMake allows in binaryDir. */
export function expandPresetMacros(value: string, ctx: { sourceDir: string; presetName: string; generator?: string; env: Env }): string {
  return value.replace(/\$(penv|env|vendor)?\{([^}]*)\}/g, (whole, kind: string | undefined, name: string) => {
    if (kind === 'env' || kind === 'penv') return ctx.env[name] ?? '';
    if (kind === 'vendor') return whole;
    switch (name) {
      case 'sourceDir':
        return ctx.sourceDir;
      case 'sourceParentDir':
        return dirname(ctx.sourceDir);
      case 'sourceDirName':
        return basename(ctx.sourceDir);
      case 'presetName':
        return ctx.presetName;
      case 'generator':
        return ctx.generator ?? '';
      case 'hostSystemName':
        return { win32: 'Windows', darwin: 'Darwin', linux: 'Linux' }[process.platform as string] ?? process.platform;
      case 'dollar':
        return '$';
      case 'pathListSep':
        return process.platform === 'win32' ? ';' : ':';
      default:
        return whole;
    }
  });
}

/** Resolves the configure preset named by the `preset` input and the build/test presets that go with it. */
export function resolvePresets(sourceDir: string, name: string, env: Env): ResolvedPresets {
  const all = loadPresets(sourceDir);
  if (all.files.length === 0) {
    throw new UserError(`Input 'preset' names "${name}", but ${sourceDir} has no CMakePresets.json or CMakeUserPresets.json.`);
  }
  const visible = (list: RawPreset[]) => list.filter((p) => !p.hidden);
  const preset = visible(all.configurePresets).find((p) => p.name === name);
  if (!preset) {
    const names = visible(all.configurePresets).map((p) => p.name);
    throw new UserError(
      `Input 'preset' names an unknown configure preset "${name}"; ${names.length ? `available: ${names.join(', ')}` : 'the presets files define none'} (read ${all.files.join(', ')}).`,
    );
  }
  const generator = inherited(all.configurePresets, preset, 'generator');
  const rawBinaryDir = inherited(all.configurePresets, preset, 'binaryDir');
  const expanded = rawBinaryDir && expandPresetMacros(rawBinaryDir, { sourceDir, presetName: name, generator, env });
  const match = (list: RawPreset[]) =>
    (visible(list).find((p) => p.name === name && (p.configurePreset === undefined || p.configurePreset === name)) ??
      visible(list).find((p) => p.configurePreset === name))?.name;
  return {
    configure: name,
    generator,
    binaryDir: expanded ? resolve(sourceDir, expanded) : undefined,
    build: match(all.buildPresets),
    test: match(all.testPresets),
  };
}
