import { describe, expect, it } from 'vitest';
import { describeCaptured } from '../../test/helpers/captured.js';
import type { Attendance } from '../core/event.js';
import { icalEvents, parsedFromIcal } from '../normalise/test-fixtures.js';
import { emptyParsedEvent, type ParsedEvent } from '../sources/types.js';
import { classifyAttendance } from './attendance.js';
import { sharedLocation } from './shared-location.js';

const event = (over: Partial<ParsedEvent>): ParsedEvent =>
  emptyParsedEvent({ uid: 'u', title: 'Talk night', start: new Date('2024-05-02T18:00:00Z'), ...over });

function tally(file: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of icalEvents(file)) {
    const a = classifyAttendance(parsedFromIcal(e));
    counts[a] = (counts[a] ?? 0) + 1;
  }
  return counts;
}

describeCaptured('classifyAttendance on real calendars', () => {
  it.each([
    // "Online event" + the group's home GEO: coordinates do not make it in person
    ['meetup-group-pyberlin-online.ics', { online: 1 }],
    // LOCATION:mumble.openspeak.cc port: 64747
    ['hackerpublicradio-rdate-online-london.ics', { online: 1 }],
    // luma.com/event URLs without GEO + "Google meet" → online; street addresses → in person; "Kenya" alone → unknown;
    // the 2 "external" events (ticketing/website URL + GEO) and the 2 whose "Address:" only guests see → in person
    ['luma-calendar-nairobidevops.ics', { online: 36, in_person: 28, unknown: 2 }],
    // only the first event has a LOCATION; the others have GEO alone → unknown
    ['meetup-group-detroitruby.ics', { in_person: 1, unknown: 5 }],
    ['meetup-group-angularjs-edinburgh.ics', { in_person: 1 }],
    ['google-calendar-python-glasgow.ics', { in_person: 1 }],
    ['eventbrite-event-casscot13-glasgow.ics', { in_person: 1 }],
    ['lanyrd-event-sotmscot2013-edinburgh.ics', { in_person: 1 }],
    ['wordpress-ai1ec-fablab-cottbus.ics', { in_person: 26, unknown: 2 }],
    // empty LOCATION: / no LOCATION at all
    ['thunderbird-recurring-one-occurrence-cancelled.ics', { unknown: 2 }],
    ['discourse-calendar-machbar-no-dtend.ics', { unknown: 4 }],
  ])('%s → %o', (file, expected) => {
    expect(tally(file)).toEqual(expected);
  });

  it('Luma online events are online whether the parser keeps the URL as text or as locationUrl', () => {
    const online = icalEvents('luma-calendar-nairobidevops.ics').find((e) => e.LOCATION?.startsWith('https://luma.com/event/'))!;
    expect(classifyAttendance(event({ locationText: online.LOCATION! }))).toBe('online');
    expect(classifyAttendance(event({ locationUrl: online.LOCATION! }))).toBe('online');
  });

  it('the Luma "external" event with a website URL and a GEO is in person at the GEO', () => {
    const external = icalEvents('luma-calendar-nairobidevops.ics').find((e) => e.LOCATION === 'https://www.devopssummit.africa/')!;
    expect(external.GEO).toBeDefined();
    expect(classifyAttendance(parsedFromIcal(external))).toBe('in_person');
  });
});

