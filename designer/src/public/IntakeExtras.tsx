import type { RefObject } from 'react';
import type { FormDefinition } from '../forms';
import { FormView } from '../formview/FormView';
import { useFormState, type FormState } from '../formview/useFormState';
import { BASIC_FIELDS } from '../model/intake';

const hidden = new Set(Object.keys(BASIC_FIELDS));
const noUpload = () => Promise.reject(new Error('upload'));

/** The item's intake-form fields beyond what the page asks itself, generated from the definition, in the page's own form. */
export function IntakeExtras({ form, stateRef }: { form: FormDefinition; stateRef: RefObject<FormState | null> }) {
  const state = useFormState(form, 'report', null, null);
  stateRef.current = state;
  const extra = form.fields.filter((f) => !hidden.has(f.key) && f.type !== 'serial' && f.calculate === undefined);
  if (extra.length === 0) return null;
  return (
    <div data-testid="intake-extras">
      <FormView state={state} upload={noUpload} compact bare hidden={hidden} />
    </div>
  );
}
