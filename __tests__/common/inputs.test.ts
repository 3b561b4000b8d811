import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/common/errors.js';
import { Inputs, inputVariable } from '../../src/common/inputs.js';

const inputs = (values: Record<string, string>) =>
  new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])));

describe('Inputs', () => {
  it('names variables as the runner does', () => {
    expect(inputVariable('source-dir')).toBe('INPUT_SOURCE-DIR');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['  true ', true],
    ['', 'fallback'],
  ])('bool %j → %j', (value, expected) => {
    const got = inputs({ flag: value }).bool('flag', true);
    expect(got).toBe(expected === 'fallback' ? true : expected);
  });

  it.each(['yes', 'on', '1', 'tru', 'TRUE!'])('bool %j is an error naming the input, value and accepted forms', (value) => {
    expect(() => inputs({ test: value }).bool('test', true)).toThrow(InputError);
    expect(() => inputs({ test: value }).bool('test', true)).toThrow(`Input 'test' has an invalid value "${value}": expected a boolean: true or false.`);
  });

  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a\nb\n\nc', ['a', 'b', 'c']],
    [' a , b \r\n c ', ['a', 'b', 'c']],
    ['', []],
  ])('list %j', (value, expected) => {
    expect(inputs({ l: value }).list('l')).toEqual(expected);
  });

  it('lines keeps commas inside a line', () => {
    expect(inputs({ o: 'A=1,2\n\n  B:BOOL=ON  ' }).lines('o')).toEqual(['A=1,2', 'B:BOOL=ON']);
  });

  it.each([
    ['4', 4],
    ['+2', 2],
    ['', 7],
  ])('int %j', (value, expected) => {
    expect(inputs({ n: value }).int('n', 7, 1, 64)).toBe(expected);
  });

  it.each(['four', '1.5', '0', '65', '-1'])('int %j out of form or range is an error', (value) => {
    expect(() => inputs({ parallel: value }).int('parallel', 2, 1, 64)).toThrow(`Input 'parallel' has an invalid value "${value}": expected a whole number from 1 to 64.`);
  });

  it('choice accepts any case and names the choices on error', () => {
    expect(inputs({ c: 'ALWAYS' }).choice('c', ['always', 'never'] as const, 'never')).toBe('always');
    expect(() => inputs({ c: 'sometimes' }).choice('c', ['always', 'never'] as const, 'never')).toThrow('expected one of always, never');
  });

  it.each([
    ['-DA=1 -DB="two words"', ['-DA=1', '-DB=two words']],
    [`--x 'single $(quoted)' ";" a\\ b`, ['--x', 'single $(quoted)', ';', 'a b']],
    ['$(rm -rf /) `id` ; && |', ['$(rm', '-rf', '/)', '`id`', ';', '&&', '|']],
    ['"$(rm -rf /)"', ['$(rm -rf /)']],
    ['"a\tb" ::x', ['a\tb', '::x']],
  ])('words %j split like a shell, kept literal', (value, expected) => {
    expect(inputs({ w: value }).words('w')).toEqual(expected);
  });

  it.each(['"line one\nline two"', "'a\rb'", '-DX=##[warning]y', '"\u001b[31m"'])(
    'a word that would let a tool echoing it print a workflow command is refused: %j',
    (value) => {
      expect(() => inputs({ 'configure-args': value }).words('configure-args')).toThrow(
        /^Input 'configure-args' has an invalid value .*: expected a value without line breaks, control characters or "##\["\.$/,
      );
    },
  );

  it('unbalanced quotes are an error naming the input', () => {
    expect(() => inputs({ 'configure-args': '-DX="open' }).words('configure-args')).toThrow(/Input 'configure-args' has an invalid value .*balanced quotes/);
  });
});
