import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import type { AssistantAnswer } from "./answer";
import { ownOfferTitles, pendingApplications, recentApplicants } from "./answer-enterprise";
import { offerSearchAnswer } from "./answer-search";
import { agreementStatus, certificate, internshipCompletion, nextInterview, openApplications } from "./answer-student";
import { missingLogbooks, visitsToPlan } from "./answer-university";
import { INTENT_ROLES } from "./intents";
import { recognise, type Recognition } from "./recognise";
import { platformVocabulary } from "./vocabulary";

/** The rule-based path: recognise the question, then answer it from the caller's own records. */
export async function answerQuestion(
  me: Actor,
  text: string,
  locale: string,
  now = new Date(),
): Promise<AssistantAnswer> {
  const offers = await ownOfferTitles(me);
  const vocabulary = { ...(await platformVocabulary()), offerTitles: offers.map((o) => o.title) };
  const recognition = recognise(text, me.role, vocabulary, now);
  return answerRecognised(me, recognition, locale, offers, now);
}

async function answerRecognised(
  me: Actor,
  recognition: Recognition,
  locale: string,
  offers: { id: string; title: string }[],
  now: Date,
): Promise<AssistantAnswer> {
  const t = translator(locale, "assistant.answers");
  const { intent } = recognition;
  if (!intent) return { intent: null, answer: t("notUnderstood"), citations: [], answered: false };
  if (!INTENT_ROLES[intent].includes(me.role))
    return { intent, answer: t("notForYourRole"), citations: [], answered: true };
  const offerIds = offers.filter((o) => recognition.offers.includes(o.title)).map((o) => o.id);
  const done = (answer: Omit<AssistantAnswer, "intent" | "answered">): AssistantAnswer => ({
    intent,
    answered: true,
    ...answer,
  });
  switch (intent) {
    case "openApplications":
      return done(await openApplications(me, locale));
    case "nextInterview":
      return done(await nextInterview(me, locale, now));
    case "agreementStatus":
      return done(await agreementStatus(me, locale));
    case "internshipCompletion":
      return done(await internshipCompletion(me, locale));
    case "certificate":
      return done(await certificate(me, locale));
    case "recentApplicants":
      return done(await recentApplicants(me, locale, recognition.period, offerIds, now));
    case "pendingApplications":
      return done(await pendingApplications(me, locale, offerIds));
    case "missingLogbooks":
      return done(await missingLogbooks(me, locale, now));
    case "visitsToPlan":
      return done(await visitsToPlan(me, locale, recognition.period, now));
    case "offerSearch":
      return done(await offerSearchAnswer(recognition.search!, locale));
    case "help":
      return done({ answer: t(`help.${helpRole(me)}`), citations: [] });
  }
}

const helpRole = (me: Actor) =>
  me.role === "STUDENT"
    ? "student"
    : me.role === "ENTERPRISE"
      ? "enterprise"
      : me.role === "SYSTEM_ADMIN"
        ? "admin"
        : "university";
