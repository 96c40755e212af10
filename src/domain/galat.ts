// Input errors: typed, in Indonesian, each naming the field it is about (a dotted path into the input).

export interface MasalahMasukan {
  field: string;
  pesan: string;
}

export class InputError extends Error {
  constructor(readonly masalah: MasalahMasukan[]) {
    super(masalah.map((m) => `${m.field}: ${m.pesan}`).join('; '));
    this.name = 'InputError';
  }
}
