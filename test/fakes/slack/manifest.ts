import { readFileSync } from 'node:fs';

/**
 * What the committed Slack app manifest (docs/slack-app-manifest.yml) grants,
 * so the fake Slack behaves like an app created from it: Web API methods
 * need the scopes listed there, and only the slash commands and bot events
 * declared there are ever sent to the app. A scope missing from the manifest
 * therefore fails the end-to-end suites, as it would fail a real install.
 */
export interface AppManifest {
  botScopes: string[];
  botEvents: string[];
  slashCommands: string[];
  interactivity: boolean;
  socketMode: boolean;
  /** features.app_home.home_tab_enabled: Slack shows the Home tab (and sends app_home_opened for it) only then. */
  homeTab: boolean;
}

const MANIFEST_PATH = new URL('../../../docs/slack-app-manifest.yml', import.meta.url);

export function readManifest(path: URL = MANIFEST_PATH): AppManifest {
  const yaml = readYamlSubset(readFileSync(path, 'utf8'));
  const list = (key: string) => yaml.lists.get(key) ?? [];
  return {
    botScopes: list('oauth_config.scopes.bot'),
    botEvents: list('settings.event_subscriptions.bot_events'),
    slashCommands: list('features.slash_commands').map((item) => /^command:\s*(\S+)/.exec(item)?.[1] ?? item),
    interactivity: yaml.scalars.get('settings.interactivity.is_enabled') === 'true',
    socketMode: yaml.scalars.get('settings.socket_mode_enabled') === 'true',
    homeTab: yaml.scalars.get('features.app_home.home_tab_enabled') === 'true',
  };
}

/**
 * The YAML the manifest uses, and no more: nested mappings by indentation,
 * block lists (`- item`, where an item may start a mapping: only its first
 * line is kept), plain or quoted scalars, `#` comments, and folded/literal
 * block scalars (skipped). Keys are returned as dotted paths.
 */
function readYamlSubset(text: string): { scalars: Map<string, string>; lists: Map<string, string[]> } {
  const scalars = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const stack: { indent: number; key: string }[] = [];
  let blockIndent: number | null = null;
  const pathTo = () => stack.map((s) => s.key).join('.');
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw);
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    if (blockIndent !== null && indent > blockIndent) continue;
    blockIndent = null;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item) {
      while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
      const key = pathTo();
      lists.set(key, [...(lists.get(key) ?? []), unquote(item[1]!)]);
      continue;
    }
    const pair = /^\s*([\w.-]+):(?:\s+(.*))?$/.exec(line);
    if (!pair) throw new Error(`slack-app-manifest.yml: cannot read line "${raw}"`);
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    stack.push({ indent, key: pair[1]! });
    const value = pair[2]?.trim();
    if (value && /^[>|][+-]?$/.test(value)) blockIndent = indent;
    else if (value) scalars.set(pathTo(), unquote(value));
  }
  return { scalars, lists };
}

/** Drops a `#` comment that is not inside quotes. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v;
}
