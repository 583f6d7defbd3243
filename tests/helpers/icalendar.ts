// A strict reading of RFC 5545 for the calendars the platform writes: the octets on the wire
// (CRLF, 75-octet lines), the grammar of content lines, the nesting of components and the
// properties each must carry. It returns the components parsed back, or throws on the first fault.

export type IcsProperty = { name: string; params: Record<string, string>; value: string };
export type IcsComponent = { type: string; properties: IcsProperty[]; components: IcsComponent[] };

const NAME = /^(?:[A-Za-z0-9-]+)$/;
const UTC_DATE_TIME = /^\d{8}T\d{6}Z$/;
const DATE = /^\d{8}$/;
const TEXT_PROPERTIES = new Set([
  "SUMMARY",
  "DESCRIPTION",
  "LOCATION",
  "COMMENT",
  "NAME",
  "X-WR-CALNAME",
  "X-WR-CALDESC",
]);

/** Splits one unfolded content line into name, parameters and value (quoted parameter values allowed). */
function contentLine(line: string): IcsProperty {
  let i = 0;
  while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
  const name = line.slice(0, i);
  if (!NAME.test(name)) throw new Error(`bad property name in «${line}»`);
  const params: Record<string, string> = {};
  while (line[i] === ";") {
    const eq = line.indexOf("=", i);
    if (eq < 0) throw new Error(`parameter without value in «${line}»`);
    const key = line.slice(i + 1, eq);
    if (!NAME.test(key)) throw new Error(`bad parameter name in «${line}»`);
    let j = eq + 1;
    if (line[j] === '"') {
      const close = line.indexOf('"', j + 1);
      if (close < 0) throw new Error(`unclosed quote in «${line}»`);
      j = close + 1;
    } else while (j < line.length && line[j] !== ";" && line[j] !== ":" && line[j] !== ",") j++;
    params[key.toUpperCase()] = line.slice(eq + 1, j).replace(/^"|"$/g, "");
    i = j;
  }
  if (line[i] !== ":") throw new Error(`no value in «${line}»`);
  const value = line.slice(i + 1);
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new Error(`control character in «${line}»`);
  return { name: name.toUpperCase(), params, value };
}

function checkText(property: IcsProperty) {
  // A backslash escapes only \ ; , n N; a bare ; or , would split the text (RFC 5545 §3.3.11).
  if (/\\(?![\\;,nN])/.test(property.value)) throw new Error(`bad escape in ${property.name}: ${property.value}`);
  if (/(?<!\\)[;,]/.test(property.value.replace(/\\\\/g, ""))) throw new Error(`unescaped ; or , in ${property.name}`);
}

const one = (component: IcsComponent, name: string) => {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${component.type} has ${found.length} ${name} (exactly one required)`);
  return found[0]!;
};
const atMostOne = (component: IcsComponent, name: string) => {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length > 1) throw new Error(`${component.type} has ${found.length} ${name}`);
  return found[0];
};

/** A DATE or UTC DATE-TIME value as milliseconds; floating or zoned times are refused (we write UTC only). */
function instant(property: IcsProperty): { ms: number; date: boolean } {
  if (property.params.VALUE === "DATE") {
    if (!DATE.test(property.value)) throw new Error(`${property.name} is not a DATE: ${property.value}`);
    const v = property.value;
    return { ms: Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8)), date: true };
  }
  if (!UTC_DATE_TIME.test(property.value))
    throw new Error(`${property.name} is not a UTC DATE-TIME: ${property.value}`);
  const v = property.value;
  return {
    ms: Date.UTC(
      +v.slice(0, 4),
      +v.slice(4, 6) - 1,
      +v.slice(6, 8),
      +v.slice(9, 11),
      +v.slice(11, 13),
      +v.slice(13, 15),
    ),
    date: false,
  };
}

function checkEvent(event: IcsComponent) {
  one(event, "UID");
  instant(one(event, "DTSTAMP"));
  if (one(event, "DTSTAMP").params.VALUE === "DATE") throw new Error("DTSTAMP must be a DATE-TIME");
  const start = instant(one(event, "DTSTART"));
  const endProperty = atMostOne(event, "DTEND");
  if (endProperty && atMostOne(event, "DURATION")) throw new Error("DTEND and DURATION together");
  if (endProperty) {
    const end = instant(endProperty);
    if (end.date !== start.date) throw new Error("DTSTART and DTEND of different value types");
    if (end.ms <= start.ms) throw new Error("DTEND not after DTSTART");
  }
  const sequence = atMostOne(event, "SEQUENCE");
  if (sequence && !/^\d{1,10}$/.test(sequence.value)) throw new Error(`bad SEQUENCE ${sequence.value}`);
  for (const name of ["SUMMARY", "DESCRIPTION", "LOCATION", "URL", "STATUS", "CLASS"]) atMostOne(event, name);
}

/** Parses an iCalendar stream strictly; the VCALENDAR is returned with its events. */
export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith("\r\n")) throw new Error("the last line does not end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error("a line break that is not CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > 75) throw new Error(`a line of ${octets} octets (75 at most): «${line}»`);
  }
  // Unfolding: a line starting with a space or a tab continues the previous one.
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (lines.length === 0) throw new Error("a continuation line first");
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    if (line === "") throw new Error("an empty line");
    const property = contentLine(line);
    if (property.name === "BEGIN") {
      const component = { type: property.value.toUpperCase(), properties: [], components: [] };
      if (stack.length === 0) {
        if (root) throw new Error("content after END:VCALENDAR");
        if (component.type !== "VCALENDAR") throw new Error("the stream does not start with BEGIN:VCALENDAR");
        root = component;
      } else stack[stack.length - 1]!.components.push(component);
      stack.push(component);
    } else if (property.name === "END") {
      const open = stack.pop();
      if (!open || open.type !== property.value.toUpperCase()) throw new Error(`END:${property.value} closes nothing`);
    } else {
      if (stack.length === 0) throw new Error(`«${line}» outside the calendar`);
      if (TEXT_PROPERTIES.has(property.name)) checkText(property);
      stack[stack.length - 1]!.properties.push(property);
    }
  }
  if (!root || stack.length > 0) throw new Error("the calendar is not closed");
  if (one(root, "VERSION").value !== "2.0") throw new Error("VERSION is not 2.0");
  one(root, "PRODID");
  const uids = new Set<string>();
  for (const event of root.components.filter((c) => c.type === "VEVENT")) {
    checkEvent(event);
    const uid = one(event, "UID").value;
    if (uids.has(uid)) throw new Error(`UID ${uid} twice`);
    uids.add(uid);
  }
  return root;
}

export const eventsOf = (calendar: IcsComponent) => calendar.components.filter((c) => c.type === "VEVENT");
export const valueOf = (component: IcsComponent, name: string) =>
  component.properties.find((p) => p.name === name)?.value;
/** A TEXT value as written, unescaped. */
export const textOf = (component: IcsComponent, name: string) =>
  valueOf(component, name)
    ?.replace(/\\([\\;,])/g, "$1")
    .replace(/\\[nN]/g, "\n");
