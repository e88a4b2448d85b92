// Shows the widget events of the page in a short log. Text only: values are
// case data and must never become markup.
const log = document.querySelector('[data-event-log]');
const MAX_ENTRIES = 8;
const LABELS = {
  'bn-change': 'Ændring',
  'bn-complete': 'Afsluttet',
  'bn-error': 'Fejl',
  'bn-draft-restored': 'Kladde hentet',
};

const time = () =>
  new Date().toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const describe = (event) => {
  const detail = event.detail ?? {};
  if (event.type === 'bn-error') return `${detail.code}: ${detail.message}`;
  if (detail.value !== undefined) {
    const json = JSON.stringify(detail.value);
    return json.length > 120 ? `${json.slice(0, 119)}…` : json;
  }
  return '';
};

function record(event) {
  if (!log) return;
  const item = document.createElement('li');
  const head = document.createElement('span');
  head.className = 'event-log__type';
  head.textContent = `${time()} ${LABELS[event.type]} (${event.type})`;
  item.append(head);
  const text = describe(event);
  if (text) {
    const code = document.createElement('code');
    code.textContent = text;
    item.append(' ', code);
  }
  log.prepend(item);
  while (log.children.length > MAX_ENTRIES) log.lastElementChild.remove();
}

for (const type of Object.keys(LABELS)) document.addEventListener(type, record);
