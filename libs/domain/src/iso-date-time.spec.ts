import { parseIsoDateTime } from './iso-date-time';

describe('parseIsoDateTime', () => {
  it.each([
    ['2025-03-06T09:00:00Z', '2025-03-06T09:00:00.000Z'],
    ['2025-03-06T09:00:00.123Z', '2025-03-06T09:00:00.123Z'],
    ['2025-03-06T09:00:00+02:00', '2025-03-06T07:00:00.000Z'],
    ['2025-03-06T09:00:00-0130', '2025-03-06T10:30:00.000Z'],
    ['2025-03-06T09:00Z', '2025-03-06T09:00:00.000Z'],
    ['2025-03-06', '2025-03-06T00:00:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['2027-12-31T00:00:00Z', '2027-12-31T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['a day the month does not have', '2025-02-30T00:00:00Z'],
    ['29 February outside a leap year', '2025-02-29'],
    ['month 13', '2025-13-01T00:00:00Z'],
    ['day 0', '2025-03-00'],
    ['hour 24', '2025-03-06T24:00:00Z'],
    ['minute 60', '2025-03-06T09:60:00Z'],
    ['a six-digit year', '+099999-01-01T00:00:00Z'],
    ['a word', 'yesterday'],
    ['a date in another format', '06/03/2025'],
    ['an hour-only offset', '2025-03-06T09:00:00+02'],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_what, text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });

  it('refuses what is not a string: a number of milliseconds, null, a Date', () => {
    expect(parseIsoDateTime(1700000000000)).toBeNull();
    expect(parseIsoDateTime(null)).toBeNull();
    expect(parseIsoDateTime(new Date())).toBeNull();
  });
});
