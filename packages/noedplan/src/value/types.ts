/** The value of `<bn-noedplan>`: what the widget holds, saves and submits. */
export interface NoedplanValue {
  schemaVersion: 1;
  heading: string;
  note: string;
}
