export { parseIcal } from './ical.js';
