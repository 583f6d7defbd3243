import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { EmailContent } from "./layout";

export const BRAND = { name: "Stagiaire", colour: "#3949ab", ink: "#1a1a2e", muted: "#5f6368" } as const;

export type BrandedEmailProps = {
  locale: string;
  subject: string;
  content: EmailContent;
  /** The one-click unsubscribe from this kind of e-mail, when it tells of a notification. */
  unsubscribe?: { url: string; label: string };
};

/** The platform's e-mail: its name as a header, the message, one button, the footer and the unsubscribe link. */
export function BrandedEmail({ locale, subject, content, unsubscribe }: BrandedEmailProps) {
  const rtl = locale === "ar";
  return (
    <Html lang={locale} dir={rtl ? "rtl" : "ltr"}>
      <Head />
      <Preview>{content.paragraphs[0] ?? subject}</Preview>
      <Body style={{ backgroundColor: "#f4f5fb", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container style={{ maxWidth: 560, margin: "0 auto", padding: "24px 0" }}>
          <Section style={{ backgroundColor: BRAND.colour, borderRadius: "8px 8px 0 0", padding: "16px 24px" }}>
            <Heading as="h1" style={{ color: "#ffffff", fontSize: 20, margin: 0 }}>
              {BRAND.name}
            </Heading>
          </Section>
          <Section style={{ backgroundColor: "#ffffff", padding: "8px 24px 24px", color: BRAND.ink }}>
            <Text style={{ fontSize: 16 }}>{content.greeting}</Text>
            {content.paragraphs.map((paragraph, index) => (
              <Text key={index} style={{ fontSize: 15, lineHeight: "22px", whiteSpace: "pre-line" }}>
                {paragraph}
              </Text>
            ))}
            {content.action ? (
              <>
                <Button
                  href={content.action.url}
                  style={{
                    backgroundColor: BRAND.colour,
                    color: "#ffffff",
                    padding: "10px 18px",
                    borderRadius: 6,
                    textDecoration: "none",
                  }}
                >
                  {content.action.label}
                </Button>
                <Text style={{ fontSize: 13, color: BRAND.muted, wordBreak: "break-all" }}>{content.action.url}</Text>
              </>
            ) : null}
            <Hr style={{ borderColor: "#dddddd" }} />
            <Text style={{ fontSize: 12, color: BRAND.muted }}>{content.footer}</Text>
            {unsubscribe ? (
              <Text style={{ fontSize: 12, color: BRAND.muted }}>
                <Link href={unsubscribe.url} style={{ color: BRAND.muted, textDecoration: "underline" }}>
                  {unsubscribe.label}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
