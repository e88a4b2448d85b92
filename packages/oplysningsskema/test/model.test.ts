import { expect } from '@open-wc/testing';
import {
  addChild,
  attentionFlags,
  childAge,
  emptyRegistration,
  isMinor,
  removeChild,
  restoreChild,
  updateChild,
} from '../src/elements.js';
import { fillFlagText } from '../src/model/flags.js';
import { filterRows, overviewRows, sortRows, emptyFilter } from '../src/model/overview-rows.js';
import { rowKey } from '../src/model/row-key.js';
import { noOffers as emptyOffers } from '../src/value/definition.js';
import { completeChild, meeting, registration } from './fixtures.js';

describe('children, as plain data', () => {
  it('adds, updates, removes and restores in place without touching the input', () => {
    const start = registration([completeChild(), completeChild({ id: 'b-2', name: 'Noah' })]);
    const frozen = JSON.stringify(start);
    const { value: added, child } = addChild(start);
    expect(added.children).to.have.length(3);
    expect(child.id).to.match(/^b-/);
    const renamed = updateChild(added, 'b-2', (c) => ({ ...c, name: 'Noa' }));
    expect(renamed.children[1]!.name).to.equal('Noa');
    const { value: without, removed } = removeChild(renamed, 'b-1');
    expect(without.children.map((c) => c.id)).to.deep.equal(['b-2', child.id]);
    expect(restoreChild(without, removed!).children.map((c) => c.id)).to.deep.equal([
      'b-1',
      'b-2',
      child.id,
    ]);
    expect(removeChild(start, 'nobody').removed).to.equal(undefined);
    expect(JSON.stringify(start)).to.equal(frozen);
  });

  it('gives unique ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => addChild(emptyRegistration()).child.id));
    expect(ids.size).to.equal(200);
  });
});

describe('age', () => {
  it('is exact from a date and a range from a year', () => {
    expect(childAge({ birthDate: '2018-03-27', birthYear: null }, '2026-03-26')).to.deep.equal({
      exact: 7,
    });
    expect(childAge({ birthDate: '2018-03-27', birthYear: null }, '2026-03-27')).to.deep.equal({
      exact: 8,
    });
    expect(childAge({ birthDate: '', birthYear: 2015 }, '2026-06-01')).to.deep.equal({
      from: 10,
      to: 11,
    });
    expect(childAge({ birthDate: '', birthYear: 2026 }, '2026-06-01')).to.deep.equal({ exact: 0 });
    // On 31 December everyone born in 2008 has turned 18: an adult, not "17–18".
    expect(childAge({ birthDate: '', birthYear: 2008 }, '2026-12-31')).to.deep.equal({ exact: 18 });
    expect(childAge({ birthDate: '', birthYear: 2008 }, '2026-12-30')).to.deep.equal({
      from: 17,
      to: 18,
    });

    expect(childAge({ birthDate: '', birthYear: null })).to.equal(undefined);
  });

  it('is unknown for a birth year the form does not take, not a nonsense age', () => {
    expect(childAge({ birthDate: '', birthYear: 1900 }, '2026-06-01')).to.equal(undefined);
    expect(childAge({ birthDate: '', birthYear: 2027 }, '2026-06-01')).to.equal(undefined);
    expect(childAge({ birthDate: '', birthYear: 1950 }, '2026-06-01')).to.deep.equal({
      from: 75,
      to: 76,
    });
  });

  it('treats an unknown or borderline age as a child, so no prompt is missed', () => {
    expect(isMinor({ birthDate: '', birthYear: null })).to.equal(true);
    expect(isMinor({ birthDate: '', birthYear: 2008 }, '2026-06-01')).to.equal(true); // 17–18
    expect(isMinor({ birthDate: '2008-01-01', birthYear: null }, '2026-06-01')).to.equal(false);
  });
});

