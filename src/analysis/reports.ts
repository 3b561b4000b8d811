/**
 * The coverage model the action reports from, and the report formats it writes itself: lcov `.info` (from gcovr's
 * JSON, which gcovr 5 cannot write as lcov) and, for `coverage: llvm`, Cobertura and SonarQube generic XML (gcovr
 * writes those for `coverage: gcov`). Pure functions of the model.
 */

export interface BranchRecord {
  line: number;
  block: number;
  branch: number;
  /** Times taken; undefined when the line never ran. */
  taken?: number;
}

export interface FunctionRecord {
  name: string;
  line: number;
  hits: number;
}

export interface FileCoverage {
  /** Relative to the repository root, with `/`. */
  file: string;
  /** Executable lines and their hit counts. */
  lines: Map<number, number>;
  branches: BranchRecord[];
  functions: FunctionRecord[];
}

export interface Totals {
  linesCovered: number;
  linesTotal: number;
  branchesCovered: number;
  branchesTotal: number;
}

export function fileTotals(f: FileCoverage): Totals {
  let linesCovered = 0;
  for (const hits of f.lines.values()) if (hits > 0) linesCovered++;
  return {
    linesCovered,
    linesTotal: f.lines.size,
    branchesCovered: f.branches.filter((b) => (b.taken ?? 0) > 0).length,
    branchesTotal: f.branches.length,
  };
}

export function totals(files: FileCoverage[]): Totals {
  const t = { linesCovered: 0, linesTotal: 0, branchesCovered: 0, branchesTotal: 0 };
  for (const f of files) {
    const ft = fileTotals(f);
    t.linesCovered += ft.linesCovered;
    t.linesTotal += ft.linesTotal;
    t.branchesCovered += ft.branchesCovered;
    t.branchesTotal += ft.branchesTotal;
  }
  return t;
}

/** A percentage rounded to one decimal, as gcovr shows it; 0 when there is nothing to cover. */
export function percent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * covered) / total) / 10;
}

/** gcovr's JSON report (`--json`, format 0.x of gcovr 5): files, lines, branches, functions. */
interface GcovrJson {
  files: {
    file: string;
    lines: { line_number: number; count: number; branches: { count: number }[]; 'gcovr/noncode'?: boolean; 'gcovr/excluded'?: boolean }[];
    functions?: { name: string; lineno: number; execution_count: number }[];
  }[];
}

/** Reads gcovr's JSON report into the model (non-code and excluded lines left out, as gcovr counts). */
export function fromGcovrJson(text: string): FileCoverage[] {
  const data = JSON.parse(text) as GcovrJson;
  return data.files.map((f) => {
    const lines = new Map<number, number>();
    const branches: BranchRecord[] = [];
    for (const l of f.lines) {
      if (l['gcovr/noncode'] || l['gcovr/excluded']) continue;
      lines.set(l.line_number, (lines.get(l.line_number) ?? 0) + l.count);
      l.branches.forEach((b, i) => branches.push({ line: l.line_number, block: 0, branch: i, taken: l.count > 0 ? b.count : undefined }));
    }
    const functions = (f.functions ?? []).map((fn) => ({ name: fn.name, line: fn.lineno, hits: fn.execution_count }));
    return { file: f.file.split('\\').join('/'), lines, branches, functions };
  });
}

/** Reads an lcov tracefile (`llvm-cov export -format=lcov`); `path` maps each SF path (absolute) to a repository path, or undefined to drop it. */
export function fromLcov(text: string, path: (sf: string) => string | undefined): FileCoverage[] {
  const out = new Map<string, FileCoverage>();
  let current: FileCoverage | undefined;
  const fnLines = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (tag === 'SF') {
      const file = path(value);
      fnLines.clear();
      current = file === undefined ? undefined : (out.get(file) ?? { file, lines: new Map(), branches: [], functions: [] });
      if (current) out.set(current.file, current);
    } else if (!current) {
      continue;
    } else if (tag === 'DA') {
      const [n, hits] = value.split(',');
      current.lines.set(Number(n), (current.lines.get(Number(n)) ?? 0) + Number(hits));
    } else if (tag === 'BRDA') {
      const [n, block, branch, taken] = value.split(',');
      current.branches.push({ line: Number(n), block: Number(block), branch: Number(branch), taken: taken === '-' ? undefined : Number(taken) });
    } else if (tag === 'FN') {
      const comma = value.indexOf(',');
      fnLines.set(value.slice(comma + 1), Number(value.slice(0, comma)));
    } else if (tag === 'FNDA') {
      const comma = value.indexOf(',');
      const name = value.slice(comma + 1);
      current.functions.push({ name, line: fnLines.get(name) ?? 0, hits: Number(value.slice(0, comma)) });
    }
  }
  return [...out.values()];
}

const byLine = <T extends { line: number }>(xs: T[]) => [...xs].sort((a, b) => a.line - b.line);

