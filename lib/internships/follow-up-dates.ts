import { field, invalid } from "@/lib/core/errors";
import { mondayOf, utcToday } from "./weeks";

/** A day the follow-up records must fall within the internship's dates and not be in the future. */
export function checkFollowUpDay(path: string, day: Date, internship: { startDate: Date; endDate: Date }) {
  if (day < internship.startDate || day > internship.endDate) throw invalid({ [path]: field("outsideInternship") });
  if (day > utcToday()) throw invalid({ [path]: field("inFuture") });
}

/** A logbook week: its Monday, a week the internship touches, begun already. */
export function checkLogbookWeek(path: string, monday: Date, internship: { startDate: Date; endDate: Date }) {
  if (mondayOf(monday).getTime() !== monday.getTime()) throw invalid({ [path]: field("notMonday") });
  if (monday < mondayOf(internship.startDate) || monday > internship.endDate)
    throw invalid({ [path]: field("outsideInternship") });
  if (monday > utcToday()) throw invalid({ [path]: field("inFuture") });
}
