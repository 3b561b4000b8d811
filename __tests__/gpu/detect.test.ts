import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor, HostExecutor, RunOptions, RunResult } from '../../src/common/exec.js';
import { Env, inputVariable } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import {
  GpuDetection,
  detectGpus,
  dockerGpuOptions,
  parseCudaVersion,
  parseDriverVersion,
  parseGpuQuery,
  queryArgs,
  summarizeNames,
} from '../../src/gpu/detect.js';
import { runGpu } from '../../src/gpu/main.js';

// The outputs of nvidia-smi, in the layout of the commands detect runs (see fixtures/gpu/README.md:
// hand-written in nvidia-smi's format; a real capture from a GPU runner is still to be added).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/gpu/${name}`, import.meta.url), 'utf8');

const QUERY = queryArgs().join(' ');
const LEGACY_QUERY = queryArgs(['index', 'name', 'uuid', 'memory.total', 'driver_version']).join(' ');
const ok = (stdout: string): RunResult => ({ exitCode: 0, stdout, stderr: '' });
const fail = (exitCode: number, stdout: string): RunResult => ({ exitCode, stdout, stderr: '' });

/** Stands in for the nvidia-smi process: answers each command line with a captured output, and records the calls. */
class FakeSmi implements Executor {
  readonly where = 'host';
  readonly calls: string[] = [];
  constructor(
    private readonly answers: Record<string, RunResult>,
    private readonly installed = true,
  ) {}
  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const line = argv.join(' ');
    this.calls.push(line);
    const answer = this.answers[line];
    if (!answer) throw new Error(`unexpected command: ${line}`);
    if (answer.exitCode !== 0 && !options.ignoreReturnCode) throw new Error('would reject');
    return answer;
  }
  async which(program: string): Promise<string | undefined> {
    return this.installed && program === 'nvidia-smi' ? '/usr/bin/nvidia-smi' : undefined;
  }
}

const t4 = () => new FakeSmi({ [QUERY]: ok(fixture('t4.query.csv')), 'nvidia-smi': ok(fixture('t4.smi.txt')) });

describe('parsers', () => {
  it('reads one GPU from the query CSV', () => {
    expect(parseGpuQuery(fixture('t4.query.csv'))).toEqual([
      { index: 0, name: 'Tesla T4', uuid: 'GPU-3c9f1e52-7a0d-4b8e-9f61-0d2a5c7b8e14', memoryMiB: 15360, driver: '535.183.01', computeCapability: '7.5' },
    ]);
  });

  it('reads several GPUs', () => {
    const gpus = parseGpuQuery(fixture('a100x4.query.csv'));
    expect(gpus.map((g) => g.index)).toEqual([0, 1, 2, 3]);
    expect(new Set(gpus.map((g) => g.name))).toEqual(new Set(['NVIDIA A100-SXM4-40GB']));
    expect(gpus.every((g) => g.memoryMiB === 40960 && g.computeCapability === '8.0')).toBe(true);
    expect(summarizeNames(gpus)).toBe('4 × NVIDIA A100-SXM4-40GB');
  });

  it('keeps a name holding a comma whole, and treats [N/A] as unknown', () => {
    expect(parseGpuQuery('1, Odd, Name GPU, [N/A], [N/A], 550.54.15, [N/A]\r\n\ngarbage line\n')).toEqual([
      { index: 1, name: 'Odd, Name GPU', memoryMiB: 0, driver: '550.54.15' },
    ]);
  });

  it('reads the legacy query without compute_cap', () => {
    expect(parseGpuQuery(fixture('v100-legacy.query.csv'), false)).toEqual([
      { index: 0, name: 'Tesla V100-SXM2-16GB', uuid: 'GPU-7e1d3b95-4c2a-4f08-b6d9-2a8e0f5c3b17', memoryMiB: 16160, driver: '470.256.02' },
    ]);
  });

  it('finds nothing in error text', () => {
    expect(parseGpuQuery(fixture('no-devices.txt'))).toEqual([]);
    expect(parseGpuQuery(fixture('no-driver.txt'))).toEqual([]);
  });

  it.each([
    ['t4.smi.txt', '12.2', '535.183.01'],
    ['a100x4.smi.txt', '12.4', '550.54.15'],
    ['v100-legacy.smi.txt', '11.4', '470.256.02'],
  ])('reads the CUDA and driver versions from the header of %s', (file, cuda, driver) => {
    expect(parseCudaVersion(fixture(file))).toBe(cuda);
    expect(parseDriverVersion(fixture(file))).toBe(driver);
  });

  it('reads the CUDA version from nvidia-smi -q as well', () => {
    expect(parseCudaVersion('Driver Version                            : 550.54.15\nCUDA Version                              : 12.4\n')).toBe('12.4');
    expect(parseCudaVersion('no header here')).toBeUndefined();
  });
});

