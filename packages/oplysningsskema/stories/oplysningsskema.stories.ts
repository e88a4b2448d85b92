import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { emptyRegistration, type FlagTexts, type OplysningsskemaValue } from '../src/elements.js';
import {
  anbragtMedSamvaer,
  egneFlagTekster,
  paaroerende,
  partnerensBarn,
  etBarn,
  medBekymring,
  STORY_TODAY,
  treBoern,
  ufaerdig,
} from '../src/testing/samples.js';

interface Args {
  value: OplysningsskemaValue;
  today: string;
  flagTexts: FlagTexts;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

/** The element in the story, once it has rendered. */
async function widget(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('bn-oplysningsskema');
  if (!el) throw new Error('<bn-oplysningsskema> did not render');
  await el.updateComplete;
  return el;
}

/** Presses «Gennemse og gem» in the shadow root, as the worker would. */
async function gennemse(canvasElement: HTMLElement) {
  const el = await widget(canvasElement);
  const button = [
    ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.actions .button') ?? []),
  ].find((b) => b.textContent?.trim() === 'Gennemse og gem');
  if (!button) throw new Error('no «Gennemse og gem» button');
  button.click();
  await el.updateComplete;
  return el;
}

const meta = {
  title: 'Widgets/Oplysningsskema',
  component: 'bn-oplysningsskema',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Behandleren registrerer en borger i alkoholbehandling og borgerens børn: borgeren, hvert barn for sig og til sidst «Tjek oplysningerne». Opmærksomhedspunkterne er en hjælp til den faglige vurdering, ikke en afgørelse. Alle historier bruger `today="2026-11-22"`, så alderen er den samme hver gang.',
      },
    },
  },
  argTypes: {
    value: {
      description: 'Værdien: `{ schemaVersion: 1, client, children }`.',
      control: 'object',
    },
    today: {
      description: 'Dagen, alder og datoer vurderes ud fra (`YYYY-MM-DD`).',
      control: 'text',
    },
    flagTexts: {
      description:
        'Værtens egne tekster til opmærksomhedspunkterne; `{navn}` og `{alder}` udfyldes.',
      control: 'object',
    },
    name: { description: 'Feltnavnet, værdien sendes under i en `<form>`.', control: 'text' },
    required: { description: 'Et tomt skema er ugyldigt i formularen.', control: 'boolean' },
    disabled: { description: 'Kan ikke udfyldes og sendes ikke med.', control: 'boolean' },
    readonly: { description: 'Vises og kan udskrives, men ikke ændres.', control: 'boolean' },
    lang: {
      description: 'Sprog; ellers nærmeste `lang` over elementet.',
      control: 'inline-radio',
      options: ['', 'da', 'en'],
    },
  },
  args: {
    value: emptyRegistration(),
    today: STORY_TODAY,
    flagTexts: {},
    name: 'oplysningsskema',
    required: false,
    disabled: false,
    readonly: false,
    lang: '',
  },
  render: (args) => html`
    <bn-oplysningsskema
      name=${args.name}
      today=${args.today}
      lang=${args.lang || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      .flagTexts=${args.flagTexts}
      .value=${args.value}
    ></bn-oplysningsskema>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Tom: Story = {
  parameters: {
    docs: {
      description: { story: 'Sådan møder behandleren skemaet: intet udfyldt og ingen fejl endnu.' },
    },
  },
};

export const EtBarn: Story = {
  name: 'Et barn',
  args: { value: etBarn },
  parameters: {
    docs: {
      description: {
        story: 'En borger, der bor alene, med én datter hjemme. Der er intet at være opmærksom på.',
      },
    },
  },
};

export const TreBoern: Story = {
  name: 'Tre børn',
  args: { value: treBoern },
  parameters: {
    docs: {
      description: {
        story:
          'Borgeren bor med en partner: et eget barn hos den anden forælder, et fælles barn hjemme og partnerens søn, der er anbragt, og hvor andre har forældremyndigheden.',
      },
    },
  },
};

export const Opmaerksomhedspunkter: Story = {
  name: 'Opmærksomhedspunkter',
  args: { value: medBekymring },
  parameters: {
    docs: {
      description: {
        story:
          'Borgeren er bekymret for sin søn, og der er ingen åben sag i familieafdelingen. Efter «Gennemse og gem» står opmærksomhedspunkterne øverst i «Tjek oplysningerne». Borgeren og hvert barn har ét «Ret oplysningerne»; når ændringen er gemt (eller fortrudt), kommer man tilbage til samme sted i «Tjek oplysningerne».',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await gennemse(canvasElement);
    const root = el.shadowRoot;
    await expect(root?.querySelector('#review-heading')).toBeTruthy();
    const flags = root?.querySelectorAll('[part="attention-flags"] .flag--warning');
    await expect(flags?.length).toBe(2);
  },
};

export const Gemt: Story = {
  args: { value: treBoern },
  parameters: {
    docs: {
      description: {
        story:
          'Efter «Gem registreringen»: registreringen er færdig, og overskriften får fokus; i en formular sendes den med. Først når værtssiden har gemt den og kalder `saved()`, siger boksen, at den er gemt. Herfra kan behandleren rette registreringen eller udskrive den.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await gennemse(canvasElement);
    const save = [
      ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.review .actions .button') ?? []),
    ].find((b) => b.textContent?.trim() === 'Gem registreringen');
    if (!save) throw new Error('no «Gem registreringen» button');
    save.click();
    await el.updateComplete;
    const heading = el.shadowRoot?.querySelector('#saved-heading');
    await expect(heading?.textContent?.trim()).toBe('Registreringen er færdig');
    await expect(el.shadowRoot?.activeElement).toBe(heading);
    // The host stored it: only now does the widget say so.
    (el as unknown as { saved(): boolean }).saved();
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('#saved-heading')?.textContent?.trim()).toBe(
      'Registreringen er gemt',
    );
  },
};

export const Valideringsfejl: Story = {
  args: { value: ufaerdig },
  parameters: {
    docs: {
      description: {
        story:
          'Efter «Gennemse og gem» på et skema, der ikke er færdigt: fejlopsummeringen får fokus og linker til hvert problem.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await gennemse(canvasElement);
    const summary = el.shadowRoot?.querySelector('.error-summary');
    await expect(summary).toBeTruthy();
    await expect(el.shadowRoot?.activeElement).toBe(summary);
    await expect(summary?.querySelectorAll('li').length).toBe(3);
  },
};

export const Skrivebeskyttet: Story = {
  args: { value: treBoern, readonly: true },
  parameters: {
    docs: {
      description: {
        story: 'Skrivebeskyttet: hele registreringen vises som ved udskrift og kan ikke ændres.',
      },
    },
  },
};

export const Engelsk: Story = {
  args: { value: treBoern, lang: 'en' },
  parameters: {
    docs: {
      description: {
        story: '`lang="en"` på elementet. Værktøjslinjens sprog gør det samme for alle historier.',
      },
    },
  },
};

export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: medBekymring },
  globals: { theme: 'high-contrast' },
  parameters: {
    docs: {
      description: {
        story: 'Temaet «Høj kontrast» sat på elementet over widgetten (`data-bn-theme`).',
      },
    },
  },
};

export const EgneTekster: Story = {
  name: 'Egne tekster',
  args: { value: medBekymring, flagTexts: egneFlagTekster },
  parameters: {
    docs: {
      description: {
        story:
          'Værten har sine egne tekster til opmærksomhedspunkterne (`flagTexts`), fx med telefonnummer og tider. Historien går videre til «Tjek oplysningerne», så alle punkter vises.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await gennemse(canvasElement);
    const text = el.shadowRoot?.querySelector('[part="attention-flags"]')?.textContent ?? '';
    await expect(text).toContain('Ring til Børn og Familie på 7979 7979 samme dag.');
    await expect(text).toContain('Noah (11 år)');
  },
};

export const PartnerensBarn: Story = {
  name: 'Partnerens barn',
  args: { value: partnerensBarn },
  parameters: {
    docs: {
      description: {
        story:
          'Partnerens datter bor hos borgeren og partneren. Forældremyndigheden siges i forhold til barnets egne forældre: «Partneren alene».',
      },
    },
  },
};

export const AnbragtMedSamvaer: Story = {
  name: 'Anbragt med overvåget samvær',
  args: { value: anbragtMedSamvaer },
  parameters: {
    docs: {
      description: {
        story:
          'En søn i plejefamilie, der ser borgeren under overvågning hver tredje uge. Bopæl og samvær er to spørgsmål, så samværet kan registreres for et anbragt barn.',
      },
    },
  },
};

export const Paaroerende: Story = {
  name: 'Pårørende som borger',
  args: { value: paaroerende },
  parameters: {
    docs: {
      description: {
        story:
          'Borgeren er pårørende: partneren drikker og er ikke i behandling. Forældrene har ikke givet barnet lov til at tale med en medarbejder om drikkeriet endnu.',
      },
    },
  },
};
