import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { TestResults } from '../cmake/junit.js';
import { isInside } from '../common/paths.js';

/** One stack frame with a source location. */
export interface Frame {
  func: string;
  file: string;
  line: number;
  col?: number;
  /** Which stack of the report the frame is in (0: the error's own; then "allocated by", "freed by", threads...). */
  stack?: number;
}

/** One sanitizer report as it appears in a test's output. */
export interface RawFinding {
  /** AddressSanitizer, UndefinedBehaviorSanitizer, LeakSanitizer, ThreadSanitizer, MemorySanitizer. */
  tool: string;
  /** heap-buffer-overflow, signed-integer-overflow, data race, leak, ... */
  kind: string;
  /** The report's first line(s), without addresses that change from run to run. */
  headline: string;
  /** UBSan's own location (`file:line:col: runtime error: ...`). */
  at?: Frame;
  frames: Frame[];
}

/** A finding placed in the repository, with the tests that hit it. */
export interface Finding extends RawFinding {
  /** Relative to the repository root, with `/`; undefined when no frame is inside the repository. */
  file?: string;
  line?: number;
  col?: number;
  /** The repository frames of the stack the finding is placed in, relative paths (for the annotation's short stack). */
  repoFrames: Frame[];
  tests: string[];
}

const HEADER = /^\s*(?:==\d+==\s*)?(?:ERROR|WARNING): (AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer|HWAddressSanitizer): (.*)$/;
/** UBSan's report line: a location (`file:line:col`, or `<unknown>` without debug information), then the message. */
const UBSAN = /^\s*(?:(.+?):(\d+):(\d+)|<unknown>): runtime error: (.*)$/;
const LEAK = /^\s*(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object\(s\) allocated from:/;
const SUMMARY = /^\s*SUMMARY: (\w+): (.*)$/;
const FRAME = /^\s*#(\d+)\s+(?:0x[0-9a-fA-F]+\s+in\s+)?(.*)\s(\S+?):(\d+)(?::(\d+))?$/;
const IS_FRAME = /^\s*#(\d+)\s/;

/** UBSan's messages and the check names (-fsanitize=<check>, also its suppression types) they come from. */
const UBSAN_CHECKS: [RegExp, string][] = [
  [/^signed integer overflow/, 'signed-integer-overflow'],
  [/^unsigned integer overflow/, 'unsigned-integer-overflow'],
  [/^negation of .* cannot be represented/, 'signed-integer-overflow'],
  [/^division by zero/, 'integer-divide-by-zero'],
  [/^division of .* by -1 cannot be represented/, 'signed-integer-overflow'],
  [/^shift exponent/, 'shift-exponent'],
  [/^left shift of/, 'shift-base'],
  [/misaligned address/, 'alignment'],
  [/^null pointer passed as argument/, 'nonnull-attribute'],
  [/^null pointer returned from function/, 'returns-nonnull-attribute'],
  [/null pointer/, 'null'],
  [/^index .* out of bounds/, 'bounds'],
  [/is not a valid value for type '(bool|_Bool)'/, 'bool'],
  [/is not a valid value for type/, 'enum'],
  [/pointer index expression|applying (non-)?zero offset/, 'pointer-overflow'],
  [/which does not point to an object of type|dynamic type/, 'vptr'],
  [/^execution reached the end of a value-returning function/, 'return'],
  [/^execution reached an unreachable program point/, 'unreachable'],
  [/^variable length array bound/, 'vla-bound'],
  [/is outside the range of representable values/, 'float-cast-overflow'],
  [/through pointer to incorrect function type/, 'function'],
  [/^implicit conversion/, 'implicit-conversion'],
  [/insufficient space for an object/, 'object-size'],
  [/^passing zero to/, 'builtin'],
];

export function ubsanCheck(message: string): string {
  return UBSAN_CHECKS.find(([re]) => re.test(message))?.[1] ?? 'undefined-behavior';
}

/** Addresses, pids and thread ids change from run to run: they are dropped from headlines. */
const stable = (text: string) =>
  text
    .replace(/\s+at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+/i, '')
    .replace(/ on address 0x[0-9a-f]+/i, '')
    .replace(/( on unknown address) 0x[0-9a-f]+/i, '$1')
    .replace(/\s*\(pid=\d+\)/, '')
    .trim();

function frame(line: string, stack: number): Frame | undefined {
  // Trailing "(module+0x1234)" and "(BuildId: ...)" groups follow the location in TSan's and Clang's frames.
  const m = FRAME.exec(line.replace(/(\s+\([^()]*\))+\s*$/, ''));
  if (!m) return undefined;
  return { func: m[2]!.trim(), file: m[3]!, line: Number(m[4]), col: m[5] ? Number(m[5]) : undefined, stack };
}

/**
 * The sanitizer reports in a program's output: AddressSanitizer, LeakSanitizer (one finding per leak),
 * UndefinedBehaviorSanitizer (`file:line:col: runtime error: ...`), ThreadSanitizer and MemorySanitizer, each with
 * the frames of its stacks in order.
 */
export function parseSanitizerReports(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  let current: RawFinding | undefined;
  /** UBSan's stack ends at the first line that is neither a frame nor blank. */
  let ubsanOpen = false;
  let inLeaks = false;
  let lastHeaderLine = -1;
  let stack = -1;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const header = HEADER.exec(line);
    if (header) {
      const [, tool, rest] = header;
      ubsanOpen = false;
      if (tool === 'LeakSanitizer' && /detected memory leaks/.test(rest!)) {
        inLeaks = true;
        current = undefined;
        return;
      }
      inLeaks = false;
      const body = rest!.replace(/^attempting /, '');
      const kind = tool === 'ThreadSanitizer' ? stable(body).replace(/\s*\(.*$/, '') : (/^[\w-]+/.exec(body)?.[0] ?? 'error');
      current = { tool: tool!, kind, headline: `${tool}: ${stable(rest!)}`, frames: [] };
      stack = -1;
      out.push(current);
      lastHeaderLine = i;
      return;
    }
    const leak = inLeaks ? LEAK.exec(line) : null;
    if (leak) {
      current = { tool: 'LeakSanitizer', kind: leak[1] === 'Direct' ? 'leak' : 'indirect leak', headline: `LeakSanitizer: ${line.trim().replace(/ allocated from:$/, '')}`, frames: [] };
      stack = -1;
      out.push(current);
      return;
    }
    const ub = UBSAN.exec(line);
    if (ub) {
      const message = ub[4]!.trim();
      const at = ub[1] ? { func: '', file: ub[1], line: Number(ub[2]), col: Number(ub[3]) } : undefined;
      current = { tool: 'UndefinedBehaviorSanitizer', kind: ubsanCheck(message), headline: `UndefinedBehaviorSanitizer: ${message}`, at, frames: [] };
      stack = -1;
      out.push(current);
      ubsanOpen = true;
      inLeaks = false;
      return;
    }
    const summary = SUMMARY.exec(line);
    if (summary) {
      const token = /^[A-Za-z][\w-]*/.exec(summary[2]!)?.[0];
      // "SUMMARY: UndefinedBehaviorSanitizer: signed-integer-overflow" (report_error_type=1) names the check.
      if (current && token && current.tool !== 'ThreadSanitizer' && current.tool !== 'LeakSanitizer' && summary[1] === current.tool && token !== 'undefined-behavior') {
        current.kind = token;
      }
      current = undefined;
      ubsanOpen = false;
      inLeaks = false;
      return;
    }
    if (!current) return;
    const index = IS_FRAME.exec(line);
    if (index) {
      // Each stack starts again at #0.
      if (index[1] === '0') stack++;
      const f = frame(line, stack);
      if (f) current.frames.push(f);
      return;
    }
    if (current.tool === 'UndefinedBehaviorSanitizer' && ubsanOpen && line.trim() !== '') {
      ubsanOpen = false;
      current = undefined;
      return;
    }
    // ASan's access line ("WRITE of size 4 at 0x... thread T0") belongs to the headline.
    if (i === lastHeaderLine + 1 && /^(READ|WRITE) of size \d+/.test(line.trim())) {
      current.headline += ` (${line.trim().replace(/ at 0x[0-9a-f]+/i, '')})`;
    }
  });
  return out;
}

