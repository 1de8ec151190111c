import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './csv.js';

describe('the CSV formula guard', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
    '\0=1',
    '\0',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    ' =HYPERLINK("x")',
    '  \u00a0@cmd',
    '\u3000＝1',
  ])('quotes %j so a spreadsheet keeps it as text', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Find housing', '', '2026-05-01', 'A = B', 'e-mail the GP', 'name@example.test', '1+1', ' plain'])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
