import { describe, expect, it } from 'vitest';
import { anchors, collapseWhitespace, decodeEntities, stripHtml, titleFromText } from './html.js';

describe('stripHtml', () => {
  it('gives one line per block, decodes entities and collapses spaces', () => {
    expect(stripHtml('<p>Townsville  4810 - Australia</p> <p>Thursday, April 21 at 5:00&nbsp;PM</p><p>13</p>')).toBe(
      'Townsville 4810 - Australia\nThursday, April 21 at 5:00 PM\n13',
    );
  });

  it('keeps the text of Mastodon links and drops the tags', () => {
    const html =
      '<p>Join <a href="https://x.social/tags/brumtech" class="mention hashtag">#<span>brumtech</span></a> &#x1f680;<br>Next line</p>';
    expect(stripHtml(html)).toBe('Join #brumtech 🚀\nNext line');
  });

  it('drops scripts, comments and CDATA markers', () => {
    expect(stripHtml('<![CDATA[<p>a</p>]]><script>var x = "<p>";</script><!-- c --><p>b</p>')).toBe('a\nb');
  });

  it.each([
    ['', ''],
    ['Plain tidy text, Zürich 🚀', 'Plain tidy text, Zürich 🚀'],
    [' lead and trail ', 'lead and trail'],
    ['two  spaces\tand tab', 'two spaces and tab'],
    ['no-break\u00a0space', 'no-break space'],
    ['line one\r\n\r\n  line two \rthree\n', 'line one\nline two three'],
    ['\n \n', ''],
  ])('plain text %j → %j', (text, expected) => {
    expect(stripHtml(text)).toBe(expected);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['', ''],
    ['tidy Café', 'tidy Café'],
    ['  a \n\t b\u00a0\u2028c  ', 'a b c'],
    [' ', ''],
  ])('%j → %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Rock &amp; Roll', 'Rock & Roll'],
    ['&#x1f389;&#127881;', '🎉🎉'],
    ['caf&eacute; &hellip;', 'café …'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s', (input, output) => expect(decodeEntities(input)).toBe(output));
});

describe('anchors', () => {
  it('reads href, class and rel whatever the attribute order and quoting', () => {
    expect(anchors(`<a class='mention hashtag' href="https://a.b/tags/x?a=1&amp;b=2" rel=tag>x</a><a href=https://c.d/>y</a>`)).toEqual([
      { href: 'https://a.b/tags/x?a=1&b=2', className: 'mention hashtag', rel: 'tag' },
      { href: 'https://c.d/', className: '', rel: '' },
    ]);
  });
});

describe('titleFromText', () => {
  it.each([
    ['Shameless blog series plug\nIf you are into…', 'Shameless blog series plug'],
    ['📢\nBrum Tech social on Thursday', '📢 Brum Tech social on Thursday'],
    [
      'But the Starlink hardware must be somehow acquired, and that is the hard part of the whole plan for everyone involved',
      'But the Starlink hardware must be somehow acquired, and that is the hard part of…',
    ],
    ['🎉'.repeat(100), `${'🎉'.repeat(80)}…`],
  ])('%j', (text, title) => expect(titleFromText(text)).toBe(title));
});
