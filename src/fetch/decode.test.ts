import { describeCaptured, readCaptured } from '../../test/helpers/captured.js';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBody, detectCharset } from './decode.js';

describeCaptured('decodeBody on the ISO-8859-1 Jornal de Notícias feed', () => {
  const latin1Feed = (): Buffer => readCaptured('rss2-iso-8859-1-jn-pt.xml');
  // The fixture is Latin-1 bytes declaring encoding="ISO-8859-1"; servers often label such feeds utf-8.
  it.each([
    ['no charset in Content-Type', null],
    ['Content-Type says iso-8859-1', 'iso-8859-1'],
    ['Content-Type wrongly says utf-8', 'utf-8'],
  ])('%s → proper Portuguese text', (_label, headerCharset) => {
    const text = decodeBody(latin1Feed(), headerCharset);
    expect(text).toContain('<title>Jornal de Notícias - Últimas Notícias</title>');
    expect(text).toContain('Operação');
    expect(text).toContain('Mãe de utente é a nova presidente da Raríssimas');
    expect(text).not.toContain('\uFFFD');
  });
});

describe('detectCharset', () => {
  const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>ção</t>')]);

  it.each([
    ['a UTF-8 BOM beats both header and declaration', utf8Bom, 'iso-8859-1', 'utf-8'],
    ['UTF-16 LE BOM', Buffer.from([0xff, 0xfe, 0x3c, 0x00]), 'utf-8', 'utf-16le'],
    ['UTF-16 BE BOM', Buffer.from([0xfe, 0xff, 0x00, 0x3c]), null, 'utf-16be'],
    [
      'header charset beats the XML declaration when the bytes are valid UTF-8',
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>ção</t>'),
      'utf-8',
      'utf-8',
    ],
    ['XML declaration when the header has none', Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t/>'), null, 'windows-1252'],
    ['single-quoted declaration', Buffer.from("<?xml version='1.0' encoding='ISO-8859-15'?><t/>"), null, 'iso-8859-15'],
    ['HTML meta charset', Buffer.from('<!doctype html><html><head><meta charset="windows-1251"></head>'), null, 'windows-1251'],
    [
      'HTML http-equiv meta',
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'),
      null,
      'iso-8859-2',
    ],
    ['no evidence → UTF-8', Buffer.from('BEGIN:VCALENDAR\r\n'), null, 'utf-8'],
    ['an unknown header label is ignored', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t/>'), 'x-made-up', 'windows-1252'],
    ['a declared UTF-16 without BOM in ASCII text means UTF-8', Buffer.from('<?xml version="1.0" encoding="UTF-16"?><t/>'), null, 'utf-8'],
  ])('%s', (_label, body, header, expected) => {
    expect(detectCharset(body, header)).toBe(expected);
  });

  it('strips the BOM from the text', () => {
    expect(decodeBody(utf8Bom, 'iso-8859-1')).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>ção</t>');
  });

  it('does not read a meta tag quoted inside a feed', () => {
    const rss = Buffer.from('<rss><channel><description><![CDATA[<meta charset="koi8-r">]]></description></channel></rss>');
    expect(declaredCharset(rss)).toBeNull();
  });
});

describe('windows-1252 bytes 0x80–0x9F (Node 20 TextDecoder gets these wrong)', () => {
  it.each([['windows-1252'], ['iso-8859-1'], ['us-ascii']])('labelled %s', (label) => {
    const bytes = Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x20, 0x96, 0x20, 0x92, 0x20, 0xe7, 0xe3, 0x20, 0x8d]);
    expect(decodeBody(bytes, label)).toBe('“hi” € – ’ çã \u008d');
  });
});

describe('bytes that are not the UTF-8 they claim (synthetic)', () => {
  const latin1 = Buffer.from('<?xml version="1.0"?><rss><channel><title>Caf\xe9 cr\xe8me</title></channel></rss>', 'latin1');
  it.each([
    ['header says UTF-8, no declaration', 'utf-8'],
    ['no header, no declaration', null],
  ])('%s → read as Windows-1252', (_label, header) => {
    expect(decodeBody(latin1, header)).toContain('Café crème');
  });
});
