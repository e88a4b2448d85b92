import { expect } from '@open-wc/testing';
import { parseValue } from '@barnets-net/core';
import { netvaerkskortDefinition, type NetvaerkskortValue } from '../src/elements.js';
import { handoverOf } from '../src/model/handover.js';
import { phoneProblem } from '../src/model/phone.js';
import * as samples from '../src/testing/samples.js';
import { v1Samples } from './fixtures/v1-samples.js';
import { map, person } from './fixtures.js';

type Loose = Record<string, unknown>;

/** Every key and value of the old person is in the new one, unchanged. */
const keeps = (old: Loose, now: Loose, where: string) => {
  for (const [key, value] of Object.entries(old))
    if (key !== 'schemaVersion') expect(now[key], `${where}.${key}`).to.deep.equal(value);
};

describe('the map value, version 2', () => {
  for (const [name, old] of Object.entries(v1Samples)) {
    it(`migrates the version-1 sample ${name} and loses nothing`, () => {
      expect(old['schemaVersion']).to.equal(1);
      const result = parseValue(netvaerkskortDefinition, old);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const now = result.value as unknown as Loose;
      expect(now['schemaVersion']).to.equal(2);
      keeps(old['child'] as Loose, now['child'] as Loose, 'child');
      const lists = (v: Loose) => [
        v['people'] as Loose[],
        ...(v['versions'] as Loose[]).map((x) => x['people'] as Loose[]),
      ];
      (old['versions'] as Loose[]).forEach((x, i) => {
        const { people: _p, ...rest } = x;
        keeps(rest, (now['versions'] as Loose[])[i]!, `versions[${i}]`);
      });
      lists(old).forEach((people, l) => {
        expect(lists(now)[l]).to.have.length(people.length);
        people.forEach((p, i) => {
          const migrated = lists(now)[l]![i]!;
          keeps(p, migrated, `${name}[${l}][${i}]`);
          // The new marks start unset: nobody has marked anything yet.
          expect(migrated).to.include({
            inviteToNetworkDay: false,
            cooperationConsentOn: '',
            knowsPlan: false,
          });
        });
      });
    });
  }

  it('takes every sample of today as it is', () => {
    for (const [name, sample] of Object.entries(samples)) {
      if (typeof sample !== 'object' || !('schemaVersion' in sample)) continue;
      const result = parseValue(netvaerkskortDefinition, sample);
      expect(result.ok, name).to.equal(true);
      if (result.ok) expect(result.value, name).to.deep.equal(sample);
    }
  });

  it('refuses a bond or a consent date the schema does not know', () => {
    const bad = (extra: Loose) =>
      parseValue(netvaerkskortDefinition, map([person('a', extra as never)])).ok;
    expect(bad({ bond: 'not-chosen' })).to.equal(true);
    expect(bad({ bond: 'maybe' })).to.equal(false);
    expect(bad({ cooperationConsentOn: '2026-11-03' })).to.equal(true);
    expect(bad({ cooperationConsentOn: 'i går' })).to.equal(false);
  });
});

describe('the hand-over to the emergency plan', () => {
  it('gives the trusted adults with phone and marks, and who is invited, never bonds or notes', () => {
    const value: NetvaerkskortValue = samples.netvaerksdagKort;
    const handover = handoverOf(value);
    expect(handover.child).to.deep.equal({ name: 'Sofie', picture: 'star' });
    expect(handover.trustedAdults.map((p) => p.name)).to.deep.equal([
      'Mormor',
      'Lone',
      'Farmor Inger',
    ]);
    expect(handover.trustedAdults[2]).to.deep.equal({
      id: 'farmor',
      name: 'Farmor Inger',
      relation: 'farmor',
      picture: 'grandma',
      trusted: true,
      phone: '+46 70 123 45 67',
      inviteToNetworkDay: true,
      cooperationConsentOn: '',
      knowsPlan: false,
    });
    expect(handover.networkDayInvitations.map((p) => p.id)).to.deep.equal([
      'mormor',
      'laerer-lone',
      'farmor',
    ]);
    expect(JSON.stringify(handover)).not.to.include('note').and.not.to.include('bond');
  });
});

describe('the phone rule', () => {
  it('accepts Danish numbers and numbers abroad, and says precisely what is wrong', () => {
    for (const ok of [
      '',
      '22 33 44 55',
      '+45 22334455',
      '0045 22 33 44 55',
      '+46 70 123 45 67',
      '0049 30 1234567',
      '112',
    ])
      expect(phoneProblem(ok), ok).to.equal(null);
    expect(phoneProblem('12345678')).to.deep.equal({ kind: 'danish-first-digit' });
    expect(phoneProblem('+45 12 34 56 78')).to.deep.equal({ kind: 'danish-first-digit' });
    expect(phoneProblem('2233 445')).to.deep.equal({ kind: 'danish-length', digits: 7 });
    expect(phoneProblem('+45 22')).to.deep.equal({ kind: 'danish-length', digits: 2 });
    expect(phoneProblem('+46 70')).to.deep.equal({ kind: 'abroad' });
    expect(phoneProblem('mormors nr')).to.deep.equal({ kind: 'characters' });
  });
});
