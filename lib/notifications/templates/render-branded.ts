import { render } from "@react-email/render";
import { createElement } from "react";
import { BrandedEmail, type BrandedEmailProps } from "./branded-email";

/** The branded HTML and its plain-text part, both from the same react-email tree. */
export async function renderBranded(props: BrandedEmailProps): Promise<{ html: string; text: string }> {
  const element = createElement(BrandedEmail, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
