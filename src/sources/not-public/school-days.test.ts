/**
 * A school's, a college's or a club's marks of its own year, entered for
 * the whole day, in the languages such calendars are written in: skipped;
 * beside a day's celebrations and sessions that share the words, posted.
 * Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf, type EntryShape } from './test-entries.js';

const DAY: EntryShape = { day: true };
const MIDNIGHT: EntryShape = { midnight: true };
const EVENING: EntryShape = {};
const SCHOOL_DAY = expect.stringContaining('marks a day off or a school day');
const SESSION = expect.stringContaining('names a term or a course’s session');

// Lessons from a Portuguese training centre's calendar ("Início de turma — 12.º Ano (pós-laboral)", "Arranque do novo
// ano formativo", all day) and a Québec club's ("Printemps 2026", 00:00 to 00:00 on each course's first day).
describe('the start or end of classes, a term or a school year', () => {
  it.each([
    ['Início de turma — 12.º Ano (pós-laboral)', DAY],
    ['Arranque do novo ano formativo', DAY],
    ['Início das aulas', DAY],
    ['Início do ano letivo 2026/27', DAY],
    ['Fim das aulas', DAY],
    ['Rentrée', DAY],
    ['Rentrée scolaire 2026', MIDNIGHT],
    ['Début des cours', DAY],
    ['Reprise des cours (groupe B)', DAY],
    ['Inicio de curso', DAY],
    ['Inicio de clases', DAY],
    ['Inicio del curso escolar', DAY],
    ['Primer día de clases', DAY],
    ['Vorlesungsbeginn', DAY],
    ['Erster Schultag', DAY],
    ['Inizio delle lezioni', DAY],
    ['Eerste schooldag', DAY],
    ['FIRST DAY OF SCHOOL', DAY],
    ['Classes begin', DAY],
    ['Start of term – Year 7', DAY],
  ])('%s %j is skipped', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toEqual(SCHOOL_DAY);
  });

  it.each([
    // a celebration or an open day on the day
    ['Fiesta de inicio de curso', DAY],
    ['First day of school picnic', DAY],
    ['Rentrée littéraire', DAY],
    ['Rentrée – Portes ouvertes', DAY],
    ['Rentrée du club de judo', DAY],
    ['Sessão de abertura do ano letivo', DAY],
    // at a time of its own: something happens
    ['Início das aulas', EVENING],
    ['Rentrée', EVENING],
  ])('%s %j is an event', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toBe('event');
  });
});

describe('a term’s or a course session’s name', () => {
  it.each([
    ['Printemps 2026', MIDNIGHT],
    ['Automne 2026', DAY],
    ['Session d’automne', DAY],
    ['Session de printemps 2026', DAY],
    ['Spring 2026', DAY],
    ['Fall Semester 2026', DAY],
    ['Winter Term', DAY],
    ['Semestre de primavera', DAY],
    ['Wintersemester 2026/27', DAY],
    ['Term 2', DAY],
  ])('%s %j is skipped', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toEqual(SESSION);
  });

  it.each([
    ['Summer', DAY],
    ['Summer Festival 2026', DAY],
    ['Spring 2026 open house', DAY],
    ['Winter 2026 Gala', DAY],
    ['Printemps 2026', EVENING],
    ['Term 2 parents’ evening', EVENING],
  ])('%s %j is an event', async (title, shape) => {
    expect(await verdictOf('ical', title, shape)).toBe('event');
  });
});
