// The skolefe page: gives the card a made-up class list to watch for (it
// stays in this browser), hands the overview 40 made-up cards (a real
// intranet loads them from its own system) and shows the card the overview
// picks. Nothing here makes a request.
const card = document.querySelector('bn-skolefe-kort[data-demo-class-list]');
const overview = document.querySelector('bn-skolefe-oversigt');
const selected = document.querySelector('bn-skolefe-kort[data-selected-card]');
const hint = document.querySelector('[data-selected-hint]');

await Promise.all([
  customElements.whenDefined('bn-skolefe-kort'),
  customElements.whenDefined('bn-skolefe-oversigt'),
]);

card.names = ['Oliver', 'Frida', 'Noah', 'Alma', 'Karl', 'Ida'];

const UNITS = [
  'Fjordby Skole',
  'Strandvejens Skole',
  'Bakkeby Skole',
  'Skovbrynet Skole',
  'Børnehuset Mågen',
];
const GOALS = [
  'At barnet kommer i skole hver dag og spiser frokost.',
  'At barnet har en voksen at gå til, når det er svært.',
  'At barnet er med i en fritidsaktivitet en gang om ugen.',
  'At barnet leger med de andre i frikvarteret.',
];
const RESULTS = ['reached', 'partly', 'not-reached', '', 'partly', ''];
const GENDERS = ['girl', 'boy', 'boy', 'girl', 'other', 'not-stated'];
const ID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pad = (n) => String(n).padStart(2, '0');

const cards = Array.from({ length: 40 }, (_, i) => {
  const unit = UNITS[i % UNITS.length];
  const daycare = unit.startsWith('Børnehuset');
  const month = ((i * 7) % 12) + 1;
  const year = month >= 8 ? 2025 : 2026;
  const start = `${year}-${pad(month)}-${pad((i % 27) + 1)}`;
  const result = RESULTS[i % RESULTS.length];
  return {
    schemaVersion: 1,
    cardId: `${ID[(i * 7) % 32]}${ID[(i * 11) % 32]}${ID[(i * 13) % 32]}${ID[i % 32]}-${ID[(i * 5) % 32]}${ID[(i * 3) % 32]}${ID[(i * 17) % 32]}${ID[(i * 19) % 32]}`,
    unit,
    gender: GENDERS[i % GENDERS.length],
    age: daycare ? 3 + (i % 3) : 6 + (i % 9),
    group: daycare ? 'Mågerne' : `${1 + (i % 8)}. klasse`,
    situation: 'Har brug for en fast voksen i hverdagen.',
    referredBy: daycare ? 'pedagogue' : 'class-teacher',
    referredByOther: '',
    consent: true,
    consentDate: start,
    goal: GOALS[i % GOALS.length],
    protective: '',
    areas: ['peers'],
    means: ['attention', 'adult-contact'],
    indirect: [],
    meansOwn: '',
    others: '',
    start,
    plannedEnd: i % 5 === 0 ? '' : `${year + 1}-06-30`,
    hours: 4 + ((i * 5) % 30),
    external: i % 4 === 0 ? ['ppr'] : ['none'],
    externalOther: '',
    resultStatus: result,
    result: result ? 'Går bedre i frikvartererne.' : '',
    handover: '',
  };
});

if (overview.cards.length === 0) overview.cards = cards;

overview.addEventListener('bn-select', (event) => {
  selected.value = event.detail.value;
  selected.hidden = false;
  hint.textContent = `Kort ${event.detail.cardId}`;
  selected.scrollIntoView({ block: 'start' });
});
