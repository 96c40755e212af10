// The projection chart: drawn on the server as SVG, readable without JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { modelGrafik } from '../../src/grafik/model.ts';
import { grafikSvg } from '../../src/grafik/svg.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

describe('grafik proyeksi', () => {
  const h = hitung(aturan, dasar({
    golongan: 'III/a', tmtPangkat: '2023-01-01', tmtJenjang: '2023-01-01', tanggalPerhitungan: '2025-01-15',
    penilaian: [{ mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' }, { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
  }));
  const g = modelGrafik(h.proyeksi!)!;

  it('garis tercatat dan proyeksi terpisah, dan angka kredit turun ke 0 pada kenaikan jenjang', () => {
    expect(g.garis.some((l) => l.jenis === 'tercatat')).toBe(true);
    expect(g.garis.some((l) => l.jenis === 'proyeksi')).toBe(true);
    // Every line starting a new jenjang begins on the zero line.
    const nol = g.area.bawah;
    const awalJenjang = g.garis.filter((l, i) => i === 0 || l.titik[0]!.y === nol);
    expect(awalJenjang.length).toBeGreaterThanOrEqual(2);
  });

  it('ambang dan tonggak setiap langkah tergambar, berurutan sesuai waktu', () => {
    expect(g.ambang.map((a) => a.label)).toEqual(h.proyeksi!.langkah.map((l) => `${l.jenis === 'kenaikan_pangkat' ? 'KP' : 'KP+KJ'} ${l.ke.kode}: ${l.ambang.tampilan}`));
    const xs = g.tonggak.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const t of g.tonggak) expect(t.x).toBeGreaterThanOrEqual(g.area.kiri);
    for (const t of g.tonggak) expect(t.x).toBeLessThanOrEqual(g.area.kanan);
  });

  it('SVG memuat judul dan uraian untuk pembaca layar, tanpa skrip', () => {
    const svg = grafikSvg(g);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="grafik-proyeksi-judul">');
    expect(svg).not.toContain('<script');
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/grafik-proyeksi.svg', svg);
  });
});
