import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import type { BnDialogmoede } from '../src/bn-dialogmoede.js';
import { dialogmoedeSamples as s } from '../src/testing/samples.js';
import type { DialogmoedeValue } from '../src/value/types.js';

interface Args {
  value: DialogmoedeValue;
  readonly: boolean;
  lang: '' | 'da' | 'en';
  notificationUrl: string;
  notificationPhone: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Dialogmøde',
  component: 'bn-dialogmoede',
  args: {
    value: s.empty,
    readonly: false,
    lang: '',
    notificationUrl: 'https://fjordby.example/underretning',
    notificationPhone: '70 11 22 33',
  },
  render: (a) =>
    html`<bn-dialogmoede
      .value=${a.value}
      ?readonly=${a.readonly}
      notification-url=${a.notificationUrl}
      notification-phone=${a.notificationPhone}
      lang=${a.lang || 'da'}
    ></bn-dialogmoede>`,
};
export default meta;

type Story = StoryObj<Args>;

const pressIn =
  (id: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<BnDialogmoede>('bn-dialogmoede')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`#${id}`)?.click();
  };

export const Stopregel: Story = {
  name: 'Stopregel: send en underretning',
  args: { value: s.stopped },
  parameters: {
    docs: {
      description: {
        story:
          'Er der mistanke om vold eller overgreb fra forældrene, eller kan det skade barnet at tale med dem, stopper skemaet og viser kommunens vej til en underretning (`notification-url`, `notification-phone`). Forældrene skal ikke have besked.',
      },
    },
  },
};
export const Ny: Story = { name: 'Nyt skema', args: { value: s.empty } };
export const Kladde: Story = { args: { value: s.draft } };
export const GennemgaaetMedForaeldrene: Story = {
  name: 'Gennemgået med forældrene',
  args: { value: s.reviewed },
};
export const KlarTilMoedet: Story = { name: 'Klar til mødet', args: { value: s.ready } };
export const MoedetErHoldt: Story = {
  name: 'Mødet er holdt, med samtykke',
  args: { value: s.held },
};
export const ForaeldreneSigerNej: Story = {
  name: 'Forældrene siger nej',
  args: { value: s.declined },
};
export const Fejl: Story = {
  name: 'Fejl: status kan ikke skifte endnu',
  args: { value: s.draft },
  play: pressIn('go-on'),
};
export const TjekSvarene: Story = {
  name: 'Tjek svarene før gennemgangen',
  args: { value: { ...s.reviewed, state: 'draft' } },
  play: pressIn('go-on'),
};
export const KunVisning: Story = { name: 'Kun visning', args: { value: s.held, readonly: true } };
export const English: Story = { args: { value: s.ready, lang: 'en' } };
export const HoejKontrast: Story = {
  name: 'Høj kontrast',
  args: { value: s.ready },
  globals: { theme: 'high-contrast' },
};
