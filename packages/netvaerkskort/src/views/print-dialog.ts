import { html, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import type { PrintFlavour, PrintKind } from '../controllers/derived.js';
import { dialogShell } from './person-dialog.js';

/** Each print's name, as the dialog asks and the paper's header says. */
export const printName = (kind: PrintKind): string =>
  ({
    child: () => msg('Barnets kort'),
    professional: () => msg('Til journalen'),
    invitations: () => msg('Invitationer til netværksdagen'),
  })[kind]();

/** The map on paper: not on the invitation list; with its bonds only in the case file. */
export const mapPrintClass = (flavour: PrintFlavour): string =>
  flavour === 'invitations' ? 'no-print' : flavour === 'professional' ? 'staff-print' : '';

/** What each print holds, said before it is printed. */
const printContents = (kind: PrintKind): string =>
  ({
    child: () =>
      msg(
        'Til at tage med hjem: personer, billeder og ringe, og en stjerne ved de voksne, barnet stoler på. Intet om bånd, noter eller det derhjemme.',
      ),
    professional: () =>
      msg(
        'Fortroligt: kortet med bånd, og hver person med telefonnummer, note og mærker for netværksdagen.',
      ),
    invitations: () =>
      msg('Til centret, der sender invitationerne: hvem barnet inviterer, og deres telefonnummer.'),
  })[kind]();

/** Names the print and what is on it, before the printer dialog opens. */
export const printDialog = (p: {
  kind: PrintKind;
  level: number;
  onSave: () => void;
  onCancel: () => void;
}): TemplateResult =>
  dialogShell(
    'print',
    printName(p.kind),
    { ...p, locked: false },
    msg('Udskriv'),
    html`<p id="print-contents">${printContents(p.kind)}</p>`,
  );
