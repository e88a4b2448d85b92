import { expect } from '@open-wc/testing';
import type { ContractFixtures } from './contract-suite.js';
import { mount, shadowText } from './contract-helpers.js';

const HOUR = 3_600_000;

const stored = (key: string) =>
  JSON.parse(localStorage.getItem(key) ?? 'null') as {
    savedAt: number;
    expiresAt: number;
    value: unknown;
  } | null;

const draftOf = (value: unknown, savedAt: number, hours: number, writer = 'other') =>
  JSON.stringify({ savedAt, expiresAt: savedAt + hours * HOUR, writer, value });

/** Drafts are short-lived, swept, never written over and never deleted unread (CONTRACT.md). */
export function draftContract<V extends { schemaVersion: number }>(f: ContractFixtures<V>): void {
  const name = () => `drafts-${Math.random().toString(36).slice(2)}`;
  const keyOf = (k: string) => `bn-draft:${f.tag}:${k}`;
  const nextButton = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      /Vis den næste kladde/.test(b.textContent ?? ''),
    );

  it('keeps a draft 8 hours by default and never longer than 72 hours', async () => {
    const short = name();
    const a = await mount<V>(f.tag, { autosave: short });
    await f.editAsUser(a.el);
    const d = stored(keyOf(short))!;
    expect(d.expiresAt - d.savedAt).to.equal(8 * HOUR);

    const long = name();
    const b = await mount<V>(f.tag, { autosave: long, 'autosave-hours': '1e9' });
    await f.editAsUser(b.el);
    const l = stored(keyOf(long))!;
    expect(l.expiresAt - l.savedAt).to.equal(72 * HOUR);
  });

  it('sweeps every expired Barnets Net draft on this device when it loads', async () => {
    const now = Date.now();
    localStorage.setItem('bn-draft:bn-other:old', draftOf(f.valid, now - 2 * HOUR, 1));
    localStorage.setItem('bn-draft:bn-other:forever', draftOf(f.valid, now - 80 * HOUR, 1e9));
    localStorage.setItem('bn-draft:bn-other:fresh', draftOf(f.valid, now, 1));
    localStorage.setItem('not-ours', 'kept');
    await mount<V>(f.tag);
    expect(localStorage.getItem('bn-draft:bn-other:old')).to.equal(null);
    expect(localStorage.getItem('bn-draft:bn-other:forever'), 'past the maximum').to.equal(null);
    expect(localStorage.getItem('bn-draft:bn-other:fresh')).not.to.equal(null);
    expect(localStorage.getItem('not-ours')).to.equal('kept');
  });

  it('keeps a draft it cannot open (a newer version’s), says so, and writes its own beside it', async () => {
    const k = name();
    const newer = draftOf({ schemaVersion: 9999 }, Date.now(), 1);
    localStorage.setItem(keyOf(k), newer);
    const { el } = await mount<V>(f.tag, { autosave: k });
    expect(el.value).to.deep.equal(f.empty);
    expect(shadowText(el)).to.include('kan ikke åbnes');
    await f.editAsUser(el);
    expect(localStorage.getItem(keyOf(k)), 'the unopened draft is untouched').to.equal(newer);
    expect(stored(`${keyOf(k)}~2`)?.value).to.deep.equal(el.value);
  });

  it('two widgets with one autosave key each keep their own draft, and say so', async () => {
    const k = name();
    const a = await mount<V>(f.tag, { autosave: k });
    const b = await mount<V>(f.tag, { autosave: k });
    a.el.value = f.valid;
    await f.editAsUser(a.el);
    await f.editAsUser(b.el);
    await b.el.updateComplete;
    const values = [stored(keyOf(k))?.value, stored(`${keyOf(k)}~2`)?.value];
    expect(values).to.deep.include(a.el.value);
    expect(values).to.deep.include(b.el.value);
    expect(shadowText(b.el)).to.include('også åbent et andet sted');

    // After a reload both are there: the first shown, the next one a click away.
    a.root.parentElement!.remove();
    b.root.parentElement!.remove();
    const again = await mount<V>(f.tag, { autosave: k });
    expect(again.el.value).to.deep.equal(values[0]);
    nextButton(again.el)!.click();
    await again.el.updateComplete;
    expect(again.el.value).to.deep.equal(values[1]);
  });

  it('moves its draft aside when another tab writes the same key (storage event)', async () => {
    const k = name();
    const { el } = await mount<V>(f.tag, { autosave: k });
    await f.editAsUser(el);
    const mine = el.value;
    const theirs = draftOf(f.valid, Date.now(), 1, 'another-tab');
    localStorage.setItem(keyOf(k), theirs);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: keyOf(k),
        newValue: theirs,
        storageArea: localStorage,
      }),
    );
    await el.updateComplete;
    expect(localStorage.getItem(keyOf(k))).to.equal(theirs);
    expect(stored(`${keyOf(k)}~2`)?.value, 'this tab’s work is kept').to.deep.equal(mine);
    expect(shadowText(el)).to.include('også åbent et andet sted');
  });
}
