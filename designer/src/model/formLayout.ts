import type { FieldDefinition, FormDefinition } from '../forms';

export interface LayoutSection { title?: string; columns: number; fields: FieldDefinition[] }
export interface LayoutTab { title?: string; sections: LayoutSection[] }

/** The form's tabs and sections with their fields; a form without layout is one section of every field, two columns. */
export function formLayout(form: FormDefinition): LayoutTab[] {
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  if (!form.layout || form.layout.length === 0) return [{ sections: [{ columns: 2, fields: form.fields }] }];
  const placed = new Set<string>();
  const tabs = form.layout.map((t) => ({
    title: t.title,
    sections: t.sections.map((s) => ({
      title: s.title,
      columns: Math.max(1, Math.min(4, s.columns ?? 1)),
      fields: s.fields.map((k) => { placed.add(k); return byKey.get(k); }).filter((f): f is FieldDefinition => f !== undefined),
    })),
  }));
  // A field the layout forgot is still shown, so nothing the server requires is out of reach.
  const rest = form.fields.filter((f) => !placed.has(f.key));
  if (rest.length > 0) tabs[tabs.length - 1].sections.push({ title: undefined, columns: 1, fields: rest });
  return tabs;
}

/** Wide fields take the whole row whatever the section's columns. */
export const isWide = (f: FieldDefinition) => ['textarea', 'attachment', 'table', 'signature', 'place'].includes(f.type);

/** Errors grouped by field path (`measures`, `parties[1].name`, or '' for the form). */
export function errorsByPath(errors: { path: string; message: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) map.set(e.path, [...(map.get(e.path) ?? []), e.message]);
  return map;
}
