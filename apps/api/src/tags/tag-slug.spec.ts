import { slugOf } from './tag-slug';

describe('slugOf', () => {
  it('makes URL names of tag names', () => {
    expect(slugOf('FIT-Connect')).toBe('fit-connect');
    expect(slugOf('Servicekonto/BundID')).toBe('servicekonto-bundid');
    expect(slugOf('Schnittstelle Fachverfahren')).toBe('schnittstelle-fachverfahren');
    expect(slugOf('Datenschutz-Folgenabschätzung')).toBe('datenschutz-folgenabschaetzung');
    expect(slugOf('  Größe & Maße ')).toBe('groesse-masse');
    expect(slugOf('!!!')).toBe('');
  });
});
