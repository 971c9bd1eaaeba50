import { describe, expect, it } from 'vitest';
import { isPlaceholderTitle, placeholderMatch } from './placeholder-title.js';

describe('isPlaceholderTitle', () => {
  it.each([
    ['TBA', true],
    ['T.B.A.', true],
    ['TBD', true],
    ['To be announced', true],
    ['To Be Confirmed', true],
    ['Por anunciar', true],
    ['Por confirmar', true],
    ['À confirmer', true],
    ['Wird noch bekannt gegeben', true],
    ['AI/IA CDMX|To Be Announced/Por anunciar|México|Ciudad de México', true],
    ['Python Glasgow: Topic TBA', true],
    ['Brum Tech – TBC', true],
    // a title that says more than "not decided yet" is a title
    ['TBA party', false],
    ['Announcement night', false],
    ['Confirmation class', false],
    ['To be or not to be: Hamlet', false],
    ['AI/IA CDMX|Redes neuronales para todos|México|Ciudad de México', false],
    ['Python Glasgow: Packaging talk (speaker to be confirmed)', false],
    ['', false],
  ])('%s → %s', (title, placeholder) => {
    expect(isPlaceholderTitle(title)).toBe(placeholder);
  });
});

describe('placeholderMatch: a placeholder stands for a title after the same group name', () => {
  it.each([
    ['Ejemplo AI|To Be Announced/Por anunciar|México', 'Ejemplo AI|Redes neuronales para todos|México', true],
    ['Redes neuronales para todos', 'TBA', true],
    ['Python Glasgow: TBA', 'Python Glasgow: Packaging talk', true],
    ['Python Glasgow: TBA', 'Rust Glasgow: Ownership', false], // another group
    ['Python Glasgow: TBA', 'Packaging talk', false], // the other names no group
    ['Python Glasgow: TBA', 'Python Glasgow: TBD', false], // two placeholders say nothing about each other
    ['Intro to Rust', 'Advanced Rust workshop', false], // two real titles
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(placeholderMatch(a, b)).toBe(same);
    expect(placeholderMatch(b, a)).toBe(same);
  });
});
