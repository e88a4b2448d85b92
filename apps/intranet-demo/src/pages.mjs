// Every demo page, in one list. A new widget adds its page(s) here, or
// declares them in its package.json (see declared-pages.mjs):
//
//   path      where the page lives (unique, starts with "/")
//   title     the page's <h1>-level name, also used in the index and <title>
//   intranet  which look it wears: a key of `intranets` below
//   bundles   standalone files the page loads, from the standalone/ folder of a
//             package in this app's dependencies (its `./standalone` export), one
//             <script type="module"> each. More than one separate bundle means
//             more than one copy of Lit, so the server adds 'allow-duplicates'
//             to the page's trusted-types directive.
//   elements  the custom elements the page must show (checked by the e2e test)
//   scripts   optional page scripts from public/, served under /assets/
//   summary   one line for the index
//   body      the page content: constant markup only, built with `html`.
//             Never put anything from a request in here.
import { createRequire } from 'node:module';
import { sampleRegistrations } from '@barnets-net/oplysningsskema/samples';
import { declaredPages } from './declared-pages.mjs';
import { html, trusted } from './html.mjs';

/** Every element of the shared distribution (the list its build writes). */
const ALL_ELEMENTS = createRequire(import.meta.url)('@barnets-net/elements/elements.json');

/** The fictional intranets a page can be dressed as. */
export const intranets = {
  fjordby: {
    name: 'Fjordby Kommune',
    product: 'Intranet',
    stylesheet: 'fjordby.css',
    logo: 'fjordby-logo.svg',
    user: 'Mette Sørensen',
    unit: 'Familieafdelingen',
    section: 'Børn og familie',
  },
  bakkeby: {
    name: 'Bakkeby Kommune',
    product: 'Medarbejderportal',
    stylesheet: 'bakkeby.css',
    logo: 'bakkeby-logo.svg',
    user: 'Jonas Holm',
    unit: 'Børne- og Familierådgivningen',
    section: 'Mit arbejde',
  },
};

const eventLog = html`
  <section class="event-log" aria-labelledby="haendelser-overskrift">
    <h2 id="haendelser-overskrift">Hændelser fra widgetten</h2>
    <p class="muted">
      Siden lytter efter <code>bn-change</code>, <code>bn-complete</code> og <code>bn-error</code>.
      De nyeste står øverst.
    </p>
    <div role="log" aria-labelledby="haendelser-overskrift">
      <ol class="event-log__list" data-event-log></ol>
    </div>
  </section>
`;

