import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { skolefeKortSamples } from '../src/testing/samples.js';
import type { SkolefeKortValue } from '../src/value/types.js';

interface Args {
  value: SkolefeKortValue;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/Skolefe-kort',
  component: 'bn-skolefe-kort',
  args: { value: skolefeKortSamples.empty, readonly: false, lang: '' },
  render: (a) =>
    html`<bn-skolefe-kort
      .value=${a.value}
      ?readonly=${a.readonly}
      lang=${a.lang || 'da'}
    ></bn-skolefe-kort>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Tom: Story = {};
export const Udfyldt: Story = { args: { value: skolefeKortSamples.filled } };
export const KunVisning: Story = { args: { value: skolefeKortSamples.filled, readonly: true } };
export const English: Story = { args: { value: skolefeKortSamples.filled, lang: 'en' } };