/** An lcov tracefile (Codecov, Coveralls, genhtml read it), paths relative to the repository root. */
export function toLcov(files: FileCoverage[]): string {
  const out: string[] = [];
  for (const f of files) {
    const t = fileTotals(f);
    out.push('TN:', `SF:${f.file}`);
    for (const fn of byLine(f.functions)) out.push(`FN:${fn.line},${fn.name}`);
    for (const fn of byLine(f.functions)) out.push(`FNDA:${fn.hits},${fn.name}`);
    out.push(`FNF:${f.functions.length}`, `FNH:${f.functions.filter((fn) => fn.hits > 0).length}`);
    for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0])) out.push(`DA:${line},${hits}`);
    for (const b of f.branches) out.push(`BRDA:${b.line},${b.block},${b.branch},${b.taken === undefined ? '-' : b.taken}`);
    out.push(`BRF:${t.branchesTotal}`, `BRH:${t.branchesCovered}`, `LF:${t.linesTotal}`, `LH:${t.linesCovered}`, 'end_of_record');
  }
  return out.join('\n') + '\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function branchesByLine(f: FileCoverage): Map<number, { total: number; covered: number }> {
  const map = new Map<number, { total: number; covered: number }>();
  for (const b of f.branches) {
    const e = map.get(b.line) ?? { total: 0, covered: 0 };
    e.total++;
    if ((b.taken ?? 0) > 0) e.covered++;
    map.set(b.line, e);
  }
  return map;
}

/** SonarQube's generic coverage format (sonar.coverageReportPaths), paths relative to the repository root. */
export function toSonarqube(files: FileCoverage[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<coverage version="1">'];
  for (const f of files) {
    out.push(`  <file path="${xml(f.file)}">`);
    const branches = branchesByLine(f);
    for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0])) {
      const b = branches.get(line);
      const extra = b ? ` branchesToCover="${b.total}" coveredBranches="${b.covered}"` : '';
      out.push(`    <lineToCover lineNumber="${line}" covered="${hits > 0}"${extra}/>`);
    }
    out.push('  </file>');
  }
  out.push('</coverage>');
  return out.join('\n') + '\n';
}

const rate = (covered: number, total: number) => (total === 0 ? '1.0' : String(covered / total));

/** A Cobertura XML report (Codecov, GitLab, Jenkins read it): one package per folder, sources relative to `.`. */
export function toCobertura(files: FileCoverage[], timestamp = Math.floor(Date.now() / 1000)): string {
  const all = totals(files);
  const packages = new Map<string, FileCoverage[]>();
  for (const f of files) {
    const dir = f.file.includes('/') ? f.file.slice(0, f.file.lastIndexOf('/')) : '';
    packages.set(dir, [...(packages.get(dir) ?? []), f]);
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>",
    `<coverage line-rate="${rate(all.linesCovered, all.linesTotal)}" branch-rate="${rate(all.branchesCovered, all.branchesTotal)}" lines-covered="${all.linesCovered}" lines-valid="${all.linesTotal}" branches-covered="${all.branchesCovered}" branches-valid="${all.branchesTotal}" complexity="0.0" timestamp="${timestamp}" version="aswf-ci-actions">`,
    '  <sources>',
    '    <source>.</source>',
    '  </sources>',
    '  <packages>',
  ];
  for (const [dir, members] of [...packages].sort((a, b) => a[0].localeCompare(b[0]))) {
    const t = totals(members);
    out.push(`    <package name="${xml(dir.split('/').join('.') || '.')}" line-rate="${rate(t.linesCovered, t.linesTotal)}" branch-rate="${rate(t.branchesCovered, t.branchesTotal)}" complexity="0.0">`, '      <classes>');
    for (const f of members) {
      const ft = fileTotals(f);
      const name = f.file.slice(f.file.lastIndexOf('/') + 1).replace(/\./g, '_');
      out.push(`        <class name="${xml(name)}" filename="${xml(f.file)}" line-rate="${rate(ft.linesCovered, ft.linesTotal)}" branch-rate="${rate(ft.branchesCovered, ft.branchesTotal)}" complexity="0.0">`, '          <methods/>', '          <lines>');
      const branches = branchesByLine(f);
      for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0])) {
        const b = branches.get(line);
        const cond = b ? ` branch="true" condition-coverage="${Math.round((100 * b.covered) / b.total)}% (${b.covered}/${b.total})"` : ' branch="false"';
        out.push(`            <line number="${line}" hits="${hits}"${cond}/>`);
      }
      out.push('          </lines>', '        </class>');
    }
    out.push('      </classes>', '    </package>');
  }
  out.push('  </packages>', '</coverage>');
  return out.join('\n') + '\n';
}

/**
 * A glob of repository paths as a regular expression that both JavaScript and Python (gcovr's --exclude) read the
 * same way: `**` any folders, `*` and `?` within one path component, anchored at both ends.
 */
export function globToRegex(glob: string): string {
  let out = '';
  const g = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      if (g[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return `^${out}$`;
}
