// Runs in the page that holds every element: what zoom does to the layout.
// Each function is handed to `page.evaluate`, so it carries its own helpers.

/** How far the document scrolls sideways, and which elements stick out. */
export function sidewaysInPage(tags) {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  return {
    overflow: doc.scrollWidth - width,
    wide: tags.filter((t) => document.querySelector(t).getBoundingClientRect().right > width + 0.5),
  };
}

/**
 * What a person at this zoom cannot read or press, per element:
 * `clipped`, text cut off by its own box (it holds a text node, hides its
 * overflow, and its content is wider than it); `small`, buttons and inputs
 * under `min` × `min` CSS px (a checkbox or radio counts with its label,
 * which presses it too); `overlaps`, parts drawn over another element.
 */
export function layoutProblemsInPage({ tags, min }) {
  const deep = (root) => {
    const all = [];
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) all.push(...deep(el.shadowRoot));
    }
    return all;
  };
  const shown = (el) => {
    if (el.closest('[inert], details:not([open]) > :not(summary)')) return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const name = (el) => {
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? el.value ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 30);
    const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
    return `<${el.localName}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}>${words ? ` «${words}»` : ''}`;
  };
  // Text kept for screen readers only is meant to be clipped: 1 px, cut away.
  const visuallyHidden = (el, style) =>
    el.clientWidth <= 1 ||
    el.clientHeight <= 1 ||
    style.clip.startsWith('rect') ||
    style.clipPath.startsWith('inset');
  // The part of a box its ancestors let show: an ancestor that hides its
  // overflow (an <svg> does) or contains its paint cuts off whatever reaches past it.
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  const shownBox = (el) => {
    let { left, top, right, bottom } = el.getBoundingClientRect();
    for (let at = up(el); at; at = up(at)) {
      const style = getComputedStyle(at);
      const r = at.getBoundingClientRect();
      // Paint containment (which content-visibility: auto brings) cuts off both ways.
      const paints =
        /paint|strict|content/.test(style.contain) || style.contentVisibility !== 'visible';
      if (paints || style.overflowX !== 'visible') {
        left = Math.max(left, r.left);
        right = Math.min(right, r.right);
      }
      if (paints || style.overflowY !== 'visible') {
        top = Math.max(top, r.top);
        bottom = Math.min(bottom, r.bottom);
      }
    }
    return { left, top, right, bottom };
  };
  const targetBox = (el) => {
    const own = el.getBoundingClientRect();
    if (!el.matches('input[type=checkbox], input[type=radio]') || !el.labels?.length) return own;
    let { left, top, right, bottom } = own;
    for (const label of el.labels) {
      const r = label.getBoundingClientRect();
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
    return { width: right - left, height: bottom - top };
  };
  const hosts = tags.map((t) => [t, document.querySelector(t).getBoundingClientRect()]);
  const meets = (a, b) =>
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5;
  const out = {};
  for (const tag of tags) {
    const clipped = [];
    const small = [];
    const overlaps = [];
    const parts = deep(document.querySelector(tag).shadowRoot).filter(shown);
    for (const el of parts) {
      const style = getComputedStyle(el);
      if (visuallyHidden(el, style)) continue;
      const holdsText = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
      if (holdsText && hides && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${name(el)} ${el.scrollWidth} > ${el.clientWidth} px`);
      if (el.matches('button, input:not([type=hidden])')) {
        const { width, height } = targetBox(el);
        if (width < min - 0.5 || height < min - 0.5)
          small.push(`${name(el)} ${Math.round(width)}×${Math.round(height)} px`);
      }
      // The top layer (an open modal dialog) is drawn over the page on purpose.
      if (el.closest('dialog:modal') || style.position === 'fixed') continue;
      const box = shownBox(el);
      for (const [other, rect] of hosts)
        if (other !== tag && meets(box, rect)) overlaps.push(`${name(el)} over <${other}>`);
    }
    if (clipped.length || small.length || overlaps.length)
      out[tag] = { clipped, small, overlaps: overlaps.slice(0, 10) };
  }
  return out;
}
