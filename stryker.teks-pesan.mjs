// Stryker ignorer for message texts: a string or template literal containing a space is a sentence shown
// to the user (an error message, a verdict, a condition's description). Mutating its wording tells
// nothing about the calculation, so those mutants are left out of the score (README, "Pengujian mutasi").
// Identifiers, field names and ids contain no space and are still mutated.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const adaSpasi = (path) =>
  (path.isStringLiteral() && path.node.value.includes(' ')) ||
  (path.isTemplateLiteral() && path.node.quasis.some((q) => q.value.cooked?.includes(' ')));

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'teks-pesan', {
    shouldIgnore(path) {
      return adaSpasi(path) ? 'Teks pesan untuk pengguna (kalimat), bukan perhitungan' : undefined;
    },
  }),
];
