// The projection chart: drawn on the server as SVG, readable without JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { modelGrafik } from '../../src/grafik/model.ts';
import { grafikSvg } from '../../src/grafik/svg.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

// Ahli Pertama III/a since January 2023, Sangat Baik in 2023 and Baik in 2024 (18,75 + 12,5 = 31,25),
// projected with Baik up to IV/e: the steps follow rules/kumulatif.yaml for "Jabatan Fungsional lainnya".
// Computed inside each test (not at describe level), so mutation testing counts each test's coverage.
function contoh() {
  const h = hitung(
    aturan,
    dasar({
      golongan: 'III/a',
      tmtPangkat: '2023-01-01',
      tmtJenjang: '2023-01-01',
      tanggalPerhitungan: '2025-01-15',
      penilaian: [
        { mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' },
        { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
      ],
    }),
  );
  return { h, g: modelGrafik(h.proyeksi!)! };
}

describe('grafik proyeksi', () => {
  it('garis tercatat dan proyeksi terpisah, dan angka kredit turun ke 0 pada kenaikan jenjang', () => {
    const { g } = contoh();
    // Recorded Ahli Pertama, its projected continuation, then one line per KJ: Ahli Muda, Ahli Madya, Ahli Utama.
    expect(g.garis.map((l) => l.jenis)).toEqual(['tercatat', 'proyeksi', 'proyeksi', 'proyeksi', 'proyeksi']);
    // The recorded line and every line starting a new jenjang begin on the zero line; the continuation does not.
    const nol = g.area.bawah;
    expect(g.garis.map((l) => l.titik[0]!.y === nol)).toEqual([true, false, true, true, true]);
    // The continuation starts where the recorded line ends.
    expect(g.garis[1]!.titik[0]).toEqual(g.garis[0]!.titik.at(-1));
    // 24 recorded months, each one point, plus the starting point on the zero line.
    expect(g.garis[0]!.titik).toHaveLength(25);
  });

  it('ambang dan tonggak setiap langkah tergambar, berurutan sesuai waktu', () => {
    const { g } = contoh();
    expect(g.ambang.map((a) => a.label)).toEqual([
      'KP III/b: 50,000',
      'KP+KJ III/c: 100,000',
      'KP III/d: 100,000',
      'KP+KJ IV/a: 200,000',
      'KP IV/b: 150,000',
      'KP IV/c: 300,000',
      'KP+KJ IV/d: 450,000',
      'KP IV/e: 200,000',
    ]);
    expect(g.tonggak.map((t) => t.label)).toEqual([
      'KP III/b',
      'KJ Ahli Muda / III/c',
      'KP III/d',
      'KJ Ahli Madya / IV/a',
      'KP IV/b',
      'KP IV/c',
      'KJ Ahli Utama / IV/d',
      'KP IV/e',
    ]);
    const xs = g.tonggak.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const t of g.tonggak) expect(t.x).toBeGreaterThanOrEqual(g.area.kiri);
    for (const t of g.tonggak) expect(t.x).toBeLessThanOrEqual(g.area.kanan);
  });

  it('SVG memuat judul dan uraian untuk pembaca layar, tanpa skrip', () => {
    const { g } = contoh();
    const svg = grafikSvg(g);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="grafik-proyeksi-judul">');
    expect(svg).not.toContain('<script');
    for (const a of g.ambang) expect(svg).toContain(a.label);
    // One polyline per line of the model; the projected ones dashed.
    expect(svg.match(/<polyline /g)).toHaveLength(5);
    expect(svg.match(/<polyline [^>]*stroke-dasharray="6 4"/g)).toHaveLength(4);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/grafik-proyeksi.svg', svg);
  });
});
