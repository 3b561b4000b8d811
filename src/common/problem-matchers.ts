import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** An annotation as the runner would show it on the run page. */
export interface Annotation {
  severity: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
  /** The matcher owner that produced it, or 'command' for an explicit ::error:: command. */
  source: string;
}

export interface PatternSpec {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

export interface MatcherSpec {
  owner: string;
  severity?: string;
  pattern: PatternSpec[];
}

interface Active {
  spec: MatcherSpec;
  regexps: RegExp[];
  /** Index of the next pattern a multi-line matcher expects, and what it has gathered. */
  next: number;
  gathered: Partial<Annotation> & { code?: string };
}

function severityOf(text: string | undefined, fallback: string | undefined): Annotation['severity'] {
  const s = (text ?? fallback ?? 'error').toLowerCase();
  return s.startsWith('warn') ? 'warning' : s === 'notice' || s === 'info' ? 'notice' : 'error';
}

/**
 * Applies problem matchers (GitHub's JSON format) to output lines, as the runner does: `add-matcher` loads a file,
 * `remove-matcher` drops an owner, and each line may yield an annotation.
 */
export class MatcherSet {
  private active: Active[] = [];

  /** Loads a matcher file; a missing file, bad JSON or a bad regular expression throws (the caller reports it). */
  add(file: string): void {
    this.addSpecs(readMatcherFile(file));
  }

  addSpecs(specs: MatcherSpec[]): void {
    for (const spec of specs) {
      if (typeof spec.owner !== 'string' || !Array.isArray(spec.pattern) || spec.pattern.length === 0) {
        throw new Error(`each problem matcher needs an owner and at least one pattern`);
      }
      for (const p of spec.pattern) new RegExp(p.regexp);
    }
    for (const spec of specs) {
      this.remove(spec.owner);
      this.active.push({ spec, regexps: spec.pattern.map((p) => new RegExp(p.regexp)), next: 0, gathered: {} });
    }
  }

  /** Drops the owners a matcher file defines (`::remove-matcher::FILE`). */
  removeFile(file: string): void {
    for (const spec of readMatcherFile(file)) this.remove(spec.owner);
  }

  remove(owner: string): void {
    this.active = this.active.filter((a) => a.spec.owner !== owner);
  }

  match(line: string): Annotation[] {
    const found: Annotation[] = [];
    for (const a of this.active) {
      let m = a.regexps[a.next]!.exec(line);
      if (!m && a.next > 0) {
        const last = a.spec.pattern[a.next - 1];
        // A looping last pattern keeps its place; otherwise a broken sequence starts over.
        if (!(last?.loop && a.next === a.spec.pattern.length)) a.next = 0;
        a.gathered = a.next === 0 ? {} : a.gathered;
        m = a.regexps[a.next]!.exec(line);
      }
      if (!m) continue;
      const p = a.spec.pattern[a.next]!;
      const g = { ...a.gathered };
      if (p.file) g.file = m[p.file];
      if (p.line) g.line = Number(m[p.line]);
      if (p.column && m[p.column]) g.col = Number(m[p.column]);
      if (p.severity) g.severity = severityOf(m[p.severity], a.spec.severity);
      if (p.message) g.message = m[p.message];
      if (p.code) g.code = m[p.code];
      if (a.next === a.spec.pattern.length - 1) {
        if (g.message) {
          found.push({
            severity: g.severity ?? severityOf(undefined, a.spec.severity),
            message: g.code && !p.message ? `${g.code}: ${g.message}` : g.message,
            file: g.file,
            line: g.line,
            col: g.col,
            source: a.spec.owner,
          });
        }
        if (p.loop) a.gathered = g;
        else {
          a.next = 0;
          a.gathered = {};
        }
      } else {
        a.next += 1;
        a.gathered = g;
      }
    }
    return found;
  }
}

/** The matchers of a problem-matcher file (GitHub's JSON format). */
export function readMatcherFile(file: string): MatcherSpec[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { problemMatcher?: MatcherSpec[] };
  return json.problemMatcher ?? [];
}

/** Where the capturing group `index` (1-based) opens in a regular expression's source, or -1. */
function groupStart(source: string, index: number): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?' && ++count === index) return i;
    else if (c === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i) && ++count === index) return i;
  }
  return -1;
}

/**
 * A regular expression (the same text in .NET, which the runner uses, and in JavaScript) that matches a path inside
 * `workspace`: the workspace followed by a separator, either slash, or a relative path that does not climb out with
 * `../` (the runner reads a relative path from the workspace). On Windows the workspace matches in any case.
 */
export function insideWorkspacePattern(workspace: string, platform: NodeJS.Platform = process.platform): string {
  const root = (platform === 'win32' ? win32 : posix).resolve(workspace).replace(/[\\/]+$/, '');
  const parts = root.split(/[\\/]/).map((part) =>
    [...part]
      .map((ch) => {
        if (/[.*+?^${}()|[\]\\]/.test(ch)) return `\\${ch}`;
        if (platform === 'win32' && ch.toLowerCase() !== ch.toUpperCase()) return `[${ch.toUpperCase()}${ch.toLowerCase()}]`;
        return ch;
      })
      .join(''),
  );
  return `(?:${parts.join('[\\\\/]')}[\\\\/]|(?![A-Za-z]:|[\\\\/]|\\.\\.[\\\\/]))`;
}

/**
 * The matchers, each pattern with a `file` group restricted to files inside the workspace (a lookahead at the start
 * of that group): the runner then annotates only the repository's own files. Matchers without a file are unchanged.
 */
export function restrictToWorkspace(specs: MatcherSpec[], workspace: string, platform: NodeJS.Platform = process.platform): MatcherSpec[] {
  const inside = insideWorkspacePattern(workspace, platform);
  return specs.map((spec) => ({
    ...spec,
    pattern: spec.pattern.map((p) => {
      if (!p.file) return p;
      const at = groupStart(p.regexp, p.file);
      if (at < 0) throw new Error(`matcher ${spec.owner}: the pattern ${p.regexp} has no group ${p.file}`);
      const open = p.regexp.startsWith('(?<', at) ? p.regexp.indexOf('>', at) + 1 : at + 1;
      return { ...p, regexp: `${p.regexp.slice(0, open)}(?=${inside})${p.regexp.slice(open)}` };
    }),
  }));
}
