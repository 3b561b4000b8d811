export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  name: string;
  status: TestStatus;
  /** Seconds. */
  time: number;
  output: string;
}

export interface TestResults {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  cases: TestCase[];
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface RawCase {
  '@_name'?: string;
  '@_status'?: string;
  '@_time'?: string;
  failure?: unknown;
  error?: unknown;
  skipped?: unknown;
  'system-out'?: unknown;
}

/** Reads the JUnit XML that `ctest --output-junit` writes (statuses run, fail, notrun, disabled). */
export async function parseCtestJunit(xml: string): Promise<TestResults> {
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });
  const doc = parser.parse(xml) as { testsuite?: { testcase?: RawCase | RawCase[] }; testsuites?: { testsuite?: unknown } };
  const suites = doc.testsuite ? [doc.testsuite] : (asArray(doc.testsuites?.testsuite) as { testcase?: RawCase | RawCase[] }[]);
  const cases: TestCase[] = [];
  for (const suite of suites) {
    for (const c of asArray(suite.testcase)) {
      const raw = c['@_status'];
      const failed = raw === 'fail' || c.failure !== undefined || c.error !== undefined;
      const status: TestStatus = failed ? 'failed' : raw === 'run' || raw === undefined ? 'passed' : 'skipped';
      const out = c['system-out'];
      cases.push({
        name: c['@_name'] ?? '(unnamed)',
        status,
        time: Number(c['@_time'] ?? 0) || 0,
        output: typeof out === 'string' ? out : typeof out === 'object' && out && '#text' in out ? String(out['#text']) : '',
      });
    }
  }
  return summarize(cases);
}

export function summarize(cases: TestCase[]): TestResults {
  const count = (s: TestStatus) => cases.filter((c) => c.status === s).length;
  return { total: cases.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), cases };
}

/**
 * Counts from ctest's console output, for a ctest too old to write JUnit:
 * "33% tests passed, 2 tests failed out of 3" and the "The following tests FAILED:" list.
 */
export function parseCtestOutput(text: string): TestResults | undefined {
  const m = /(\d+)% tests passed, (\d+) tests? failed out of (\d+)/.exec(text);
  if (!m) return /No tests were found/.test(text) ? summarize([]) : undefined;
  const failed = Number(m[2]);
  const total = Number(m[3]);
  const failedNames = [...text.matchAll(/^\s*\d+ - (.+?) \((?:Failed|Timeout|SEGFAULT|Subprocess aborted|Exception|Child aborted|[^)]*)\)\s*$/gm)]
    .filter((x) => text.indexOf('The following tests FAILED:') < (x.index ?? 0))
    .map((x) => x[1]!);
  const skipped = [...text.matchAll(/\*\*\*Not Run|\*\*\*Skipped/g)].length;
  const cases: TestCase[] = failedNames.map((name) => ({ name, status: 'failed', time: 0, output: '' }));
  return { total: total + skipped, passed: total - failed, failed, skipped, cases };
}
