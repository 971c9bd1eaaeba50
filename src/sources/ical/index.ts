export { parseIcal, parseIcalBounded } from './ical.js';
