// A spreadsheet in a ZIP archive, recognised by its content, not its name: an OpenDocument spreadsheet
// says so in its "mimetype" entry (an .ods saved by LibreOffice Calc), an Excel workbook has
// xl/workbook.xml. Either is read as the same stream of sheets (BagianLembar), so the batch chooses its
// sheet the same way for both.
import { FileError } from './errors.ts';
import { adalahOds, bacaLembarOds } from './ods.ts';
import { XLSX_LIMITS_WEB, bacaLembarXlsx, type BagianLembar, type XlsxLimits } from './xlsx.ts';
import { centralDirectory } from './xlsx-zip.ts';

export type FormatBukuKerja = 'xlsx' | 'ods';

export interface BukuKerja {
  format: FormatBukuKerja;
  /** The visible sheets' rows, sheet after sheet; next(true) passes over the rest of a sheet. */
  lembar: AsyncGenerator<BagianLembar, void, boolean | undefined>;
}

/** Which spreadsheet a ZIP archive holds. Throws FileError for an archive that is neither. */
export async function formatArsip(buf: Buffer, batas: XlsxLimits = XLSX_LIMITS_WEB): Promise<FormatBukuKerja> {
  const dir = centralDirectory(buf, batas);
  if (dir.has('xl/workbook.xml')) return 'xlsx';
  if (dir.has('mimetype')) {
    if (await adalahOds(buf, batas)) return 'ods';
    throw new FileError(
      415,
      'Berkas OpenDocument ini bukan lembar kerja (mis. dokumen teks .odt). Unggah lembar kerja .ods, .xlsx, atau CSV.',
    );
  }
  if (dir.has('word/document.xml') || dir.has('ppt/presentation.xml'))
    throw new FileError(
      415,
      'Berkas Word atau PowerPoint bukan lembar kerja. Unggah templat yang sudah diisi, sebagai .xlsx, .ods, atau CSV.',
    );
  return 'xlsx';
}

export async function bukaBukuKerja(buf: Buffer, batas: XlsxLimits = XLSX_LIMITS_WEB): Promise<BukuKerja> {
  const format = await formatArsip(buf, batas);
  return { format, lembar: format === 'ods' ? bacaLembarOds(buf, batas) : bacaLembarXlsx(buf, batas) };
}
