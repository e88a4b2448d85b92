import { expect } from '@open-wc/testing';
import { parseValue } from '@barnets-net/core';
import { oplysningsskemaDefinition } from '../src/value/definition.js';
import { emptyMeeting, oversigtDefinition, type OversigtValue } from '../src/value/oversigt.js';
import { DEFAULT_COLUMNS } from '../src/value/columns.js';
import { sagsmoede, sagsmoedeMedBeslutninger } from '../src/testing/samples.js';
import { overviewRows } from '../src/model/overview-rows.js';
import { rowKey } from '../src/model/row-key.js';
import type { OplysningsskemaValue } from '../src/value/types.js';
import { v1 } from './v1-samples.js';

type Old = Record<string, unknown>;
const PARENTS: Record<string, string[]> = {
  own: ['client'],
  partner: ['partner'],
  both: ['client', 'partner'],
  '': [],
};

/** Every answer of a version 1 registration is in the version 2 one, where it now lives. */
function expectNothingLost(old: Old, now: OplysningsskemaValue) {
  expect(now.schemaVersion).to.equal(2);
  expect(now.client).to.deep.include(old['client'] as Old);
  const children = old['children'] as Old[];
  expect(now.children).to.have.length(children.length);
  children.forEach((was, i) => {
    const c = now.children[i]!;
    const { relation, otherMeasures, offers, counselling, ...same } = was;
    expect(c).to.deep.include(same);
    expect(c.parents).to.deep.equal(PARENTS[relation as string]);
    expect(c.otherSupport).to.equal(otherMeasures);
    expect(c.offers).to.deep.include(offers as Old);
    expect(c.counselling).to.deep.equal(counselling);
    expect(c.cooperation).to.equal((counselling as string[]).length ? 'yes' : '');
    // The old choice «lives with the other parent and has contact with the client» said yes.
    expect(c.contact).to.equal(was['residence'] === 'with-other-parent' ? 'yes' : '');
    // New questions start unanswered: nothing is recorded that nobody said.
    expect([
      c.consent,
      c.consentBy,
      c.consentOn,
      c.offers.youthGroup,
      c.offers.familyCourse,
    ]).to.deep.equal(['', '', '', '', '']);
  });
}

describe('values of version 1', () => {
  for (const name of ['etBarn', 'treBoern', 'medBekymring', 'ufaerdig'] as const) {
    it(`migrates the sample ${name} and loses nothing`, () => {
      const read = parseValue(oplysningsskemaDefinition, v1[name]);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(read.migratedFrom).to.equal(1);
      expectNothingLost(v1[name], read.value);
    });
  }

  it('migrates the case meeting: every registration, and every tick to its new key', () => {
    const old = v1.sagsmoede;
    const read = parseValue(oversigtDefinition, old);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const now = read.value;
    expect(now.meetingDate).to.equal(old.meetingDate);
    old.registrations.forEach((r, i) => expectNothingLost(r, now.registrations[i] as never));
    expect(now.reviewed).to.deep.equal(
      old.reviewed.map((k) => {
        const [ref, child] = k.split('/');
        return rowKey(ref!, child!);
      }),
    );
    const { rows, unreadable } = overviewRows(now.registrations);
    expect(unreadable).to.deep.equal([]);
    expect(rows.filter((r) => now.reviewed.includes(r.key))).to.have.length(old.reviewed.length);
  });

  it('keeps a tick on both rows an old colliding key ticked, and a tick that matches none', () => {
    const reg = (ref: string, id: string) => ({
      ...v1.etBarn,
      client: { ...v1.etBarn.client, reference: ref },
      children: [{ ...v1.etBarn.children[0]!, id }],
    });
    const old = {
      schemaVersion: 1,
      meetingDate: '',
      registrations: [reg('A/b', 'c'), reg('A', 'b/c'), reg('B', 'd')],
      reviewed: ['A/b/c', 'gone/x'],
    };
    const read = parseValue(oversigtDefinition, old);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.reviewed).to.deep.equal([rowKey('A/b', 'c'), rowKey('A', 'b/c'), 'gone/x']);
  });

  it('keeps a registration it cannot lift, as it was, and lifts the rest', () => {
    const broken = { schemaVersion: 1, client: {}, children: [null] };
    const read = parseValue(oversigtDefinition, {
      schemaVersion: 1,
      meetingDate: '',
      registrations: [v1.etBarn, broken],
      reviewed: [],
    });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.registrations[1]).to.deep.equal(broken);
    expect(overviewRows(read.value.registrations).unreadable).to.have.length(1);
  });
});

describe('case meetings of version 2', () => {
  /** A meeting as version 2 held it: no chosen columns. */
  const asV2 = (v: OversigtValue): Record<string, unknown> => {
    const { columns: _columns, ...rest } = v;
    return { ...rest, schemaVersion: 2 };
  };
  const stories = {
    tom: emptyMeeting(),
    sagsmoede: sagsmoede(),
    gennemgaaet: sagsmoede([rowKey('RC-2026-101', 'b-1'), rowKey('RC-2026-102', 'b-2')]),
    medBeslutninger: sagsmoedeMedBeslutninger(),
  };
  for (const [name, now] of Object.entries(stories)) {
    it(`migrates the story value ${name} and loses nothing; the table shows the default columns`, () => {
      const read = parseValue(oversigtDefinition, asV2(now));
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(read.migratedFrom).to.equal(2);
      expect(read.value).to.deep.equal({ ...now, columns: DEFAULT_COLUMNS });
      expect(Object.keys(read.value)[0]).to.equal('schemaVersion');
    });
  }

  it('migrates a version 1 meeting through 2 to 3', () => {
    const read = parseValue(oversigtDefinition, v1.sagsmoede);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.schemaVersion).to.equal(3);
    expect(read.value.columns).to.deep.equal(DEFAULT_COLUMNS);
  });
});
