import { html } from 'lit';

/**
 * A plain action button with an id (tests and focus find it by id). `kind`
 * adds classes after `button`: `button--secondary` is the quiet one.
 */
export const button = (
  id: string,
  label: unknown,
  onClick: (e: Event) => void,
  kind = 'button--secondary',
  disabled = false,
) =>
  html`<button
    type="button"
    class="button ${kind}"
    id=${id}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;
