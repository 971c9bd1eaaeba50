import { describe, expect, it } from 'vitest';
import { describeCaptured } from '../../test/helpers/captured.js';
import type { EventStatus } from '../core/event.js';
import { icalEvents, parsedFromIcal } from '../normalise/test-fixtures.js';
import { emptyParsedEvent, type ParsedEvent, type RawStatus } from '../sources/types.js';
import { classifyStatus, statusFromTitle } from './status.js';

const event = (status: RawStatus | null, title = 'Talk night'): ParsedEvent =>
  emptyParsedEvent({ uid: 'u', title, start: new Date('2024-05-02T18:00:00Z'), status });

describeCaptured('classifyStatus on real calendars', () => {
  it('Thunderbird: the overridden occurrence with STATUS:CANCELLED is cancelled, the series is scheduled', () => {
    const [series, override] = icalEvents('thunderbird-recurring-one-occurrence-cancelled.ics').map(parsedFromIcal);
    expect(classifyStatus(series!, series!.title)).toBe('scheduled');
    expect(classifyStatus(override!, override!.title)).toBe('cancelled');
  });

  it('FabLab Cottbus (WordPress): titles saying "fällt aus" or "verschoben" mark the event', () => {
    const byTitle = new Map(
      icalEvents('wordpress-ai1ec-fablab-cottbus.ics').map((e) => [e.SUMMARY!, classifyStatus(parsedFromIcal(e), e.SUMMARY!)]),
    );
    expect(byTitle.get('Der 3D-Donnerstag fällt aus')).toBe('cancelled');
    expect(byTitle.get('Der Computer-Treff fällt aus')).toBe('cancelled');
    expect(byTitle.get('Achtung, verschoben: Repair Café')).toBe('postponed');
    expect(byTitle.get('Lab geschlossen: Wir sind auf dem Karlstraßenfest')).toBe('scheduled');
    expect(byTitle.get('Repair Café')).toBe('scheduled');
  });

  it('Luma: every event is TENTATIVE; with tentativeMeansScheduled (set for Luma calendars) they are scheduled', () => {
    const luma = icalEvents('luma-calendar-nairobidevops.ics').map(parsedFromIcal);
    expect(new Set(luma.map((e) => classifyStatus(e, e.title)))).toEqual(new Set(['tentative']));
    expect(new Set(luma.map((e) => classifyStatus(e, e.title, { tentativeMeansScheduled: true })))).toEqual(new Set(['scheduled']));
  });
});

describe('classifyStatus rules', () => {
  it.each<[RawStatus | null, string, EventStatus]>([
    ['cancelled', 'Talk night', 'cancelled'],
    ['postponed', 'Talk night', 'postponed'],
    ['scheduled', 'Talk night', 'scheduled'],
    ['tentative', 'Talk night', 'tentative'],
    ['rescheduled', 'Talk night', 'scheduled'],
    ['moved-online', 'Talk night', 'scheduled'],
    [null, 'Talk night', 'scheduled'],
    // the title beats a CONFIRMED/TENTATIVE source status…
    ['scheduled', 'CANCELLED: Talk night', 'cancelled'],
    ['tentative', 'Postponed: Talk night', 'postponed'],
    // …but a definite source status beats the title
    ['cancelled', 'Postponed: Talk night', 'cancelled'],
    // a rescheduled event (JSON-LD EventRescheduled) is at its new date: its title saying so is no postponement…
    ['rescheduled', 'RESCHEDULED: Summer BBQ', 'scheduled'],
    ['rescheduled', 'Postponed: Talk night', 'scheduled'],
    ['scheduled', 'RESCHEDULED: Summer BBQ', 'postponed'],
    // …but its title saying cancelled is
    ['rescheduled', 'CANCELLED: Talk night', 'cancelled'],
  ])('source %s + title %j → %s', (status, title, expected) => {
    expect(classifyStatus(event(status, title), title)).toBe(expected);
  });

  it('tentativeMeansScheduled does not hide a cancellation', () => {
    expect(classifyStatus(event('tentative', '[Cancelled] Talk'), '[Cancelled] Talk', { tentativeMeansScheduled: true })).toBe('cancelled');
  });
});