describe('attention flags', () => {
  const noOffers = emptyOffers();
  const flags = (overrides: Parameters<typeof completeChild>[0]) =>
    attentionFlags(registration([completeChild(overrides)]), '2026-11-22').map((f) => f.code);

  it('prompts about worry without an open case, from the client or the worker', () => {
    expect(flags({ clientWorried: 'yes', familyCase: 'no' })).to.deep.equal(['worry-without-case']);
    expect(
      flags({ workerWorried: 'yes', familyCase: 'no', birthDate: '2000-01-01' }),
    ).to.deep.equal([]);
  });

  it('still prompts to pass the worry on when the child has an open case (§ 133 does not lapse)', () => {
    expect(flags({ workerWorried: 'yes', familyCase: 'yes' })).to.deep.equal(['worry-with-case']);
  });

  it('fits the no-offer prompt to the age: groups take 6–13, youth groups 14 and up', () => {
    const none = { offers: emptyOffers() };
    expect(flags({ ...none, birthDate: '2023-01-01' })).to.deep.equal(['no-offer-young']);
    expect(flags({ ...none, birthDate: '2016-01-01' })).to.deep.equal(['no-offer']);
    expect(flags({ ...none, birthDate: '2011-01-01' })).to.deep.equal(['no-offer-youth']);
  });

  it('tells a perspective not discussed from one not answered', () => {
    expect(flags({ perspectiveDiscussed: 'no' })).to.deep.equal(['perspective-not-discussed']);
    expect(flags({ perspectiveDiscussed: '' })).to.deep.equal(['perspective-unknown']);
  });

  it('puts names into flag texts as written, «$&» and all', () => {
    expect(fillFlagText('{navn} ({alder}) og {navn}', "$&-$'", '$1 år')).to.equal(
      "$&-$' ($1 år) og $&-$'",
    );
    expect(fillFlagText('Inddrag en {titel}', 'x', '', 'børnekonsulent')).to.equal(
      'Inddrag en børnekonsulent',
    );
  });

  it('does not say there is no case when nobody knows: worry with the case unknown', () => {
    expect(flags({ workerWorried: 'yes', familyCase: 'unknown' })).to.deep.equal([
      'worry-case-unknown',
    ]);
    expect(flags({ clientWorried: 'yes', familyCase: '' })).to.deep.equal(['worry-case-unknown']);
    expect(
      flags({ workerWorried: 'yes', familyCase: 'unknown', birthDate: '2000-01-01' }),
    ).to.deep.equal([]);
  });

  it('notices a placement without a case, a child without an offer, and the rest', () => {
    expect(flags({ residence: 'placed', familyCase: 'no' })).to.include('placed-without-case');
    expect(flags({ offers: { ...noOffers } })).to.deep.equal(['no-offer']);
    expect(flags({})).to.deep.equal([]);
    expect(flags({ perspectiveDiscussed: 'no', involveSpecialist: 'yes' })).to.deep.equal([
      'perspective-not-discussed',
      'involve-specialist',
    ]);
  });

  it('tells a declined offer from no offer at all', () => {
    expect(flags({ offers: { ...noOffers, childrensGroup: 'declined' } })).to.deep.equal([
      'offer-declined',
    ]);
    // Another offer still open: nothing to prompt.
    expect(
      flags({ offers: { ...noOffers, childrensGroup: 'declined', familyTalks: 'ongoing' } }),
    ).to.deep.equal([]);
    // Grown children get no offer prompts.
    expect(
      flags({ birthDate: '2000-01-01', offers: { ...noOffers, childrensGroup: 'declined' } }),
    ).to.deep.equal([]);
  });

  it('puts warnings first', () => {
    const value = registration([
      completeChild({ perspectiveDiscussed: 'no' }),
      completeChild({ id: 'b-2', clientWorried: 'yes' }),
    ]);
    expect(attentionFlags(value, '2026-11-22').map((f) => f.level)).to.deep.equal([
      'warning',
      'info',
    ]);
  });
});

describe('case-meeting rows', () => {
  const { rows } = overviewRows(meeting().registrations, { today: '2026-11-05' });

  it('has a row per child with its flags', () => {
    expect(rows.map((r) => r.key)).to.deep.equal([
      rowKey('K-2026-017', 'b-1'),
      rowKey('K-2026-021', 'b-2'),
      rowKey('K-2026-021', 'b-3'),
    ]);
    expect(rows[1]!.warnings).to.equal(1);
  });

  it('gives every row its own key: a «/» in a reference, no reference, the same reference twice', () => {
    const keys = (refs: [string, string][]) =>
      overviewRows(refs.map(([ref, id]) => registration([completeChild({ id })], ref))).rows.map(
        (r) => r.key,
      );
    const slash = keys([
      ['A/b', 'c'],
      ['A', 'b/c'],
    ]);
    expect(new Set(slash).size).to.equal(2);
    const blank = keys([
      ['', 'b-1'],
      ['', 'b-1'],
      ['K-1', 'b-1'],
      ['K-1', 'b-1'],
    ]);
    expect(new Set(blank).size).to.equal(4);
  });

  it('lists a registration that does not fit as unreadable and still reads the rest', () => {
    const good = meeting().registrations;
    const bad = { ...registration([], 'K-BAD'), children: [{ name: 'x' }] };
    const read = overviewRows([good[0], bad, good[1]], { today: '2026-11-05' });
    expect(read.rows).to.have.length(3);
    expect(read.unreadable.map((u) => [u.reference, u.registrationIndex])).to.deep.equal([
      ['K-BAD', 1],
    ]);
    expect(read.rows.filter((r) => r.warnings).map((r) => r.child.name)).to.deep.equal(['Jonas']);
  });

  it('marks registrations after the meeting before as new, and carried-over children', () => {
    const key = rowKey('K-2026-021', 'b-2');
    const read = overviewRows(meeting().registrations, {
      today: '2026-11-05',
      previousMeetingDate: '2026-11-01',
      carriedOver: [key],
    });
    expect(read.rows.every((r) => r.isNew)).to.equal(true);
    expect(read.rows.filter((r) => r.carried).map((r) => r.key)).to.deep.equal([key]);
    const later = overviewRows(meeting().registrations, { previousMeetingDate: '2026-11-02' });
    expect(later.rows.some((r) => r.isNew)).to.equal(false);
  });

  it('sorts with flags first by default, and by age or client either way', () => {
    expect(sortRows(rows, 'flags', true).map((r) => r.child.name)[0]).to.equal('Jonas');
    expect(sortRows(rows, 'age').map((r) => r.child.name)).to.deep.equal(['Mia', 'Sofie', 'Jonas']);
    expect(sortRows(rows, 'reference', true).map((r) => r.reference)[0]).to.equal('K-2026-021');
  });

  it('filters by text, residence, flags and missing offers', () => {
    expect(
      filterRows(rows, { ...emptyFilter(), text: 'sof' }).map((r) => r.child.name),
    ).to.deep.equal(['Sofie']);
    expect(filterRows(rows, { ...emptyFilter(), residence: 'placed' })).to.have.length(1);
    expect(
      filterRows(rows, { ...emptyFilter(), onlyFlagged: true }).map((r) => r.child.name),
    ).to.deep.equal(['Jonas']);
    expect(
      filterRows(rows, { ...emptyFilter(), withoutOffer: true }).map((r) => r.child.name),
    ).to.deep.equal(['Jonas']);
  });
});
