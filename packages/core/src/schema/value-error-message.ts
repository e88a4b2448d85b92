import { msg, str } from '../localize/locale.js';
import type { BnErrorCode } from '../events/index.js';

/**
 * The localised message of a `bn-error` code; call inside the element's
 * locale. `noun` is the widget's work in the definite form («kortet»,
 * «planen»). A JSON path is never in the text: the event carries it.
 */
export function errorMessage(code: BnErrorCode, detail?: string, noun = msg('skemaet')): string {
  switch (code) {
    case 'not-json':
      return msg('Indholdet kunne ikke læses: det er ikke gyldig JSON.');
    case 'not-object':
      return msg(str`Indholdet kunne ikke læses: det passer ikke til ${noun}.`);
    case 'missing-version':
      return msg('Indholdet mangler et versionsnummer (schemaVersion).');
    case 'newer-version':
      return msg(
        str`Indholdet er lavet med en nyere version (${detail ?? '?'}) end denne side kan læse. Intet er ændret.`,
      );
    case 'migration-failed':
      return msg('Indholdet fra en ældre version kunne ikke opdateres. Intet er ændret.');
    case 'invalid-shape':
      return msg(str`Indholdet passer ikke til ${noun}. Intet er ændret.`);
    case 'storage-unavailable':
      return msg(
        'Kladden kan ikke gemmes i denne browser. Det, du skriver, bliver kun gemt, når du afslutter.',
      );
    case 'import-failed':
      return msg('Filen kunne ikke indlæses. Intet er ændret.');
  }
}
