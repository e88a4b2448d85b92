import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { SAMPLE_TODAY, skolefeKortSamples } from '../src/testing/samples.js';
import type { SkolefeKortValue } from '../src/value/types.js';

interface Args {
  value: SkolefeKortValue;
  setting: 'school' | 'daycare';
  roleTitle: string;
  hoursAllotment: number | undefined;
  names: string[];
  today: string;
  readonly: boolean;
  disabled: boolean;
  lang: '' | 'da' | 'en';
}

const meta = {
  title: 'Widgets/Skolefe/Skolefe-kort',
  id: 'widgets-skolefe-kort',
  component: 'bn-skolefe-kort',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Skolefeens kort over den daglige støtte til ét barn, uden navne og CPR-numre: fakta, samtykke, mål, beskyttende faktorer, midler, periode og timer, støtte udefra, resultat efter tre måneder og overdragelse. Et CPR-nummer i et tekstfelt blokerer kortet; ord, der kan være navne, telefonnumre, e-mails eller adresser, giver en advarsel, som kan afvises for det ord.',
      },
    },
  },
  argTypes: {
    value: {
      description: 'Værdien (se skemaet `schemas/bn-skolefe-kort.json`).',
      control: 'object',
    },
    setting: {
      description: 'Skole eller dagtilbud: ordene for enhed, klasse/stue og hvem der henviser.',
      control: 'inline-radio',
      options: ['school', 'daycare'],
    },
    roleTitle: { description: 'Kommunens ord for rollen, fx «skolealf».', control: 'text' },
    hoursAllotment: { description: 'Timer afsat til barnets støtte.', control: 'number' },
    names: {
      description:
        'Navne at holde øje med (fx en klasseliste). Bruges kun i browseren; gemmes og sendes aldrig.',
      control: 'object',
    },
    today: { description: 'Dagen, opfølgningen regnes fra (`YYYY-MM-DD`).', control: 'text' },
    readonly: { description: 'Vises og kan udskrives, men intet kan ændres.', control: 'boolean' },
    disabled: { description: 'Kan ikke bruges og sendes ikke med.', control: 'boolean' },
    lang: { description: 'Sprog.', control: 'inline-radio', options: ['', 'da', 'en'] },
  },
  args: {
    value: skolefeKortSamples.empty,
    setting: 'school',
    roleTitle: '',
    hoursAllotment: undefined,
    names: [],
    today: SAMPLE_TODAY,
    readonly: false,
    disabled: false,
    lang: '',
  },
  render: (a) =>
    html`<bn-skolefe-kort
      .value=${a.value}
      .names=${a.names}
      setting=${a.setting}
      role-title=${a.roleTitle || nothing}
      hours-allotment=${a.hoursAllotment ?? nothing}
      today=${a.today}
      ?readonly=${a.readonly}
      ?disabled=${a.disabled}
      lang=${a.lang || nothing}
    ></bn-skolefe-kort>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const shadow = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('bn-skolefe-kort');
  if (!el) throw new Error('<bn-skolefe-kort> did not render');
  await el.updateComplete;
  return el.shadowRoot!;
};

export const Tom: Story = {
  parameters: {
    docs: {
      description: { story: 'Et nyt kort. Det får et tilfældigt id, når man begynder at skrive.' },
    },
  },
};

export const Udfyldt: Story = {
  args: { value: skolefeKortSamples.filled, hoursAllotment: 40 },
};

export const CprBlokerer: Story = {
  name: 'CPR-nummer blokerer',
  args: { value: skolefeKortSamples.cprBlocked },
  parameters: {
    docs: {
      description: {
        story:
          'Et CPR-nummer i «Situationen kort»: fejlen vises med det samme og peger på teksten, og kortet kan ikke afsluttes, før det er slettet.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await shadow(canvasElement);
    await expect(root.querySelector('#situation-error')?.textContent).toContain('070619-1234');
  },
};

export const AdvarselOmNavn: Story = {
  name: 'Advarsel om et navn',
  args: { value: skolefeKortSamples.nameWarning, names: ['Frida', 'Oliver'] },
  play: async ({ canvasElement }) => {
    const root = await shadow(canvasElement);
    await expect(root.querySelector('#situation-warnings')?.textContent).toContain('Frida');
  },
};

export const OpfoelgningSnart: Story = {
  name: 'Tid til opfølgning',
  args: { value: skolefeKortSamples.followUpDue },
  parameters: {
    docs: {
      description: {
        story:
          'Støtten begyndte 31. august; opfølgningen efter tre måneder er 30. november (i dag).',
      },
    },
  },
};

export const OpfoelgningForsinket: Story = {
  name: 'Opfølgning forsinket',
  args: { value: skolefeKortSamples.followUpDue, today: '2026-12-10' },
};

export const KunVisning: Story = {
  name: 'Kun visning',
  args: { value: skolefeKortSamples.withResult, readonly: true },
};

export const Boernehavefe: Story = {
  name: 'Børnehavefe i et dagtilbud',
  args: {
    value: { ...skolefeKortSamples.filled, unit: 'Børnehuset Mågen', group: 'Mågerne', age: 5 },
    setting: 'daycare',
    roleTitle: 'børnehavefe',
  },
  play: async ({ canvasElement }) => {
    const root = await shadow(canvasElement);
    await expect(root.querySelector('h1')?.textContent?.trim()).toBe('Børnehavefe-kort');
  },
};

export const English: Story = { args: { value: skolefeKortSamples.withResult, lang: 'en' } };

export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: skolefeKortSamples.nameWarning },
  globals: { theme: 'high-contrast' },
};
