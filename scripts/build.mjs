// Bundles the actions into dist/ with @vercel/ncc: one shared bundle (dist/index.js) whose per-action modules and
// heavy libraries are separate chunks loaded on demand, a ~100-byte stub per action entry point, the problem
// matchers, the aswf-container shell (dist/bin), and the local runner (dist/cli.js + its own chunk).
// `node scripts/build.mjs --out DIR` builds elsewhere (the dist-is-fresh test compares such a build with dist/).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(entry, dir) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--minify', '--no-source-map-register', '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
bundle('src/index.ts', out);

// The local runner is bundled on its own (it needs a YAML parser the actions do not) and goes to dist/cli/.
const cliTemp = mkdtempSync(join(tmpdir(), 'aswf-cli-'));
bundle('src/local/main.ts', cliTemp);
mkdirSync(join(out, 'cli'), { recursive: true });
for (const file of readdirSync(cliTemp)) renameSync(join(cliTemp, file), join(out, 'cli', file));
rmSync(cliTemp, { recursive: true, force: true });
const cliMain = join(out, 'cli', 'index.js');
const cliCode = readFileSync(cliMain, 'utf8');
if (!cliCode.startsWith('#!')) writeFileSync(cliMain, '#!/usr/bin/env node\n' + cliCode);
writeFileSync(join(out, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n");

cpSync(join(root, 'src', 'matchers'), join(out, 'matchers'), { recursive: true });
// The shell for run: steps in the job's container (shell: aswf-container {0}): the container action puts dist/bin on PATH.
cpSync(join(root, 'src', 'shell', 'bin'), join(out, 'bin'), { recursive: true });
chmodSync(join(out, 'bin', 'aswf-container'), 0o755);

// One stub per action phase: dist/<action>.js (main) and dist/<action>-post.js when the action has a post step.
for (const file of readdirSync(join(root, 'src', 'actions')).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.slice(0, -3);
  const source = readFileSync(join(root, 'src', 'actions', file), 'utf8');
  // process.exit: a request the action gave up on (a stalled cache service) must not keep the step alive.
  const stub = (phase) => `import { run } from './index.js';\nawait run('${name}', '${phase}');\nprocess.exit();\n`;
  writeFileSync(join(out, `${name}.js`), stub('main'));
  if (/export (const|async function|function) post\b/.test(source)) writeFileSync(join(out, `${name}-post.js`), stub('post'));
}
if (!existsSync(join(out, 'index.js'))) throw new Error('ncc produced no index.js');
