import { expect } from '@open-wc/testing';
import type { ContractElement, ContractFixtures } from './contract-suite.js';
import { mount, nextFrame } from './contract-helpers.js';

/** Words that claim the work is stored; allowed only after the host said so. */
const CLAIMS_SAVED = /\ber (gemt|sendt)\b|\bis (saved|sent)\b/i;

/** The widget's own text, without the draft notice (which speaks of the draft only). */
const textOutsideDraftNotice = (el: HTMLElement) => {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest('[part~="draft-notice"], style')) text += ` ${n.textContent}`;
  return text.replace(/\s+/g, ' ');
};

const draftKeys = (key: string) => Object.keys(localStorage).filter((k) => k.includes(key));

/** A form that posts into a hidden frame, so a real submit leaves the test page alone. */
function formInto(frameName: string) {
  return (el: HTMLElement) => {
    const form = document.createElement('form');
    const frame = document.createElement('iframe');
    frame.name = frameName;
    frame.hidden = true;
    form.action = 'about:blank';
    form.target = frameName;
    form.append(el, frame);
    return form;
  };
}

/** The finish action sends the work where it goes; nothing is lost or claimed saved. */
export function finishContract<V extends { schemaVersion: number }>(
  f: ContractFixtures<V>,
  finish: (el: ContractElement<V>) => Promise<void>,
): void {
  const key = () => `finish-${Math.random().toString(36).slice(2)}`;

  async function edited(attrs: Record<string, string>, wrap?: (el: HTMLElement) => HTMLElement) {
    const mounted = await mount<V>(f.tag, attrs, wrap);
    mounted.el.value = f.valid;
    await f.editAsUser(mounted.el);
    await mounted.el.updateComplete;
    return mounted;
  }

  it('keeps the draft after the finish action until the host confirms with saved()', async () => {
    const k = key();
    const { el, root } = await edited({ autosave: k });
    const work = el.value;
    await finish(el);
    await el.updateComplete;
    expect(el.saveState).to.equal('finished');
    expect(textOutsideDraftNotice(el), 'no claim that it is saved').not.to.match(CLAIMS_SAVED);
    root.parentElement!.remove();

    const again = await mount<V>(f.tag, { autosave: k });
    expect(again.el.value, 'the draft survived finishing').to.deep.equal(work);
    expect(again.el.saved({ ...work, schemaVersion: -1 }), 'another value').to.equal(false);
    expect(draftKeys(k)).to.have.length(1);
    expect(again.el.saved(work)).to.equal(true);
    await again.el.updateComplete;
    expect(again.el.saveState).to.equal('saved');
    expect(draftKeys(k), 'the draft went when the host confirmed').to.deep.equal([]);
  });

  it('submits its form on finishing; the draft stays while the page cancels the submit', async () => {
    const k = key();
    const { el, root } = await edited({ autosave: k, name: 'skema' }, formInto(`${k}-frame`));
    const form = root as HTMLFormElement;
    const posted: unknown[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      posted.push(JSON.parse(String(new FormData(form).get('skema'))));
    });
    await finish(el);
    await el.updateComplete;
    expect(posted, 'the finish action submitted the form').to.deep.equal([el.value]);
    expect(draftKeys(k), 'a cancelled submit sent nothing: the draft stays').to.have.length(1);
    expect(el.saveState).to.equal('finished');
    expect(textOutsideDraftNotice(el)).not.to.match(CLAIMS_SAVED);
  });

  it('clears the draft once its form was really submitted, and says it was sent', async () => {
    const k = key();
    const { el } = await edited({ autosave: k, name: 'skema' }, formInto(`${k}-frame`));
    await finish(el);
    await el.updateComplete;
    await nextFrame();
    expect(draftKeys(k), 'submitted: the draft goes').to.deep.equal([]);
    expect(el.saveState).to.equal('sent');
  });

  it('does not submit the form when the host cancels bn-complete', async () => {
    const k = key();
    const { el, root } = await edited({ autosave: k, name: 'skema' }, formInto(`${k}-frame`));
    let submitted = false;
    root.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    el.addEventListener('bn-complete', (e) => e.preventDefault());
    await finish(el);
    expect(submitted).to.equal(false);
    expect(draftKeys(k)).to.have.length(1);
  });
}
