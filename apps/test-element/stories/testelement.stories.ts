import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import type { TestValue } from '../src/test-value.js';

interface Args {
  value: TestValue;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const empty: TestValue = { schemaVersion: 2, name: '', note: '' };
const filled: TestValue = {
  schemaVersion: 2,
  name: 'Sofie',
  note: 'Ringer til moster Lene, hvis mor ikke henter efter skole.',
};

const meta = {
  title: 'Grundlag/Testelement',
  // No `component`: the fixture is no public element, so its
  // custom-elements.json is not in Storybook's manifest and the controls
  // below are described here.
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Det mindste rigtige skema: et navn og en note. Det er et testelement i en privat pakke, der ikke udgives: det bruges i testene af kernens kontrakt og viser de tilstande, alle widgets har: tom, udfyldt, med fejl, skrivebeskyttet, deaktiveret og på engelsk.',
      },
    },
  },
  argTypes: {
    value: { description: 'Værdien: `{ schemaVersion: 2, name, note }`.', control: 'object' },
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
    value: empty,
    name: 'testskema',
    required: false,
    disabled: false,
    readonly: false,
    lang: '',
  },
  render: (args) => html`
    <bn-test-element
      name=${args.name}
      lang=${args.lang || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      .value=${args.value}
    ></bn-test-element>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** As a person first meets it: nothing filled in, no errors yet. */
export const Tom: Story = {};

export const Udfyldt: Story = { args: { value: filled } };

/**
 * After pressing «Gem og afslut» with a missing name and a CPR number in the
 * note: the error summary takes focus and each field shows its message.
 */
export const Valideringsfejl: Story = {
  args: {
    required: true,
    value: { schemaVersion: 2, name: '', note: 'Mors nummer er 010203-1234.' },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bn-test-element');
    if (!el) throw new Error('<bn-test-element> did not render');
    await el.updateComplete;
    const finish = el.shadowRoot?.querySelector<HTMLButtonElement>('.actions .button');
    finish?.click();
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('.error-summary li')).toBeTruthy();
  },
};

export const Skrivebeskyttet: Story = { args: { value: filled, readonly: true } };

export const Deaktiveret: Story = { args: { value: filled, disabled: true } };

/** `lang="en"` on the element; the toolbar's language does the same for every story. */
export const Engelsk: Story = { args: { value: filled, lang: 'en' } };
