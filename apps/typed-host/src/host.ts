// What a web team's strict TypeScript sees after importing the packages by
// name. Each `@ts-expect-error` is a line that must not type-check: if the
// types went loose, the error would vanish and this check would fail.
import '@barnets-net/netvaerkskort';
import '@barnets-net/oplysningsskema';
import '@barnets-net/noedplan';
import '@barnets-net/skolefe';
import '@barnets-net/dialogmoede';
import { isEventFrom } from '@barnets-net/core';
import type { HandoverPerson, NetvaerkskortValue } from '@barnets-net/netvaerkskort';
import type { OplysningsskemaValue, OversigtValue } from '@barnets-net/oplysningsskema';
import type { NoedplanValue } from '@barnets-net/noedplan';
import type { SkolefeKortValue, StoredCard } from '@barnets-net/skolefe';
import type { DialogmoedeValue } from '@barnets-net/dialogmoede';

const map = document.querySelector('bn-netvaerkskort');
const form = document.querySelector('bn-oplysningsskema');
const overview = document.querySelector('bn-oplysningsskema-oversigt');
const plan = document.querySelector('bn-noedplan');
const card = document.querySelector('bn-skolefe-kort');
const cards = document.querySelector('bn-skolefe-oversigt');
const meetingForm = document.querySelector('bn-dialogmoede');

if (card && cards) {
  const age: SkolefeKortValue['age'] = card.value.age;
  // @ts-expect-error an anonymous card has no name field
  void card.value.name;
  card.addEventListener('bn-complete', (e) => {
    // The overview takes each card as given and reads it on its own.
    cards.cards = [...cards.cards, e.detail.value];
    const kept: StoredCard[] = cards.value.cards;
    void kept;
  });
  cards.addEventListener('bn-select', (e) => void e.detail.cardId.toUpperCase());
  void age;
}

if (meetingForm) {
  const state: DialogmoedeValue['state'] = meetingForm.value.state;
  meetingForm.addEventListener('bn-stop', (e) => void e.detail.reason);
  // @ts-expect-error the stop rule's reasons are a closed list
  meetingForm.addEventListener('bn-stop', (e) => e.detail.reason === 'bored');
  void state;
}

if (map && plan) {
  // The plan is built from the map: the map's value goes in as the plan's network
  // (the plan reads only its trusted people).
  plan.network = map.value;
  // @ts-expect-error the hand-over is not a map value: the plan would find no one to offer
  plan.network = map.handover;
  const steps: NoedplanValue['plan'] = plan.value.plan;
  // @ts-expect-error a plan has no people at its top level
  void plan.value.people;
  plan.addEventListener('bn-change', (e) => {
    const next: NoedplanValue = e.detail.value;
    // @ts-expect-error the plan's bn-change carries a plan, not a map
    const wrong: NetvaerkskortValue = e.detail.value;
    void [next, wrong, steps];
  });
}

if (map && form && overview) {
  const people: NetvaerkskortValue['people'] = map.value.people;
  const children: OplysningsskemaValue['children'] = form.value.children;
  const meeting: OversigtValue['meetingDate'] = overview.value.meetingDate;
  // @ts-expect-error a network map has no children
  void map.value.children;
  // The emergency plan reads the trusted adults with their phone numbers.
  const callable: HandoverPerson[] = map.handover.trustedAdults;
  void callable.map((p) => p.phone.trim());
  // @ts-expect-error the hand-over is read-only: a host does not set it
  map.handover = { child: map.value.child, trustedAdults: [], networkDayInvitations: [] };

  map.addEventListener('bn-change', (e) => {
    const next: NetvaerkskortValue = e.detail.value;
    // @ts-expect-error the map's bn-change carries a map, not a registration
    const wrong: OplysningsskemaValue = e.detail.value;
    void next;
    void wrong;
  });
  form.addEventListener('bn-complete', (e) => void e.detail.value.client);
  overview.addEventListener('bn-select', (e) => void e.detail.reference.toUpperCase());
  map.addEventListener('bn-error', (e) => void e.detail.message.trim());
  map.addEventListener('keydown', (e) => void e.key);
  void [people, children, meeting];
}

document.addEventListener('bn-change', (e) => {
  // On the document the detail is any loaded widget's value …
  // @ts-expect-error … until the event is narrowed to its element
  void e.detail.value.people;
  if (isEventFrom(e, 'bn-netvaerkskort', 'bn-change')) void e.detail.value.people;
  if (isEventFrom(e, 'bn-oplysningsskema', 'bn-change')) void e.detail.value.children;
  if (isEventFrom(e, 'bn-noedplan', 'bn-change')) void e.detail.value.plan.people;
  if (isEventFrom(e, 'bn-skolefe-kort', 'bn-change')) void e.detail.value.cardId;
  if (isEventFrom(e, 'bn-dialogmoede', 'bn-change')) void e.detail.value.stop.harm;
});
document.addEventListener('bn-select', (e) => void e.detail.index.toFixed());
document.addEventListener('bn-error', (e) => void e.detail.code);