export const pages = [
  {
    path: '/fjordby/testskema',
    title: 'Afprøv testskemaet',
    intranet: 'fjordby',
    bundles: ['bn-test-element.js'],
    elements: ['bn-test-element'],
    summary: 'Testelementet i en almindelig formular, der sendes til serveren.',
    body: html`
      <p class="lead">
        Her afprøver vi Barnets Nets mindste widget, før de rigtige værktøjer kommer på intranettet.
        Widgetten er en del af formularen og sendes med, når du trykker
        <strong>Send skemaet</strong>.
      </p>
      <form class="case-form" method="post" action="/modtaget">
        <bn-test-element name="testskema" required autosave="fjordby-testskema"></bn-test-element>
        <div class="case-form__actions">
          <button type="submit" class="button">Send skemaet</button>
        </div>
      </form>
      <section class="info-box" aria-labelledby="om-siden">
        <h2 id="om-siden">Sådan virker siden</h2>
        <ul>
          <li>Skemaet skal udfyldes, før formularen kan sendes.</li>
          <li>En kladde gemmes kun på denne enhed og slettes, når skemaet er sendt.</li>
          <li>Serveren viser blot det modtagne igen; intet gemmes.</li>
        </ul>
      </section>
      ${eventLog}
    `,
  },
  {
    path: '/bakkeby/testskema',
    title: 'Testskema i en sag',
    intranet: 'bakkeby',
    bundles: ['bn-test-element.js'],
    elements: ['bn-test-element'],
    summary: 'Samme testelement side om side med almindelige formularfelter.',
    body: html`
      <p class="lead">
        Widgetten indgår her i en sagsformular sammen med portalens egne felter. Alt sendes samlet,
        når du trykker <strong>Gem i sagen</strong>.
      </p>
      <form class="case-form" method="post" action="/modtaget">
        <div class="portal-field">
          <label for="journalnummer">Journalnummer</label>
          <span class="portal-field__hint" id="journalnummer-hint">F.eks. 27.12.04-G01-123-26</span>
          <input
            id="journalnummer"
            name="journalnummer"
            type="text"
            autocomplete="off"
            aria-describedby="journalnummer-hint"
          />
        </div>
        <bn-test-element name="testskema" required autosave="bakkeby-testskema"></bn-test-element>
        <div class="case-form__actions">
          <button type="submit" class="button">Gem i sagen</button>
        </div>
      </form>
      ${eventLog}
    `,
  },
  {
    path: '/fjordby/oplysningsskema',
    title: 'Registrering af borgerens børn',
    intranet: 'fjordby',
    bundles: ['bn-oplysningsskema.js'],
    elements: ['bn-oplysningsskema'],
    summary: 'Rusmiddelcentrets oplysningsskema i en formular, der sendes til serveren.',
    body: html`
      <p class="lead">
        Når en ny borger med børn starter i behandling, registrerer behandleren børnene her. Skemaet
        sendes til journalen, når du trykker <strong>Gem registreringen</strong> i skemaet (eller
        <strong>Send til journalen</strong>). Indtil da ligger det som kladde på denne computer i
        højst 8 timer.
      </p>
      <form class="case-form" method="post" action="/modtaget">
        <bn-oplysningsskema
          name="oplysningsskema"
          required
          autosave="fjordby-oplysningsskema"
        ></bn-oplysningsskema>
        <div class="case-form__actions">
          <button type="submit" class="button">Send til journalen</button>
        </div>
      </form>
      ${eventLog}
    `,
  },
  {
    path: '/bakkeby/sagsmoede',
    title: 'Månedligt alkoholsagsmøde',
    intranet: 'bakkeby',
    bundles: ['oplysningsskema.js'],
    elements: ['bn-oplysningsskema-oversigt', 'bn-oplysningsskema'],
    scripts: ['sagsmoede.mjs'],
    summary: 'Oversigten over borgere med børn; vælg en borger for at se registreringen.',
    body: html`
      <p class="lead">
        Én gang om måneden gennemgår vi alle borgere med børn. Vigtige opmærksomhedspunkter står
        øverst. Vælg en borger for at se hele registreringen nedenfor.
      </p>
      <bn-oplysningsskema-oversigt
        autosave="bakkeby-sagsmoede"
        data-sample-registrations="${JSON.stringify(sampleRegistrations(4))}"
      ></bn-oplysningsskema-oversigt>
      <section class="info-box" aria-labelledby="valgt-registrering">
        <h2 id="valgt-registrering">Valgt registrering</h2>
        <p class="muted" data-selected-hint>Vælg en borger i oversigten.</p>
        <bn-oplysningsskema readonly hidden></bn-oplysningsskema>
      </section>
      ${eventLog}
    `,
  },
  {
    path: '/fjordby/netvaerkskort',
    title: 'Mit netværkskort',
    intranet: 'fjordby',
    bundles: ['bn-netvaerkskort.js'],
    elements: ['bn-netvaerkskort'],
    summary: 'Barnets netværkskort på en tablet: træk, tryk eller brug tastaturet.',
    body: html`
      <p class="lead">
        Barnet sætter de mennesker, der betyder noget, på kortet sammen med en voksen. Kortet sendes
        til børnegruppens mappe, når I trykker <strong>✓ Færdig</strong> (eller
        <strong>Gem i børnegruppens mappe</strong>). Indtil da ligger det som kladde på tabletten i
        højst 8 timer.
      </p>
      <form class="case-form" method="post" action="/modtaget">
        <bn-netvaerkskort name="netvaerkskort" autosave="fjordby-netvaerkskort"></bn-netvaerkskort>
        <div class="case-form__actions">
          <button type="submit" class="button">Gem i børnegruppens mappe</button>
        </div>
      </form>
      ${eventLog}
    `,
  },
  {
    path: '/bakkeby/alle-widgets',
    title: 'Alle widgets på én side',
    intranet: 'bakkeby',
    bundles: ALL_ELEMENTS.map((tag) => `elements/${tag}.js`),
    elements: ALL_ELEMENTS,
    summary:
      'Hver widget fra den fælles distribution (@barnets-net/elements): Lit og core hentes én gang, under den strenge politik uden allow-duplicates.',
    body: html`
      <p class="lead">
        Siden henter hver widget med sin egen <code>&lt;script type="module"&gt;</code> fra
        <code>@barnets-net/elements</code>. De deler én kopi af Lit og core, så sidens Trusted
        Types-politik ikke behøver <code>'allow-duplicates'</code>.
      </p>
      ${ALL_ELEMENTS.map(
        (tag) =>
          html`<section class="info-box" aria-labelledby="${tag}-overskrift">
            <h2 id="${tag}-overskrift"><code>&lt;${tag}&gt;</code></h2>
            ${trusted(`<${tag} heading-level="3"></${tag}>`)}
          </section>`,
      )}
    `,
  },
];

// Pages that widget packages declare themselves ("barnetsNet.demo" in their package.json).
pages.push(...declaredPages());

/** Looks up a page by its path. */
export const pageByPath = (path, list = pages) => list.find((p) => p.path === path);
