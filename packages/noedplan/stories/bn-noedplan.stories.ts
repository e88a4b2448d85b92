import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@barnets-net/netvaerkskort';
import { foersteKort } from '@barnets-net/netvaerkskort/samples';
import '../src/define.js';
import type { BnNoedplan } from '../src/bn-noedplan.js';
import { noedplanSamples } from '../src/testing/samples.js';
import type { Helpline, NoedplanValue } from '../src/value/types.js';

interface Args {
  value: NoedplanValue;
  staff: boolean;
  readonly: boolean;
  lang: '' | 'da' | 'en';
  helplines: Helpline[];
}

const socialvagten: Helpline[] = [
  { label: 'Socialvagten', number: '33 17 33 33', hours: 'Hverdage kl. 16–08 og hele weekenden' },
];

const meta: Meta<Args> = {
  title: 'Widgets/Min nødplan',
  component: 'bn-noedplan',
  args: {
    value: noedplanSamples.empty,
    staff: false,
    readonly: false,
    lang: '',
    helplines: socialvagten,
  },
  render: (a) =>
    html`<bn-noedplan
      .value=${a.value}
      .helplines=${a.helplines}
      ?staff=${a.staff}
      ?readonly=${a.readonly}
      lang=${a.lang || 'da'}
    ></bn-noedplan>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Goes to the last step, where the child reads the plan and chooses the card. */
const toLastStep = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector<BnNoedplan>('bn-noedplan')!;
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#next')?.click();
  }
};

export const Tom: Story = {};

export const MedNetvaerkskort: Story = {
  name: 'Med netværkskortet på samme side',
  parameters: {
    docs: {
      description: {
        story:
          'Kortet og planen side om side. De voksne, barnet stoler på, foreslås i trin 3 og følger kortet, mens barnet arbejder (`network-source="kort"`).',
      },
    },
  },
  render: (a) =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1.5rem"
    >
      <bn-netvaerkskort id="kort" .value=${foersteKort} lang="da"></bn-netvaerkskort>
      <bn-noedplan network-source="kort" .helplines=${a.helplines} lang="da"></bn-noedplan>
    </div>`,
};

export const FaerdigPlan: Story = {
  name: 'Færdig plan',
  args: { value: noedplanSamples.filled },
  play: toLastStep,
};

export const Lommekort: Story = {
  name: 'Lommekortet',
  parameters: {
    docs: {
      description: {
        story:
          'Kortet barnet får med hjem: 85,6 × 54 mm foldet, kun det barnet har valgt, plus 112 og Børnetelefonen. Intet ord om, hvad det er til.',
      },
    },
  },
  args: { value: noedplanSamples.filled },
  play: toLastStep,
};

export const Personaleoverblik: Story = {
  name: 'Overblik for personalet',
  args: { value: noedplanSamples.filled, staff: true },
};

export const TidligereVersion: Story = {
  name: 'En tidligere plan',
  args: { value: noedplanSamples.withOlderVersion, staff: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<BnNoedplan>('bn-noedplan')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
  },
};

export const KunVisning: Story = {
  args: { value: noedplanSamples.filled, readonly: true, staff: true },
};

export const English: Story = { args: { value: noedplanSamples.filled, lang: 'en' } };

export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: noedplanSamples.filled },
  globals: { theme: 'high-contrast' },
};
