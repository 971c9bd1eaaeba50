export { classifyAttendance } from './attendance.js';
export { classifyStatus, statusFromTitle, type StatusOptions } from './status.js';
export { isMeetingUrl, isLumaUrl, findMeetingLinks } from './meeting.js';
