// Runs in the page that holds every element, in forced colours: what the
// system's palette leaves of the widgets. Each function is handed to
// `page.evaluate`, so it carries its own helpers.

/**
 * Per element, what a person in forced colours loses: `unbounded`, controls
 * with no visible edge (no border side, no outline, and not a native
 * checkbox, radio or range, which the system draws itself); `invisible`,
 * text whose colour is its background's.
 */
export function forcedColoursProblemsInPage(tags) {
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
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const name = (el) => {
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 30);
    const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
    return `<${el.localName}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}>${words ? ` «${words}»` : ''}`;
  };
  const ROLES =
    /^(button|link|checkbox|radio|switch|tab|option|menuitem\w*|slider|spinbutton|textbox|combobox|searchbox)$/;
  // A role decides (a table's scroll region takes focus to scroll, it is no control).
  const control = (el) =>
    el.hasAttribute('role')
      ? ROLES.test(el.getAttribute('role'))
      : el.matches('button, input:not([type=hidden]), select, textarea, summary') ||
        (el.matches('[tabindex]') && el.tabIndex >= 0 && !/^h\d$/.test(el.localName));
  const transparent = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
  const edged = (style, side) =>
    style[`border${side}Style`] !== 'none' &&
    parseFloat(style[`border${side}Width`]) > 0 &&
    !transparent(style[`border${side}Color`]);
  const bounded = (el) => {
    const style = getComputedStyle(el);
    if (el.matches('input[type=checkbox], input[type=radio], input[type=range]'))
      return (
        style.appearance !== 'none' ||
        ['Top', 'Right', 'Bottom', 'Left'].some((s) => edged(style, s))
      );
    if (['Top', 'Right', 'Bottom', 'Left'].some((s) => edged(style, s))) return true;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
    // A link is set apart by its underline and the system's link colour.
    if (el.localName === 'a' && style.textDecorationLine.includes('underline')) return true;
    // A part of a drawing (a person on the map) is bounded by a stroke drawn in it.
    if (el instanceof SVGElement)
      return [el, ...el.querySelectorAll('*')].some((p) => {
        const s = getComputedStyle(p);
        return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && !transparent(s.stroke);
      });
    return false;
  };
  const parentOf = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  const backgroundOf = (el) => {
    for (let at = el; at; at = parentOf(at)) {
      const bg = getComputedStyle(at).backgroundColor;
      if (!transparent(bg)) return bg;
    }
    return getComputedStyle(document.documentElement).getPropertyValue('background-color');
  };
  const out = {};
  for (const tag of tags) {
    const unbounded = [];
    const invisible = [];
    for (const el of deep(document.querySelector(tag).shadowRoot).filter(shown)) {
      if (control(el) && !bounded(el)) unbounded.push(name(el));
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      if (!text || el instanceof SVGElement) continue;
      const color = getComputedStyle(el).color;
      if (color === backgroundOf(el) || transparent(color))
        invisible.push(`${name(el)} ${color} on ${backgroundOf(el)}`);
    }
    if (unbounded.length || invisible.length) out[tag] = { unbounded, invisible };
  }
  return out;
}

/**
 * The network map's drawing: the colour behind it, and the strokes and
 * fills of its lines, circles and words, so a test can see that none of
 * them is drawn in the background's colour.
 */
export function mapColoursInPage() {
  const root = document.querySelector('bn-netvaerkskort').shadowRoot;
  const svg = root.querySelector('svg.map');
  let background = 'transparent';
  for (let at = svg; at; at = at.parentElement ?? at.getRootNode().host ?? null) {
    const bg = getComputedStyle(at).backgroundColor;
    if (bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  const drawn = [];
  for (const el of svg.querySelectorAll('line, path, circle, ellipse, rect, polygon, text')) {
    if (!el.checkVisibility()) continue;
    const s = getComputedStyle(el);
    const what = `<${el.localName}${el.getAttribute('class') ? `.${el.getAttribute('class').split(/\s+/).join('.')}` : ''}>`;
    if (el.localName === 'text') drawn.push({ what, paint: 'fill', colour: s.fill });
    else if (s.stroke !== 'none') drawn.push({ what, paint: 'stroke', colour: s.stroke });
  }
  const box = svg.getBoundingClientRect();
  return {
    background,
    drawn,
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
  };
}
