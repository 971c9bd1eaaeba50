export { parseIcal, parseIcalBounded } from './ical.js';
export { calendarAfterNoise } from './read.js';
