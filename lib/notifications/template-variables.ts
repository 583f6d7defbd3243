import { createTranslator } from "next-intl";

/**
 * The `{variables}` an ICU message names (plain `{name}` and the argument of `{role, select, …}` or
 * `{count, plural, …}`, with their branches read too), or null when its braces do not pair up or an
 * argument is malformed. Quoting follows ICU: `''` is an apostrophe, `'{…}'` literal text.
 */
export function messageVariables(message: string): Set<string> | null {
  const names = new Set<string>();
  let i = 0;
  const word = () => {
    const start = i;
    while (i < message.length && /[\p{L}\p{N}_]/u.test(message[i]!)) i++;
    return message.slice(start, i);
  };
  const spaces = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };
  // Message text up to its end, or up to the `}` that closes the branch it is in (left unread).
  const text = (nested: boolean): boolean => {
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") i += 2;
        else if (next === "{" || next === "}") {
          const end = message.indexOf("'", i + 1);
          if (end < 0) return false;
          i = end + 1;
        } else i++;
      } else if (c === "{") {
        i++;
        if (!argument()) return false;
      } else if (c === "}") {
        return nested;
      } else i++;
    }
    return !nested;
  };
  const argument = (): boolean => {
    spaces();
    const name = word();
    if (!name) return false;
    names.add(name);
    spaces();
    if (message[i] === "}") {
      i++;
      return true;
    }
    if (message[i] !== ",") return false;
    i++;
    spaces();
    const type = word();
    spaces();
    if (type === "number" || type === "date" || type === "time") {
      const end = message.indexOf("}", i);
      if (end < 0 || message.slice(i, end).includes("{")) return false;
      i = end + 1;
      return true;
    }
    if (type !== "select" && type !== "plural" && type !== "selectordinal") return false;
    if (message[i] !== ",") return false;
    i++;
    let branches = 0;
    for (;;) {
      spaces();
      if (message[i] === "}") {
        i++;
        return branches > 0;
      }
      const selector = /^(offset:\s*\d+|=\d+|[\p{L}\p{N}_]+)/u.exec(message.slice(i));
      if (!selector) return false;
      i += selector[0].length;
      if (selector[0].startsWith("offset:")) continue;
      spaces();
      if (message[i] !== "{") return false;
      i++;
      if (!text(true) || message[i] !== "}") return false;
      i++;
      branches++;
    }
  };
  return text(false) ? names : null;
}

/** Formats a staff-written message with next-intl, as the catalogue's are; throws when it cannot. */
export function formatMessage(locale: string, message: string, values: Record<string, string | number>): string {
  const t = createTranslator({
    locale,
    messages: { m: message },
    onError: (error) => {
      throw error;
    },
  });
  return t("m" as never, values as never);
}
