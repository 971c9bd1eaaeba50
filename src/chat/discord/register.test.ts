import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType as T } from 'discord.js';
import type { APIApplicationCommandBasicOption, APIApplicationCommandOption } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../core/chat.js';
import { basicOption, buildEventsCommand } from './register.js';

/**
 * The registered /events command must pass Discord's validation, or the
 * whole registration is rejected (400 Invalid Form Body) and no command
 * appears. Checked over the product's real command definitions.
 */
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
const body = buildEventsCommand(commands);
const top = body.options ?? [];

function leaves(): { path: string; options: APIApplicationCommandBasicOption[] }[] {
  const out: { path: string; options: APIApplicationCommandBasicOption[] }[] = [];
  for (const o of top) {
    if (o.type === T.Subcommand) out.push({ path: o.name, options: o.options ?? [] });
    if (o.type === T.SubcommandGroup) for (const s of o.options ?? []) out.push({ path: `${o.name} ${s.name}`, options: s.options ?? [] });
  }
  return out;
}

describe('/events built from the real command definitions', () => {
  it('has one subcommand (or group member) per definition, with the same paths', () => {
    expect(
      leaves()
        .map((l) => l.path)
        .sort(),
    ).toEqual(commands.map((c) => c.path.join(' ')).sort());
    expect(body.name).toBe('events');
    expect(top.length).toBeLessThanOrEqual(25);
  });

  it('every name and description is within Discord limits', () => {
    const all: APIApplicationCommandOption[] = [...top];
    for (const o of top) if (o.type === T.SubcommandGroup) all.push(...(o.options ?? []));
    for (const l of leaves()) all.push(...l.options);
    for (const o of all) {
      expect(o.name).toMatch(NAME);
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });

  it.each(leaves().map((l) => [l.path, l.options] as const))(
    '/events %s: required options first, ≤ 25 choices, never choices and autocomplete together',
    (_p, options) => {
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      for (const o of options) {
        const choices = 'choices' in o ? o.choices : undefined;
        const autocomplete = 'autocomplete' in o ? o.autocomplete : undefined;
        expect(choices && autocomplete).toBeFalsy();
        expect((choices ?? []).length).toBeLessThanOrEqual(25);
      }
    },
  );

  it('place options autocomplete', () => {
    const region = leaves().find((l) => l.path === 'region')!;
    expect(region.options.find((o) => o.name === 'place')).toMatchObject({ type: T.String, required: true, autocomplete: true });
  });

  it('is offered in servers only and sets no default_member_permissions (admin checks happen at run time)', () => {
    expect(body.contexts).toEqual([0]);
    expect(body).not.toHaveProperty('default_member_permissions');
  });
});

describe('option mapping', () => {
  it.each([
    [
      { name: 'radius', description: 'km', type: 'number', min: 1, max: 200 },
      { type: T.Number, min_value: 1, max_value: 200, required: false },
    ],
    [
      { name: 'days', description: 'd', type: 'integer', min: 1, max: 60 },
      { type: T.Integer, min_value: 1, max_value: 60 },
    ],
    [
      { name: 'n', description: 'n', type: 'integer', choices: [{ name: 'One', value: '1' }] },
      { type: T.Integer, choices: [{ name: 'One', value: 1 }] },
    ],
    [
      { name: 'day', description: 'd', type: 'string', required: true, choices: [{ name: 'Monday', value: 'monday' }] },
      { type: T.String, required: true, choices: [{ name: 'Monday', value: 'monday' }] },
    ],
    [
      { name: 'Place', description: 'p', type: 'string', autocomplete: 'place' },
      { name: 'place', type: T.String, autocomplete: true },
    ],
  ] as [CommandDefinition['options'][number], Record<string, unknown>][])('%j', (option, expected) => {
    expect(basicOption(option)).toMatchObject(expected);
  });

  it('a role option is Discord’s role picker (type 8), with nothing numeric about it', () => {
    expect(basicOption({ name: 'role', description: 'Who may configure', type: 'role', required: true })).toEqual({
      name: 'role',
      description: 'Who may configure',
      required: true,
      type: T.Role,
    });
  });

  it('a long description is cut to 100 characters', () => {
    expect(basicOption({ name: 'q', description: 'x'.repeat(150), type: 'string' }).description).toHaveLength(100);
  });

  it('paths deeper than a group are skipped rather than breaking registration', () => {
    const def = { ...commands[0]!, path: ['a', 'b', 'c'] };
    expect(buildEventsCommand([def]).options).toEqual([]);
  });
});
