/** Small helpers for log lines and job-summary markdown. */

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Untrusted text as a markdown table cell (or inline in summary markdown): one line, no HTML, no pipe that breaks
 * the row, no link, image, emphasis or code span a value could smuggle in.
 */
export function cell(text: string): string {
  return escapeHtml(safe(text)).replace(/[\\`*_[\]|!~#]/g, (c) => `\\${c}`);
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** A collapsed block holding preformatted text. */
export function details(summary: string, text: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n<pre>${escapeHtml(text)}</pre>\n</details>\n`;
}

export function tail(text: string, lines: number): string {
  const all = text.replace(/\s+$/, '').split(/\r?\n/);
  return all.slice(-lines).join('\n');
}

// Line breaks as the runner splits on them, and the other C0/C1 controls (ANSI escapes could hide text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const ZWSP = '\u200b';

/**
 * Untrusted text (an input, a branch, tag or file name, a URL, a PR title) made safe to write to the log, alone or
 * inside a line: it stays on one line (CR, LF and the other control characters are shown escaped, e.g. `\n`), it
 * cannot start a workflow command (`::name::`, the runner's test after trimming leading white space) and it carries
 * no legacy `##[command]`. A zero-width space breaks those markers, so the text reads as it was. This is the one
 * place untrusted text goes through before any log line; `cell` does the same for job-summary markdown.
 */
export function safe(text: string): string {
  const oneLine = text.replace(/\r\n/g, '\\r\\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return oneLine.replace(/##\[/g, `##${ZWSP}[`).replace(/^(\s*):(?=:)/, `$1:${ZWSP}`);
}
