import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { dialogmoedeSamples } from '../src/testing/samples.js';
import type { DialogmoedeValue } from '../src/value/types.js';

interface Args {
  value: DialogmoedeValue;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/Dialogmøde',
  component: 'bn-dialogmoede',
  args: { value: dialogmoedeSamples.empty, readonly: false, lang: '' },
  render: (a) =>
    html`<bn-dialogmoede
      .value=${a.value}
      ?readonly=${a.readonly}
      lang=${a.lang || 'da'}
    ></bn-dialogmoede>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Tom: Story = {};
export const Udfyldt: Story = { args: { value: dialogmoedeSamples.filled } };
export const KunVisning: Story = { args: { value: dialogmoedeSamples.filled, readonly: true } };
export const English: Story = { args: { value: dialogmoedeSamples.filled, lang: 'en' } };
