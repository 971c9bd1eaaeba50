import { placeAddress } from './address.js';
import { areaOfAddress } from './area.js';
import { nearestPlace, type Place } from './gazetteer.js';
import { haversineKm } from './geo.js';
import { fold } from './text.js';

/** What an event's own text says beside its coordinates. */
export interface PointClues {
  locality: string | null;
  region: string | null;
  country: string | null;
  postalCode: string | null;
}

/**
 * The town and country shown for an event placed by its coordinates (the
 * coordinates themselves are kept): the locality the source states, else
 * the town its address writes when that is within WRITTEN_TOWN_KM of the
 * point (`writtenPlace`; beside a populous nearest point only when the
 * point is rounded: `trustedLabel`), else the nearest gazetteer point — in
 * the country the address writes, when it writes one and the nearest point
 * is across a border (`nearestIn`). A source's own two-letter country wins.
 */
export function labelPoint(lat: number, lon: number, text: string, c: PointClues): Label {
  const near = nearestPlace(lat, lon, { maxKm: LOCALITY_FROM_POINT_KM });
  const stated = c.country && /^[A-Za-z]{2}$/.test(c.country) ? c.country.toUpperCase() : null;
  if (c.locality) return { locality: c.locality, country: stated ?? near?.country ?? null };
  if (near && near.population >= TRUSTED_NEAREST) return trustedLabel(lat, lon, text, c, near, stated);
  const written = writtenPlace(text, c, near?.name ?? null);
  if (written && haversineKm({ lat, lon }, written) <= WRITTEN_TOWN_KM)
    return { locality: written.locality, country: stated ?? written.country };
  const country = near && text ? (written?.country ?? areaOfAddress(text, { region: c.region, postalCode: c.postalCode })?.country) : null;
  const other = country && country !== near!.country ? nearestIn(lat, lon, country, near!.population) : null;
  return { locality: (other ?? near)?.name ?? null, country: stated ?? (other ?? near)?.country ?? null };
}

const LOCALITY_FROM_POINT_KM = 30;

/**
 * The nearest point is trusted as the label from this population: the
 * points that misname an event are small ones near a city or a border
 * (Vatican City beside Rome, Rollingwood beside Austin).
 */
const TRUSTED_NEAREST = 10_000;

/** A written town this close to the point names it better than the nearest town in the gazetteer. */
const WRITTEN_TOWN_KM = 15;

type Label = { locality: string | null; country: string | null };

/**
 * A town this big is what the point is in: reading the address (the costly
 * part, for every placed event) changes nothing. Except for a point rounded
 * to two decimals (Meetup's, up to about a kilometre off), checked first at
 * no cost: a town or district the address writes within
 * WRITTEN_NEAR_TRUSTED_KM names it ("…, Cambridge, MA" beside Boston), and
 * a city district nearest it (GeoNames PPLX: Staré Město, across the river
 * from the Smíchov the address writes) gives way to its city (Prague).
 */
function trustedLabel(lat: number, lon: number, text: string, c: PointClues, near: Place, stated: string | null): Label {
  if (!isRounded(lat) || !isRounded(lon)) return { locality: near.name, country: stated ?? near.country };
  const written = writtenPlace(text, c, near.name);
  if (written && haversineKm({ lat, lon }, written) <= WRITTEN_NEAR_TRUSTED_KM)
    return { locality: written.locality, country: stated ?? written.country };
  const label = near.featureCode === CITY_DISTRICT ? (cityOfDistrict(lat, lon, near) ?? near) : near;
  return { locality: label.name, country: stated ?? label.country };
}

/** GeoNames' "section of populated place": a city district (Staré Město in Prague, Kreuzberg in Berlin). */
const CITY_DISTRICT = 'PPLX';

/** A written place this close to a trusted nearest point names it instead: within the error of rounded coordinates. */
const WRITTEN_NEAR_TRUSTED_KM = 5;

/** Two decimals at most (50.08, 14.43): a point rounded to about a kilometre. */
function isRounded(degrees: number): boolean {
  const hundredths = degrees * 100;
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/** The city a district belongs to: the nearest more populous place that is no district, in the same country. */
function cityOfDistrict(lat: number, lon: number, district: Place): Place | null {
  let population = district.population;
  for (let i = 0; i < BORDER_TRIES; i++) {
    const next = nearestPlace(lat, lon, { maxKm: LOCALITY_FROM_POINT_KM, minPopulation: population + 1 });
    if (!next || next.country !== district.country) return null;
    if (next.featureCode !== CITY_DISTRICT) return next;
    population = next.population;
  }
  return null;
}

/**
 * The place the address writes, to name the point when it is in or near
 * it: a college campus at "…, Austin, TX 78745" whose coordinates lie
 * nearest the small town of Rollingwood is shown in Austin; a hub at "…,
 * 00153 Roma RM, Italy" nearest Vatican City's point is in Rome, Italy.
 * Read only when the address does not already name the nearest town.
 */
function writtenPlace(text: string, c: PointClues, nearest: string | null) {
  if (!text || (nearest !== null && (text.includes(nearest) || fold(text).includes(fold(nearest))))) return null;
  return placeAddress(text, { country: c.country, region: c.region, postalCode: c.postalCode });
}

/** Points tried, each more populous than the last, for one in the written country. */
const BORDER_TRIES = 4;

/**
 * "Example Hub, Italy" at a point nearest Vatican City: the nearest place
 * within LOCALITY_FROM_POINT_KM in the country the address writes, found
 * among ever more populous places (a border's small towns are the nearest);
 * null when none is.
 */
function nearestIn(lat: number, lon: number, country: string, population: number) {
  for (let i = 0; i < BORDER_TRIES; i++) {
    const next = nearestPlace(lat, lon, { maxKm: LOCALITY_FROM_POINT_KM, minPopulation: population + 1 });
    if (!next || next.country === country) return next;
    population = next.population;
  }
  return null;
}
