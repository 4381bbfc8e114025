import { SyntaxRefusal } from "./refusal";

export type TokenKind = "number" | "string" | "name" | "punct" | "end";
/** `at`: offset of the first character (0-based, UTF-16 units). */
export interface Token { kind: TokenKind; text: string; at: number; number?: number; value?: string }

// Longest first: the lexer takes the first that matches.
const PUNCTS = [
  ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
  "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
  "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "?", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "|", "^", "`", "#", "@",
];

/** JavaScript's white space and line terminators. */
export const isSpace = (c: string): boolean => /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]$/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAsciiLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
export const isNameStart = (c: string): boolean => isAsciiLetter(c) || c === "_" || c === "$" || (c > "\u007f" && /^\p{L}$/u.test(c));
const isNamePart = (c: string | undefined) => c !== undefined && (isNameStart(c) || isDigit(c));
const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);

/**
 * Splits an expression into tokens as JavaScript would (Lexer.cs on the server): decimal numbers, quoted texts with
 * JavaScript's escapes, names, and punctuation (every JavaScript operator, so that one outside the language is
 * named when refused). Comments and white space are skipped.
 */
export function tokenize(s: string): Token[] {
  let i = 0;
  const list: Token[] = [];

  const skip = () => {
    while (i < s.length) {
      if (isSpace(s[i])) i++;
      else if (s[i] === "/" && s[i + 1] === "/") while (i < s.length && !"\n\r\u2028\u2029".includes(s[i])) i++;
      else if (s[i] === "/" && s[i + 1] === "*") {
        const end = s.indexOf("*/", i + 2);
        if (end < 0) throw new SyntaxRefusal("EXPR-SYNTAX-COMMENT", [i + 1]);
        i = end + 2;
      } else return;
    }
  };

  const digits = () => { const start = i; while (isDigit(s[i])) i++; return i - start; };
  const word = (start: number) => { let end = start; while (end < s.length && (isNamePart(s[end]) || s[end] === ".")) end++; return s.slice(start, end); };

  const numberToken = (): Token => {
    const start = i;
    digits();
    if (s[i] === ".") { i++; digits(); }
    if (s[i] === "e" || s[i] === "E") {
      i++;
      if (s[i] === "+" || s[i] === "-") i++;
      if (digits() === 0) throw new SyntaxRefusal("EXPR-SYNTAX-NUMBER", [start + 1, word(start)]);
    }
    if ((i < s.length && (isNamePart(s[i]) || s[i] === ".")) || (i - start > 1 && s[start] === "0" && isDigit(s[start + 1])))
      throw new SyntaxRefusal("EXPR-SYNTAX-NUMBER", [start + 1, word(start)]);
    return { kind: "number", text: s.slice(start, i), at: start, number: Number(s.slice(start, i)) };
  };

  const hex = (count: number, escapeAt: number): number => {
    const part = s.slice(i, i + count);
    if (part.length < count || ![...part].every(isHex)) throw new SyntaxRefusal("EXPR-SYNTAX-ESCAPE", [escapeAt + 1, s.substr(escapeAt, 6)]);
    i += count;
    return parseInt(part, 16);
  };

  const unicode = (escapeAt: number): string => {
    if (s[i] !== "{") return String.fromCharCode(hex(4, escapeAt));
    const close = s.indexOf("}", i);
    const code = close < 0 ? "" : s.slice(i + 1, close);
    if (code.length === 0 || code.length > 6 || ![...code].every(isHex) || parseInt(code, 16) > 0x10ffff)
      throw new SyntaxRefusal("EXPR-SYNTAX-ESCAPE", [escapeAt + 1, s.substr(escapeAt, 6)]);
    i = close + 1;
    const cp = parseInt(code, 16);
    return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  };

  const stringToken = (quote: string): Token => {
    const start = i++;
    let text = "";
    for (;;) {
      if (i >= s.length || s[i] === "\n" || s[i] === "\r") throw new SyntaxRefusal("EXPR-SYNTAX-STRING", [start + 1]);
      const c = s[i++];
      if (c === quote) return { kind: "string", text: s.slice(start, i), at: start, value: text };
      if (c !== "\\") { text += c; continue; }
      if (i >= s.length) throw new SyntaxRefusal("EXPR-SYNTAX-STRING", [start + 1]);
      const e = s[i++];
      switch (e) {
        case "n": text += "\n"; break;
        case "r": text += "\r"; break;
        case "t": text += "\t"; break;
        case "b": text += "\b"; break;
        case "f": text += "\f"; break;
        case "v": text += "\v"; break;
        case "x": text += String.fromCharCode(hex(2, i - 2)); break;
        case "u": text += unicode(i - 2); break;
        case "\r": if (s[i] === "\n") i++; break; // a line continuation adds nothing
        case "\n": case "\u2028": case "\u2029": break;
        default:
          if (e === "0" && !isDigit(s[i])) text += "\0";
          else if (isDigit(e)) throw new SyntaxRefusal("EXPR-SYNTAX-ESCAPE", [i - 1, "\\" + e]);
          else text += e;
      }
    }
  };

  const next = (): Token => {
    const c = s[i];
    if (isDigit(c) || (c === "." && isDigit(s[i + 1]))) return numberToken();
    if (c === '"' || c === "'") return stringToken(c);
    if (isNameStart(c)) {
      const start = i;
      while (isNamePart(s[i])) i++;
      return { kind: "name", text: s.slice(start, i), at: start };
    }
    for (const p of PUNCTS)
      if (s.startsWith(p, i)) {
        if (p === "?." && isDigit(s[i + 2])) continue; // a ? .5 : b
        i += p.length;
        return { kind: "punct", text: p, at: i - p.length };
      }
    throw new SyntaxRefusal("EXPR-SYNTAX-CHARACTER", [i + 1, c]);
  };

  for (;;) {
    skip();
    if (i >= s.length) { list.push({ kind: "end", text: "", at: i }); return list; }
    list.push(next());
  }
}
