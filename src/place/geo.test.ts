import { describe, expect, it } from 'vitest';
import { resolveRegion } from './region.js';
import { boundingBox, haversineKm, inBoundingBox, mapUrl, timezoneAt } from './geo.js';
import { lookupPlace } from './gazetteer.js';
import { fold, editDistance } from './text.js';

function place(name: string, country: string) {
  const p = lookupPlace(name, { country });
  if (!p) throw new Error(`${name} missing`);
  return p;
}

describe('distances', () => {
  it('puts Birmingham and Coventry about 27–30 km apart', () => {
    const km = haversineKm(place('Birmingham', 'GB'), place('Coventry', 'GB'));
    expect(km).toBeGreaterThan(27);
    expect(km).toBeLessThan(30);
  });

  it('measures London–New York at about 5 570 km', () => {
    expect(haversineKm(place('London', 'GB'), place('New York', 'US'))).toBeCloseTo(5570, -2);
  });
});

describe('timezones', () => {
  it.each([
    ['Birmingham', 'Europe/London'],
    ['Nairobi', 'Africa/Nairobi'],
    ['Townsville', 'Australia/Brisbane'],
    ['Birmingham, AL', 'America/Chicago'],
    ['Cottbus', 'Europe/Berlin'],
  ])('%s → %s', (input, zone) => {
    const r = resolveRegion(input);
    expect(r.ok && r.value.timezone).toBe(zone);
  });

  it('answers null for impossible coordinates', () => {
    expect(timezoneAt(91, 0)).toBeNull();
    expect(timezoneAt(Number.NaN, 0)).toBeNull();
  });
});

describe('boundingBox', () => {
  it('contains every point of the circle and excludes far ones', () => {
    const b = place('Birmingham', 'GB');
    const box = boundingBox(b.lat, b.lon, 30);
    expect(inBoundingBox(box, place('Coventry', 'GB'))).toBe(true);
    expect(inBoundingBox(box, place('London', 'GB'))).toBe(false);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180;
      const p = {
        lat: b.lat + (29.9 / 111.2) * Math.cos(rad),
        lon: b.lon + ((29.9 / 111.2) * Math.sin(rad)) / Math.cos((b.lat * Math.PI) / 180),
      };
      expect(haversineKm(b, p)).toBeLessThan(30.5);
      expect(inBoundingBox(box, p)).toBe(true);
    }
  });

  it('wraps across the antimeridian and opens up at the poles', () => {
    const fiji = boundingBox(-17.7, 179.9, 50);
    expect(fiji.minLon).toBeGreaterThan(fiji.maxLon);
    expect(inBoundingBox(fiji, { lat: -17.7, lon: -179.9 })).toBe(true);
    expect(inBoundingBox(fiji, { lat: -17.7, lon: 0 })).toBe(false);
    expect(boundingBox(89.9, 0, 50)).toMatchObject({ minLon: -180, maxLon: 180, maxLat: 90 });
  });
});

describe('mapUrl', () => {
  it('links a point on OpenStreetMap', () => {
    expect(mapUrl(52.48142, -1.89983)).toBe('https://www.openstreetmap.org/?mlat=52.48142&mlon=-1.89983#map=16/52.48142/-1.89983');
  });

  it('searches for an address without coordinates', () => {
    expect(mapUrl(null, null, 'Inspace, 1 Crichton Street, EH8 9AB')).toBe(
      'https://www.openstreetmap.org/search?query=Inspace%2C%201%20Crichton%20Street%2C%20EH8%209AB',
    );
    expect(mapUrl(null, null, '  ')).toBeNull();
  });
});

describe('text folding', () => {
  it.each([
    ['Stoke-on-Trent', 'stoke on trent'],
    ["St. John's", 'saint johns'],
    ['Düsseldorf', 'dusseldorf'],
    ['Straße', 'strasse'],
    ['Washington, D.C.', 'washington dc'],
    ['U.K.', 'uk'],
    // plain ASCII and already-simple names take quicker paths; these pin where they end
    ['', ''],
    ['   ', ''],
    ['birmingham', 'birmingham'],
    ['St Albans', 'saint albans'],
    ['mt st ste', 'mount saint sainte'],
    ['Stanley Street', 'stanley street'],
    ['best st', 'best saint'],
    ['  Leeds\t\u00a0 City ', 'leeds city'],
    ['Łódź', 'lodz'],
    ['İstanbul', 'istanbul'],
    ['Ærøskøbing', 'aeroskobing'],
    ['東京', '東京'],
  ])('%s → %s', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });

  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('brimingham', 'birmingham', 2)).toBe(1);
    expect(editDistance('edinbra', 'edinburgh', 2)).toBe(3);
  });
});
