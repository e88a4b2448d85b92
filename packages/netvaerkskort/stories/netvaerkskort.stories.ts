import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import '../src/define.js';
import type { NetvaerkskortValue, Sector } from '../src/elements.js';
import {
  foersteKort,
  fuldtKort,
  mangePersoner,
  netvaerksdagKort,
  STORY_TODAY,
  tomtKort,
  toVersioner,
} from '../src/testing/samples.js';

interface Args {
  value: NetvaerkskortValue;
  today: string;
  sectors: Sector[] | null;
  name: string;
  simple: boolean;
  pseudonymise: boolean;
  disabled: boolean;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

/** The element in the story, once the map and the list below it have rendered. */
async function widget(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('bn-netvaerkskort');
  if (!el) throw new Error('<bn-netvaerkskort> did not render');
  await el.fullyRendered;
  return el;
}

/** An element in the widget's shadow root, or a clear failure. */
function part<E extends Element>(root: ShadowRoot, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <bn-netvaerkskort>`);
  return found;
}

const netvaerkskort = (args: Args) => html`
  <bn-netvaerkskort
    name=${args.name}
    today=${args.today}
    lang=${args.lang || nothing}
    ?simple=${args.simple}
    ?pseudonymise=${args.pseudonymise}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    .sectors=${args.sectors}
    .value=${args.value}
  ></bn-netvaerkskort>
`;

const meta = {
  title: 'Widgets/Netværkskort',
  // ASCII in the URL (the title would give «netværkskort»).
  id: 'widgets-netvaerkskort',
  component: 'bn-netvaerkskort',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Barnets netværkskort: barnet i midten, tre ringe for hvor tæt på folk er, og fem områder af barnets liv. Barnet sætter personer på sammen med en voksen – med finger, mus eller tastatur – og markerer de voksne, det kan tale med om det derhjemme. Kortet kan gemmes som versioner og sammenlignes over tid. Alle historier bruger `today="2026-11-22"`, og alle personer er opdigtede.',
      },
    },
  },
  argTypes: {
    value: {
      description: 'Værdien: `{ schemaVersion: 2, child, people, versions }`.',
      control: 'object',
    },
    today: {
      description: 'Dagen, versioner og udskrifter dateres med (`YYYY-MM-DD`).',
      control: 'text',
    },
    sectors: {
      description:
        'Værtens egne livsområder (`id`, `label`, `colour`); ellers de fem standardområder.',
      control: 'object',
    },
    name: { description: 'Feltnavnet, værdien sendes under i en `<form>`.', control: 'text' },
    simple: {
      description: 'Til de mindste: større billeder, færre ord og ingen sammenligning.',
      control: 'boolean',
    },
    pseudonymise: {
      description: 'Navne bliver til pseudonymer som «Voksen 2 (lærer)» på skærm og i udskrift.',
      control: 'boolean',
    },
    disabled: { description: 'Kan ikke bruges og sendes ikke med.', control: 'boolean' },
    readonly: { description: 'Vises og kan udskrives, men ikke ændres.', control: 'boolean' },
    lang: {
      description: 'Sprog; ellers nærmeste `lang` over elementet.',
      control: 'inline-radio',
      options: ['', 'da', 'en'],
    },
  },
  args: {
    value: tomtKort(),
    today: STORY_TODAY,
    sectors: null,
    name: 'netvaerkskort',
    simple: false,
    pseudonymise: false,
    disabled: false,
    readonly: false,
    lang: '',
  },
  render: (args) => netvaerkskort(args),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Tom: Story = {
  parameters: {
    docs: {
      description: {
        story: 'Sådan møder barnet kortet: kun barnet selv i midten og knappen «Sæt en person på».',
      },
    },
  },
};

export const ForsteKort: Story = {
  name: 'Første kort',
  args: { value: foersteKort },
  parameters: {
    docs: {
      description: {
        story:
          'Sofies første kort med fem personer: mor, mormor, læreren, en veninde og fodboldtræneren. Mormor og læreren er voksne, hun kan tale med om det derhjemme (★); med mor «Det er svært», og træneren «Vi ses ikke så tit».',
      },
    },
  },
};

export const FuldtKort: Story = {
  name: 'Fuldt kort',
  args: { value: fuldtKort },
  parameters: {
    docs: {
      description: {
        story:
          'Et fyldt kort med 25 personer: alle fem livsområder har nogen i alle tre ringe, og alle slags bånd er med.',
      },
    },
  },
};

export const Seksti: Story = {
  name: 'Seksti personer',
  args: { value: mangePersoner(60) },
  parameters: {
    docs: {
      description: {
        story:
          'Et stort netværk med 60 personer, fordelt jævnt over områder og ringe. I fyldte felter står navnene skiftevis længere inde og længere ude, så ingen navne dækker hinanden.',
      },
    },
  },
};

export const EnkelTilstand: Story = {
  name: 'Enkel tilstand',
  args: { value: foersteKort, simple: true },
  parameters: {
    docs: {
      description: {
        story:
          'Til de mindste (`simple`): billeder 1,6 gange så store, korte ord («Tilføj», «Udskriv») og et ikon på hver handling. Dialogen spørger kun om navn, hvem det er, billede og om barnet kan tale med personen; et bånd gemmes ikke af sig selv. Navnene dækker ikke hinanden.',
      },
    },
  },
};

export const TastaturGennemgang: Story = {
  name: 'Tastaturgennemgang',
  parameters: {
    docs: {
      description: {
        story:
          'Kun med tastaturet: «Sæt en person på» åbnes med Enter, navnet skrives, personen sættes på kortet, samles op med mellemrum og flyttes længere væk med pil ned. Hver flytning læses op i statusfeltet.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const root = el.shadowRoot;
    if (!root) throw new Error('<bn-netvaerkskort> has no shadow root');

    part<HTMLButtonElement>(root, '#add-person').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await expect(part(root, '#person-dialog').hasAttribute('open')).toBe(true);
    await expect(root.activeElement?.id).toBe('person-name');
    await userEvent.keyboard('Morfar');
    part<HTMLInputElement>(root, '#person-relation').focus();
    await userEvent.keyboard('morfar');
    part<HTMLButtonElement>(root, '#person-dialog .actions .button').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await el.updateComplete;

    const [morfar] = el.value.people;
    await expect(morfar).toMatchObject({ name: 'Morfar', relation: 'morfar', ring: 1 });
    await expect(root.querySelector('#person-dialog')).toBeNull();
    await expect(root.activeElement?.id).toBe(`person-${morfar?.id}`);

    await userEvent.keyboard(' ');
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    await el.updateComplete;
    const live = part(root, '[role="status"][aria-live]').textContent ?? '';
    await expect(live).toContain('er flyttet ');
    await expect(live).toContain('Morfar er flyttet tæt på dig, til Familie.');
    await expect(el.value.people[0]?.ring).toBe(2);
  },
};

export const PseudonymiseretUdskrift: Story = {
  name: 'Pseudonymiseret udskrift',
  args: { value: foersteKort, pseudonymise: true },
  parameters: {
    docs: {
      description: {
        story:
          'Pseudonymer slået til (`pseudonymise`): navnene vises som fx «Voksen 2 (mormor)». «Udskriv til journalen» udskriver kortet med pseudonymerne (uden telefonnumre og noter), så sagen ikke får barnets navne på netværket; «Udskriv til barnet» udskriver med de rigtige navne.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const names = [...(el.shadowRoot?.querySelectorAll('svg.map .person-name') ?? [])].map(
      (t) => t.textContent,
    );
    await expect(names).toContain('Voksen 2 (mormor)');
    await expect(names).not.toContain('Mormor');
  },
};

/**
 * What would go on paper: the text not hidden in print, taken while the
 * print dialog would be open (the printer itself is not called).
 */
async function paper(
  el: HTMLElementTagNameMap['bn-netvaerkskort'],
  kind: 'child' | 'professional',
) {
  const original = window.print;
  let text = '';
  window.print = () => {
    const box = document.createElement('div');
    for (const node of el.shadowRoot?.childNodes ?? []) box.append(node.cloneNode(true));
    box.querySelectorAll('.no-print, dialog').forEach((n) => n.remove());
    text = (box.textContent ?? '').replace(/\s+/g, ' ');
    window.dispatchEvent(new Event('afterprint'));
  };
  try {
    await el.printFor(kind);
  } finally {
    window.print = original;
  }
  return text;
}

export const Netvaerksdag: Story = {
  name: 'Netværksdag',
  args: { value: netvaerksdagKort },
  parameters: {
    docs: {
      description: {
        story:
          'Før netværksdagen (R 2972–3112): Sofie inviterer mormor, læreren Lone og farmor i Sverige. Den voksne markerer i dialogens del «Til den voksne», hvem der inviteres, hvornår forældrene gav samtykke til samarbejde, og hvem der kender barnets plan. «Vis de voksnes oplysninger» viser mærkerne, båndenes korte navne og noterne i listen; «Udskriv invitationer til netværksdagen» giver centret listen at sende fra. Farmors bånd er ikke valgt endnu.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const root = el.shadowRoot;
    if (!root) throw new Error('<bn-netvaerkskort> has no shadow root');
    part<HTMLInputElement>(root, '#staff-details').click();
    await el.updateComplete;
    const lone = part(root, '#list-person-laerer-lone').textContent?.replace(/\s+/g, ' ') ?? '';
    await expect(lone).toContain('samtykke til samarbejde 3. nov. 2026');
    await expect(lone).toContain('kender barnets plan');
    await expect(el.handover.networkDayInvitations.map((p) => p.name)).toEqual([
      'Mormor',
      'Lone',
      'Farmor Inger',
    ]);
  },
};

export const BarnetsUdskrift: Story = {
  name: 'Barnets udskrift',
  args: { value: netvaerksdagKort },
  parameters: {
    docs: {
      description: {
        story:
          'Udskriften barnet tager med hjem, hvor en forælder drikker, og hvor børn skjuler det, der sker (R 807–808): personer, billeder og ringe, og en stjerne ved «En voksen jeg stoler på». Ingen bånd, ingen noter, telefonnumre eller mærker, intet om det derhjemme. Før printeren åbner, siger en dialog, hvilken udskrift det er, og hvad den viser (her åben).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const root = el.shadowRoot;
    if (!root) throw new Error('<bn-netvaerkskort> has no shadow root');
    const text = await paper(el, 'child');
    await expect(text).toContain('Barnets kort');
    await expect(text).toContain('En voksen jeg stoler på');
    for (const unsafe of ['bånd', 'Det er svært', 'derhjemme', 'Malmö', '+46'])
      await expect(text).not.toContain(unsafe);
    part<HTMLButtonElement>(root, '#print-child').click();
    await el.updateComplete;
    await expect(part(root, '#print-dialog-title').textContent).toBe('Barnets kort');
  },
};

export const JournalensUdskrift: Story = {
  name: 'Udskrift til journalen',
  args: { value: netvaerksdagKort },
  parameters: {
    docs: {
      description: {
        story:
          'Udskriften til journalen (fortrolig) beholder alt: kortet med bånd og forklaring, og under det hver person med hvor, bånd, mærker for netværksdagen, telefonnummer og den voksnes note. Dialogen før printeren siger, at det er udskriften til journalen (her åben).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const root = el.shadowRoot;
    if (!root) throw new Error('<bn-netvaerkskort> has no shadow root');
    const text = await paper(el, 'professional');
    await expect(text).toContain('Til journalen');
    await expect(text).toContain('Svært bånd');
    await expect(text).toContain('+46 70 123 45 67');
    await expect(text).toContain('Bor i Malmö');
    part<HTMLButtonElement>(root, '#print-professional').click();
    await el.updateComplete;
    await expect(part(root, '#print-dialog-title').textContent).toBe('Til journalen');
  },
};

export const ToVersionerSammenlignet: Story = {
  name: 'To versioner sammenlignet',
  args: { value: toVersioner },
  parameters: {
    docs: {
      description: {
        story:
          'Sofies kort med to gemte versioner (marts og august 2026). Kortet sammenlignes selv med den seneste version: mor og Jonas er kommet tættere på, Asta længere væk, Lone er i et nyt område, Rasmus er ny, og Emil og Birgit er ikke med mere.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement);
    const text = (el.shadowRoot?.querySelector('.compare')?.textContent ?? '').replace(/\s+/g, ' ');
    await expect(text).toContain('Kort fra 20. august 2026');
    await expect(text).toContain('Kommet tættere på Mette, Jonas');
    await expect(text).toContain('Kommet længere væk Asta');
    await expect(text).toContain('Nye Rasmus');
    await expect(text).toContain('Ikke med mere Emil, Birgit');
  },
};

export const Skrivebeskyttet: Story = {
  args: { value: fuldtKort, readonly: true },
  parameters: {
    docs: {
      description: {
        story:
          'Skrivebeskyttet (`readonly`): kortet og listen vises og kan udskrives og hentes, men ingen kan flyttes, rettes eller fjernes.',
      },
    },
  },
};

export const Engelsk: Story = {
  args: { value: foersteKort },
  globals: { locale: 'en' },
  parameters: {
    docs: {
      description: {
        story:
          'Værktøjslinjens sprog sat til engelsk (`lang="en"` over widgetten). Navne og relationer er barnets egne ord og oversættes ikke.',
      },
    },
  },
};

export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: foersteKort },
  globals: { theme: 'high-contrast' },
  parameters: {
    docs: {
      description: {
        story: 'Temaet «Høj kontrast» sat på elementet over widgetten (`data-bn-theme`).',
      },
    },
  },
};

export const Smal320: Story = {
  name: 'Smal (320 px)',
  args: { value: foersteKort },
  render: (args) => html`
    <style>
      .bn-story-smal {
        inline-size: 320px;
        outline: 1px dashed #6b7280;
      }
    </style>
    <div class="bn-story-smal">${netvaerkskort(args)}</div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Widgetten i en 320 px bred spalte, som på en lille telefon eller i et smalt felt på intranettet (WCAG 1.4.10). Den stiplede ramme viser spalten.',
      },
    },
  },
};
