export { classifyAttendance, type FeedAttendanceFacts } from './attendance.js';
export { hidesItsAddress } from './luma.js';
export { sharedLocation } from './shared-location.js';
export { classifyStatus, statusFromTitle, type StatusOptions } from './status.js';
export { isMeetingUrl, isLumaUrl, findMeetingLinks } from './meeting.js';