describe('classifyAttendance rules', () => {
  it.each<[string, Partial<ParsedEvent>, Attendance]>([
    // 1. structured mode wins
    ['JSON-LD Offline', { attendanceMode: 'offline', locationText: 'UT' }, 'in_person'],
    ['JSON-LD Online even with an address', { attendanceMode: 'online', locationText: '1 Main St, Provo' }, 'online'],
    ['JSON-LD Mixed', { attendanceMode: 'mixed' }, 'hybrid'],
    // The Events Calendar's default Offline, on a webinar with no place
    ['JSON-LD Offline, no place, a webinar', { attendanceMode: 'offline', title: 'Webinar: How to Use BirdCast' }, 'online'],
    ['JSON-LD Offline, no place at all', { attendanceMode: 'offline', title: 'Spring walk' }, 'unknown'],
    ['a title starting "Online:"', { title: 'Online: Python pub quiz' }, 'online'],
    ['a title naming an online get-together', { title: 'Online-Stammtisch' }, 'online'],
    ['a title naming a digital get-together', { title: 'Digitaler Stammtisch' }, 'online'],
    ['a French meetup named virtual', { title: 'Meetup AWS virtuel #13 - Serverless' }, 'online'],
    ['a French meetup named online', { title: 'Rencontre Python en ligne' }, 'online'],
    ['a French meetup about the virtual', { title: 'Meetup réalité virtuelle' }, 'unknown'],
    ['a digital-industry meetup', { title: 'Brum Digital Meetup' }, 'unknown'],
    ['a virtual-reality meetup', { title: 'Virtual Reality Meetup' }, 'unknown'],
    // a call on a meeting service named in the title (a school team's calendar)
    ['a Zoom meeting', { title: 'VARSITY ZOOM MEETING' }, 'online'],
    ['a book club on Zoom', { title: 'Book club on Zoom' }, 'online'],
    ['a zoom-lens workshop', { title: 'Zoom lens workshop' }, 'unknown'],
    ['a teams meeting of a league', { title: 'Captains and teams meeting' }, 'unknown'],
    // title tags and a leading word in other scripts
    ['"[Онлайн]" tag', { title: '[Онлайн] Лекция о Python' }, 'online'],
    ['"【オンライン】" tag', { title: '【オンライン】Go勉強会' }, 'online'],
    ['"（線上）" tag', { title: '桌遊之夜（線上）' }, 'online'],
    ['"[온라인]" tag', { title: '[온라인] 정기 모임' }, 'online'],
    ['a title starting "Онлайн-"', { title: 'Онлайн-лекция о Python' }, 'online'],
    ['a tag naming something else', { title: '[Лекция] Онлайн-школы сегодня' }, 'unknown'],
    ['a talk about online life', { title: 'Лекция: жизнь онлайн' }, 'unknown'],
    ['status moved-online', { status: 'moved-online', locationText: 'CodeBase, Edinburgh' }, 'online'],
    // 2. meeting links
    ['Zoom link as location', { locationText: 'https://us02web.zoom.us/j/123456789?pwd=abc' }, 'online'],
    ['Google Meet link', { locationUrl: 'https://meet.google.com/abc-defg-hij' }, 'online'],
    ['Teams link', { locationUrl: 'https://teams.microsoft.com/l/meetup-join/19%3a' }, 'online'],
    ['Jitsi', { locationText: 'https://meet.jit.si/PyGlasgow' }, 'online'],
    ['YouTube live', { locationText: 'https://www.youtube.com/live/abc' }, 'online'],
    ['Twitch', { locationText: 'https://twitch.tv/somechannel' }, 'online'],
    ['Discord invite', { locationText: 'https://discord.gg/abc123' }, 'online'],
    ['Gather', { locationText: 'https://app.gather.town/app/x/y' }, 'online'],
    // sweep t23: a spec group's meetings at an UberConference room had been "unknown"
    ['UberConference', { locationText: 'https://www.uberconference.com/spdx-tech' }, 'online'],
    ['Dialpad Meetings', { locationText: 'https://meetings.dialpad.com/room/acme' }, 'online'],
    [
      'meeting link + a street address → hybrid',
      { locationUrl: 'https://zoom.us/j/1', locationText: 'CodeBase, 38 Castle Terrace, Edinburgh' },
      'hybrid',
    ],
    ['meeting link + "Online event" → online', { locationUrl: 'https://zoom.us/j/1', locationText: 'Online event' }, 'online'],
    ['meeting link + GEO still online', { locationText: 'https://whereby.com/room', lat: 55.9, lon: -3.2 }, 'online'],
    // 3. online words as the location
    ['"Online event"', { locationText: 'Online event' }, 'online'],
    ['"Online"', { locationText: 'online' }, 'online'],
    ['"Virtual"', { locationText: 'Virtual' }, 'online'],
    ['"Webinar"', { locationText: 'Webinar' }, 'online'],
    ['"Livestream"', { locationText: 'Livestream' }, 'online'],
    ['"Zoom (link sent after RSVP)"', { locationText: 'Zoom (link sent after RSVP)' }, 'online'],
    ['"Microsoft Teams"', { locationText: 'Microsoft Teams' }, 'online'],
    ['a mumble server', { locationText: 'mumble.openspeak.cc port: 64747' }, 'online'],
    // … in the other languages feeds are written in
    ['"En ligne — Pokémon GO"', { locationText: 'En ligne — Pokémon GO' }, 'online'],
    ['"Online-Veranstaltung"', { locationText: 'Online-Veranstaltung' }, 'online'],
    ['"Visioconférence"', { locationText: 'Visioconférence' }, 'online'],
    ['"En línea"', { locationText: 'En línea' }, 'online'],
    ['"Videoconferenza su Zoom"', { locationText: 'Videoconferenza su Zoom' }, 'online'],
    ['"Transmissão online pelo Google Meet"', { locationText: 'Transmissão online pelo Google Meet' }, 'online'],
    ['"Transmissão ao vivo pelo YouTube"', { locationText: 'Transmissão ao vivo pelo YouTube' }, 'online'],
    ['"Transmisión en vivo por YouTube"', { locationText: 'Transmisión en vivo por YouTube' }, 'online'],
    ['"Spotkanie online przez Teams"', { locationText: 'Spotkanie online przez Teams' }, 'online'],
    ['"Çevrimiçi (Zoom)"', { locationText: 'Çevrimiçi (Zoom)' }, 'online'],
    ['"Online qua Google Meet"', { locationText: 'Online qua Google Meet' }, 'online'],
    ['a venue with a stream', { locationText: 'Teatro Municipal, transmissão ao vivo pelo YouTube' }, 'hybrid'],
    ['"オンライン開催"', { locationText: 'オンライン開催' }, 'online'],
    ['"オンライン（Zoom）"', { locationText: 'オンライン（Zoom）' }, 'online'],
    ['"온라인"', { locationText: '온라인' }, 'online'],
    // … and in other scripts
    ['"Онлайн"', { locationText: 'Онлайн' }, 'online'],
    ['"онлайн-встреча"', { locationText: 'онлайн-встреча' }, 'online'],
    ['"Онлайн-трансляция"', { locationText: 'Онлайн-трансляция' }, 'online'],
    ['"Вебинар"', { locationText: 'Вебинар' }, 'online'],
    ['"Διαδικτυακά"', { locationText: 'Διαδικτυακά' }, 'online'],
    ['"אונליין"', { locationText: 'אונליין' }, 'online'],
    ['"أونلاين"', { locationText: 'أونلاين' }, 'online'],
    ['"ออนไลน์"', { locationText: 'ออนไลน์' }, 'online'],
    ['"ऑनलाइन"', { locationText: 'ऑनलाइन' }, 'online'],
    ['"비대면 (ZOOM)"', { locationText: '비대면 (ZOOM)' }, 'online'],
    ['"온라인 행사"', { locationText: '온라인 행사' }, 'online'],
    ['"線上活動（Google Meet）"', { locationText: '線上活動（Google Meet）' }, 'online'],
    ['"线上活动"', { locationText: '线上活动' }, 'online'],
    ['"線上直播"', { locationText: '線上直播' }, 'online'],
    ['"【オンライン】"', { locationText: '【オンライン】' }, 'online'],
    ['"オンラインイベント"', { locationText: 'オンラインイベント' }, 'online'],
    ['"ウェビナー"', { locationText: 'ウェビナー' }, 'online'],
    // a place named with the word is a place: an online café, a club called "Online", a hall for events
    ['"Онлайн-кафе «Пример», Москва"', { locationText: 'Онлайн-кафе «Пример», Москва' }, 'in_person'],
    ['"Клуб «Онлайн», ул. Примерная, 1"', { locationText: 'Клуб «Онлайн», ул. Примерная, 1' }, 'in_person'],
    ['"活動中心"', { locationText: '活動中心' }, 'in_person'],
    ['"イベントホール"', { locationText: 'イベントホール' }, 'in_person'],
    ['"Online: Discord server"', { locationText: 'Online: Discord server' }, 'online'],
    // online, then a sentence about the link (a "Где:" label's value)
    ['"онлайн, ссылка придёт после регистрации"', { locationText: 'онлайн, ссылка придёт после регистрации' }, 'online'],
    ['"Online, the Zoom link comes after registration"', { locationText: 'Online, the Zoom link comes after registration' }, 'online'],
    ['"Online, CodeBase Edinburgh" (a place after it)', { locationText: 'Online, CodeBase Edinburgh' }, 'in_person'],
    ['"Online, 3 Queen St" (an address after it)', { locationText: 'Online, 3 Queen St' }, 'in_person'],
    ['hybrid named in the location', { locationText: 'Hybrid: CodeBase, Edinburgh' }, 'hybrid'],
    ['place and online in the location', { locationText: 'CodeBase, Edinburgh & online' }, 'hybrid'],
    // 4. other URLs
    ['Luma page, no GEO, no address', { locationUrl: 'https://lu.ma/abc123' }, 'online'],
    [
      'Luma page whose venue only guests see ("Address:" block)',
      {
        locationText: 'https://luma.com/event/evt-EXcIHinyJJ6Y8F7',
        description: 'Get up-to-date information at: https://luma.com/x\n\nAddress:\nCheck event page for more details.\n\nHosted by Arvin',
      },
      'in_person',
    ],
    [
      'Luma page whose venue only guests see, kept as the link',
      {
        locationUrl: 'https://luma.com/event/evt-EXcIHinyJJ6Y8F7',
        description: 'Get up-to-date information at: https://luma.com/x\n\nAddress:\nCheck event page for more details.',
      },
      'in_person',
    ],
    [
      'a page of another site with an "Address:" block',
      {
        locationUrl: 'https://tickets.example/e/1',
        description: 'Address:\nCheck event page for more details.',
      },
      'unknown',
    ],
    [
      'Luma page whose venue only guests see, with the coordinates Luma gives it',
      {
        locationText: 'https://luma.com/event/evt-EXcIHinyJJ6Y8F7',
        lat: 52.3725,
        lon: 4.9,
        description: 'Get up-to-date information at: https://luma.com/x\n\nAddress:\nCheck event page for more details.',
      },
      'in_person',
    ],
    ['Eventbrite page as location', { locationText: 'https://www.eventbrite.co.uk/e/x-tickets-123456789' }, 'unknown'],
    // Luma writes GEO only for a place people go to
    ['Luma page with GEO', { locationUrl: 'https://luma.com/event/evt-x', lat: -1.29, lon: 36.82 }, 'in_person'],
    ['Luma URL plus an address', { locationUrl: 'https://luma.com/event/evt-x', locationText: 'iHUB, Nairobi, Kenya' }, 'in_person'],
    // 5, 6, 7
    ['placeholder', { locationText: 'TBA' }, 'unknown'],
    ['a numbered room of a conference', { locationText: 'Room 317' }, 'in_person'],
    ['a livestream channel and its handle', { locationText: 'YouTube / @midwest_meshlab' }, 'online'],
    ['a numbered Zoom room', { locationText: 'Zoom room 5' }, 'online'],
    ['"TBC" is not in person', { locationText: 'TBC' }, 'unknown'],
    ['"see website" is not in person', { locationText: 'see website' }, 'unknown'],
    ['"Venue: to be confirmed"', { locationText: 'Venue: to be confirmed' }, 'unknown'],
    ['"various"', { locationText: 'Various locations' }, 'unknown'],
    ['"N/A"', { locationText: 'N/A' }, 'unknown'],
    ['"?"', { locationText: '?' }, 'unknown'],
    ['a placeholder beside a Zoom link is online', { locationText: 'TBC', locationUrl: 'https://zoom.us/j/1' }, 'online'],
    ['a placeholder beside a ticket page is unknown', { locationText: 'TBA', locationUrl: 'https://tickets.example.org/e/1' }, 'unknown'],
    ['"TBA, Birmingham" names a town', { locationText: 'TBA, Birmingham' }, 'in_person'],
    // a form's label left as the location is none; a country alone is no place to meet; a call is attended from anywhere
    ['a form\'s label "地点"', { locationText: '地点' }, 'unknown'],
    ['a form\'s label "Location:"', { locationText: 'Location:' }, 'unknown'],
    ['a country alone', { locationText: 'Kenya ' }, 'unknown'],
    ["a country's code alone", { locationText: 'UK' }, 'unknown'],
    ['a country alone, with Luma\'s "Address:" block', { locationText: 'Kenya', description: 'Address:\nKenya\n\nHosted by X' }, 'unknown'],
    ['a country alone beside a Zoom link is online', { locationText: 'Deutschland', locationUrl: 'https://zoom.us/j/1' }, 'online'],
    ['a venue named after its country', { locationText: 'Kenya National Theatre' }, 'in_person'],
    ['a country that is one city is a town', { locationText: 'Singapore' }, 'in_person'],
    ['a town and its country', { locationText: 'Nairobi, Kenya' }, 'in_person'],
    ['a phone number alone (a Calendly appointment)', { locationText: '+1 480-555-0147' }, 'online'],
    ['"Phone call"', { locationText: 'Phone call' }, 'online'],
    ['"Conference call"', { locationText: 'Conference call' }, 'online'],
    ['"Dial-in: …"', { locationText: 'Dial-in: +44 20 7946 0958, PIN 1234#' }, 'online'],
    ['a venue with its phone number', { locationText: 'The Crown, 5 High St, Tel: 0161 496 0000' }, 'in_person'],
    // synthetic twins of the captured calendars above
    ['"Online event" with the group\'s home GEO', { locationText: 'Online event', lat: 52.52, lon: 13.38 }, 'online'],
    ['a Luma event URL, no GEO', { locationText: 'https://luma.com/event/evt-abc123' }, 'online'],
    ['an external website with GEO', { locationText: 'https://www.summit.example/', lat: -1.29, lon: 36.82 }, 'unknown'],
    [
      'an event a Luma calendar lists from elsewhere: its website and its venue’s GEO',
      { uid: 'calev-x@events.lu.ma', locationUrl: 'https://www.summit.example/', lat: -1.29, lon: 36.82 },
      'in_person',
    ],
    [
      'an event a Luma calendar lists from elsewhere, no GEO',
      { uid: 'calev-x@events.lu.ma', locationUrl: 'https://www.summit.example/' },
      'unknown',
    ],
    [
      'a Luma event at a meeting room, GEO or not',
      { uid: 'evt-x@events.lu.ma', locationUrl: 'https://zoom.us/j/1', lat: -1.29, lon: 36.82 },
      'online',
    ],
    ['an empty LOCATION', { locationText: '' }, 'unknown'],
    ['"Needs a location"', { locationText: 'Needs a location' }, 'unknown'],
    ['"Virtual" in a venue name is a place', { locationText: 'Virtual Reality Lab, 5 Main St, Provo' }, 'in_person'],
    ['a street address', { locationText: 'Silicon Walk, 4 Merchant St, Edinburgh' }, 'in_person'],
    ['a venue name with no address (a JSON-LD Place with only a name)', { venueName: 'Teatro Municipal de Buin' }, 'in_person'],
    ['an online venue name', { venueName: 'Online (Zoom)' }, 'online'],
    ['"en" before a place is not "en ligne"', { locationText: 'Salle des fêtes en Ligné, 44850 Ligné' }, 'in_person'],
    ['a place, then a note after a dash', { locationText: 'Maison des associations — salle 2, Nantes' }, 'in_person'],
    ['a <KEIN ORT ANGEGEBEN> placeholder', { locationText: '<KEIN ORT ANGEGEBEN>' }, 'unknown'],
    [
      'address + description offering a stream with a link',
      {
        locationText: 'Skyscanner, 155 St Vincent St, Glasgow',
        description: 'Talks will also be streamed on YouTube: https://youtube.com/live/xyz',
      },
      'hybrid',
    ],
    [
      'address + "livestream" but no link → still in person',
      { locationText: 'Skyscanner, 155 St Vincent St, Glasgow', description: 'No livestream this time, sorry!' },
      'in_person',
    ],
    [
      'address + a Zoom link without any hybrid wording → in person',
      { locationText: 'CodeBase, Edinburgh', description: 'Organisers sync: https://zoom.us/j/1' },
      'in_person',
    ],
    ['GEO alone never makes it in person', { lat: 52.52, lon: 13.38 }, 'unknown'],
    ['nothing at all', {}, 'unknown'],
  ])('%s → %s', (_name, over, expected) => {
    expect(classifyAttendance(event(over))).toBe(expected);
  });
});

