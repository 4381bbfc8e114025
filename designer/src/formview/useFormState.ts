import { useCallback, useMemo, useState } from 'react';
import { FormEvaluator, type FieldError, type FormDefinition, type Json, type JsonObject } from '../forms';

/**
 * A form being filled: the values, the evaluator's live answer (visibility, required, read-only, calculated
 * values, messages) and the server's errors, which stay beside their field until that field changes.
 */
export function useFormState(form: FormDefinition, step: string, caseData: JsonObject | null, previous: JsonObject | null) {
  const evaluator = useMemo(() => new FormEvaluator(form), [form]);
  const start = useMemo(() => ({ ...evaluator.initialData(caseData), ...(previous ?? {}) }), [evaluator, caseData, previous]);
  const [data, setData] = useState<JsonObject>(start);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const result = useMemo(() => evaluator.validate({ step, data, previous: start, caseData }), [evaluator, step, data, start, caseData]);

  const setField = useCallback((key: string, value: Json | undefined) => {
    setData((d) => {
      const next = { ...d };
      if (value === undefined || value === null || value === '') delete next[key];
      else next[key] = value;
      return next;
    });
    setServerErrors((errors) => errors.filter((e) => e.path !== key && !e.path.startsWith(`${key}[`) && !e.path.startsWith(`${key}.`)));
  }, []);

  const errors = showErrors ? [...result.errors.filter((e) => !serverErrors.some((s) => s.path === e.path && s.message === e.message)), ...serverErrors] : serverErrors;
  return {
    form, step, data, result, errors, setField,
    /** Shows every client error; true when the form may be sent. */
    check: () => { setShowErrors(true); return result.errors.length === 0; },
    setServerErrors: (e: FieldError[]) => { setShowErrors(true); setServerErrors(e); },
  };
}

export type FormState = ReturnType<typeof useFormState>;