describe('statusFromTitle', () => {
  it.each<[string, EventStatus | null]>([
    ['CANCELLED: Python Glasgow', 'cancelled'],
    ['Cancelled - Python Glasgow', 'cancelled'],
    ['[Cancelled] Python Glasgow', 'cancelled'],
    ['(CANCELED) Python Glasgow', 'cancelled'],
    ['CANCELLED Python Glasgow', 'cancelled'],
    ['❌ CANCELLED ❌ Python Glasgow', 'cancelled'],
    ['**CANCELLED** Python Glasgow', 'cancelled'],
    // sweep t22: a bike club's Google calendar
    ['**Cancelled** SOFT Ride (no leader this week)', 'cancelled'],
    ['__Postponed__ Hill climb', 'postponed'],
    ['SOFT Ride **Cancelled**', 'cancelled'],
    ['**Not cancelled** – SOFT Ride goes ahead', null],
    ['Python Glasgow [CANCELLED]', 'cancelled'],
    ['Python Glasgow - CANCELLED', 'cancelled'],
    ['Abgesagt: Stammtisch', 'cancelled'],
    ['Abgesagt Stammtisch', 'cancelled'],
    ['Stammtisch entfällt', 'cancelled'],
    ['Annulé : Apéro Python', 'cancelled'],
    ['Postponed: Rust night', 'postponed'],
    ['POSTPONED - Rust night', 'postponed'],
    ['Verschoben: Repair Café', 'postponed'],
    ['Rust night (postponed)', 'postponed'],
    ['Service Cancelled', 'cancelled'], // a church calendar: STATUS:CONFIRMED, only the title changed
    ['Quiz night canceled!', 'cancelled'],
    ['Rust night postponed', 'postponed'],
    // not markers
    ['Quiz night is not cancelled', null],
    ['Never postponed', null],
    ['one is cancelled', null], // a sentence about the series (Thunderbird's test calendar)
    ['Cancelled plans: a talk about failure', null],
    ['How we cancelled our cloud contract', null],
    ['Postponing the inevitable', null],
    ['Cancellation policies workshop', null],
    ['Talk & Build AngularJS', null],
    ['', null],
    // upper-case, accented and Polish forms must get past the quick word check
    ['Spotkanie – ODWOŁANE', 'cancelled'],
    ['ENTFÄLLT: Stammtisch', 'cancelled'],
    ['Apéro Python [ANNULÉE]', 'cancelled'],
    ['Spotkanie (przełożone)', 'postponed'],
    ['Rust night – REPORTÉE', 'postponed'],
    // Italian feminine, Czech, Danish, Norwegian, Japanese, Chinese and Korean
    ['Concerto annullata', 'cancelled'],
    ['ZRUŠENO: Koncert', 'cancelled'],
    ['Koncert zrušen', 'cancelled'],
    ['Aflyst: Koncert', 'cancelled'],
    ['Avlyst - Konsert', 'cancelled'],
    ['【中止】勉強会', 'cancelled'],
    ['【開催中止】もくもく会', 'cancelled'],
    ['(中止) 勉強会', 'cancelled'],
    ['活动取消', 'cancelled'],
    ['[취소] 모임', 'cancelled'],
    ['【延期】勉強会', 'postponed'],
    ['中止になった理由を話す会', null], // a talk about why something was called off
    // Cyrillic, Greek, Hebrew, Arabic, Thai, Hindi and CJK tags (a sweep's titles had all stayed scheduled)
    ['ОТМЕНЕНО: Встреча книжного клуба', 'cancelled'],
    ['Отменено: Встреча', 'cancelled'],
    ['Концерт отменён', 'cancelled'],
    ['Встреча клуба (отменена)', 'cancelled'],
    ['СКАСОВАНО: Вечір настільних ігор', 'cancelled'],
    ['Скасовано: Зустріч', 'cancelled'],
    ['Перенесено: Зустріч дизайнерів', 'postponed'],
    ['ПЕРЕНЕСЕНО: Встреча', 'postponed'],
    ['Встреча — перенесена на 20 января', 'postponed'],
    ['בוטל: ערב משחקי קופסה', 'cancelled'],
    ['ΑΚΥΡΩΝΕΤΑΙ: Βραδιά επιτραπέζιων', 'cancelled'],
    ['Ακυρώνεται: Βραδιά', 'cancelled'],
    ['Αναβάλλεται: Ομιλία', 'postponed'],
    ['ملغي: أمسية ألعاب', 'cancelled'],
    ['ملغى: أمسية', 'cancelled'],
    ['مؤجل: ورشة تصميم', 'postponed'],
    ['ยกเลิก: คืนเกมกระดาน', 'cancelled'],
    ['เลื่อน: เวิร์กช็อปออกแบบ', 'postponed'],
    ['रद्द: बोर्ड गेम शाम', 'cancelled'],
    ['【活動取消】桌遊之夜', 'cancelled'],
    ['【停辦】桌遊之夜', 'cancelled'],
    ['【改期】桌遊之夜', 'postponed'],
    ['【中止のお知らせ】勉強会', 'cancelled'],
    ['桌遊之夜（取消）', 'cancelled'],
    ['勉強会（中止）', 'cancelled'],
    ['勉強会延期', 'postponed'], // had been read as cancelled
    // Katakana "cancel" as the title's marker: leading, bracketed, with a colon, or "has been cancelled"
    ['キャンセル：もくもく会 #12', 'cancelled'],
    ['キャンセル: もくもく会 #12', 'cancelled'],
    ['【キャンセル】もくもく会 #12', 'cancelled'],
    ['（キャンセル）もくもく会 #12', 'cancelled'],
    ['もくもく会 #12（キャンセル）', 'cancelled'],
    ['もくもく会 #12 - キャンセル', 'cancelled'],
    ['【イベントキャンセル】もくもく会', 'cancelled'],
    ['【キャンセルのお知らせ】もくもく会', 'cancelled'],
    ['もくもく会 #12 キャンセルになりました', 'cancelled'],
    ['もくもく会 #12はキャンセルになりました。', 'cancelled'],
    ['キャンセルになりました：もくもく会', 'cancelled'],
    ['中止：もくもく会 #12', 'cancelled'],
    ['開催中止：もくもく会 #12', 'cancelled'],
    ['もくもく会 #12 開催中止', 'cancelled'],
    ['もくもく会 #12は延期になりました', 'postponed'],
    // not a marker: a waiting list, a policy, a fee, a spot opening up, a booking's cancellation
    ['キャンセル待ち：もくもく会 #12', null],
    ['もくもく会 #12（キャンセル待ち）', null],
    ['【キャンセル待ち受付中】もくもく会', null],
    ['もくもく会 - キャンセル待ち', null],
    ['キャンセルポリシーについて', null],
    ['もくもく会【キャンセル料あり】', null],
    ['キャンセル料：無料', null],
    ['キャンセルが出ました：もくもく会', null],
    ['キャンセル・返金について', null],
    ['予約キャンセル', null],
    // not a marker: a talk about cancelled flights, an abolition, waste paper, a plastics ban, a condition, unsubscribing
    ['Отменённые рейсы: лекция', null],
    ['Отмена крепостного права: лекция', null],
    ['रद्दी की दुकान', null],
    ['ยกเลิกการใช้พลาสติก', null],
    ['お花見（雨天中止）', null],
    ['【取消訂閱】', null],
    // a marker opening a segment inside the title, alone or going on with "to", "due", "until"…
    ['Quiz Night - POSTPONED to 12 March', 'postponed'],
    ['Board games — cancelled due to weather', 'cancelled'],
    ['Repair Café (postponed until further notice)', 'postponed'],
    ['Quiz Night | Cancelled | The Crown', 'cancelled'],
    ['Rust night: cancelled, sorry', 'cancelled'],
    ['Concierto – aplazado hasta mayo', 'postponed'],
    // rescheduled: the entry's date is not when it happens
    ['RESCHEDULED: Summer BBQ', 'postponed'],
    ['Summer BBQ (rescheduled)', 'postponed'],
    ['Summer BBQ (rescheduled from 5 June)', null], // the entry is at the new date
    // Norwegian, Spanish and Portuguese
    ['Utsatt til våren', 'postponed'],
    ['INNSTILT: Konsert', 'cancelled'],
    ['Suspendido: Concierto', 'cancelled'],
    ['Adiado: Concerto', 'postponed'],
    // Latin America's "pospuesto" and "reprogramado", and words of Italy, the Netherlands, Sweden, Finland
    ['POSPUESTO: Charla de prueba', 'postponed'],
    ['Charla de prueba (pospuesta)', 'postponed'],
    ['Pospuesto Taller de Python', 'postponed'],
    ['Taller - REPROGRAMADO para el 5 de junio', 'postponed'],
    ['Reprogrammé : Apéro Python', 'postponed'],
    ['Concerto rimandato', 'postponed'],
    ['Serata (posticipata)', 'postponed'],
    ['UPPSKJUTET: Konsert', 'postponed'],
    ['ANULADO: Taller de prueba', 'cancelled'],
    ['Repair Café afgelast', 'cancelled'],
    ['Konsertti peruutettu', 'cancelled'],
    ['Spotkanie – odwołana', 'cancelled'],
    ['El arte de lo pospuesto: charla', null], // the word in a talk's name
    ['Reprogramando tu mente', null],
    ['Taller (reprogramado del 5 de junio)', null], // the entry is at the new date
    ['Stengt: Biblioteket', null], // a venue closed, not an event called off
    // the word "event" before the marker (Meetup's Spanish titles), at the start or opening a segment
    ['EVENTO CANCELADO Taller de prueba', 'cancelled'],
    ['Grupo Ejemplo|EVENTO POSPUESTO Charla de prueba|México|Jalisco', 'postponed'],
    ['Grupo Ejemplo | Evento pospuesto: Charla de prueba', 'postponed'],
    ['Evento cancelado por lluvia', 'cancelled'],
    ['EVENT CANCELLED: Rust night', 'cancelled'],
    ['❌ EVENT CANCELLED ❌ Rust night', 'cancelled'],
    ['ÉVÉNEMENT ANNULÉ - Apéro Python', 'cancelled'],
    ['Veranstaltung abgesagt: Stammtisch', 'cancelled'],
    ['Event cancelled', 'cancelled'],
    ['Rust night - Event postponed', 'postponed'],
    ['Evento de networking', null],
    ['Evento de networking | Cancelado el año pasado, vuelve', null],
    ['Event Cancelled Plans: a comedy night', null],
    ['Grupo Ejemplo|Evento Postponed Dreams live', null],
    ['Eventos cancelados: una charla sobre la lluvia', null],
    // a club's calendar marking a date with no meeting
    ['NO MEETING', 'cancelled'],
    ['No meeting this month', 'cancelled'],
    ['No class: Thanksgiving', 'cancelled'],
    ['No rehearsal (half term)', 'cancelled'],
    ['No Meeting Required: open studio night', null],
    ['No Class Act: a comedy night', null],
    // a capitalised English marker before a name that ends in a noun for an event, with no separator
    ['Cancelled Coworking evening - Lamp hack!', 'cancelled'],
    ['Canceled Quiz Night', 'cancelled'],
    ['Cancelled Python Meetup (see you in June)', 'cancelled'],
    ['Postponed Quiz Night - new date soon', 'postponed'],
    ['Cancelled Comedy Club', null],
    ['Cancelled Plans Comedy Night', null],
    ['Cancelled Culture: a panel session', null],
    ['Cancelled Talk Show host live', null],
    ['Cancelled Nightlife: a photo walk', null],
    ['Cancelled coworking evening', null], // lower case after: a sentence ("Cancelled plans: a talk")
    ['Rescheduled Quiz Night', null], // rescheduled may be this entry at its new date
    // a marker word that is part of a name
    ['Cancelled Plans: a comedy night', null],
    ['Postponed Dreams (band) live', null],
    ['The Cancellation Club', null],
    ['Comedy night - Cancelled Plans live', null],
    ['Talk: Postponed Dreams live', null],
  ])('%j → %s', (title, expected) => {
    expect(statusFromTitle(title)).toBe(expected);
  });
});
