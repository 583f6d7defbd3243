import enAdmin from "./en/admin.json";
import enApplications from "./en/applications.json";
import enCore from "./en/core.json";
import enEnterprises from "./en/enterprises.json";
import enNotifications from "./en/notifications.json";
import enOffers from "./en/offers.json";
import enReasons from "./en/reasons.json";
import enSearch from "./en/search.json";
import enStudents from "./en/students.json";
import frAdmin from "./fr/admin.json";
import frApplications from "./fr/applications.json";
import frCore from "./fr/core.json";
import frEnterprises from "./fr/enterprises.json";
import frNotifications from "./fr/notifications.json";
import frOffers from "./fr/offers.json";
import frReasons from "./fr/reasons.json";
import frSearch from "./fr/search.json";
import frStudents from "./fr/students.json";

/** One file per slice and language, so slices add their texts without touching each other's. */
export const catalogues = {
  fr: {
    ...frCore,
    ...frReasons,
    ...frOffers,
    ...frSearch,
    ...frStudents,
    ...frEnterprises,
    ...frAdmin,
    ...frApplications,
    ...frNotifications,
  },
  en: {
    ...enCore,
    ...enReasons,
    ...enOffers,
    ...enSearch,
    ...enStudents,
    ...enEnterprises,
    ...enAdmin,
    ...enApplications,
    ...enNotifications,
  },
};
