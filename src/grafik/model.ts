// The projection chart as plain geometry: cumulative AK over time against the thresholds, the
// KP/KJ milestones, and the counter's drop to 0 at each KJ. Renderers (SVG for the web, PDFKit for
// the Lembar Perhitungan) only draw what this returns; they compute nothing.
import type { HasilProyeksi } from '../domain/proyeksi.ts';

export interface Titik {
  x: number;
  y: number;
}
export interface Garis {
  titik: Titik[];
  jenis: 'tercatat' | 'proyeksi';
}
/** `labelX`/`labelY`: where the label's baseline starts, placed so that labels do not overlap. */
export interface GarisAmbang {
  x1: number;
  x2: number;
  y: number;
  label: string;
  labelX: number;
  labelY: number;
}
export interface GarisTonggak {
  x: number;
  label: string;
  jenis: 'kenaikan_pangkat' | 'kenaikan_jenjang' | 'tercatat_kenaikan_jenjang';
  baris: number;
}
export interface Tick {
  pos: number;
  label: string;
}

export interface ModelGrafik {
  lebar: number;
  tinggi: number;
  area: { kiri: number; atas: number; kanan: number; bawah: number };
  garis: Garis[];
  ambang: GarisAmbang[];
  tonggak: GarisTonggak[];
  sumbuX: Tick[];
  sumbuY: Tick[];
  judul: string;
  uraian: string;
}

const bulanIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

function langkahY(max: number): number {
  const kasar = max / 5;
  const p = 10 ** Math.floor(Math.log10(kasar || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= kasar) ?? 10 * p;
}

const angkaId = (v: number) => String(v).replace('.', ',');

export function modelGrafik(
  p: HasilProyeksi,
  ukuran: { lebar: number; tinggi: number } = { lebar: 760, tinggi: 340 },
): ModelGrafik | undefined {
  if (p.seri.length === 0) return undefined;
  const area = { kiri: 56, atas: 16, kanan: ukuran.lebar - 16, bawah: ukuran.tinggi - 64 };
  const m0 = bulanIndex(p.seri[0]!.bulan);
  const m1 = Math.max(bulanIndex(p.seri.at(-1)!.bulan), ...p.tonggak.map((t) => bulanIndex(t.bulan)), m0 + 12);
  // Plotting needs screen coordinates only: the figures themselves stay exact in the result.
  const nilai = p.seri.map((t) => Number(t.kumulatif));
  const maxY = Math.max(...nilai, ...p.ambang.map((a) => Number(a.ambang)), 1);
  const step = langkahY(maxY * 1.05);
  const atasY = Math.ceil((maxY * 1.05) / step) * step;
  const x = (m: number) => area.kiri + ((m - m0 + 1) / (m1 - m0 + 1)) * (area.kanan - area.kiri);
  const y = (v: number) => area.bawah - (v / atasY) * (area.bawah - area.atas);

  const garis: Garis[] = [];
  let kini: Garis | undefined;
  let jenjang = '';
  p.seri.forEach((t, i) => {
    const jenis = t.proyeksi ? 'proyeksi' : 'tercatat';
    const titik = { x: x(bulanIndex(t.bulan)), y: y(nilai[i]!) };
    if (!kini || t.jenjang !== jenjang) {
      kini = { titik: [{ x: x(bulanIndex(t.bulan) - 1), y: y(0) }], jenis };
      garis.push(kini);
    } else if (kini.jenis !== jenis) {
      const last = kini.titik.at(-1)!;
      kini = { titik: [last], jenis };
      garis.push(kini);
    }
    kini.titik.push(titik);
    jenjang = t.jenjang;
  });

  // Labels sit just above their line; one that would overlap an earlier label goes below its line,
  // then further right. Widths are estimated from the character count at the renderers' font size.
  const LEBAR_HURUF = 6;
  const TINGGI_LABEL = 12;
  const terpakai: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const bentrok = (r: { x1: number; x2: number; y1: number; y2: number }) =>
    terpakai.some((q) => r.x1 < q.x2 && q.x1 < r.x2 && r.y1 < q.y2 && q.y1 < r.y2);
  const ambang = p.ambang.map((a) => {
    const x1 = x(bulanIndex(a.mulai) - 1);
    const yy = y(Number(a.ambang));
    const w = a.label.length * LEBAR_HURUF;
    const calon = [
      { lx: x1 + 4, ly: yy - 4 },
      { lx: Math.max(area.kiri + 4, area.kanan - w), ly: yy - 4 },
      { lx: x1 + 4, ly: yy + TINGGI_LABEL },
      { lx: Math.max(area.kiri + 4, area.kanan - w), ly: yy + TINGGI_LABEL },
      ...terpakai.map((q) => ({ lx: q.x2 + 6, ly: yy - 4 })),
    ];
    const pilih =
      calon.find((c) => c.lx + w <= area.kanan && !bentrok({ x1: c.lx, x2: c.lx + w, y1: c.ly - TINGGI_LABEL + 2, y2: c.ly + 2 })) ??
      calon[0]!;
    terpakai.push({ x1: pilih.lx, x2: pilih.lx + w, y1: pilih.ly - TINGGI_LABEL + 2, y2: pilih.ly + 2 });
    return { x1, x2: x(bulanIndex(a.selesai)), y: yy, label: a.label, labelX: pilih.lx, labelY: pilih.ly };
  });
  const tonggak = p.tonggak.map((t, i) => ({ x: x(bulanIndex(t.bulan) - 1), label: t.label, jenis: t.jenis, baris: i % 2 }));

  const sumbuY: Tick[] = [];
  for (let v = 0; v <= atasY + 1e-9; v += step) sumbuY.push({ pos: y(v), label: angkaId(Math.round(v * 1000) / 1000) });
  const tahun0 = Math.floor(m0 / 12) + 1;
  const tahun1 = Math.floor(m1 / 12);
  const tiap = Math.max(1, Math.ceil((tahun1 - tahun0 + 1) / 10));
  const sumbuX: Tick[] = [];
  for (let t = tahun0; t <= tahun1; t += tiap) sumbuX.push({ pos: x(t * 12 - 1), label: String(t) });

  const akhir = p.langkah.at(-1);
  return {
    lebar: ukuran.lebar,
    tinggi: ukuran.tinggi,
    area,
    garis,
    ambang,
    tonggak,
    sumbuX,
    sumbuY,
    judul: 'Angka kredit kumulatif dalam jenjang dan proyeksinya',
    uraian: `Garis utuh: angka kredit tercatat; garis putus-putus: proyeksi dengan predikat ${p.asumsi}. Garis mendatar: ambang kenaikan berikutnya. Angka kredit kembali 0 pada setiap kenaikan jenjang.${akhir ? ` Langkah terakhir yang diproyeksikan: ${akhir.ke.pangkat} (${akhir.ke.kode}) pada ${akhir.tmt.tampilan}.` : ''}`,
  };
}
