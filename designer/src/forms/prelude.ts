/**
 * Helpers every form expression may call. The server defines them with exactly this text
 * (engine/Governance.Core/Forms/Runtime/FormPrelude.cs); the parity test compares the two.
 */
export const PRELUDE =
  "function isNullOrEmpty(v) { return v === null || v === undefined || v === ''; }\n" +
  "function empty(v) { return v === null || v === undefined || v === '' || (Object.prototype.toString.call(v) === '[object Array]' && v.length === 0); }\n" +
  "function sum(rows, key) { var s = 0; if (Object.prototype.toString.call(rows) !== '[object Array]') return 0; for (var i = 0; i < rows.length; i++) { var v = rows[i] !== null && typeof rows[i] === 'object' ? rows[i][key] : rows[i]; if (typeof v === 'number' && isFinite(v)) s += v; } return s; }\n" +
  "function count(rows) { return Object.prototype.toString.call(rows) === '[object Array]' ? rows.length : 0; }\n" +
  "function round(x, digits) { var p = Math.pow(10, digits || 0); return Math.round(x * p) / p; }\n" +
  "function days(from, to) { var a = Date.UTC(+from.substr(0, 4), +from.substr(5, 2) - 1, +from.substr(8, 2)); var b = Date.UTC(+to.substr(0, 4), +to.substr(5, 2) - 1, +to.substr(8, 2)); return Math.round((b - a) / 86400000); }\n" +
  "function $value(v, kind) { if (v === undefined || v === null) return null; if (kind === 'n') return typeof v === 'number' && isFinite(v) ? v : null; if (kind === 'm') return typeof v === 'number' && isFinite(v) ? Math.round(v * 100) / 100 : null; if (kind === 's') return String(v); return v; }\n";
