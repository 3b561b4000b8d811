import type { Executor } from '../common/exec.js';
import type { Env } from '../common/inputs.js';
/** ccache statistics, from `ccache --print-stats` (4.x) or the text of `ccache -s` (3.x). */
export interface CcacheStats {
  hits: number;
  misses: number;
  /** Calls ccache could not cache (linking, preprocessing only, unsupported options...). */
  uncacheable: number;
  files?: number;
  /** Size of the cache in bytes. */
  sizeBytes?: number;
}

/** The one wording, in the log and the summary, for a job in which ccache saw no compilation (an incremental build). */
export const NOTHING_COMPILED = 'nothing compiled';

/** The hits and misses as `<hits> <misses>` (CCACHE_CONFIGURE_STATS_VARIABLE). */
export function statsSnapshot(s: Pick<CcacheStats, 'hits' | 'misses'>): string {
  return `${s.hits} ${s.misses}`;
}

/** Reads `<hits> <misses>` back; undefined for anything else. */
export function parseStatsSnapshot(text: string | undefined): { hits: number; misses: number } | undefined {
  const m = /^(\d+) (\d+)$/.exec(text?.trim() ?? '');
  return m ? { hits: Number(m[1]), misses: Number(m[2]) } : undefined;
}

/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
export async function readStats(exec: Executor, ccache: string, env: Env): Promise<{ stats?: CcacheStats; text: string }> {
  const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
  const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
  const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
  return { stats, text: show.stdout };
}

export function hitRate(s: CcacheStats): number | undefined {
  const total = s.hits + s.misses;
  return total === 0 ? undefined : (100 * s.hits) / total;
}

const UNCACHEABLE = [
  'autoconf_test',
  'bad_compiler_arguments',
  'called_for_link',
  'called_for_preprocessing',
  'compile_failed',
  'multiple_source_files',
  'no_input_file',
  'output_to_stdout',
  'preprocessor_error',
  'unsupported_code_directive',
  'unsupported_compiler_option',
  'unsupported_source_language',
];

/** Parses the tab-separated `ccache --print-stats` output (ccache 4.x). */
export function parsePrintStats(text: string): CcacheStats | undefined {
  const values = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\w+)\t(-?\d+)\s*$/.exec(line);
    if (m) values.set(m[1]!, Number(m[2]));
  }
  if (!values.has('cache_miss') && !values.has('direct_cache_hit')) return undefined;
  const get = (k: string) => values.get(k) ?? 0;
  return {
    hits: get('direct_cache_hit') + get('preprocessed_cache_hit'),
    misses: get('cache_miss'),
    uncacheable: UNCACHEABLE.reduce((n, k) => n + get(k), 0),
    files: values.get('files_in_cache'),
    sizeBytes: values.has('cache_size_kibibyte') ? get('cache_size_kibibyte') * 1024 : undefined,
  };
}

const SIZE_UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3 };

/** Parses the human-readable `ccache -s` of ccache 3.x (`cache hit (direct)  12`, `cache size  1.2 MB`). */
export function parseShowStats(text: string): CcacheStats | undefined {
  const number = (re: RegExp) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const direct = number(/^cache hit \(direct\)\s+(\d+)/m);
  const pre = number(/^cache hit \(preprocessed\)\s+(\d+)/m);
  const miss = number(/^cache miss\s+(\d+)/m);
  if (direct === undefined && pre === undefined && miss === undefined) return undefined;
  const size = /^cache size\s+([\d.]+)\s*([KMGT]i?B|B)/im.exec(text);
  let uncacheable = 0;
  for (const re of [/^called for link\s+(\d+)/m, /^compile failed\s+(\d+)/m, /^unsupported compiler option\s+(\d+)/m, /^no input file\s+(\d+)/m, /^preprocessor error\s+(\d+)/m]) {
    uncacheable += number(re) ?? 0;
  }
  return {
    hits: (direct ?? 0) + (pre ?? 0),
    misses: miss ?? 0,
    uncacheable,
    files: number(/^files in cache\s+(\d+)/m),
    sizeBytes: size ? Math.round(Number(size[1]) * (SIZE_UNITS[size[2]!.toUpperCase()] ?? 1)) : undefined,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[i]}`;
}
