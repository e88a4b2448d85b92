import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import type { FlagTexts } from '../src/elements.js';
import { emptyMeeting, type OversigtValue } from '../src/value/oversigt.js';
import { rowKey } from '../src/model/row-key.js';
import { sagsmoede, sagsmoedeMedBeslutninger } from '../src/testing/samples.js';

interface Args {
  value: OversigtValue;
  flagTexts: FlagTexts;
  flagTitles: FlagTexts;
  name: string;
  disabled: boolean;
  readonly: boolean;
  lang: '' | 'da' | 'en';
}

const tom: OversigtValue = emptyMeeting();

const meta = {
  title: 'Widgets/Oplysningsskema/Sagsmøde-oversigt',
  // ASCII in the URL (the title would give «sagsmøde»).
  id: 'widgets-oplysningsskema-sagsmoede-oversigt',
  component: 'bn-oplysningsskema-oversigt',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Listen til det månedlige sagsmøde: hvert barn hos hver borger i behandling, med de vigtige opmærksomhedspunkter først. Listen kan sorteres, filtreres, hentes som CSV og udskrives, og mødet krydser hvert barn af som gennemgået. Alderen regnes fra mødets dato.',
      },
    },
  },
  argTypes: {
    value: {
      description:
        'Værdien: `{ schemaVersion: 3, meetingDate, participants, previousMeetingDate, registrations, reviewed, carriedOver, decisions, columns }`. `columns` er de kolonner, mødet har valgt at se; de gemmes med mødet.',
      control: 'object',
    },
    flagTexts: {
      description:
        'Værtens egne tekster til opmærksomhedspunkterne; `{navn}` og `{alder}` udfyldes.',
      control: 'object',
    },
    flagTitles: {
      description:
        'Værtens egne korte titler på opmærksomhedspunkterne i tabellen; `{navn}` og `{alder}` udfyldes.',
      control: 'object',
    },
    name: { description: 'Feltnavnet, værdien sendes under i en `<form>`.', control: 'text' },
    disabled: { description: 'Kan ikke bruges og sendes ikke med.', control: 'boolean' },
    readonly: { description: 'Vises og kan udskrives, men intet krydses af.', control: 'boolean' },
    lang: {
      description: 'Sprog; ellers nærmeste `lang` over elementet.',
      control: 'inline-radio',
      options: ['', 'da', 'en'],
    },
  },
  args: {
    value: tom,
    flagTexts: {},
    flagTitles: {},
    name: 'sagsmoede',
    disabled: false,
    readonly: false,
    lang: '',
  },
  render: (args) => html`
    <bn-oplysningsskema-oversigt
      name=${args.name}
      lang=${args.lang || nothing}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      .flagTexts=${args.flagTexts}
      .flagTitles=${args.flagTitles}
      .value=${args.value}
    ></bn-oplysningsskema-oversigt>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Tom: Story = {
  parameters: {
    docs: {
      description: {
        story: 'Før der er registreringer: listen er tom, og mødet kan ikke afsluttes.',
      },
    },
  },
};

export const MedFemogtyveKlienter: Story = {
  name: 'Med 25 borgere',
  args: { value: sagsmoede() },
  parameters: {
    docs: {
      description: {
        story:
          'Sagsmødet 5. november 2026 med 25 borgere og 49 børn. Eksemplerne dækker alle bopæle, forældremyndigheder, tilbudsstatusser og kombinationer af opmærksomhedspunkter.',
      },
    },
  },
};

export const KunMedOpmaerksomhed: Story = {
  name: 'Kun med opmærksomhedspunkter',
  args: { value: sagsmoede() },
  parameters: {
    docs: {
      description: {
        story:
          'Filteret «Kun børn med vigtige opmærksomhedspunkter» er slået til: kun børn med et vigtigt punkt står tilbage.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bn-oplysningsskema-oversigt');
    if (!el) throw new Error('<bn-oplysningsskema-oversigt> did not render');
    await el.updateComplete;
    const root = el.shadowRoot;
    const box = [...(root?.querySelectorAll<HTMLLabelElement>('.filter-checks label') ?? [])]
      .find((l) => l.textContent?.includes('Kun børn med vigtige opmærksomhedspunkter'))
      ?.querySelector('input');
    if (!box) throw new Error('no «Kun børn med vigtige opmærksomhedspunkter» checkbox');
    box.click();
    await el.updateComplete;
    await expect(box.checked).toBe(true);
    const rows = [...(root?.querySelectorAll('tbody tr') ?? [])];
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.length).toBeLessThan(49);
    await expect(rows.every((r) => r.classList.contains('row--warning'))).toBe(true);
  },
};

export const EgneTitler: Story = {
  name: 'Egne titler på opmærksomhedspunkter',
  args: {
    value: sagsmoede(),
    flagTitles: {
      'worry-without-case': 'Ring til familieafdelingen',
      'worry-case-unknown': 'Find ud af, om der er en sag',
    },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Værten har sine egne korte titler til tabellen (`flagTitles`); de lange tekster i CSV-filen sættes med `flagTexts`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bn-oplysningsskema-oversigt');
    if (!el) throw new Error('<bn-oplysningsskema-oversigt> did not render');
    await el.updateComplete;
    const cells = el.shadowRoot?.querySelector('tbody')?.textContent ?? '';
    await expect(cells).toContain('Ring til familieafdelingen');
    await expect(cells).not.toContain('Bekymring, ingen sag');
  },
};

export const Engelsk: Story = {
  args: { value: sagsmoede(), lang: 'en' },
  parameters: {
    docs: {
      description: {
        story: '`lang="en"` på elementet. Værktøjslinjens sprog gør det samme for alle historier.',
      },
    },
  },
};

export const Skrivebeskyttet: Story = {
  args: {
    value: sagsmoede([
      rowKey('RC-2026-101', 'b-1'),
      rowKey('RC-2026-102', 'b-1'),
      rowKey('RC-2026-102', 'b-2'),
    ]),
    readonly: true,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Skrivebeskyttet, fx efter mødet: listen kan sorteres, filtreres og udskrives, men intet kan krydses af.',
      },
    },
  },
};

export const MedBeslutninger: Story = {
  name: 'Med beslutninger',
  args: { value: sagsmoedeMedBeslutninger() },
  parameters: {
    docs: {
      description: {
        story:
          'Decembermødet: hvem der deltog, en beslutning med hvem der følger op og senest hvornår, nye registreringer siden sidste møde markeret, og et barn, der ikke blev gennemgået sidst, ført videre.',
      },
    },
  },
};

export const NaesteMoede: Story = {
  name: 'Næste møde startet',
  args: { value: sagsmoedeMedBeslutninger() },
  parameters: {
    docs: {
      description: {
        story:
          'Efter decembermødet trykker lederen «Start næste sagsmøde»: de to børn, der ikke blev gennemgået, flyttes med og står som «Fra sidste møde», beslutningen med opfølgning tages med, og afkrydsninger, deltagere og dato starter tomme. Widgeten siger, hvad den gjorde, og mødet før kan hentes tilbage med «Fortryd».',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bn-oplysningsskema-oversigt');
    if (!el) throw new Error('<bn-oplysningsskema-oversigt> did not render');
    await el.updateComplete;
    const start = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.includes('Start næste sagsmøde'),
    );
    if (!start) throw new Error('no «Start næste sagsmøde» button');
    start.click();
    await el.updateComplete;
    const note = el.shadowRoot?.querySelector('#next-meeting-note')?.textContent ?? '';
    await expect(note).toContain('Næste sagsmøde er startet.');
    await expect(note).toContain('2 børn, der ikke blev gennemgået, er flyttet med');
    await expect(el.value.carriedOver.length).toBe(2);
    await expect(el.value.reviewed.length).toBe(0);
  },
};

export const ValgteKolonner: Story = {
  name: 'Valgte kolonner',
  args: {
    value: {
      ...sagsmoede(),
      columns: ['age', 'custody', 'contact', 'worry', 'counselling', 'perspective', 'flags'],
    },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Mødet har valgt at se forældremyndighed, samvær, bekymring, samarbejde med rådgivningen og børnefamilieperspektivet. Valget gemmes i værdien (`columns`), så det er der efter en genindlæsning og ved næste møde. Regnearket (CSV) har altid alle kolonner.',
      },
    },
  },
};
