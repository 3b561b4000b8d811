import { readFileSync } from 'node:fs';

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

interface PatternSpec {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface MatcherSpec {
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
    const json = JSON.parse(readFileSync(file, 'utf8')) as { problemMatcher?: MatcherSpec[] };
    const specs = json.problemMatcher ?? [];
    for (const spec of specs) {
      if (typeof spec.owner !== 'string' || !Array.isArray(spec.pattern) || spec.pattern.length === 0) {
        throw new Error(`${file}: each problem matcher needs an owner and at least one pattern`);
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
    const json = JSON.parse(readFileSync(file, 'utf8')) as { problemMatcher?: MatcherSpec[] };
    for (const spec of json.problemMatcher ?? []) this.remove(spec.owner);
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
