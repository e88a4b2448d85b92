import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { __samplesName__ } from '../src/testing/samples.js';
import type { __valueType__ } from '../src/value/types.js';

interface Args {
  value: __valueType__;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/__title__',
  component: '__tag__',
  args: { value: __samplesName__.empty, readonly: false, lang: '' },
  render: (a) =>
    html`<__tag__ .value=${a.value} ?readonly=${a.readonly} lang=${a.lang || 'da'}></__tag__>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Tom: Story = {};
export const Udfyldt: Story = { args: { value: __samplesName__.filled } };
export const KunVisning: Story = { args: { value: __samplesName__.filled, readonly: true } };
export const English: Story = { args: { value: __samplesName__.filled, lang: 'en' } };
