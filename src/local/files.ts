import { existsSync, readFileSync } from 'node:fs';

/** Reads a runner file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE); an absent file holds nothing. */
export function readFileCommands(file: string): Record<string, string> {
  return existsSync(file) ? parseFileCommands(readFileSync(file, 'utf8'), file) : {};
}

/** Parses file commands: `name<<DELIM` blocks or `name=value` lines. */
export function parseFileCommands(text: string, file = 'file commands'): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`${file}: no closing delimiter for ${name}`);
      values[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** Decodes a workflow command's escaped data (%25, %0D, %0A; in properties also %3A, %2C). */
export function unescapeCommand(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

export interface WorkflowCommand {
  name: string;
  props: Record<string, string>;
  message: string;
}

/** Parses a `::name key=value,...::message` line, or returns undefined for an ordinary line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  // The runner trims leading white space before it looks for `::`.
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (!m) return undefined;
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) props[pair.slice(0, eq).trim()] = unescapeCommand(pair.slice(eq + 1));
  }
  return { name: m[1]!, props, message: unescapeCommand(m[3]!) };
}
