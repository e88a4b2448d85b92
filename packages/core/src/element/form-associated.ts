import { LitElement, type PropertyDeclarations } from 'lit';

/**
 * A form-associated custom element (ElementInternals, as Material Web's
 * `mixinFormAssociated`): the attributes and read-outs a native control
 * has. `BnFormElement` adds the value, drafts and validation on top.
 */
export class FormAssociatedElement extends LitElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** The field name the value is submitted under. */
  name = '';

  /** Makes an empty widget invalid in its form. */
  required = false;

  disabled = false;

  /** Shows and prints the content; nothing can be changed. */
  readonly = false;

  private formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Shows the widget's own error summary (and the browser's), and tells if valid. */
  reportValidity(): boolean {
    this.revealErrors();
    return this.internals.reportValidity();
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>`. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /** True when people may change the content now. */
  get editable(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Shows what is wrong; the widget's validation says how. */
  protected revealErrors(): void {}
}
