import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { SAMPLE_TODAY, skolefeOversigtSamples } from '../src/testing/samples.js';
import type { SkolefeOversigtValue } from '../src/value/oversigt.js';

interface Args {
  value: SkolefeOversigtValue;
  roleTitle: string;
  hoursAllotment: number | undefined;
  today: string;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const meta = {
  title: 'Widgets/Skolefe/Overblik',
  id: 'widgets-skolefe-oversigt',
  component: 'bn-skolefe-oversigt',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Overblikket over mange skolefe-kort til ledelsen: antal børn, køn, alder, støtte i gang, opfølgninger, timer mod det afsatte pr. skole, resultaterne efter tre måneder, en tabel, der kan sorteres og filtreres, CSV til Excel og en udskrift. Et valgt kort sendes til værten som `bn-select` med kortets id.',
      },
    },
  },
  argTypes: {
    value: {
      description: 'Værdien: `{ schemaVersion: 1, periodFrom, periodTo, note, cards }`.',
      control: 'object',
    },
    roleTitle: { description: 'Kommunens ord for rollen.', control: 'text' },
    hoursAllotment: { description: 'Timer om året pr. skole eller dagtilbud.', control: 'number' },
    today: { description: 'Dagen, opfølgninger regnes fra.', control: 'text' },
    readonly: { description: 'Kun visning.', control: 'boolean' },
    lang: { description: 'Sprog.', control: 'inline-radio', options: ['', 'da', 'en'] },
  },
  args: {
    value: skolefeOversigtSamples.empty,
    roleTitle: '',
    hoursAllotment: 190,
    today: SAMPLE_TODAY,
    readonly: false,
    lang: '',
  },
  render: (a) =>
    html`<bn-skolefe-oversigt
      .value=${a.value}
      role-title=${a.roleTitle || nothing}
      hours-allotment=${a.hoursAllotment ?? nothing}
      today=${a.today}
      ?readonly=${a.readonly}
      lang=${a.lang || nothing}
    ></bn-skolefe-oversigt>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Tom: Story = {};

export const FyrreKort: Story = {
  name: 'Med 40 kort',
  args: { value: skolefeOversigtSamples.forty },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bn-skolefe-oversigt');
    if (!el) throw new Error('<bn-skolefe-oversigt> did not render');
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('table.cards-table tbody tr');
    await expect(rows.length).toBe(40);
  },
};

export const EnPeriode: Story = {
  name: 'Et skoleår',
  args: {
    value: { ...skolefeOversigtSamples.forty, periodFrom: '2026-08-01', periodTo: '2027-06-30' },
  },
};

export const KunVisning: Story = {
  name: 'Kun visning',
  args: { value: skolefeOversigtSamples.forty, readonly: true },
};

export const English: Story = { args: { value: skolefeOversigtSamples.forty, lang: 'en' } };

export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: skolefeOversigtSamples.forty },
  globals: { theme: 'high-contrast' },
};
