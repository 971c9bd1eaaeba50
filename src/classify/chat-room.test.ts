import { describe, expect, it } from 'vitest';
import type { Attendance } from '../core/event.js';
import { emptyParsedEvent } from '../sources/types.js';
import { classifyAttendance } from './attendance.js';

// Lesson from a student hacklab's calendar and the forms hackerspace, CCC and LUG calendars write: a location that
// names a chat or meeting service and the group's room on it ("Discord HackLab ESGI") had been read as a place, and
// the online session posted in person at the feed's home. Synthetic locations of our own, in the same shapes.
const attendanceAt = (locationText: string): Attendance =>
  classifyAttendance(emptyParsedEvent({ uid: 'u', title: 'Talk night', start: new Date('2026-05-02T18:00:00Z'), locationText }));

describe('classifyAttendance: a group’s room on a chat or meeting service', () => {
  it.each([
    // the service, then the group's or room's name
    'Discord Example Lab',
    'Discord Example Lab ESGI',
    'Zoom Example Lab ESGI',
    'Jitsi Example Lab',
    'Twitch example_lab',
    'Mumble Hackertreff',
    'BBB',
    'BBB Hackertreff',
    'Big Blue Button Raum',
    'BigBlueButton Raum 1',
    'Google Meet Example Lab',
    'Webex Example Lab',
    'TeamSpeak Hackertreff',
    'Microsoft Teams Example Lab',
    'Teams Example Lab',
    'YouTube-Kanal des Hackertreff',
    // the group's name, then a service that names nothing else
    'Example Lab ESGI Discord',
    'Hackertreff-Mumble',
    // German and French forms
    'Discord-Server des Hackertreff',
    'auf unserem Discord',
    'im BBB-Raum der Fachschaft',
    'Jitsi-Raum Hackertreff',
    'Matrix-Raum des Hackertreff',
    'salon Discord du Example Lab',
    'sur le serveur Discord Example Lab',
    'on our Discord server',
    // a Matrix room's address
    'Matrix #hackertreff:matrix.example.org',
    '#hackertreff:matrix.example.org',
  ])('"%s" → online', (location) => {
    expect(attendanceAt(location)).toBe('online');
  });

  it.each([
    // a venue named after a service, with its street, number, postcode or town, or a kind of venue
    'Zoom Café, 5 High St',
    'Zoom Café',
    'Matrix Hall, Birmingham',
    'Matrix Room',
    'Club Matrix',
    'Matrix',
    'Teams Arena',
    'Discord Bar Berlin',
    'Café Zoom',
    'Kino Zoom',
    'Zoom Kinocenter',
    'YouTube Theater',
    'Discord Hauptstraße 5',
    'Zoom 12 Market St',
    'Discord Lounge, 75011 Paris',
    'Twitch HQ',
    // a room of a building, and places with no service at all
    'Example Lab ESGI, A07',
    'Example Lab ESGI',
    'Room 317',
    'Raum 5',
  ])('"%s" → in person', (location) => {
    expect(attendanceAt(location)).toBe('in_person');
  });
});
