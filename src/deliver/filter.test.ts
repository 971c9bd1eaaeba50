import { describe, expect, it } from 'vitest';
import { describeFilter, filterVerdict, fold, keywordProblem, parseKeywords } from './filter.js';

const ev = (title: string, description = '') => ({ title, description });

describe('topic filters', () => {
  it.each([
    // include: any keyword, whole words, case and accents folded
    [{ include: ['python', 'rust'], exclude: [] }, ev('Python Brum March'), true, 'matches “python”'],
    [{ include: ['python', 'rust'], exclude: [] }, ev('Talks', 'Bring your RUST questions'), true, 'matches “rust”'],
    [{ include: ['python'], exclude: [] }, ev('Pythonic patterns'), false, 'matches none of the include keywords'],
    [{ include: ['cafe'], exclude: [] }, ev('Café Scientifique'), true, 'matches “cafe”'],
    [{ include: ['Café'], exclude: [] }, ev('CAFE SCIENTIFIQUE'), true, 'matches “Café”'],
    [{ include: ['board games'], exclude: [] }, ev('Board\n  Games night'), true, 'matches “board games”'],
    [{ include: ['c++'], exclude: [] }, ev('Modern C++ in practice'), true, 'matches “c++”'],
    [{ include: ['go'], exclude: [] }, ev('Let’s go bowling: Google talk'), true, 'matches “go”'],
    [{ include: ['go'], exclude: [] }, ev('Google talk'), false, 'matches none of the include keywords'],
    // exclude: none may match, and it wins over include
    [{ include: [], exclude: ['crypto'] }, ev('Crypto & NFTs'), false, 'excluded by “crypto”'],
    [{ include: [], exclude: ['crypto'] }, ev('Cryptography study group'), true, 'no exclude keyword matches'],
    [{ include: ['python'], exclude: ['crypto'] }, ev('Python for crypto traders'), false, 'excluded by “crypto”'],
    [{ include: [], exclude: [] }, ev('Anything'), true, 'no topic filter'],
  ])('%j on %j → %s', (filter, event, pass, reason) => {
    expect(filterVerdict(filter, event)).toEqual({ pass, reason });
  });

  it('reads comma-separated keywords, trimmed, without repeats', () => {
    expect(parseKeywords(' python, Rust ,, rust , board   games ')).toEqual(['python', 'Rust', 'board games']);
    expect(fold('Ærø Straße Zürich')).toBe('ærø strasse zurich');
  });

  it('says what is wrong with keywords', () => {
    expect(keywordProblem([])).toMatch(/at least one keyword/);
    expect(keywordProblem(['x'.repeat(51)])).toMatch(/too long/);
    expect(keywordProblem(['!!!'])).toMatch(/letter or digit/);
    expect(keywordProblem(['python'])).toBeNull();
  });

  it('describes a filter in words', () => {
    expect(describeFilter({ include: [], exclude: [] })).toEqual([['No topic filter: every in-person event in the region is shown.']]);
    expect(describeFilter({ include: ['python', 'rust'], exclude: ['crypto'] })).toEqual([
      [{ bold: 'Include' }, ' (any of): python, rust'],
      [{ bold: 'Exclude' }, ' (none of): crypto'],
    ]);
  });
});
