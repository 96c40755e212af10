// Report lines and NIP checks written without regexes (csv.ts, xlsx-write.ts, input/nip.ts): the rules
// they state, on the inputs where a character-by-character check could go wrong.
import { describe, expect, it } from 'vitest';
import { csvRow, neutralizeFormula, csvCell } from '../../src/berkas/csv.ts';
import { xmlRow } from '../../src/berkas/xlsx-write.ts';
import { periksaNip } from '../../src/input/nip.ts';

describe('sel CSV', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+62', "'+62"],
    ['-7,875', "'-7,875"],
    ['@a', "'@a"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['', ''],
    ['12,5', '12,5'],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    ['a=b', 'a=b'],
  ])('neutralizeFormula %j → %j', (v, hasil) => expect(neutralizeFormula(v)).toBe(hasil));

  it('dikutip bila memuat kutip, akhir baris, atau pemisahnya; kutip di dalam digandakan', () => {
    expect(csvCell('Budi "Kecil"', ';')).toBe('"Budi ""Kecil"""');
    expect(csvCell('a\nb', ';')).toBe('"a\nb"');
    expect(csvCell('a\rb', ';')).toBe('"a\rb"');
    expect(csvCell('12,5', ';')).toBe('12,5');
    expect(csvCell('12,5', ',')).toBe('"12,5"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('a||b', '||')).toBe('"a||b"');
    expect(csvCell('a|b', '||')).toBe('a|b');
    expect(csvCell('a\tb', '\t')).toBe('"a\tb"');
    expect(csvCell('a,b;c', '\t')).toBe('a,b;c');
    expect(csvCell('=a;b', ';')).toBe(`"'=a;b"`);
  });

  it('baris: sel dipisah pemisahnya, diakhiri CRLF', () => {
    expect(csvRow(['a', '', '-1', 'x;y'], ';')).toBe('a;;\'-1;"x;y"\r\n');
    expect(csvRow([], ';')).toBe('\r\n');
    expect(csvRow(['satu'])).toBe('satu\r\n');
  });
});

describe('baris XML lembar kerja', () => {
  it('sel teks kosong dilewati; kolom dan nomor baris pada setiap sel; angka sebagai nilai', () => {
    expect(xmlRow(['a', '', 3, '=x'], 12, 0, true)).toBe(
      '<row r="12"><c r="A12" t="inlineStr"><is><t xml:space="preserve">a</t></is></c><c r="C12"><v>3</v></c>' +
        '<c r="D12" t="inlineStr"><is><t xml:space="preserve">\'=x</t></is></c></row>',
    );
    expect(xmlRow(['<&>'], 3, 2, false)).toBe(
      '<row r="3"><c r="A3" s="2" t="inlineStr"><is><t xml:space="preserve">&lt;&amp;&gt;</t></is></c></row>',
    );
    const lebar = Array.from({ length: 28 }, (_, i) => (i === 27 ? 'z' : ''));
    expect(xmlRow(lebar, 5, 0, true)).toBe('<row r="5"><c r="AB5" t="inlineStr"><is><t xml:space="preserve">z</t></is></c></row>');
  });
});

describe('periksaNip', () => {
  it.each([
    ['199001012015031001', undefined],
    [' 1990 0101 2015 0310 01\t', undefined],
    ['200002292020011001', undefined], // 29 Februari 2000: kabisat (habis dibagi 400)
    ['1990010120150310011', 'NIP harus terdiri atas 18 angka.'],
    ['19900101201503100a', 'NIP harus terdiri atas 18 angka.'],
    ['1.99001E+17', 'NIP harus terdiri atas 18 angka.'],
    ['199002302015031001', 'NIP: 8 angka pertama (19900230) harus tanggal lahir yang sah (TTTTBBHH).'],
    ['199104312015031001', 'NIP: 8 angka pertama (19910431) harus tanggal lahir yang sah (TTTTBBHH).'],
    ['199313012015031001', 'NIP: 8 angka pertama (19931301) harus tanggal lahir yang sah (TTTTBBHH).'],
    ['199001002015031001', 'NIP: 8 angka pertama (19900100) harus tanggal lahir yang sah (TTTTBBHH).'],
    ['210002292120011001', 'NIP: 8 angka pertama (21000229) harus tanggal lahir yang sah (TTTTBBHH).'], // 2100 bukan kabisat
    ['193912312015031001', 'NIP: 8 angka pertama (19391231) harus tanggal lahir yang sah (TTTTBBHH).'],
    [
      '199001012006031001',
      'NIP: angka ke-9 sampai ke-14 (200603) harus tahun dan bulan TMT CPNS yang masuk akal (paling cepat usia 17 tahun).',
    ],
    [
      '199001012015131001',
      'NIP: angka ke-9 sampai ke-14 (201513) harus tahun dan bulan TMT CPNS yang masuk akal (paling cepat usia 17 tahun).',
    ],
    [
      '199001012051031001',
      'NIP: angka ke-9 sampai ke-14 (205103) harus tahun dan bulan TMT CPNS yang masuk akal (paling cepat usia 17 tahun).',
    ],
    ['199001012015033001', 'NIP: angka ke-15 adalah kode jenis kelamin dan harus 1 (pria) atau 2 (wanita).'],
    ['199001012015031000', 'NIP: tiga angka terakhir (nomor urut) tidak boleh 000.'],
  ])('%j → %j', (nip, pesan) => expect(periksaNip(nip)).toBe(pesan));
});
