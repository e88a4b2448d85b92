import { fixture, html } from '@open-wc/testing';
import { $, settle } from '@barnets-net/testing';
import '../src/define.js';
import type { BnNoedplan } from '../src/bn-noedplan.js';
import type { NoedplanValue } from '../src/value/types.js';
import { noedplanSamples } from '../src/testing/samples.js';

export type Plan = BnNoedplan;

/** A map value as `<bn-netvaerkskort>` hands it out, with fields the plan must ignore. */
export const mapValue = (
  people: { id: string; name: string; trusted: boolean; phone?: string }[],
) => ({
  schemaVersion: 2,
  child: { name: 'Sofie', picture: 'star' },
  people: people.map((p) => ({
    relation: 'mormor',
    picture: 'grandma',
    sector: 'family',
    ring: 1,
    bond: 'unchosen',
    note: '',
    phone: '',
    invitation: { invited: true },
    ...p,
  })),
  versions: [],
});

export async function mountPlan(
  value: NoedplanValue = noedplanSamples.empty,
  attrs: { staff?: boolean; lang?: string } = {},
): Promise<Plan> {
  const el = await fixture<Plan>(
    html`<bn-noedplan
      ?staff=${!!attrs.staff}
      lang=${attrs.lang ?? 'da'}
      .value=${value}
    ></bn-noedplan>`,
  );
  await settle(el);
  return el;
}

/** Goes to step `n` (1-based) with the Next button. */
export async function goToStep(el: Plan, n: number): Promise<void> {
  for (let i = 1; i < n; i++) {
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
  }
}

/** Words a child's screen and card must never hold (they tell what the plan is for). */
export function drinkingWords(text: string): string[] {
  const tokens = text.toLowerCase().split(/[^a-zæøåéü]+/);
  const starts = [
    'alkohol',
    'drik',
    'druk',
    'drak',
    'beruse',
    'spiritus',
    'misbrug',
    'sprut',
    'alcohol',
    'drink',
    'drunk',
  ];
  const exact = ['fuld', 'fulde', 'øl', 'øllen', 'vin', 'vinen', 'beer', 'wine'];
  return tokens.filter((t) => starts.some((s) => t.startsWith(s)) || exact.includes(t));
}
