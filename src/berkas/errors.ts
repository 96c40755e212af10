// Problems in a batch file. A file we cannot read at all is a FileError (the whole upload is refused
// with a 4xx); a problem in one row is a RowProblem attached to that person, and the others go on.

export class FileError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** One problem: spreadsheet row number (1 = header row), column header, Indonesian message. */
export interface RowProblem {
  baris: number;
  kolom: string;
  pesan: string;
}

/** A row as read from the file: its row number and its cells as text. */
export interface BarisMentah {
  nomor: number;
  sel: string[];
  /** Column indexes whose cell holds a formula (XLSX only). */
  rumus?: number[];
}

export function problemText(g: RowProblem): string {
  return `baris ${g.baris}, kolom ${g.kolom}: ${g.pesan}`;
}
