/** A form version as stored in definitions/forms/*.json (checked by the server when the package loads). */
export interface FormDefinition {
  id: string;
  version: number;
  title: string;
  description?: string;
  onLockedChange?: LockedChange;
  fields: FieldDefinition[];
  layout?: FormTab[];
  steps?: Record<string, StepAccess>;
}

export type FieldType =
  | "text" | "textarea" | "number" | "money" | "date" | "datetime" | "select" | "radio" | "checkbox"
  | "place" | "attachment" | "signature" | "serial" | "table";

export type FieldAccess = "edit" | "read" | "hidden";
export type LockedChange = "ignore" | "refuse";
/** A fixed answer or an expression of the form grammar (./expr) over `data`, `caseData`, `step` (and `row`, `index` in a sub-table). */
export type Condition = boolean | string;

export interface FieldDefinition {
  key: string;
  type: FieldType;
  label: string;
  placeholder?: string;
  /** Personal data of someone outside the government: the server masks it for roles that do not need it. */
  personal?: boolean;
  help?: string;
  /** Shown to the reporter on the tracking page (a reply's 处置措施). */
  public?: boolean;
  required?: Condition;
  visible?: Condition;
  readOnly?: Condition;
  onLockedChange?: LockedChange;
  calculate?: string;
  default?: unknown;
  defaultFrom?: string;
  rules?: { expression: string; message: string }[];
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternMessage?: string;
  options?: { value: string; label: string }[];
  source?: string;
  minCount?: number;
  maxCount?: number;
  accept?: string[];
  maxSizeKb?: number;
  prefix?: string;
  digits?: number;
  columns?: FieldDefinition[];
  total?: boolean;
}

export interface FormTab { title?: string; sections: FormSection[] }
export interface FormSection { title?: string; columns?: number; fields: string[] }
export interface StepAccess { default?: FieldAccess; fields?: Record<string, FieldAccess> }

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Whether a value is an option of a named source (catalog, grids, users…); undefined when the browser cannot tell. */
export type SourceLookup = (source: string, value: string) => boolean | undefined;

export interface Submission {
  step: string;
  data: unknown;
  previous?: JsonObject | null;
  caseData?: JsonObject | null;
}

export interface FieldError { path: string; code: string; message: string }
export interface FieldState { visible: boolean; readOnly: boolean; required: boolean }

export interface FormResult {
  data: JsonObject;
  errors: FieldError[];
  ignored: string[];
  states: Record<string, FieldState>;
}