describe('a location most of a feed’s events share (its calendar’s default)', () => {
  const club = 'Vereinsheim, Hirschbachstraße 20, Aalen';
  const at = (locationText: string | null) => ({ locationText });

  it('is the one three quarters of four or more events give, whatever its spacing and case', () => {
    expect(sharedLocation([at(club), at(club), at(' Vereinsheim,  Hirschbachstraße 20, AALEN'), at('Marktplatz, Aalen')])).toBe(
      club.toLowerCase(),
    );
    expect(sharedLocation([at(club), at(club), at('Marktplatz, Aalen'), at(null)])).toBeNull();
    expect(sharedLocation([at(club), at(club), at(club)])).toBeNull();
  });

  it('holds an event there whose title says online online, and any other there in person', () => {
    const feed = { sharedLocation: club.toLowerCase() };
    expect(classifyAttendance(event({ title: 'Webinar: Vereinsrecht', locationText: club }), feed)).toBe('online');
    expect(classifyAttendance(event({ title: 'Skatturnier', locationText: club }), feed)).toBe('in_person');
    expect(classifyAttendance(event({ title: 'Webinar: Vereinsrecht', locationText: 'Rathaus, Aalen' }), feed)).toBe('in_person');
    expect(classifyAttendance(event({ title: 'Webinar: Vereinsrecht', locationText: club }))).toBe('in_person');
  });
});

// Lesson from a real conference schedule export: its LOCATION is "<how people attend>; <kind of session>", the
// "&" written "&amp;". "Online; Workshop" had been in person and "Online &amp; in-person; Workshop" not hybrid.
describe('a location that says how people attend, then the kind of session', () => {
  it.each<[string, Attendance]>([
    ['In-person; Training', 'in_person'],
    ['In person; Social', 'in_person'],
    ['Online; Workshop', 'online'],
    ['Online; Seminar', 'online'],
    ['Online & in-person; Workshop', 'hybrid'],
    ['Online &amp; in-person; Workshop', 'hybrid'],
    ['In-person &amp; online; Workshop', 'hybrid'],
    ['Virtual or face to face; Clinic', 'hybrid'],
    ['Hybrid | Seminar', 'hybrid'],
    // a place is still a place
    ['Room 4; Workshop', 'in_person'],
    ['The Hub; 12 High Street, Leeds', 'in_person'],
    ['Online Safety Centre & In-Person Help Desk, 2 Quay St, Leeds', 'in_person'],
  ])('%s → %s', (locationText, expected) => {
    expect(classifyAttendance(event({ locationText }))).toBe(expected);
  });
});