describe('detectGpus', () => {
  it('one T4', async () => {
    const exec = t4();
    const d = await detectGpus(exec);
    expect(d).toMatchObject({ available: true, count: 1, driver: '535.183.01', cuda: '12.2', reason: 'Found 1 NVIDIA GPU (Tesla T4), driver 535.183.01, CUDA 12.2.' });
    expect(d.gpus[0]?.name).toBe('Tesla T4');
    expect(exec.calls).toEqual([QUERY, 'nvidia-smi']);
    expect(dockerGpuOptions(d)).toEqual(['--gpus', 'all', '--env', 'NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility']);
  });

  it('four A100s', async () => {
    const d = await detectGpus(new FakeSmi({ [QUERY]: ok(fixture('a100x4.query.csv')), 'nvidia-smi': ok(fixture('a100x4.smi.txt')) }));
    expect(d).toMatchObject({ available: true, count: 4, cuda: '12.4', reason: 'Found 4 NVIDIA GPUs (4 × NVIDIA A100-SXM4-40GB), driver 550.54.15, CUDA 12.4.' });
  });

  it('a driver older than 510 is asked again without compute_cap', async () => {
    const exec = new FakeSmi({
      [QUERY]: fail(2, fixture('legacy-compute-cap.txt')),
      [LEGACY_QUERY]: ok(fixture('v100-legacy.query.csv')),
      'nvidia-smi': ok(fixture('v100-legacy.smi.txt')),
    });
    const d = await detectGpus(exec);
    expect(d).toMatchObject({ available: true, count: 1, driver: '470.256.02', cuda: '11.4' });
    expect(d.gpus[0]?.computeCapability).toBeUndefined();
    expect(exec.calls).toEqual([QUERY, LEGACY_QUERY, 'nvidia-smi']);
  });

  it('nvidia-smi without a loaded driver', async () => {
    const d = await detectGpus(new FakeSmi({ [QUERY]: fail(9, fixture('no-driver.txt')) }));
    expect(d).toEqual({
      available: false,
      count: 0,
      gpus: [],
      reason: "No usable NVIDIA GPU: nvidia-smi failed (exit code 9): NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    });
    expect(dockerGpuOptions(d)).toEqual([]);
  });

  it('a driver but no GPU', async () => {
    const d = await detectGpus(new FakeSmi({ [QUERY]: fail(6, fixture('no-devices.txt')) }));
    expect(d).toMatchObject({ available: false, count: 0, reason: 'No usable NVIDIA GPU: nvidia-smi failed (exit code 6): No devices were found' });
  });

  it('nvidia-smi succeeding with no GPU line', async () => {
    const d = await detectGpus(new FakeSmi({ [QUERY]: ok('') }));
    expect(d).toMatchObject({ available: false, reason: 'No usable NVIDIA GPU: nvidia-smi listed no GPU' });
  });

  it('nvidia-smi not on PATH (as the executor reports it)', async () => {
    const exec = new FakeSmi({}, false);
    expect(await detectGpus(exec)).toMatchObject({ available: false, count: 0, reason: "No NVIDIA driver: 'nvidia-smi' was not found on PATH (host)." });
    expect(exec.calls).toEqual([]);
  });

  describe('with the real host executor and a PATH without nvidia-smi', () => {
    const saved = process.env.PATH;
    beforeEach(() => {
      process.env.PATH = mkdtempSync(join(tmpdir(), 'no-smi-'));
    });
    afterEach(() => {
      process.env.PATH = saved;
    });

    it('which finds nothing: "no NVIDIA driver"', async () => {
      const d = await detectGpus(new HostExecutor(() => undefined));
      expect(d).toEqual({ available: false, count: 0, gpus: [], reason: "No NVIDIA driver: 'nvidia-smi' was not found on PATH (host)." });
    });

    it('spawning a program that is not there does not crash', async () => {
      class Stale extends HostExecutor {
        override async which(): Promise<string | undefined> {
          return 'nvidia-smi'; // as a cached answer would say, though the program is gone
        }
      }
      const d = await detectGpus(new Stale(() => undefined));
      expect(d.available).toBe(false);
      expect(d.reason).toBe("No NVIDIA driver: 'nvidia-smi' was not found: is it installed and on PATH?");
    });
  });

  it('docker options need an available GPU', () => {
    const none: GpuDetection = { available: false, count: 0, gpus: [], reason: 'x' };
    expect(dockerGpuOptions(none)).toEqual([]);
  });
});

describe('the detect step', () => {
  function stepFor(values: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-detect-'));
    const env: Env = { GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), [inputVariable('mode')]: 'detect' };
    for (const [k, v] of Object.entries(values)) env[inputVariable(k)] = v;
    let log = '';
    return { step: new Step(env, (t) => void (log += t)), log: () => log, summary: () => readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8') };
  }

  it('reports the GPUs in outputs, log and summary', async () => {
    const { runDetect } = await import('../../src/gpu/main.js');
    const s = stepFor({ require: 'true' });
    await runDetect(s.step, t4());
    expect(s.step.outputs).toMatchObject({
      available: 'true',
      'gpu-count': '1',
      'docker-options': '--gpus all --env NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility',
      driver: '535.183.01',
      cuda: '12.2',
    });
    expect(JSON.parse(s.step.outputs.gpus!)).toEqual(parseGpuQuery(fixture('t4.query.csv')));
    expect(s.log()).toContain('GPU 0: Tesla T4, 15360 MiB, compute capability 7.5');
    expect(s.summary()).toContain('| 0 | Tesla T4 | 15360 MiB | 7.5 |');
  });

  describe('on this machine, with a PATH without nvidia-smi', () => {
    const saved = process.env.PATH;
    beforeEach(() => {
      process.env.PATH = mkdtempSync(join(tmpdir(), 'no-smi-'));
    });
    afterEach(() => {
      process.env.PATH = saved;
    });

    it('no GPU, not required: a notice and zero GPUs', async () => {
      const s = stepFor({});
      await runGpu(s.step);
      expect(s.step.outputs).toMatchObject({ available: 'false', 'gpu-count': '0', gpus: '[]', 'docker-options': '' });
      expect(s.log()).toContain('::notice title=No GPU::No NVIDIA driver');
    });

    it('no GPU, required: fails with a clear message', async () => {
      const s = stepFor({ require: 'true' });
      await expect(runGpu(s.step)).rejects.toThrow("A GPU is required (require: true), but none is usable: No NVIDIA driver: 'nvidia-smi' was not found on PATH (host).");
    });
  });
});
