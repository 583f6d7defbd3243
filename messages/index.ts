import arAdmin from "./ar/admin.json";
import arAgreements from "./ar/agreements.json";
import arAssistant from "./ar/assistant.json";
import arApplications from "./ar/applications.json";
import arCalendar from "./ar/calendar.json";
import arCertificates from "./ar/certificates.json";
import arCore from "./ar/core.json";
import arDashboards from "./ar/dashboards.json";
import arEnterprises from "./ar/enterprises.json";
import arEvaluations from "./ar/evaluations.json";
import arImports from "./ar/imports.json";
import arInternships from "./ar/internships.json";
import arInternshipDocuments from "./ar/internship-documents.json";
import arInternshipEvaluations from "./ar/internship-evaluations.json";
import arNotifications from "./ar/notifications.json";
import arOffers from "./ar/offers.json";
import arReasons from "./ar/reasons.json";
import arSearch from "./ar/search.json";
import arStudents from "./ar/students.json";
import arUniversities from "./ar/universities.json";
import enAdmin from "./en/admin.json";
import enAgreements from "./en/agreements.json";
import enAssistant from "./en/assistant.json";
import enApplications from "./en/applications.json";
import enCalendar from "./en/calendar.json";
import enCertificates from "./en/certificates.json";
import enCore from "./en/core.json";
import enDashboards from "./en/dashboards.json";
import enEnterprises from "./en/enterprises.json";
import enEvaluations from "./en/evaluations.json";
import enImports from "./en/imports.json";
import enInternships from "./en/internships.json";
import enInternshipDocuments from "./en/internship-documents.json";
import enInternshipEvaluations from "./en/internship-evaluations.json";
import enNotifications from "./en/notifications.json";
import enOffers from "./en/offers.json";
import enReasons from "./en/reasons.json";
import enSearch from "./en/search.json";
import enStudents from "./en/students.json";
import enUniversities from "./en/universities.json";
import frAdmin from "./fr/admin.json";
import frAgreements from "./fr/agreements.json";
import frAssistant from "./fr/assistant.json";
import frApplications from "./fr/applications.json";
import frCalendar from "./fr/calendar.json";
import frCertificates from "./fr/certificates.json";
import frCore from "./fr/core.json";
import frDashboards from "./fr/dashboards.json";
import frEnterprises from "./fr/enterprises.json";
import frEvaluations from "./fr/evaluations.json";
import frImports from "./fr/imports.json";
import frInternships from "./fr/internships.json";
import frInternshipDocuments from "./fr/internship-documents.json";
import frInternshipEvaluations from "./fr/internship-evaluations.json";
import frNotifications from "./fr/notifications.json";
import frOffers from "./fr/offers.json";
import frReasons from "./fr/reasons.json";
import frSearch from "./fr/search.json";
import frStudents from "./fr/students.json";
import frUniversities from "./fr/universities.json";

/** The Arabic files as translated, before any fallback: the parity test reads these. */
export const arabicCatalogue = {
  ...arCore,
  ...arReasons,
  ...arOffers,
  ...arSearch,
  ...arStudents,
  ...arUniversities,
  ...arEnterprises,
  ...arAdmin,
  ...arApplications,
  ...arEvaluations,
  ...arInternshipEvaluations,
  ...arInternshipDocuments,
  ...arNotifications,
  ...arImports,
  ...arAgreements,
  ...arInternships,
  ...arCertificates,
  ...arAssistant,
  ...arDashboards,
  ...arCalendar,
};

type Tree = { [key: string]: string | Tree };

/** A translation over its fallback, key by key: a key not yet translated reads in the fallback's language. */
function withFallback<T extends object>(fallback: T, translation: object): T {
  const merged: Tree = { ...(fallback as Tree) };
  for (const [key, value] of Object.entries(translation as Tree)) {
    const base = merged[key];
    merged[key] = typeof value === "object" && typeof base === "object" ? withFallback(base, value) : value;
  }
  return merged as T;
}

/** One file per slice and language, so slices add their texts without touching each other's. */
const frenchAndEnglish = {
  fr: {
    ...frCore,
    ...frReasons,
    ...frOffers,
    ...frSearch,
    ...frStudents,
    ...frUniversities,
    ...frEnterprises,
    ...frAdmin,
    ...frApplications,
    ...frEvaluations,
    ...frInternshipEvaluations,
    ...frInternshipDocuments,
    ...frNotifications,
    ...frImports,
    ...frAgreements,
    ...frInternships,
    ...frCertificates,
    ...frAssistant,
    ...frDashboards,
    ...frCalendar,
  },
  en: {
    ...enCore,
    ...enReasons,
    ...enOffers,
    ...enSearch,
    ...enStudents,
    ...enUniversities,
    ...enEnterprises,
    ...enAdmin,
    ...enApplications,
    ...enEvaluations,
    ...enInternshipEvaluations,
    ...enInternshipDocuments,
    ...enNotifications,
    ...enImports,
    ...enAgreements,
    ...enInternships,
    ...enCertificates,
    ...enAssistant,
    ...enDashboards,
    ...enCalendar,
  },
};

/** Arabic falls back to French (the default language) for a key not translated yet (decision 0018). */
export const catalogues = { ...frenchAndEnglish, ar: withFallback(frenchAndEnglish.fr, arabicCatalogue) };
