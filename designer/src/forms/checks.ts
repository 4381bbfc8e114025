import { formatMessage } from "./messages";
import type { FieldDefinition, FieldError, SourceLookup } from "./types";
import { isEmpty, isNumber, isObject, isString, textLength } from "./values";

/**
 * The checks of one non-empty value against its field's type and limits, in the server's order
 * (engine/Governance.Core/Forms/Runtime/FieldChecks.cs). Required-ness and custom rules are checked by the caller.
 */
export function checkValue(field: FieldDefinition, path: string, value: unknown, sources: SourceLookup | undefined, errors: FieldError[]): void {
  const label = field.label;
  const add = (code: string, ...args: unknown[]): void => { errors.push({ path, code, message: formatMessage(code, ...args) }); };
  const type = (what: string) => add("FORM-TYPE", label, formatMessage(what));
  const counts = (n: number) => {
    if (field.minCount !== undefined && n < field.minCount) add("FORM-MIN-COUNT", label, field.minCount);
    if (field.maxCount !== undefined && n > field.maxCount) add("FORM-MAX-COUNT", label, field.maxCount);
  };
  const isOption = (v: string) =>
    field.options !== undefined ? field.options.some((o) => o.value === v)
      : field.source === undefined || sources?.(field.source, v) !== false;

  switch (field.type) {
    case "text":
    case "textarea": {
      if (!isString(value)) return type("FORM-TYPE-STRING");
      // Lengths count what a person sees: an emoji is one character, as on the server (text elements).
      const length = textLength(value);
      if (field.minLength !== undefined && length < field.minLength) add("FORM-MIN-LENGTH", label, field.minLength);
      if (field.maxLength !== undefined && length > field.maxLength) add("FORM-MAX-LENGTH", label, field.maxLength);
      if (field.pattern !== undefined && !new RegExp(field.pattern).test(value)) {
        if (field.patternMessage !== undefined) errors.push({ path, code: "FORM-PATTERN", message: field.patternMessage });
        else add("FORM-PATTERN", label);
      }
      return;
    }
    case "number":
    case "money": {
      if (!isNumber(value)) return type("FORM-TYPE-NUMBER");
      if (field.integer && value !== Math.floor(value)) add("FORM-INTEGER", label);
      if (field.type === "money" && Math.abs(value * 100 - Math.floor(value * 100 + 0.5)) > 1e-6) add("FORM-MONEY", label);
      if (field.min !== undefined && value < field.min) add("FORM-MIN", label, field.min);
      if (field.max !== undefined && value > field.max) add("FORM-MAX", label, field.max);
      return;
    }
    case "date":
      if (!isString(value) || !isDate(value)) add("FORM-DATE", label);
      return;
    case "datetime":
      if (!isString(value) || !isDateTime(value)) add("FORM-DATETIME", label);
      return;
    case "select":
    case "radio":
      if (!isString(value)) return type("FORM-TYPE-STRING");
      if (!isOption(value)) add("FORM-OPTION", label, value);
      return;
    case "checkbox": {
      if (!Array.isArray(value)) return type("FORM-TYPE-ARRAY");
      for (const v of value) if (!isString(v) || !isOption(v)) add("FORM-OPTION", label, isString(v) ? v : JSON.stringify(v ?? null));
      counts(value.length);
      return;
    }
    case "place": {
      if (!isObject(value)) return type("FORM-TYPE-OBJECT");
      if (!isString(value.address) || isEmpty(value.address)) add("FORM-PLACE", label);
      const lng = value.lng, lat = value.lat;
      if ((lng != null || lat != null) && !(isNumber(lng) && isNumber(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90))
        add("FORM-PLACE-COORDINATES", label);
      const grid = value.grid;
      if (grid !== undefined && grid !== null && !isEmpty(grid)) {
        const code = isString(grid) ? grid : JSON.stringify(grid);
        if (!isString(grid) || sources?.("grids", code) === false) add("FORM-PLACE-GRID", label, code);
      }
      return;
    }
    case "attachment": {
      if (!Array.isArray(value)) return type("FORM-TYPE-ARRAY");
      value.forEach((f, i) => {
        if (!isObject(f) || !isString(f.name) || !isString(f.type) || !isNumber(f.size)) return add("FORM-FILE", label, i + 1);
        const accept = field.accept ?? [];
        if (accept.length > 0 && !accept.some((a) => accepts(a, f.name as string, f.type as string)))
          add("FORM-FILE-TYPE", f.name, f.type, accept.join("、"));
        if (field.maxSizeKb !== undefined && (f.size as number) > field.maxSizeKb * 1024) add("FORM-FILE-SIZE", f.name, field.maxSizeKb);
      });
      counts(value.length);
      return;
    }
    case "signature": {
      const prefix = "data:image/png;base64,";
      if (!isString(value) || !value.startsWith(prefix + "iVBORw0KGgo")) return add("FORM-SIGNATURE", label);
      const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
      const limit = field.maxSizeKb ?? 200;
      if (Math.floor(((value.length - prefix.length) * 3) / 4) - padding > limit * 1024) add("FORM-SIGNATURE-SIZE", label, limit);
      return;
    }
    case "table":
      if (!Array.isArray(value)) return type("FORM-TYPE-ARRAY");
      counts(value.length);
      return;
  }
}

/** An accept entry is a MIME type (image/png), a MIME family (image/*) or an extension (.pdf). */
function accepts(accept: string, name: string, type: string): boolean {
  if (accept.startsWith(".")) return name.toLowerCase().endsWith(accept.toLowerCase());
  if (accept.endsWith("/*")) return type.toLowerCase().startsWith(accept.slice(0, -1).toLowerCase());
  return accept.toLowerCase() === type.toLowerCase();
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isDate(s: string): boolean {
  const m = datePattern.exec(s);
  return m !== null && validDay(m);
}

export function isDateTime(s: string): boolean {
  const m = dateTimePattern.exec(s);
  return m !== null && validDay(m) && Number(m[4]) < 24 && Number(m[5]) < 60 && (m[6] === undefined || Number(m[6]) < 60);
}

function validDay(m: RegExpExecArray): boolean {
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}
