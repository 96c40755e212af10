// SpreadsheetML written with a namespace prefix: <x:worksheet xmlns:x="…/spreadsheetml/2006/main"> and then
// <x:row>, <x:c>, <x:v> (the .NET Open XML SDK and some exporters write so). The readers look for the
// unprefixed names; a part whose root element binds a prefix to the namespace the reader reads has that
// prefix taken off its element names as it is inflated, so it reads as Excel's own. Only prefixes bound
// to that namespace are taken off: an element of another namespace (x14:…, mc:…) keeps its name.

/** SpreadsheetML's main namespace (transitional and strict). */
export const NS_SPREADSHEETML = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];
/** OPC relationships (workbook.xml.rels). */
export const NS_RELASI = ['http://schemas.openxmlformats.org/package/2006/relationships'];

/** Bytes of a part looked at for its root element's start tag. */
const MAKS_AKAR = 64 * 1024;

/** The prefixes the root start tag of `awal` binds to one of `ns`; undefined when the tag is not complete in it. */
function awalanAkar(awal: string, ns: string[]): string[] | undefined {
  let i = 0;
  for (;;) {
    i = awal.indexOf('<', i);
    if (i < 0) return undefined;
    const c = awal[i + 1];
    // The XML declaration, a comment or a processing instruction before the root.
    if (c === '?' || c === '!') {
      const akhir = awal.indexOf('>', i + 2);
      if (akhir < 0) return undefined;
      i = akhir + 1;
      continue;
    }
    break;
  }
  const gt = awal.indexOf('>', i);
  if (gt < 0) return undefined;
  const tag = awal.slice(i, gt);
  const hasil: string[] = [];
  for (const m of tag.matchAll(/\bxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])([^"']*)\2/g)) if (ns.includes(m[3]!)) hasil.push(m[1]!);
  return hasil;
}

/** Chunks with `<p:` and `</p:` of each prefix p written `<` and `</`. */
function* tanpa(chunks: Iterable<Buffer>, awalan: string[], sisa: { b: Buffer }): Generator<Buffer> {
  const pola = awalan.map((p) => Buffer.from(`${p}:`, 'latin1'));
  const panjangMaks = Math.max(...pola.map((p) => p.length)) + 1;
  for (const chunk of chunks) {
    const d = sisa.b.length ? Buffer.concat([sisa.b, chunk]) : chunk;
    const keluar: Buffer[] = [];
    let dari = 0;
    let i = d.indexOf(60);
    let akhir = d.length;
    for (; i >= 0; i = d.indexOf(60, i + 1)) {
      // A '<' too near the end to know: kept for the next chunk.
      if (i + panjangMaks > d.length) {
        akhir = i;
        break;
      }
      const j = d[i + 1] === 47 ? i + 2 : i + 1;
      const p = pola.find((q) => d.compare(q, 0, q.length, j, j + q.length) === 0);
      if (!p) continue;
      keluar.push(d.subarray(dari, j));
      dari = j + p.length;
    }
    keluar.push(d.subarray(dari, akhir));
    sisa.b = d.subarray(akhir);
    yield Buffer.concat(keluar);
  }
}

/**
 * The part's chunks, prefixes bound to `ns` taken off its element names. A part without such a prefix
 * passes unchanged after its root start tag has been seen.
 */
export async function* tanpaAwalan(chunks: AsyncIterable<Uint8Array>, ns: string[]): AsyncGenerator<Uint8Array> {
  let awal: Buffer[] = [];
  let panjang = 0;
  let awalan: string[] | undefined;
  const sisa = { b: Buffer.alloc(0) };
  for await (const c of chunks) {
    const b = Buffer.from(c.buffer, c.byteOffset, c.length);
    if (awalan === undefined) {
      awal.push(b);
      panjang += b.length;
      const teks = Buffer.concat(awal).toString('utf8', 0, Math.min(panjang, MAKS_AKAR));
      awalan = awalanAkar(teks, ns) ?? (panjang >= MAKS_AKAR ? [] : undefined);
      if (awalan === undefined) continue;
      const tertunda = awal;
      awal = [];
      if (awalan.length === 0) yield* tertunda;
      else yield* tanpa(tertunda, awalan, sisa);
      continue;
    }
    if (awalan.length === 0) yield b;
    else yield* tanpa([b], awalan, sisa);
  }
  if (awalan === undefined) yield* awal;
  else if (sisa.b.length) yield sisa.b;
}
