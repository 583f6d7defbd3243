/** What an e-mail says, before it is laid out: rendered again with the branded react-email layout when queued. */
export type EmailContent = {
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
};

/**
 * What an e-mail whose wording staff may edit (lib/notifications/email-templates.ts) carries so that queueEmail
 * can lay out their wording instead: its language, the values of its {variables}, and paragraphs its sender
 * adds after the body (a decline's message), which no wording replaces.
 */
export type EditableEmail = { locale: string; values: Record<string, string>; extra?: string[] };

export type RenderedEmail = {
  template: string;
  subject: string;
  html: string;
  text: string;
  content?: EmailContent;
  editable?: EditableEmail;
};

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The plain-text part: the greeting, the paragraphs, the link in full, the footer. */
export const plainText = ({ greeting, paragraphs, action, footer }: EmailContent): string =>
  [greeting, ...paragraphs, action ? `${action.label}: ${action.url}` : "", "—", footer].filter(Boolean).join("\n\n");

/** A plain, accessible e-mail: a greeting, paragraphs, one call-to-action link, shown in full as text too. */
export function renderEmail(input: {
  template: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
  editable?: EditableEmail;
}): RenderedEmail {
  const { action } = input;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1a2e;max-width:560px;margin:auto;padding:24px">
<p>${escape(input.greeting)}</p>
${input.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
${action ? `<p><a href="${escape(action.url)}" style="display:inline-block;background:#3949ab;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escape(action.label)}</a></p><p style="font-size:13px;color:#555">${escape(action.url)}</p>` : ""}
<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:12px;color:#777">${escape(input.footer)}</p>
</body></html>`;
  const content = {
    greeting: input.greeting,
    paragraphs: input.paragraphs,
    action: input.action,
    footer: input.footer,
  };
  return {
    template: input.template,
    subject: input.subject,
    html,
    text: plainText(content),
    content,
    editable: input.editable,
  };
}
