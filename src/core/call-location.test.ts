import { describe, expect, it } from 'vitest';
import { saysItIsACall } from './call-location.js';

describe('saysItIsACall', () => {
  it.each([
    '+1 480-555-0147',
    '(602) 555-0188',
    '480.555.0147',
    '+44 (0)20 7946 0958',
    '06 12 34 56 78',
    'tel:+14805550147',
    'Tel: 0161 496 0000',
    'Tel.: 030 1234567',
    'Phone: 555-0147',
    'Call +44 20 7946 0958',
    'Dial-in: +44 20 7946 0958, PIN 1234#',
    'Audio-only: +1 415 555 0100',
    '+1 415 555 0100 ext. 12',
    'Phone call',
    'Phone call (Calendly will call you)',
    'Conference call',
    'Phone',
    'Telefon',
    'Téléphone',
    'Appel téléphonique',
    'Llamada telefónica',
    'По телефону',
    '電話',
    '전화',
  ])('%s is a call', (text) => {
    expect(saysItIsACall(text)).toBe(true);
  });

  it.each([
    '12 High St, Leeds',
    'Room 101',
    'Studio 54',
    'Hall 3',
    '75001',
    '10115 Berlin',
    '1234567', // seven digits, and nothing says it is a number
    '2026-05-01',
    '01.05.2026',
    '85004-1234',
    '52.5200 13.4050',
    '-33.8688 151.2093',
    'The Crown, Tel: 0161 496 0000', // a venue, with its phone number
    'Call Centre, 5 Main St',
    'Phone Box Bar',
    'Callaway Gardens',
    'Telefonica Tower',
    'Zoom',
    '',
  ])('%s is not a call', (text) => {
    expect(saysItIsACall(text)).toBe(false);
  });
});
