// Regenerates the input/output tables of README.md from the action.yml files, between the markers
//   <!-- action-docs:NAME --> ... <!-- /action-docs:NAME -->     (NAME: an action folder, or "root")
// `node scripts/docs.mjs` rewrites README.md; `node scripts/docs.mjs --check` exits 1 when it is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

export function actionTables(name) {
  const file = name === 'root' ? join(root, 'action.yml') : join(root, name, 'action.yml');
  const meta = parse(readFileSync(file, 'utf8'));
  const lines = ['| input | default | description |', '| --- | --- | --- |'];
  for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
    const def = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${input}\` | ${def} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [output, spec] of Object.entries(meta.outputs ?? {})) lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export function renderReadme(text) {
  return text.replace(/(<!-- action-docs:([a-z-]+) -->)[\s\S]*?(<!-- \/action-docs:\2 -->)/g, (_, open, name, close) => {
    const exists = name === 'root' || existsSync(join(root, name, 'action.yml'));
    return `${open}\n${exists ? actionTables(name) : `(no ${name}/action.yml)`}\n${close}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = join(root, 'README.md');
  const current = readFileSync(readme, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md tables are out of date: run node scripts/docs.mjs');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readme, next);
  }
}
