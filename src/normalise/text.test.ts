import { describe, expect, it } from 'vitest';
import { describeCaptured } from '../../test/helpers/captured.js';
import { decodeEntities } from './entities.js';
import { icalEvents, readFixture, rssDescriptions } from './test-fixtures.js';
import { collapseWhitespace, htmlToText, inlineText, truncate } from './text.js';

describeCaptured('htmlToText on real feed text', () => {
  let cached: string | null = null;
  const devnqText = (): string => (cached ??= htmlToText(rssDescriptions('meetup-group-rss-devnq.xml', decodeEntities)[0]!));

  it('Meetup RSS description (CDATA HTML): readable paragraphs, no markup', () => {
    expect(devnqText()).not.toMatch(/<|>|CDATA|&amp;/);
    expect(devnqText().startsWith('DevNQ - North Queensland Software Development Community\n\nProudly sponsored by NBN Co')).toBe(true);
    expect(devnqText()).toContain('**Govinda Pandey**\nCEO - Rockfield Technologies Australia\nCo-Founder - Lixia\n');
  });

  it('Meetup RSS: links shown shortened ("https://www.linkedin....") come out whole, &amp; decoded', () => {
    expect(devnqText()).toContain('(https://www.linkedin.com/in/govinda-pandey-22aba617/)');
    expect(devnqText()).toContain(
      'https://t.comms.acs.org.au/r/?id=h2c4318d,2905aefe,2905af2e&e=Y3VzdG9tZXJJRD0wMDEwbzAwMDAySDdvYlpBQVI&s=',
    );
    expect(devnqText()).not.toContain('linkedin....');
  });

  it('Meetup RSS: markdown escapes \\-\\-\\- become a plain rule, double spaces collapse', () => {
    expect(devnqText()).toContain('\n------\n');
    expect(devnqText()).not.toContain('\\-');
    expect(devnqText()).toContain('\nTownsville 4810 - Australia\n');
  });

  describe('Discourse iCal: descriptions cut with "&hellip\\;" end with an ellipsis', () => {
    const unescaped = (): string[] => icalEvents('discourse-calendar-machbar-no-dtend.ics').map((e) => e.DESCRIPTION!);
    const endings = ['\nEs gab die Ve…', '‘Hemp as a sustaina…', '\nSie wollten es eigentlich …', 'als WiLaP Präsent si…'];
    it.each([
      ['after iCal unescaping (&hellip;)', (d: string) => d],
      ['with the escaped semicolon left in (&hellip\\;)', (d: string) => d.replace('&hellip;', '&hellip\\;')],
      ['with the semicolon lost (&hellip)', (d: string) => d.replace('&hellip;', '&hellip')],
    ])('%s', (_form, toForm) => {
      const texts = unescaped().map((d) => htmlToText(toForm(d)));
      expect(texts.map((t, i) => t.slice(-endings[i]!.length))).toEqual(endings);
      expect(texts[0]).toBe(
        'Zwei FH-Studentinnen (Anne und Caro) haben sich die Bar angeschaut und wollen wiederkommen.\nIch habe sie zu diesem Discourse eingeladen.\nOtto baute mit dem Laserdrucker ein Gehäuse für ein DMX Interface.\nEs gab die Ve…',
      );
    });
  });

  it('Mastodon tag RSS: escaped HTML (raw or decoded once) gives the same text with hashtags, emoji and full links', () => {
    const raw = [...readFixture('mastodon-tag-kubernetes-hachyderm.rss').matchAll(/<description>([\s\S]*?)<\/description>/g)].map(
      (m) => m[1]!,
    );
    const posts = raw.slice(1); // the first description is the channel's
    const decodedOnce = rssDescriptions('mastodon-tag-kubernetes-hachyderm.rss', decodeEntities);
    expect(posts.map(htmlToText)).toEqual(decodedOnce.map(htmlToText));
    const alert = htmlToText(posts[3]!);
    expect(alert.startsWith('🚀 ALERT: Seamlessly Access HPC Resources, possible addictive 🚀\n\n')).toBe(true);
    expect(alert).toContain('\nhttps://youtu.be/-djIQGPvYdI?si=wBPHbz3iu7A3qOSx\n');
    expect(alert.endsWith('#kubernetes #HPC #DistributedComputing #Research #ai #digitaltwins')).toBe(true);
    expect(htmlToText(posts[2]!)).toContain('Plan for the weekend\n- Deploy the add-on TPM2 keys');
  });

  it('WordPress X-ALT-DESC: a whole escaped HTML document becomes just its body text', () => {
    const doc = icalEvents('wordpress-ai1ec-fablab-cottbus.ics')[0]!['X-ALT-DESC']!;
    expect(htmlToText(doc)).toBe(
      'Wir sind auf dem Karlstraßenfest – kommt uns besuchen: https://www.facebook.com/events/297637247437414/\nDie Werkstatt bleibt am Samstag deswegen geschlossen.',
    );
  });
});

