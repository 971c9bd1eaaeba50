/**
 * Offline places: the GeoNames gazetteer, channel regions, venue placement
 * from addresses, and geometry/time-zone helpers. Nothing here touches the
 * network; the gazetteer loads lazily on first use.
 */
export {
  gazetteerLoadInfo,
  loadGazetteer,
  lookupPlace,
  lookupPlaces,
  matchesConstraints,
  nearestPlace,
  placeLabel,
  searchPlaces,
  similarPlaces,
  type Place,
  type PlaceConstraints,
  type PlaceFilter,
} from './gazetteer.js';
export type { LoadInfo, LoadOptions } from './gazetteer-cache.js';
export { resolveRegion, MAX_RADIUS_KM, MIN_RADIUS_KM, type Region } from './region.js';
export { placeAddress, type AddressHints, type AddressPlacement } from './address.js';
export { areaOfAddress, type AddressArea } from './area.js';
export {
  placeByOwnClues,
  placeByVenueName,
  placeEvent,
  preferHomeCountry,
  type FeedPlaceContext,
  type PlaceClues,
  type PlaceOptions,
} from './event.js';
export { knownVenue, venueKey } from './venues.js';
export { cityOfTitle } from './title-city.js';
export { nativeTownName } from './native-script.js';
export { namesPlacedTown } from './placed-town.js';
export { resolveFeedPlace } from './feed-place.js';
export { channelRegion } from './eligibility.js';
export { homeFromCalendar, homeFromEvents, inferHomeArea } from './home.js';
export { boundingBox, haversineKm, inBoundingBox, mapUrl, timezoneAt, type BoundingBox, type LatLon } from './geo.js';
export { GEONAMES_ATTRIBUTION } from './attribution.js';
