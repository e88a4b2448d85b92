/** The value of `<__tag__>`: what the widget holds, saves and submits. */
export interface __valueType__ {
  schemaVersion: 1;
  heading: string;
  note: string;
}
