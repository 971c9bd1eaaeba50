import { describe, expect, it } from 'vitest';
import type { EventPlacement } from '../core/placement.js';
import { venueAndAddress } from './location.js';

// The place stage's answer, stubbed: the event was placed in the town written first.
const placement: EventPlacement = { lat: 1, lon: 1, locality: 'Townsk', country: 'RU', timezone: 'Europe/Moscow', placedBy: 'address' };
const town = { placement, namesTown: (part: string) => ['Городок', 'г. Городок', 'Townsk'].includes(part) };

describe('venueAndAddress: a town written first is no venue', () => {
  it.each([
    ['Городок, Примерный б-р, 11, Строение 6 (Корпус Z), вход 4, Центр Искусств', 'Центр Искусств'],
    ['Городок, ул. Образцовая 5, корпус Б, Дом культуры «Пример»', 'Дом культуры «Пример»'],
    ['г. Городок, Тестовый пер., 5, Малый зал', 'Малый зал'],
    ['Городок, ул. Образцовая 5, корпус 2', null],
    ['Городок, ул. Образцовая 5, подъезд 3', null],
    ['Городок, ул. Образцовая 5, этаж 4', null],
    ['Городок, Примерный б-р, 11, вход с Образцовой улицы', null],
    ['Городок, Примерный б-р, 11', null],
    ['Townsk, 12 Main St, Level 3', null],
    ['Townsk, LA', null],
    ['Townsk, Louisiana', null],
    // not the placed town, or no street after it: read as before
    ['Клуб «Пример», ул. Образцовая 7, Городок', 'Клуб «Пример»'],
    ['Blue Heron Tavern, LA', 'Blue Heron Tavern'],
    ['Library, 5 High St, Townsk', 'Library'],
  ])('%j has venue %j', (text, venue) => {
    expect(venueAndAddress(null, text, town).venue).toBe(venue);
  });

  it('without the place stage’s answer the first part is read as before', () => {
    expect(venueAndAddress(null, 'Городок, Примерный б-р, 11', { placement }).venue).toBe('Городок');
  });
});
