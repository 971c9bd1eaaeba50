import { describe, expect, it } from 'vitest';
import { jsonRows, jsonRowsSliced, sqlValue } from './bulk-sql.js';

/** The JSON parameter of PostgreSQL's bulk writes, read back as the database reads it. */
describe('jsonRows', () => {
  const columns = ['title', 'start', 'lat', 'allDay', 'venue', 'version'] as const;

  it('writes each row with exactly its columns: text escaped, dates as UTC ISO text, no value as null', () => {
    const rows = [
      {
        title: 'Café "Night" \\ Ünïcode 🎉\n',
        start: new Date('2030-04-01T18:00:00.250Z'),
        lat: 52.48,
        allDay: false,
        venue: null,
        version: 3,
        extra: 'x',
      },
      { title: '', start: new Date('2030-04-02T00:00:00Z'), lat: Number.NaN, allDay: true, venue: undefined, version: 0 },
    ];
    expect(JSON.parse(jsonRows(columns, rows))).toEqual([
      { title: 'Café "Night" \\ Ünïcode 🎉\n', start: '2030-04-01T18:00:00.250Z', lat: 52.48, allDay: false, venue: null, version: 3 },
      { title: '', start: '2030-04-02T00:00:00.000Z', lat: null, allDay: true, venue: null, version: 0 },
    ]);
  });

  it('writes no rows as an empty list', () => {
    expect(jsonRows(columns, [])).toBe('[]');
  });

  it('turns a lone surrogate half into U+FFFD, and leaves text that only looks like an escape alone', () => {
    const rows = [{ title: 'cut \ud83d here', venue: 'literal \\ud83d text' }];
    expect(JSON.parse(jsonRows(['title', 'venue'], rows))).toEqual([{ title: 'cut \ufffd here', venue: 'literal \\ud83d text' }]);
  });
});

describe('jsonRowsSliced', () => {
  it('writes many rows in pieces as one list, the same text jsonRows writes', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => ({
      title: `Talk ${i} \ud83d`,
      start: new Date(Date.UTC(2030, 3, 1, 18, i)),
      lat: i / 7,
    }));
    const text = await jsonRowsSliced(['title', 'start', 'lat'], rows);
    expect(text).toBe(jsonRows(['title', 'start', 'lat'], rows));
    expect(JSON.parse(text)).toHaveLength(1234);
    expect(await jsonRowsSliced(['title'], [])).toBe('[]');
  });
});

describe('sqlValue', () => {
  it('writes a date as Prisma does on each database, the same time twice alike', () => {
    const at = new Date('2030-04-01T18:00:00Z');
    expect(sqlValue('sqlite', at)).toBe('2030-04-01T18:00:00.000+00:00');
    expect(sqlValue('postgres', at)).toBe('2030-04-01T18:00:00.000');
    expect(sqlValue('sqlite', new Date(at))).toBe('2030-04-01T18:00:00.000+00:00');
    expect(sqlValue('sqlite', true)).toBe(1);
    expect(sqlValue('postgres', true)).toBe(true);
  });
});
