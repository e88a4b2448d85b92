import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, settle, shadowText } from '@barnets-net/testing';
import { goToStep, mapValue, mountPlan, type Plan } from './fixtures.js';
import { noedplanSamples } from '../src/testing/samples.js';
import type { NetvaerkskortValue } from '@barnets-net/netvaerkskort';
import { foersteKort } from '@barnets-net/netvaerkskort/samples';

// Compile-time (`npm run typecheck`): the map's value is the plan's `network`
// as it is, and what is no map value is refused.
const fits = (map: NetvaerkskortValue): Plan['network'] => map;
// @ts-expect-error a map's id is no map value (that is `network-source`)
const refused: Plan['network'] = 'kort';

const offers = (el: Plan) =>
  $$(el, '.offer .suggestion').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('<bn-noedplan> and the network map', () => {
  it('takes the map’s value as typed (checked when compiling)', async () => {
    const el = await mountPlan();
    el.network = fits(foersteKort);
    await goToStep(el, 3);
    expect(offers(el).length).to.be.greaterThan(0);
    expect(refused).to.equal('kort');
  });

  it('offers the trusted people of a map given as `network`, first, and keeps its own copy', async () => {
    const el = await mountPlan();
    const map = mapValue([
      { id: 'mormor', name: 'Mormor', trusted: true, phone: '23 45 67 89' },
      { id: 'far', name: 'Far', trusted: false },
      { id: 'lone', name: 'Lone', trusted: true },
    ]);
    el.network = map;
    await goToStep(el, 3);
    expect(offers(el)).to.deep.equal(['+ Mormor (mormor)', '+ Lone (mormor)']);
    $<HTMLButtonElement>(el, '#offer-mormor').click();
    await settle(el);
    expect(el.value.plan.people).to.have.length(1);
    expect(el.value.plan.people[0]).to.include({
      name: 'Mormor',
      phone: '23 45 67 89',
      mapId: 'mormor',
    });
    expect(offers(el)).to.deep.equal(['+ Lone (mormor)']);
    map.people[0]!.name = 'Bedste';
    el.network = structuredClone(map);
    await settle(el);
    expect(el.value.plan.people[0]!.name, 'the plan keeps its own copy').to.equal('Mormor');
  });

  it('follows a map named by `network-source` as it changes, and marks a removed person', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <div id="kort"></div>
        <bn-noedplan network-source="kort" lang="da"></bn-noedplan>
      </div>`,
    );
    const mapEl = wrap.querySelector('#kort') as HTMLElement & { value: unknown };
    const el = wrap.querySelector('bn-noedplan') as Plan;
    const change = (value: unknown) => {
      mapEl.value = value;
      mapEl.dispatchEvent(
        new CustomEvent('bn-change', { detail: { value }, bubbles: true, composed: true }),
      );
    };
    await goToStep(el, 3);
    expect(offers(el)).to.deep.equal([]);

    change(mapValue([{ id: 'mormor', name: 'Mormor', trusted: true }]));
    await settle(el);
    expect(offers(el)).to.deep.equal(['+ Mormor (mormor)']);

    change(
      mapValue([
        { id: 'mormor', name: 'Mormor', trusted: true },
        { id: 'asta', name: 'Asta', trusted: true },
      ]),
    );
    await settle(el);
    expect(offers(el)).to.deep.equal(['+ Mormor (mormor)', '+ Asta (mormor)']);
    $<HTMLButtonElement>(el, '#offer-mormor').click();
    await settle(el);

    // Mormor is taken off the map: she stays in the plan, marked.
    change(mapValue([{ id: 'asta', name: 'Asta', trusted: true }]));
    await settle(el);
    expect(el.value.plan.people.map((p) => p.name)).to.deep.equal(['Mormor']);
    expect(shadowText(el)).to.contain('Er ikke længere på netværkskortet');
    expect(offers(el)).to.deep.equal(['+ Asta (mormor)']);
  });

  it('reads the value of a map that is already on the page when linked', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div id="kort2"></div></div>`);
    (wrap.querySelector('#kort2') as HTMLElement & { value: unknown }).value = mapValue([
      { id: 'lone', name: 'Lone', trusted: true },
    ]);
    const el = document.createElement('bn-noedplan');
    el.setAttribute('network-source', 'kort2');
    wrap.append(el);
    await settle(el);
    await goToStep(el, 3);
    expect(offers(el)).to.deep.equal(['+ Lone (mormor)']);
  });

  it('ignores what is no map value, and marks nobody without a map', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    el.network = { schemaVersion: 1, people: 'nobody' } as never;
    await goToStep(el, 3);
    expect(offers(el)).to.deep.equal([]);
    expect(shadowText(el)).not.to.contain('Er ikke længere på netværkskortet');
  });
});
