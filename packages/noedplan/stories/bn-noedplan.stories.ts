import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { noedplanSamples } from '../src/testing/samples.js';
import type { NoedplanValue } from '../src/value/types.js';

interface Args {
  value: NoedplanValue;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/Min nødplan',
  component: 'bn-noedplan',
  args: { value: noedplanSamples.empty, readonly: false, lang: '' },
  render: (a) =>
    html`<bn-noedplan
      .value=${a.value}
      ?readonly=${a.readonly}
      lang=${a.lang || 'da'}
    ></bn-noedplan>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Tom: Story = {};
export const Udfyldt: Story = { args: { value: noedplanSamples.filled } };
export const KunVisning: Story = { args: { value: noedplanSamples.filled, readonly: true } };
export const English: Story = { args: { value: noedplanSamples.filled, lang: 'en' } };
