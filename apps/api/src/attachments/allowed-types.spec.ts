import { decideType, looksLikeText } from './allowed-types';

describe('decideType', () => {
  const pdf = { ext: 'pdf', mime: 'application/pdf' };

  it('takes the type from the content and requires a matching name', () => {
    expect(decideType('a.PDF', pdf, Buffer.from('%PDF'))).toMatchObject({
      ok: true,
      mime: 'application/pdf',
    });
    expect(decideType('a.docx', pdf, Buffer.from('%PDF'))).toMatchObject({ ok: false });
    expect(decideType('a.pdf', { ext: 'exe', mime: 'application/x-msdownload' }, Buffer.alloc(2))).toEqual({
      ok: false,
      reason: 'Der Dateityp ist nicht erlaubt (erkannt: application/x-msdownload).',
    });
  });

  it('accepts text only as CSV or XML', () => {
    expect(decideType('liste.csv', undefined, Buffer.from('a;b\n'))).toMatchObject({ ok: true, key: 'csv' });
    expect(decideType('skript.pdf', undefined, Buffer.from('#!/bin/sh\n'))).toMatchObject({ ok: false });
    expect(decideType('daten.csv', undefined, Buffer.from([0, 1, 2]))).toMatchObject({ ok: false });
  });

  it('names legacy Office files by their ending, and leaves a ZIP named .docx to the directory check', () => {
    expect(decideType('alt.xls', { ext: 'cfb', mime: 'application/x-cfb' }, Buffer.alloc(8))).toMatchObject({
      ok: true,
      mime: 'application/vnd.ms-excel',
    });
    expect(decideType('neu.docx', { ext: 'zip', mime: 'application/zip' }, Buffer.alloc(8))).toMatchObject({
      ok: true,
      key: 'docx',
      verifyOoxml: true,
    });
  });
});

describe('looksLikeText', () => {
  it('allows tabs, line breaks and UTF-8, not NUL or other control bytes', () => {
    expect(looksLikeText(Buffer.from('Größe;\tWert\r\n'))).toBe(true);
    expect(looksLikeText(Buffer.from('a\u0000b'))).toBe(false);
    expect(looksLikeText(Buffer.from('a\u0007b'))).toBe(false);
    expect(looksLikeText(Buffer.alloc(0))).toBe(false);
  });
});
