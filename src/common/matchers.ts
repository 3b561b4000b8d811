import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './errors.js';
import { safe } from './format.js';
import { Annotation, MatcherSet, MatcherSpec, readMatcherFile, restrictToWorkspace } from './problem-matchers.js';
import { Step } from './step.js';

export const MATCHERS = { gcc: 'aswf-gcc', msvc: 'aswf-msvc', cmake: 'aswf-cmake' } as const;
const OWNERS: Record<keyof typeof MATCHERS, string[]> = {
  gcc: ['aswf-gcc'],
  msvc: ['aswf-msvc'],
  cmake: ['aswf-cmake', 'aswf-cmake-global'],
};

/** The folder of the shipped problem matchers: dist/matchers in the bundle, src/matchers in the sources. */
export function matchersDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'matchers'), join(here, '..', 'matchers')]) {
    if (existsSync(join(dir, 'aswf-gcc.json'))) return dir;
  }
  return join(here, 'matchers');
}

/** What the matchers found in files outside the workspace, per matcher and severity. */
export class OutsideWorkspace {
  private readonly all = new MatcherSet();
  private readonly inside = new MatcherSet();
  /** `owner severity` → count, and the first file seen. */
  readonly counts = new Map<string, { owner: string; severity: Annotation['severity']; count: number; example: string }>();

  constructor(full: MatcherSpec[], restricted: MatcherSpec[]) {
    this.all.addSpecs(full);
    this.inside.addSpecs(restricted);
  }

  /** Reads one output line, as the runner's matchers read it. */
  line(text: string): void {
    const annotated = new Set(this.inside.match(text).map((a) => a.source));
    for (const a of this.all.match(text)) {
      if (!a.file || annotated.has(a.source)) continue;
      const key = `${a.source} ${a.severity}`;
      const seen = this.counts.get(key) ?? { owner: a.source, severity: a.severity, count: 0, example: a.file };
      seen.count++;
      this.counts.set(key, seen);
    }
  }

  /** One line: `aswf-gcc: 109 warnings, 2 errors (e.g. /usr/...); aswf-cmake: ...`, or '' when nothing was outside. */
  describe(): string {
    const byOwner = new Map<string, { parts: string[]; example: string }>();
    for (const c of this.counts.values()) {
      const entry = byOwner.get(c.owner) ?? { parts: [], example: c.example };
      entry.parts.push(`${c.count} ${c.severity}${c.count === 1 ? '' : 's'}`);
      byOwner.set(c.owner, entry);
    }
    return [...byOwner].map(([owner, e]) => `${owner}: ${e.parts.join(', ')} (e.g. ${safe(e.example)})`).join('; ');
  }
}

/**
 * Registers problem matchers with the runner for the duration of `fn`, restricted to files of the workspace: the
 * runner annotates only the repository's own files, and what the matchers find outside it (system and third-party
 * headers, CMake's own modules) is counted from the output lines `fn` hands to `onLine` and summarized in one notice.
 * The restricted copies of the shipped matchers are written to RUNNER_TEMP (the runner reads them from there).
 */
export async function withMatchers<T>(step: Step, names: (keyof typeof MATCHERS)[], fn: (onLine: (line: string) => void) => Promise<T>): Promise<T> {
  const workspace = resolve(step.env.GITHUB_WORKSPACE || process.cwd());
  const full: MatcherSpec[] = [];
  const restricted: MatcherSpec[] = [];
  const dir = join(step.env.RUNNER_TEMP || tmpdir(), 'aswf-matchers');
  for (const name of names) {
    const shipped = join(matchersDir(), `${MATCHERS[name]}.json`);
    const specs = readMatcherFile(shipped);
    const own = restrictToWorkspace(specs, workspace);
    const file = join(dir, `${MATCHERS[name]}.json`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify({ problemMatcher: own }, null, 2) + '\n');
    } catch (err) {
      // Annotations are a help, never a reason to fail the build: the shipped matcher, unrestricted, then.
      step.warning(`Cannot write the workspace-only problem matcher ${safe(file)} (${safe(errorMessage(err))}): files outside the workspace are annotated too.`);
      step.command('add-matcher', {}, shipped);
      continue;
    }
    full.push(...specs);
    restricted.push(...own);
    step.command('add-matcher', {}, file);
  }
  const outside = new OutsideWorkspace(full, restricted);
  try {
    return await fn((line) => outside.line(line));
  } finally {
    for (const name of names) for (const owner of OWNERS[name]) step.command('remove-matcher', { owner }, '');
    const text = outside.describe();
    if (text) step.notice(`Not annotated, in files outside the workspace ${safe(workspace)}: ${text}. The log has each of them.`, { title: 'Outside the workspace' });
  }
}
