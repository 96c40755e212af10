// Draws the chart model as an inline SVG (server-side, no script, readable without JavaScript).
import type { ModelGrafik } from './model.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

export function grafikSvg(g: ModelGrafik, id = 'grafik-proyeksi'): string {
  const { kiri, atas, kanan, bawah } = g.area;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.lebar} ${g.tinggi}" role="img" aria-labelledby="${id}-judul ${id}-uraian" class="grafik" font-family="system-ui, sans-serif">`,
  );
  parts.push(`<title id="${id}-judul">${esc(g.judul)}</title><desc id="${id}-uraian">${esc(g.uraian)}</desc>`);
  for (const t of g.sumbuY) {
    parts.push(`<line x1="${kiri}" x2="${kanan}" y1="${n(t.pos)}" y2="${n(t.pos)}" stroke="#e2e8f0" stroke-width="1"/>`);
    parts.push(`<text x="${kiri - 6}" y="${n(t.pos + 4)}" text-anchor="end" font-size="11" fill="#334155">${esc(t.label)}</text>`);
  }
  for (const t of g.sumbuX) {
    parts.push(`<line x1="${n(t.pos)}" x2="${n(t.pos)}" y1="${bawah}" y2="${bawah + 5}" stroke="#64748b" stroke-width="1"/>`);
    parts.push(`<text x="${n(t.pos)}" y="${bawah + 18}" text-anchor="middle" font-size="11" fill="#334155">${esc(t.label)}</text>`);
  }
  parts.push(
    `<line x1="${kiri}" x2="${kanan}" y1="${bawah}" y2="${bawah}" stroke="#64748b" stroke-width="1"/><line x1="${kiri}" x2="${kiri}" y1="${atas}" y2="${bawah}" stroke="#64748b" stroke-width="1"/>`,
  );
  for (const a of g.ambang) {
    parts.push(
      `<line x1="${n(a.x1)}" x2="${n(a.x2)}" y1="${n(a.y)}" y2="${n(a.y)}" stroke="#b45309" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    );
    parts.push(`<text x="${n(a.labelX)}" y="${n(a.labelY)}" font-size="11" fill="#92400e">${esc(a.label)}</text>`);
  }
  for (const t of g.tonggak) {
    parts.push(
      `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${atas}" y2="${bawah}" stroke="${t.jenis === 'kenaikan_pangkat' ? '#2563eb' : '#7c3aed'}" stroke-width="1" stroke-dasharray="2 3"/>`,
    );
    parts.push(
      `<text x="${n(t.x)}" y="${bawah + 34 + t.baris * 14}" text-anchor="middle" font-size="10.5" fill="#1e3a8a">${esc(t.label)}</text>`,
    );
  }
  for (const l of g.garis) {
    parts.push(
      `<polyline points="${l.titik.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="#0f766e" stroke-width="2.5"${l.jenis === 'proyeksi' ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
