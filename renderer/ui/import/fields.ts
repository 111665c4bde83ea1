/** A field an import can fill, as the mapping step shows it; `choices` makes its values matched one by one. */
export interface ImportFieldSpec<F extends string> {
  key: F;
  label: string;
  /** The app's choices for this field, key to label. */
  choices?: Record<string, string>;
  /** Said under "Keep as a note": what the field is set to meanwhile ("listed as Local"). */
  whenNote?: string;
}
