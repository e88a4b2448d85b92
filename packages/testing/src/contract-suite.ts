import { expect, fixtureCleanup } from '@open-wc/testing';
import type { BnErrorDetail } from '@barnets-net/core';
import { defineAgain, freshTag, GENERIC_BAD, mount, nextFrame } from './contract-helpers.js';
import { watchNetwork } from './network-watch.js';
import { finishContract } from './contract-finish.js';
import { draftContract } from './contract-drafts.js';
import { robustnessContract } from './contract-robustness.js';
import { languageContract } from './contract-languages.js';

/** The shape every Barnets Net widget element shares (CONTRACT.md). */
export interface ContractElement<V> extends HTMLElement {
  value: V;
  toJSON(): V;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  autosave: string | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  print(): void;
  /** The host stored this value (default: the current one); false if people changed it since. */
  saved(value?: unknown): boolean;
  readonly saveState: 'open' | 'finished' | 'sent' | 'saved';
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot;
}

export interface ContractFixtures<V> {
  tag: string;
  /** A complete, valid value. */
  valid: V;
  /** The value a new, untouched element holds. */
  empty: V;
  /** Values the element must refuse, besides the generic ones. */
  bad?: unknown[];
  /** An older `schemaVersion` and what it becomes after migration. */
  older?: { input: unknown; expected: V };
  /** Changes something through the UI as a person would (keyboard or pointer). */
  editAsUser: (el: ContractElement<V>) => Promise<void>;
  /** Confirms clearing the draft, for a widget that asks first (after "Ryd kladde"). */
  confirmClearAsUser?: (el: ContractElement<V>) => Promise<void>;
  /** Presses the widget's own finish action; omit for widgets without one. */
  finishAsUser?: (el: ContractElement<V>) => Promise<void>;
  /**
   * Top-level keys whose items the widget keeps as given and reads one by one,
   * showing a bad one as bad (the case meeting's registrations): the hostile
   * values test does not ask it to refuse what is inside them.
   */
  opaque?: string[];
  /** Visible strings that must follow the locale: each Danish text and its English. */
  strings: { da: string; en: string }[];
  /** The widget cannot be `required` (a read-only overview, say). */
  notRequirable?: boolean;
}

/**
 * The contract every widget honours, run by each widget's tests with its own
 * fixtures (Shoelace's `runFormControlBaseTests` in spirit).
 */
