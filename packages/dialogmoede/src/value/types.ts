/** The value of `<bn-dialogmoede>`: what the widget holds, saves and submits. */
export interface DialogmoedeValue {
  schemaVersion: 1;
  heading: string;
  note: string;
}
