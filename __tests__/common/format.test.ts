import { cell, safe } from '../../src/common/format.js';
import { isTrustedEvent } from '../../src/common/event.js';

describe('safe (untrusted text in the log)', () => {
  const startsCommand = (line: string) => /^\s*::/.test(line) || line.includes('##[');

  test.each([
    ['x\r\n::warning::owned', 'x\\r\\n::warning::owned'],
    ['::add-mask::a', ':\u200b:add-mask::a'],
    ['  ::error::x', '  :\u200b:error::x'],
    ['##[group]x', '##\u200b[group]x'],
    ['a\u2028::set-env::b', 'a\\u2028::set-env::b'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['plain text: a::b', 'plain text: a::b'],
  ])('%j', (input, expected) => {
    const out = safe(input);
    expect(out).toBe(expected);
    for (const line of out.split(/\r\n|\r|\n/)) expect(startsCommand(line)).toBe(false);
  });

  test('as a cell it is one markdown-inert line', () => {
    expect(cell('a|b\n::x::[l](http://e)<img>')).toBe('a\\|b\\\\n::x::\\[l\\](http://e)&lt;img&gt;');
  });
});

describe('trusted events', () => {
  test.each(['push', 'schedule', 'workflow_dispatch', 'release'])('%s is trusted', (e) => expect(isTrustedEvent(e)).toBe(true));
  test.each(['pull_request', 'pull_request_target', 'merge_group', 'workflow_run', 'issue_comment', 'made_up', ''])('%s is not', (e) =>
    expect(isTrustedEvent(e)).toBe(false),
  );
});