export function runContractTests<V extends { schemaVersion: number }>(
  f: ContractFixtures<V>,
): void {
  describe(`<${f.tag}> honours the widget contract`, () => {
    let stopWatching: () => string[];

    beforeEach(() => {
      localStorage.clear();
      stopWatching = watchNetwork();
    });

    afterEach(() => {
      document.querySelectorAll('[data-contract-fixture]').forEach((n) => n.remove());
      fixtureCleanup();
      localStorage.clear();
    });

    it('round-trips its value, hands out copies and serialises with toJSON', async () => {
      const { el } = await mount<V>(f.tag);
      expect(el.value).to.deep.equal(f.empty);
      el.value = f.valid;
      expect(el.value).to.deep.equal(f.valid);
      expect(Object.keys(el.value)[0]).to.equal('schemaVersion');
      const copy = el.value as Record<string, unknown>;
      copy['schemaVersion'] = -1;
      expect(el.value).to.deep.equal(f.valid);
      expect(JSON.parse(JSON.stringify(el))).to.deep.equal(f.valid);
    });

    it('accepts a value set before the element is defined or connected', async () => {
      const el = document.createElement(f.tag) as ContractElement<V>;
      el.value = f.valid;
      const holder = document.createElement('div');
      holder.setAttribute('data-contract-fixture', '');
      holder.append(el);
      document.body.append(holder);
      await el.updateComplete;
      expect(el.value).to.deep.equal(f.valid);
    });

    it('keeps a value set on the element before its tag was defined', async () => {
      // A framework renders before the module loads: the element is still plain.
      const tag = freshTag(f.tag);
      const el = document.createElement(tag) as ContractElement<V>;
      el.value = f.valid;
      const holder = document.createElement('div');
      holder.setAttribute('data-contract-fixture', '');
      holder.append(el);
      document.body.append(holder);
      defineAgain(f.tag, tag);
      await el.updateComplete;
      expect(el.value).to.deep.equal(f.valid);
    });

    it('changes nothing when given the value it already holds', async () => {
      const { el } = await mount<V>(f.tag, { name: 'skema' });
      el.value = f.valid;
      await f.editAsUser(el);
      await el.updateComplete;
      await nextFrame();
      await el.updateComplete;
      const edited = el.value;
      let updates = 0;
      const observer = new MutationObserver(() => updates++);
      observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
      el.value = structuredClone(edited);
      await el.updateComplete;
      await nextFrame();
      observer.disconnect();
      expect(el.value).to.deep.equal(edited);
      expect(updates, 'no re-render for the same value').to.equal(0);
    });

    it('refuses a bad value with bn-error and keeps what it had', async () => {
      const { el } = await mount<V>(f.tag);
      el.value = f.valid;
      for (const bad of [...GENERIC_BAD, ...(f.bad ?? [])]) {
        const errors: BnErrorDetail[] = [];
        const onError = (e: Event) => errors.push((e as CustomEvent<BnErrorDetail>).detail);
        el.addEventListener('bn-error', onError);
        el.value = bad as V;
        el.removeEventListener('bn-error', onError);
        expect(errors, `bn-error for ${JSON.stringify(bad)}`).to.have.length(1);
        expect(errors[0]!.code).to.be.a('string');
        expect(errors[0]!.message).to.be.a('string').and.not.equal('');
        // A JSON path is for the host's logs (detail.path), never in the words.
        expect(errors[0]!.message).not.to.match(/\(ved \/|\(at \//);
        if (errors[0]!.code === 'invalid-shape') expect(errors[0]!.path).to.match(/^\//);
        expect(el.value, `value after ${JSON.stringify(bad)}`).to.deep.equal(f.valid);
      }
    });

    if (f.older) {
      const older = f.older;
      it('migrates a value of an older schemaVersion', async () => {
        const { el } = await mount<V>(f.tag);
        let errored = false;
        el.addEventListener('bn-error', () => (errored = true));
        el.value = older.input as V;
        expect(errored).to.equal(false);
        expect(el.value).to.deep.equal(older.expected);
      });
    }

    it('submits its value as JSON with a real form', async () => {
      const { el, root } = await mount<V>(f.tag, { name: 'skema' }, (el) => {
        const form = document.createElement('form');
        form.action = 'about:blank';
        form.append(el);
        const submit = document.createElement('button');
        submit.type = 'submit';
        form.append(submit);
        return form;
      });
      el.value = f.valid;
      const form = root as HTMLFormElement;
      let submitted: FormData | undefined;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = new FormData(form);
      });
      form.requestSubmit();
      expect(submitted, 'the form was submitted').to.exist;
      expect(JSON.parse(String(submitted!.get('skema')))).to.deep.equal(f.valid);
    });

    it('goes back to the value the host set on form reset, and changes from people fire bn-change', async () => {
      const { el, root } = await mount<V>(f.tag, { name: 'skema' }, (el) => {
        const form = document.createElement('form');
        form.append(el);
        return form;
      });
      el.value = f.valid;
      const changes: V[] = [];
      el.addEventListener('bn-change', (e) =>
        changes.push((e as CustomEvent<{ value: V }>).detail.value),
      );
      await f.editAsUser(el);
      await el.updateComplete;
      expect(changes.length, 'bn-change after a change by a person').to.be.greaterThan(0);
      expect(changes.at(-1)).to.deep.equal(el.value);
      expect(el.value).not.to.deep.equal(f.valid);
      (root as HTMLFormElement).reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(f.valid);
      expect(JSON.parse(String(new FormData(root as HTMLFormElement).get('skema')))).to.deep.equal(
        f.valid,
      );
    });

    it('is disabled by a disabled fieldset: no editing, not submitted', async () => {
      const { el, root } = await mount<V>(f.tag, { name: 'skema' }, (el) => {
        const form = document.createElement('form');
        const fieldset = document.createElement('fieldset');
        fieldset.disabled = true;
        fieldset.append(el);
        form.append(fieldset);
        return form;
      });
      el.value = f.valid;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect(new FormData(root as HTMLFormElement).has('skema')).to.equal(false);
      const controls = [
        ...el.shadowRoot.querySelectorAll<HTMLInputElement>('input, select, textarea'),
      ];
      expect(controls.every((c) => c.disabled)).to.equal(true);
      (root.querySelector('fieldset') as HTMLFieldSetElement).disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
    });

    if (!f.notRequirable) {
      it('is invalid when required and empty, valid once filled', async () => {
        const { el } = await mount<V>(f.tag, { name: 'skema', required: '' });
        expect(el.checkValidity()).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validationMessage).to.be.a('string').and.not.equal('');
        el.value = f.valid;
        await el.updateComplete;
        expect(el.checkValidity()).to.equal(true);
        expect(el.validity.valid).to.equal(true);
      });
    }

    it('restores a draft after being re-created', async () => {
      const key = `contract-${Math.random().toString(36).slice(2)}`;
      const first = await mount<V>(f.tag, { autosave: key });
      await f.editAsUser(first.el);
      await first.el.updateComplete;
      const edited = first.el.value;
      expect(edited).not.to.deep.equal(f.empty);
      const clear = [...first.el.shadowRoot.querySelectorAll('button')].find((b) =>
        /Ryd kladde/.test(b.textContent ?? ''),
      );
      expect(clear, 'a visible clear-draft action').to.exist;
      first.root.parentElement!.remove();

      const second = await mount<V>(f.tag, { autosave: key });
      expect(second.el.value).to.deep.equal(edited);
    });

    if (f.finishAsUser) finishContract(f, f.finishAsUser);
    draftContract(f);
    robustnessContract(f);
    languageContract(f);

    it('clears the draft with its visible clear action', async () => {
      const key = `contract-${Math.random().toString(36).slice(2)}`;
      const { el } = await mount<V>(f.tag, { autosave: key });
      await f.editAsUser(el);
      await el.updateComplete;
      const clear = [...el.shadowRoot.querySelectorAll('button')].find((b) =>
        /Ryd kladde/.test(b.textContent ?? ''),
      )!;
      const edited = el.value;
      clear.click();
      await el.updateComplete;
      await f.confirmClearAsUser?.(el);
      expect(el.value).to.deep.equal(f.empty);
      expect(Object.keys(localStorage).filter((k) => k.includes(key))).to.deep.equal([]);
      // The pressed button is gone: focus waits on the notice's "Fortryd", not on <body>.
      await el.updateComplete;
      const undo = el.shadowRoot.activeElement as HTMLElement | null;
      expect(undo?.textContent, 'focus on the undo action').to.match(/Fortryd/);
      undo!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value).to.deep.equal(edited);
      expect(el.shadowRoot.activeElement?.textContent).to.match(/Ryd kladde/);
    });

    it('keeps working and warns when storage is blocked', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { el } = await mount<V>(f.tag, { autosave: 'blocked' });
        const errors: string[] = [];
        el.addEventListener('bn-error', (e) =>
          errors.push((e as CustomEvent<BnErrorDetail>).detail.code),
        );
        await f.editAsUser(el);
        await el.updateComplete;
        expect(errors).to.include('storage-unavailable');
        expect(el.value).not.to.deep.equal(f.empty);
        expect(el.shadowRoot.querySelector('[part~="draft-notice"]')).to.exist;
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('has no accessibility violations, empty and filled', async () => {
      const { el } = await mount<V>(f.tag);
      await expect(el).to.be.accessible();
      el.value = f.valid;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('makes no network request of its own', async () => {
      const { el } = await mount<V>(f.tag, { autosave: 'network' });
      el.value = f.valid;
      await f.editAsUser(el);
      await el.updateComplete;
      await nextFrame();
      expect(stopWatching()).to.deep.equal([]);
    });
  });
}