export interface LocateContext {
  /** The repository root: frames under it are the project's. */
  root: string;
  /** The build folder: relative paths in debug information (ccache's base_dir) are relative to where the compiler ran. */
  buildDir: string;
  exists?: (path: string) => boolean;
}


/** A frame's file as an absolute path, or undefined when it cannot be placed. */
function absolutePath(file: string, ctx: LocateContext): string | undefined {
  const exists = ctx.exists ?? existsSync;
  if (isAbsolute(file)) return resolve(file);
  const tries = [resolve(ctx.buildDir, file), resolve(ctx.root, file), resolve(ctx.root, file.replace(/^(\.\.?[\\/])+/, ''))];
  // A relative path that names no file here is a system header's or the C library's (../sysdeps/...).
  return tries.find(exists);
}

/** The frames inside the repository (outside the build folder first), with paths relative to the root. */
export function repositoryFrames(raw: RawFinding, ctx: LocateContext): Frame[] {
  const candidates = raw.at ? [raw.at, ...raw.frames] : raw.frames;
  const source: Frame[] = [];
  const generated: Frame[] = [];
  for (const f of candidates) {
    const abs = absolutePath(f.file, ctx);
    if (!abs || !isInside(ctx.root, abs)) continue;
    const rel = { ...f, file: relative(ctx.root, abs).split(sep).join('/') };
    (isInside(ctx.buildDir, abs) ? generated : source).push(rel);
  }
  return source.length ? source : generated;
}

/**
 * The findings of a test run: each test's output (JUnit) is searched, or without it the whole ctest output. The same
 * finding (kind and location) hit by several tests is one finding listing those tests.
 */
export function collectFindings(tests: TestResults | undefined, ctestOutput: string, ctx: LocateContext): Finding[] {
  const sources: { test?: string; text: string }[] = tests?.cases.some((c) => c.output) ? tests.cases.map((c) => ({ test: c.name, text: c.output })) : [{ text: ctestOutput }];
  const byKey = new Map<string, Finding>();
  for (const { test, text } of sources) {
    for (const raw of parseSanitizerReports(text)) {
      const placed = repositoryFrames(raw, ctx);
      const top = placed[0];
      // The annotation lists the repository frames of the stack the finding is placed in (not the allocation's).
      const stackOf = top?.stack ?? placed.find((f) => f.stack !== undefined)?.stack;
      const repoFrames = placed.filter((f) => f.stack !== undefined && f.stack === stackOf);
      const key = top ? `${raw.kind}\0${top.file}\0${top.line}` : `${raw.kind}\0${raw.headline}`;
      const found = byKey.get(key);
      if (found) {
        if (test && !found.tests.includes(test)) found.tests.push(test);
        continue;
      }
      byKey.set(key, { ...raw, file: top?.file, line: top?.line, col: top?.col, repoFrames, tests: test ? [test] : [] });
    }
  }
  return [...byKey.values()];
}
