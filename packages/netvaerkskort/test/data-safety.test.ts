import { expect } from '@open-wc/testing';
import { todayIso } from '@barnets-net/core';
import { keepDownloadsInPage } from '@barnets-net/testing';
import { button, mountMap, settle } from './element-helpers.js';
import { map, person } from './fixtures.js';

describe('<bn-netvaerkskort> keeps its data sound', () => {
  keepDownloadsInPage();

  it('ignores a malformed today attribute: a saved version gets the real date', async () => {
    for (const today of ['2026-2-3', '2026-02-30', 'i går']) {
      const el = await mountMap(map([person('mor')]), { today });
      button(el, /Gem som version/).click();
      await settle(el);
      expect(el.value.versions.at(-1)!.savedOn, today).to.equal(todayIso());
      let errors = 0;
      el.addEventListener('bn-error', () => errors++);
      el.value = { ...el.value, child: { ...el.value.child, name: 'Mia' } };
      expect(errors, 'it accepts its own value back').to.equal(0);
    }
  });

  it('refuses a saved version without a date, and two people with one id', async () => {
    const el = await mountMap(map([person('mor')]));
    const before = el.value;
    const errors: string[] = [];
    el.addEventListener('bn-error', (e) => errors.push(e.detail.code));
    const version = { id: 'v', savedOn: '', label: '', child: before.child, people: [] };
    el.value = { ...before, versions: [version] };
    el.value = { ...before, people: [person('mor'), person('mor', { name: 'Bo' })] };
    expect(errors).to.deep.equal(['invalid-shape', 'invalid-shape']);
    expect(el.value).to.deep.equal(before);
  });

  it('never draws or exports a host colour that is not a plain colour', async () => {
    const el = await mountMap(map([person('mor')]));
    el.sectors = [
      { id: 'family', label: 'Familie', colour: 'url(http://example.org/x.svg#p)' },
      { id: 'friends', label: 'Venner', colour: 'red;stroke:url(http://example.org/y)' },
      { id: 'school', label: 'Skole', colour: '#1d4ed8' },
    ];
    await settle(el);
    const fills = [...el.shadowRoot!.querySelectorAll('path.sector')].map((p) =>
      p.getAttribute('fill'),
    );
    expect(fills.join(' ')).not.to.include('url(');
    expect(fills).to.include('#1d4ed8');
    const svg = await el.exportSvg().text();
    expect(svg).not.to.include('example.org');
  });

  it('takes a pasted control character out of a name, so the SVG file stays well-formed', async () => {
    const el = await mountMap(map([person('mor', { name: 'Mor' })]));
    // A paste into a box goes through edit(): the value never holds the character.
    (el as unknown as { edit(v: unknown): void }).edit({
      ...el.value,
      people: [{ ...el.value.people[0]!, name: 'Mor\u000B\u0000' }],
    });
    await settle(el);
    expect(el.value.people[0]!.name).to.equal('Mor');
    const svg = await el.exportSvg().text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });
});
