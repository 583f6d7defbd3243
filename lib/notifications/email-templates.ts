/**
 * An e-mail whose wording staff may change per language (NotificationTemplate, channel EMAIL): its
 * default subject and body in the catalogues, and the variables its sender gives. Only the subject and
 * the body change: the greeting, the button and its link, the footer and the unsubscribe line stay.
 */
export type EmailTemplateDefinition = {
  /** The catalogue message of the default subject, and what the sender adds after it. */
  subject: { message: string; suffix?: string };
  /** The catalogue messages of the default body, one paragraph each. */
  body: readonly string[];
  /** Every variable the sender gives, with a sample value for previews. */
  variables: Readonly<Record<string, string>>;
  /** Those the wording must name somewhere (subject or body), so that the reader knows what it is about. */
  required: readonly string[];
};

const NAME = { name: "Camille Martin" };

const account = (kind: string, variables: Record<string, string> = {}, required: string[] = []) =>
  ({
    subject: { message: `emails.${kind}.subject` },
    body: [`emails.${kind}.body`, `emails.${kind}.expiry`],
    variables: { ...NAME, ...variables },
    required,
  }) satisfies EmailTemplateDefinition;

const applicationStatus = (status: string) =>
  ({
    subject: { message: `applications.notify.${status}.title`, suffix: " — {title}" },
    body: [`applications.notify.${status}.body`],
    variables: { ...NAME, enterprise: "Acme Robotics", title: "Data analyst" },
    required: ["enterprise", "title"],
  }) satisfies EmailTemplateDefinition;

/** The editable e-mails, by the `template` name their sender gives renderEmail. */
export const EMAIL_TEMPLATES = {
  verifyEmail: account("verifyEmail"),
  resetPassword: account("resetPassword"),
  changeEmail: account("changeEmail"),
  invitation: account("invitation"),
  enterpriseInvitation: account("enterpriseInvitation", { enterprise: "Acme Robotics", role: "RECRUITER" }, [
    "enterprise",
  ]),
  supervisorInvitation: account("supervisorInvitation", { university: "Université Lumière" }, ["university"]),
  rosterInvitation: account("rosterInvitation", { university: "Université Lumière" }, ["university"]),
  applicationUNDER_REVIEW: applicationStatus("UNDER_REVIEW"),
  applicationSHORTLISTED: applicationStatus("SHORTLISTED"),
  applicationINTERVIEW: applicationStatus("INTERVIEW"),
  applicationACCEPTED: applicationStatus("ACCEPTED"),
  applicationREJECTED: applicationStatus("REJECTED"),
} as const satisfies Record<string, EmailTemplateDefinition>;

export type EmailTemplateKey = keyof typeof EMAIL_TEMPLATES;
export const EMAIL_TEMPLATE_KEYS = Object.keys(EMAIL_TEMPLATES) as EmailTemplateKey[];

export const isEmailTemplateKey = (key: string): key is EmailTemplateKey => Object.hasOwn(EMAIL_TEMPLATES, key);

export const templateDefinition = (key: string): EmailTemplateDefinition | undefined =>
  isEmailTemplateKey(key) ? EMAIL_TEMPLATES[key] : undefined;

/** The variables of an e-mail as written in its wording: "{name}, {enterprise}". */
export const variableList = (definition: EmailTemplateDefinition) =>
  Object.keys(definition.variables)
    .map((name) => `{${name}}`)
    .join(", ");

/** The body's paragraphs: separated by one or more blank lines. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