describe('htmlToText rules', () => {
  it.each([
    ['named entities', 'Fish &amp; Chips&nbsp;&mdash; 5&euro; &hellip;', 'Fish & Chips — 5€ …'],
    ['numeric entities', 'It&#39;s &#x1f680; &#X2764;&#xFE0F; &#8211; ok', "It's 🚀 ❤️ – ok"],
    ['Windows-1252 numeric references', 'don&#146;t &#147;quote&#148;', 'don’t “quote”'],
    ['a trailing entity without its semicolon', 'Read more&hellip', 'Read more…'],
    ['not entities: R&D, AT&T, query strings', 'R&D at AT&T: /x?a=1&copy=2', 'R&D at AT&T: /x?a=1&copy=2'],
    ['<br> and <p> become line breaks', '<p>One<br>Two<br/>Three</p><p>Four</p>', 'One\nTwo\nThree\n\nFour'],
    ['<li> becomes a bullet line', 'Agenda:<ul><li>Talk</li><li>Pizza</li></ul>', 'Agenda:\n\n• Talk\n• Pizza'],
    ['script and style content is dropped', '<style>p{color:red}</style>Hi<script>alert("x")</script> there', 'Hi there'],
    ['comments are dropped', 'a<!-- hidden -->b', 'ab'],
    ['whitespace collapses', '  lots   of\t\tspace \n\n\n\n next  ', 'lots of space\n\nnext'],
    ['plain text passes through with its line breaks', 'Doors 18:30.\nTalks 19:00 < 21:00', 'Doors 18:30.\nTalks 19:00 < 21:00'],
    ['raw line breaks inside HTML are spaces', '<p>One\nsentence</p>\n<p>Two</p>', 'One sentence\n\nTwo'],
    [
      'terminal escapes and BEL go, line breaks stay',
      'Pizza\u001b[2J\u001b[31m night\u0007\nDoors\u001b]0;title\u0007 18:30',
      'Pizza night\nDoors 18:30',
    ],
    ['C1 controls and DEL go', 'a\u0085b\u009bc\u007fd', 'abcd'],
    ['bidi overrides and isolates go', 'file \u202egnp.exe\u202c and \u2066x\u2069', 'file gnp.exe and x'],
    ['encoded controls go after decoding', 'bell&#7; esc&#x1b;[2J!', 'bell esc!'],
    [
      'escaped tags among real ones go too (Trumba)',
      'Organizer: Games Club<br><br>&lt;p data-key=&quot;4&quot;&gt;&lt;span&gt;Bring a game &amp; a friend!&lt;/span&gt;&lt;/p&gt;',
      'Organizer: Games Club\n\nBring a game & a friend!',
    ],
    ['an escaped "<" that is no tag stays text', '<p>Ages &lt;12 &amp; parents</p>', 'Ages <12 & parents'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('inlineText makes one line', () => {
    expect(inlineText('<b>Talk &amp; Build</b>\n  AngularJS')).toBe('Talk & Build AngularJS');
    expect(inlineText('Hack\u0007 night\u001b[0m \u202eyeah')).toBe('Hack night yeah');
    expect(inlineText(' Zürich\u00a0 meetup ')).toBe('Zürich meetup');
    expect(inlineText('<p>One</p><p>Two</p>')).toBe('One Two');
    expect(inlineText('')).toBe('');
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['', ''],
    [' ', ''],
    ['Already tidy', 'Already tidy'],
    ['Café Zürich – Straße', 'Café Zürich – Straße'],
    ['  two  spaces  ', 'two spaces'],
    ['tab\there', 'tab here'],
    ['nbsp\u00a0and\u3000ideographic\u2028separator', 'nbsp and ideographic separator'],
    ['zero\u200bwidth\ufeff\u2060', 'zerowidth'],
    ['a \r\n b\rc', 'a\nb\nc'],
    ['line one \n \n\n\n  line two\t\n', 'line one\n\nline two'],
    ['\n\n x \u200b \n', 'x'],
  ])('collapseWhitespace(%j) = %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('truncate', () => {
  const text = 'The quick brown fox jumps over the lazy dog again and again';

  it.each([
    [text, 100, text],
    [text, 20, 'The quick brown fox…'],
    [text, 25, 'The quick brown fox…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['Hello, world and more', 8, 'Hello…'],
  ])('truncate(%j, %i) = %j', (input, max, expected) => {
    const out = truncate(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('never cuts an emoji in half', () => {
    const out = truncate('abcdefgh🚀🚀🚀', 10);
    expect(out).toBe('abcdefgh…');
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
