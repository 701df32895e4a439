// What the details form holds, apart from its template and validation: the element classes need
// these on the first render, the form itself only later (it is downloaded when it is shown).

/** What the form holds. */
export interface FormValues {
  name: string;
  email: string;
  phone: string;
  notes: string;
  answers: Record<string, string | boolean>;
}

/** Values to start the form with (a signed-in user, a CRM). */
export interface BookingPrefill {
  name?: string;
  email?: string;
  phone?: string;
  notes?: string;
  answers?: Record<string, string | boolean>;
}

export const emptyForm = (): FormValues => ({
  name: '',
  email: '',
  phone: '',
  notes: '',
  answers: {},
});

/** The form with the prefill under what was already typed (typed text wins). */
export function withPrefill(form: FormValues, prefill: BookingPrefill | undefined): FormValues {
  if (!prefill) return form;
  return {
    name: form.name || prefill.name || '',
    email: form.email || prefill.email || '',
    phone: form.phone || prefill.phone || '',
    notes: form.notes || prefill.notes || '',
    answers: { ...prefill.answers, ...form.answers },
  };
}
