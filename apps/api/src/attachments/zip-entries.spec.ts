import { zipFile } from '../../test/upload-files';
import { readZipEntries, refusedEntry } from './zip-entries';

const entriesOf = (zip: Buffer) =>
  readZipEntries(zip.subarray(Math.max(0, zip.length - 70_000)), zip.length, async (o, l) =>
    zip.subarray(o, o + l),
  );

describe('ZIP entries', () => {
  it('reads the names from the central directory', async () => {
    const zip = zipFile([
      { name: 'ordner/', data: '' },
      { name: 'ordner/nachricht.xml', data: '<x/>' },
      { name: 'Überblick.pdf', data: '%PDF' },
    ]);
    const entries = await entriesOf(zip);
    expect(entries?.map((e) => e.name)).toEqual(['ordner/', 'ordner/nachricht.xml', 'Überblick.pdf']);
    expect(refusedEntry(entries)).toBeNull();
  });

  it('refuses executables, unknown endings and broken archives', async () => {
    expect(refusedEntry(await entriesOf(zipFile([{ name: 'a/setup.exe', data: 'MZ' }])))).toContain(
      'a/setup.exe',
    );
    expect(refusedEntry(await entriesOf(zipFile([{ name: 'makro.vbs', data: 'x' }])))).toContain('makro.vbs');
    expect(refusedEntry(await entriesOf(Buffer.from('PK not really a zip')))).toContain('beschädigt');
    expect(refusedEntry([{ name: 'geheim.pdf', encrypted: true }])).toContain('verschlüsselt');
  });
});
