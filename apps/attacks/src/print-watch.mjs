// What a widget hands the printer. `window.print` becomes a recorder that
// reads, at the moment of the call, the tree the widget marked for print
// (`data-bn-print-target`, shadow roots included) under the page's current
// media, and leaves the page in its print state until the test sends
// `afterprint`, as the print dialog would when it closes.

/** Runs in the page, before it prints: each print call recorded in `window.__prints`. */
export function watchPrintInPage() {
  window.__prints = [];
  window.print = () => {
    const target = document.querySelector('[data-bn-print-target]');
    const bad = [];
    const text = [];
    const RISKY = /^(script|iframe|object|embed|base|meta|style|frame|frameset|foreignobject)$/i;
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes)
          if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
        if (RISKY.test(el.localName)) bad.push(`<${el.localName}>`);
        const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
        if (/^\s*javascript:/i.test(href)) bad.push('javascript: link');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      // The text on paper: text nodes whose element the print media shows.
      const nodes = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = nodes.nextNode(); n; n = nodes.nextNode())
        if (n.parentElement?.checkVisibility({ visibilityProperty: true })) text.push(n.data);
    };
    if (target) {
      walk(target);
      if (target.shadowRoot) walk(target.shadowRoot);
    }
    window.__prints.push({
      tag: target?.localName ?? '(nothing marked)',
      printing: document.documentElement.classList.contains('bn-printing'),
      bad,
      text: text.join('\n'),
    });
  };
}

/**
 * The ways each element prints, as its buttons call them: the map's three
 * prints, the plan's page and pocket card, the meeting's copy and leaflet.
 */
export const printKinds = {
  'bn-netvaerkskort': [
    ['printFor', 'child'],
    ['printFor', 'professional'],
    ['printFor', 'invitations'],
  ],
  'bn-noedplan': [['print'], ['printCard']],
  'bn-skolefe-kort': [['print']],
  'bn-skolefe-oversigt': [['print']],
  'bn-dialogmoede': [['print'], ['printLeaflet']],
  'bn-oplysningsskema': [['print']],
  'bn-oplysningsskema-oversigt': [['print']],
};

/** Runs in the page: calls one print of `tag` and returns what it handed the printer. */
export async function printInPage({ tag, method, arg }) {
  const el = document.querySelector(tag);
  const before = window.__prints.length;
  await el[method](...(arg === undefined ? [] : [arg]));
  return window.__prints.slice(before);
}
