// The case-meeting page: hands the overview a month's registrations (the
// package's made-up samples, written into the page by the server; a real
// intranet loads them from its own journal system) and shows the
// registration the meeting picks.
const overview = document.querySelector('bn-oplysningsskema-oversigt');
const selected = document.querySelector('bn-oplysningsskema[readonly]');
const hint = document.querySelector('[data-selected-hint]');

await customElements.whenDefined('bn-oplysningsskema-oversigt');
if (overview.registrations.length === 0) {
  overview.registrations = JSON.parse(overview.dataset.sampleRegistrations);
}

overview.addEventListener('bn-select', (event) => {
  selected.value = event.detail.value;
  selected.hidden = false;
  hint.textContent = `Borger ${event.detail.reference}`;
  selected.scrollIntoView({ block: 'start' });
});
